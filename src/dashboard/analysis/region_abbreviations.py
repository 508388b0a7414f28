"""Abbreviations of Canadian provinces and of US states written after a town ("Grey Ridge, Ont.", "Dunmore, Sask.",
"Salem, Ore."), as North American news sets them. The recogniser may tag one a person's name ("Ont") or an
organisation's, and the rules would then take it for someone named beside the words before it ("Officials in Grey
Ridge, Ont., said …" said by a person named "Ont"). It names the region the town is in; this pipeline step, run after
the recogniser, tags it a place."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "region_abbreviations"
#: Abbreviations of provinces and states written as one word with a full stop (those of initials, "B.C.", "N.Y.",
#: the recogniser reads as places).
REGION_ABBREVIATIONS = words("""
ont que alta sask man nfld
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore
oreg pa tenn tex vt va wash wis wisc wyo
""")


@Language.component(STEP)
def region_abbreviations(doc: Doc) -> Doc:
    """The document with the abbreviation of a province or state after a town tagged a place."""
    regions = [e for e in current_entities(doc) if region_after_town(e)]
    if regions:  # most documents have none: their entities stay as they are
        set_entities(
            doc, [Span(doc, e.start, e.end, label="GPE") if e in regions else e for e in current_entities(doc)]
        )
    return doc


def region_after_town(ent: Span) -> bool:
    """Whether a one-word name is the abbreviation of a province or state after a town and a comma ("Grey Ridge,
    Ont."), its full stop written on it or right after it."""
    doc, start = ent.doc, ent.start
    if len(ent) != 1 or start < 2 or not abbreviated_region(ent[0]):
        return False
    return doc[start - 1].text == "," and doc[start - 2].is_title


def abbreviated_region(word: Token) -> bool:
    """Whether a word is the abbreviation of a province or state with its full stop, written on it ("Ont.") or right
    after it ("Ont" "."); a town before it is the caller's to check (a dateline's is in capitals: "KESTREL BAY,
    Ont. —")."""
    if word.text.rstrip(".").casefold() not in REGION_ABBREVIATIONS:
        return False
    return word.text.endswith(".") or word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "."
