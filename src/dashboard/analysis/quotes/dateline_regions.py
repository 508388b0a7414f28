"""A province or state abbreviated after the place of a dateline, as Canadian and US newsrooms write it: "KESTREL BAY,
Ont. — …", "LA CROSSE, Wisc. — …", "NEWPORT NEWS, Va. - …". The abbreviations in capitals ("B.C.", "N.S.", "N.Y.")
already read as part of the dateline; these are the ones in title case, which the recogniser may take for a name."""

from __future__ import annotations

from spacy.tokens import Token

#: The title-case abbreviations of Canada's provinces and of the US states in the style of the Canadian Press and the
#: Associated Press, without their full stop.
_REGIONS = frozenset(
    {
        "Alta", "Sask", "Man", "Ont", "Que", "Nfld", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
        "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb",
        "Nebr", "Nev", "Okla", "Ore", "Oreg", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo",
    }
)  # fmt: skip


def abbreviated_region(word: Token) -> bool:
    """Whether `word` is such an abbreviation with its full stop ("Ont." as one token or as "Ont" and ".")."""
    text = word.text
    if text.endswith("."):
        return text[:-1] in _REGIONS
    return text in _REGIONS and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "."
