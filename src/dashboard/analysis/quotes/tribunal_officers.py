"""The international court whose officer a bare title names: "Deputy Prosecutor X" or "Presiding Judge Y" in a story
about "the International Criminal Court" serves that court, as an international court's prosecutor and chambers are
its organs and a story names the court once and its officers by title after. A national prosecutor is no officer of
the court that tries the case (nor of one appealed to), so only a court of states counts: one the name says is
international ("International Court of Justice") or a tribunal set up for a case ("Special Tribunal for Lebanon")."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import without_possessive

#: Titles of an international court's officers, the last word of the role.
_OFFICERS = frozenset({"prosecutor", "judge", "registrar"})
#: Words that open an international court's name.
_OPENERS = ("international ", "special tribunal", "special court", "extraordinary chambers")
#: Last words of a court's name, or words that follow the court's noun ("International Criminal Court for …").
_COURTS = frozenset({"court", "tribunal", "chambers"})


def with_tribunal(profile: tuple[str, str, str], docs: list[Doc]) -> tuple[str, str, str]:
    """(kind, role, affiliation) with the one international court the article names given to an official whose role
    is an officer's bare title and who has no affiliation; as it was otherwise, or when it names none or two."""
    kind, role, affiliation = profile
    if kind != "official" or affiliation or not role or role.casefold().split()[-1] not in _OFFICERS:
        return profile
    courts = {
        name for doc in docs for e in doc.ents if e.label_ == "ORG" and _international_court(name := _bare(e.text))
    }
    return (kind, role, courts.pop()) if len(courts) == 1 else profile


def _bare(name: str) -> str:
    """A name without the article or a possessive ending."""
    return without_possessive(name.removeprefix("the ").removeprefix("The "))


def _international_court(name: str) -> bool:
    """Whether a name is an international court's ("International Criminal Court", "Special Court for Sierra Leone")."""
    folded = name.casefold()
    return folded.startswith(_OPENERS) and bool(_COURTS & set(folded.split()))
