"""A paragraph that opens with who speaks: an interview transcript's turn ("WALLACE: …") or a name and a colon
("Rep. Ann Ross (D-Ore.): …"), perhaps with more turns of other people after it ("Holt: “…” Reyes: “…”"); a label
("UPDATE: …", "Markets: …", a genre's "Explainer: …", "STAT OF THE WEEK: …", a fact check's "CLAIM: …" and
"VERDICT: …") names nobody, and a tally ("Ross: 1,769.") says nothing."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dashboard.analysis.quotes.lexicon import words
from dashboard.analysis.quotes.marks import token_at
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: "WALLACE: …" opens a turn of an interview transcript; "UPDATE: …" and the like do not.
_TURN = re.compile(r"^\W{0,2}([A-Z][A-Z.'\- ]{1,30}[A-Z]):\s+(?=\S)")
#: "Name (title): …" at the start of a paragraph, and the parenthesis a name may carry before the colon.
_LABEL = re.compile(r"^([^:\n]{3,80}?):\s*(?=\S)")
_PARENTHESIS = re.compile(r"\s*(\([^()]*\))?\s*")
#: A heading set before the name with a spaced dash ("TURNOUT WAS HIGH IN IOWA - Ann Ross: …").
_HEADING = re.compile(r"^.*\s[-\u2013\u2014]\s+")
#: A later turn in the same paragraph: a name and a colon right after the end of a sentence.
_LATER = re.compile(r"(?<=[.!?\u201d\"])\s+([A-Z][\w.'\- ]{1,40}?):\s+(?=\S)")
_NOT_SPEAKERS = words("""
note update correction source sources photo video related watch read more advertisement disclaimer editor's
breaking exclusive opinion analysis live warning transcript q a email e-mail contact stat tip byline disclosure
claim claims fact facts focus verdict ruling rating bottom context background
explainer explained factbox insight timeline commentary editorial
of the and for in on to at with by
""")  # the words that make a label of a heading ("STAT OF THE WEEK: …", a fact check's "CLAIM: …", a genre's
# "Explainer: …") are no name's
#: Some letters: a turn of figures only ("Ross: 1,769.") is a tally, not words said.
_LETTERS = re.compile(r"[^\W\d_]{2}")


def turns(doc: Doc, text: str, cast: Cast, p: int) -> list[tuple[Speaker, int, int]]:
    """Each turn of a paragraph that opens with its speaker, as (speaker, start, end) of the words; none otherwise."""
    first = opening_turn(doc, text, cast, p)
    if first is None:
        return []
    found, ends = [first], []
    for later in _LATER.finditer(text, first[1]):
        label = later.group(1)
        name = cast.person_named(label.title() if label.isupper() else label)
        people = [e for e in doc.ents if (e.start_char, e.end_char) == later.span(1) and cast.label(p, e) == "PERSON"]
        if name or people:
            found.append((cast.person(name or cast.name_of(p, people[0])), later.end()))
            ends.append(later.start())
    said = zip(found, [*ends, len(text.rstrip())], strict=True)
    return [(speaker, at, end) for (speaker, at), end in said if _LETTERS.search(text, at, end)]


def opening_turn(doc: Doc, text: str, cast: Cast, p: int) -> tuple[Speaker, int] | None:
    """The speaker a paragraph opens with and where their words start, or None."""
    if (turn := _TURN.match(text)) and not _a_heading(turn.group(1)):
        name = cast.person_named(turn.group(1).title())
        return (cast.person(name) if name else Speaker(turn.group(1).title(), "other")), turn.end()
    return _named_turn(doc, text, cast, p)


def _a_heading(label: str) -> bool:
    """ "STAT OF THE WEEK", "CLARIFICATION", "ELECTION": the label of a heading, no speaker's name (a name ends in no
    "-tion" or "-sion" of a noun)."""
    label = label.lower()
    return bool(set(label.split()) & _NOT_SPEAKERS) or label.endswith(("tion", "sion"))


def _named_turn(doc: Doc, text: str, cast: Cast, p: int) -> tuple[Speaker, int] | None:
    """ "Rep. Ann Ross (D-Ore.): …" opens what a named person said; a label ("Markets: …") names nobody.

    The speaker and where the words start, when the paragraph opens with a person's name, perhaps with a
    parenthesis after it, and a colon.
    """
    label = _LABEL.match(text)
    if label is None:
        return None
    colon = token_at(doc, label.end(1))
    heading = _HEADING.match(label.group(1))  # "TURNOUT WAS HIGH - Ann Ross: …": a live blog's heading, then a turn
    start = token_at(doc, heading.end()) if heading else 0
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:colon]):
        return None
    people = [e for e in doc.ents if start <= e.start and e.end <= colon and cast.label(p, e) == "PERSON"]
    named = label.group(1)[heading.end() if heading else 0 :].strip()
    if set(named.lower().split()) <= _NOT_SPEAKERS:
        return None  # "Explainer: Why …", though the parser took the label for a name
    if not people and (known := cast.person_named(named)):
        return cast.person(known), label.end()  # "Matthews: …" after the article named Ann Matthews
    if heading and [e.start for e in people] != [start]:
        return None  # after a heading, the name alone: not "… - Ann Ross, Tom Reyes and Bo Li: …"
    if not people or not _PARENTHESIS.fullmatch(text[people[-1].end_char : label.end(1)]):
        return None
    return cast.person(cast.name_of(p, people[-1])), label.end()
