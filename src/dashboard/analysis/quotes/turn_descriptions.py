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

#: Fewest letters of the people's noun that ends a longer word of one person ("teacher" of "schoolteacher").
_MIN_PART = 5


def turn_continued(
    cast: Cast, p: int, noun: Token, found: Speaker | None, speakers: dict[int, Speaker]
) -> Speaker | None:
    """The named person who spoke last in paragraph p before a bare description of a person right after a quotation
    (see the module's docstring), in place of `found` when that is none or one described but not named; `speakers`
    holds the speaker of each cue of the paragraph so far, by verb index."""
    if found is not None and (found.plural or found.name):
        return found
    if not _bare_person(noun) or not _after_quotation(noun):
        return found
    before = [i for i in speakers if i < noun.left_edge.i and i != noun.head.i]
    if not before:
        return found
    last = max(before)
    speaker = speakers[last]
    body = speaker.kind == "institution" and not _described_by_who(cast.docs[p][last])  # "X, who …, says": a person
    if not speaker.name or body or speaker.kind == "unnamed" or speaker.plural:
        return found
    return cast.person(speaker.name)


def _described_by_who(verb: Token) -> bool:
    """Whether the subject of a cue has a relative clause opened by "who" ("Ada Roe-Lind, who still runs the club,
    says"): a person, though the recogniser took the hyphenated name for an organisation."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return any(r.dep_ == "relcl" and any(w.lower_ == "who" for w in r.children) for s in subjects for r in s.rights)


def one_person_noun(lemma: str) -> bool:
    """A noun of one person: a people's noun, or a word that ends in one after a word of its own ("schoolteacher",
    "chairwoman", "homeowner")."""
    if lemma in PEOPLE_NOUNS:
        return True
    return any(lemma[-n:] in PEOPLE_NOUNS and lemma[:-n].isalpha() for n in range(_MIN_PART, len(lemma) - 2))


def _bare_person(noun: Token) -> bool:
    """ "the retired teacher", "the author": "the" and at most lower-case modifiers before a noun of a person that is
    no office, title or anyone's noun, the subject of its cue, nothing after it."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or noun.dep_ != "nsubj" or noun.ent_type_ or any(not c.is_punct for c in noun.rights):
        return False
    if lemma in TITLE_NOUNS or lemma in _ANYONE:
        return False
    if not one_person_noun(lemma) and not lemma.endswith(DOER_ENDINGS):
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
