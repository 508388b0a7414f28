"""Names a page gives as credits, not as people of the story: a byline ("By Ann Lee · The Gazette"), a photo credit
("(Ann Lee/The Gazette)", "Photo: Ann Lee / Reuters") and a note on who wrote or helped ("With files from Ann Lee",
"Reporting by Ann Lee; Editing by Tom Hale"). The writer, photographer or outlet so named is outside the story: no
"he" or "she" of it stands for them, so their mentions there are left out of the article's people, and a pronoun
that still lands on a name the article gives only in credits goes to the person before it instead."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import kept, text_of
from dashboard.analysis.quotes.lexicon import PERSON_PRONOUNS

#: A credit, up to where it ends: a byline opening its paragraph, up to a quotation mark or the end of the line;
#: a photo credit or a note on who helped, up to the end of its sentence; a parenthesis with a slash in it.
_CREDITS = re.compile(
    r"(?-i:^\W*By(?:\s+[A-Z][\w'\-]*){2,4})(?:\s*[\u00b7|,/\u2013\u2014-][^\u201c\"\n.!?]*)?"
    r"|\b(?:photo|photograph|picture|image|credit)s?(?: by)?\s*:[^\u201c\"\n).!?]*"
    r"|\bwith files from\b[^\u201c\"\n.!?]*"
    r"|\b(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b[^\u201c\"\n.!?]*"
    r"|\([^()\u201c\"/]{2,60}/[^()\u201c\"]{2,60}\)",
    re.IGNORECASE,
)
#: What opens a byline, as `_CREDITS` reads it; and the words of a note on who helped, before " by".
_BYLINE_OPENING = re.compile(r"\W*By")
_NOTE_WORDS = ("reporting", "writing", "editing", "compiled", "produced")
#: How many times a pronoun is sent back past a credited name before it is given up.
_TRIES = 3


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Where a paragraph's text holds credits (see the module docstring)."""
    if not _may_hold_credits(text):
        return []  # most paragraphs: no scan of the long pattern at every character
    return [m.span() for m in _CREDITS.finditer(text)]


def _may_hold_credits(text: str) -> bool:
    """Whether a text holds what one credit of `_CREDITS` holds: "By" opening it (a byline), a colon (a photo
    credit), "with files from", one of the notes' words before " by" ("Reporting by") or a parenthesis with a slash in
    it. Most paragraphs have "by" or "from" somewhere, and none of these."""
    if ":" in text or "(" in text and "/" in text or _BYLINE_OPENING.match(text):
        return True
    lower = text.lower()
    return "with files from" in lower or " by" in lower and any(f"{word} by" in lower for word in _NOTE_WORDS)


def credits_of(doc: Doc) -> list[tuple[int, int]]:
    """`credit_spans` of a paragraph's text, found once per Doc: every "he" or "she" of a story asks after every
    paragraph's credits (`only_credited`)."""
    return kept(doc, "dashboard.credits", lambda whole: credit_spans(text_of(whole)))


def credited_mentions(docs: list[Doc], people: list[tuple[tuple[int, int], str, int]]) -> set[tuple[int, int]]:
    """The positions (paragraph, token) of the mentions of `people` (position, name, rank) that stand in a credit."""
    credited = {p: credits_of(docs[p]) for (p, _), _, _ in people}  # most paragraphs hold none: no mention read
    return {(p, i) for (p, i), _, _ in people if credited[p] and _inside(docs[p][i].idx, credited[p])}


def _inside(place: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls in one of the (start, end) spans."""
    return any(s <= place < e for s, e in spans)


def only_credited(name: str, docs: list[Doc]) -> bool:
    """Whether the article gives a name only in credits: nowhere in its text once the credits are taken out."""
    if not name or not docs:
        return False
    known = kept(docs[0], "dashboard.only_credited", lambda _: {})  # asked at every "he said" of the article
    if (found := known.get(name)) is None:
        found = known[name] = _only_credited(name, docs)
    return found


def _only_credited(name: str, docs: list[Doc]) -> bool:
    pattern = re.compile(rf"\b{re.escape(name)}\b")
    if any(pattern.search(kept(doc, "dashboard.uncredited_text", _without_credits)) for doc in docs):
        return False
    return any(pattern.search(text_of(doc)) for doc in docs)


def _without_credits(doc: Doc) -> str:
    """A paragraph's text with its credits blanked out (each character a space, so every place stays where it was)."""
    text = text_of(doc)
    for s, e in credits_of(doc):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def uncredited(cast, p: int, subject: Token, speaker):
    """The speaker of a "he" or "she" subject, passed back to the person before them while it is a name the article
    gives only in credits; None when no one else is there."""
    gender = PERSON_PRONOUNS.get(subject.lower_)
    if gender is None or speaker is None:
        return speaker
    passed: frozenset[str] = frozenset()
    for _ in range(_TRIES):
        if not only_credited(speaker.name, cast.docs):
            return speaker
        passed |= {speaker.name}
        speaker = cast.resolve_person(p, subject.i, gender, passed)
        if speaker is None:
            return None
    return speaker
