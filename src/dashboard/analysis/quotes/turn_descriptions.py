"""A bare description of a person right after a quotation ("“…,” says the retired teacher", "“…,” says the author,
laughing") in a paragraph where a named person spoke before it: a feature goes on with the turn of the one it was
quoting and calls them by what they are, so the description is the person who spoke last in the paragraph, when the
rules before found no one it names (the quotation and the description in one sentence: not "“….” The family wrote").
Anyone's nouns ("the official", "the spokesperson"), offices and titles stay as they were found, as the news gold
leaves them unnamed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import DOER_ENDINGS, PEOPLE_NOUNS, TITLE_NOUNS
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.people import Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: People's nouns for anyone, an unnamed source or a voice, never the person just quoted ("the official said").
_ANYONE = words(
    """analyst official expert observer source spokesman spokeswoman spokesperson aide insider person people man woman
    narrator announcer someone witness resident voter citizen worker employee reader caller viewer listener"""
)


def turn_continued(
    cast: Cast, p: int, noun: Token, found: Speaker | None, speakers: dict[int, Speaker]
) -> Speaker | None:
    """The named person who spoke last in paragraph p before a bare description of a person right after a quotation
    (see the module's docstring), in place of `found` when that is none or one described but not named; `speakers`
    holds the speaker of each cue of the paragraph so far, by verb index."""
    if found is not None and (found.plural or found.name):
        return found
    if not _bare_person(noun) or not _after_quotation(noun):
        return None if found is None else found
    before = [i for i in speakers if i < noun.left_edge.i and i != noun.head.i]
    if not before:
        return found
    last = speakers[max(before)]
    if not last.name or last.kind in ("institution", "unnamed") or last.plural:
        return found
    return cast.person(last.name)


def _bare_person(noun: Token) -> bool:
    """ "the retired teacher", "the author": "the" and at most lower-case modifiers before a noun of a person that is
    no office, title or anyone's noun, the subject of its cue, nothing after it."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.dep_ != "nsubj" or noun.ent_type_ or any(not c.is_punct for c in noun.rights):
        return False
    if lemma in TITLE_NOUNS or lemma in _ANYONE:
        return False
    if lemma not in PEOPLE_NOUNS and not lemma.endswith(DOER_ENDINGS):
        return False
    lefts = list(noun.lefts)
    if not lefts or lefts[0].lower_ != "the" or lefts[0].i != noun.left_edge.i:
        return False
    return all(c.dep_ in ("amod", "compound") and c.text.islower() and c.is_alpha for c in lefts[1:])


def _after_quotation(noun: Token) -> bool:
    """Whether a subject follows a closing quotation mark, with at most its verb and a comma between ("…,” says the
    author", "…,” the author says")."""
    doc = noun.doc
    between = [t for t in doc[max(0, noun.left_edge.i - 3) : noun.left_edge.i] if not t.is_space]
    while between and (between[-1].pos_ in ("VERB", "AUX") or between[-1].text == ","):
        between.pop()
    closed = bool(between) and between[-1].text in CLOSING_MARKS
    return closed and between[-1].i > noun.sent.start  # one sentence: not "“….” The family wrote"
