"""A paragraph that opens with who speaks: an interview transcript's turn ("WALLACE: …") or a name and a colon
("Rep. Ann Ross (D-Ore.): …"); a label ("UPDATE: …", "Markets: …") names nobody."""

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
_NOT_SPEAKERS = words("""
note update correction source sources photo video related watch read more advertisement disclaimer editor's
breaking exclusive opinion analysis live warning transcript q a
""")


def opening_turn(doc: Doc, text: str, cast: Cast, p: int) -> tuple[Speaker, int] | None:
    """The speaker a paragraph opens with and where their words start, or None."""
    if (turn := _TURN.match(text)) and not set(turn.group(1).lower().split()) & _NOT_SPEAKERS:
        name = cast.person_named(turn.group(1).title())
        return (cast.person(name) if name else Speaker(turn.group(1).title(), "other")), turn.end()
    return _named_turn(doc, text, cast, p)


def _named_turn(doc: Doc, text: str, cast: Cast, p: int) -> tuple[Speaker, int] | None:
    """ "Rep. Ann Ross (D-Ore.): …" opens what a named person said; a label ("Markets: …") names nobody.

    The speaker and where the words start, when the paragraph opens with a person's name, perhaps with a
    parenthesis after it, and a colon.
    """
    label = _LABEL.match(text)
    if label is None:
        return None
    colon = token_at(doc, label.end(1))
    if any(t.pos_ in ("VERB", "AUX") for t in doc[:colon]):
        return None
    people = [e for e in doc.ents if e.end <= colon and cast.label(p, e) == "PERSON"]
    if not people and (known := cast.person_named(label.group(1).strip())):
        return cast.person(known), label.end()  # "Matthews: …" after the article named Ann Matthews
    if not people or not _PARENTHESIS.fullmatch(text[people[-1].end_char : label.end(1)]):
        return None
    return cast.person(cast.name_of(p, people[-1])), label.end()
