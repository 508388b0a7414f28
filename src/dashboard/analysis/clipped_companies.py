"""A company's short name of two or three words that the recogniser took for a person: "Harwick Mutual said …" after
"the Harwick Mutual Insurance Company" is the company, as a reader takes it, keyed by its full name.

Only one-word short names were given to the organisation they open ("Kestrel" for Kestrel Securities). A name of
several words is given over when it opens exactly one longer organisation of the article whose other words are all
words that close a business's name ("Insurance Company", "Group", "Holdings"), its first word is no given name the
lexicon knows, and no person of the article bears a fuller name that holds it. A body named after a person ("the Ada
Brandt Foundation", "the Lena Ovid Institute") is left alone: its founder may speak in the same story."""

from __future__ import annotations

from dashboard.analysis.names import ORGANISATION_HEADS, words
from dashboard.analysis.quotes.given_names import gender_of_given_word

#: Heads of bodies often named after a person, whose namesake may speak in the story.
_NAMESAKE_HEADS = words("foundation institute university college trust fund society league school prize award")
#: Words that close a business's name after its short name ("Insurance Company", "Group", "Holdings").
_BUSINESS_ENDS = ORGANISATION_HEADS - _NAMESAKE_HEADS | words("and &")


def companies_named_short(canonical: list[str], labels: list[str]) -> None:
    """Give a person's name of two or three words to the one organisation of the article it opens, in place, when the
    rest of the organisation's name only closes a business's name and the short name opens with no given name."""
    organisations = sorted({n for n, label in zip(canonical, labels, strict=True) if label == "ORG"})
    people = [n.split() for n, label in zip(canonical, labels, strict=True) if label == "PERSON"]
    for i, (name, label) in enumerate(zip(canonical, labels, strict=True)):
        short = name.split()
        if label != "PERSON" or not 1 < len(short) < 4 or gender_of_given_word(short[0]):
            continue
        if any(len(other) > len(short) and set(short) <= set(other) for other in people):
            continue  # a fuller person's name holds it
        fitting = [o for o in organisations if _opened_by(o.split(), short)]
        if len(fitting) == 1:
            canonical[i], labels[i] = fitting[0], "ORG"


def _opened_by(organisation: list[str], short: list[str]) -> bool:
    """Whether the organisation's name opens with the short name and closes with business words only."""
    rest = organisation[len(short) :]
    return organisation[: len(short)] == short and bool(rest) and all(w.lower() in _BUSINESS_ENDS for w in rest)
