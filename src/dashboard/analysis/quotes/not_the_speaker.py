"""Whom a "he" or "she" that is the subject of a cue cannot stand for: whom the cue speaks to, as its object or after
"to" ("he told Hannity", "she asked Ross", "he said to Ross", not "he told the story of a Rubio supporter"), and whom
the quotation it closes speaks of by name ("“Grandma Rosa told me that year they made wine …,” she says": she is not
Rosa), and the subject of the clause a cue is set inside between commas ("Turnout, she said, was 58 percent", "Ruiz,
he said, had lost fairly": not Ruiz, nor a word the recogniser took for a name). People name others, not themselves, in
what they say."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.addressed_listeners import listeners_after_to
from dashboard.analysis.quotes.paragraph_people import named_in

#: Verbs by which a speaker reports what others say of someone ("they say X should go").
_OTHERS_SAY = frozenset({"say", "tell", "claim", "argue", "insist"})
#: Marks that open and close a quotation inside a quotation.
_INNER_OPENING = frozenset({"\u2018"})
_INNER_CLOSING = frozenset({"\u2019"})

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def not_the_speaker(cast: Cast, p: int, subject: Token) -> frozenset[str]:
    """The people of paragraph p whom the cue of a pronoun subject addresses or the quotation it closes names."""
    return _addressed(cast, p, subject) | named_in_closed_quotation(cast, p, subject) | _spoken_of(cast, p, subject)


def _addressed(cast: Cast, p: int, subject: Token) -> frozenset[str]:
    """Whom the subject's verb speaks to, as its object or after "to"."""
    verb = subject.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + listeners_after_to(verb)
    return _named_at(cast, p, {t.i for o in objects if o.pos_ == "PROPN" for t in o.subtree if t.pos_ == "PROPN"})


def _spoken_of(cast: Cast, p: int, subject: Token) -> frozenset[str]:
    """ "Ruiz, he said, had lost fairly": the people of paragraph p named in the subject, before the cue, of the clause
    that a cue set off by commas stands inside, or of the clause before it that the clause after it goes on from
    ("Turnout falls, she says, fewer candidates run", "Turnout" tagged a person); not one named as the owner of the
    subject's noun ("A Serrano administration, she promised, would …", "Her plan, she said, …": she may speak of her
    own)."""
    verb, doc = subject.head, subject.doc
    if verb.dep_ != "parataxis" or not subject.i < verb.i or verb.head.i == verb.i or subject.i < 2:
        return frozenset()
    if doc[subject.i - 1].text != "," or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return frozenset()
    if verb.head.i < verb.i and not _between_two_clauses(verb, subject):
        return frozenset()  # "His wife, X, does the books and, she says, the worrying": she may be X
    words: set[int] = set()
    clauses = [verb.head]
    if verb.head.dep_ == "ccomp" and verb.head.head.i < subject.i:
        clauses.append(verb.head.head)  # "Turnout falls, she says, fewer run": the parser hung the cue on the second
    for c in (c for clause in clauses for c in clause.lefts):
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i:
            owners = [] if c.pos_ == "PROPN" else [m for m in c.children if m.dep_ in ("compound", "poss")]
            words |= {t.i for t in c.subtree} - {t.i for m in owners for t in m.subtree}
    return _named_at(cast, p, words)


def _between_two_clauses(verb: Token, subject: Token) -> bool:
    """Whether a cue set off by commas stands between two clauses ("Turnout falls, she says, fewer candidates run"),
    not after "and" nor before a mere phrase."""
    doc = verb.doc
    after = [t for t in verb.sent if t.i > verb.i + 1]
    return doc[subject.i - 2].dep_ != "cc" and any(t.dep_ in ("nsubj", "nsubjpass") for t in after)


def _named_at(cast: Cast, p: int, words: set[int]) -> frozenset[str]:
    """The people of paragraph p named at one of the token indices `words`."""
    return frozenset(n for (_, k), n, _ in named_in(cast.people, p) if k in words)


def named_in_closed_quotation(cast: Cast, p: int, subject: Token) -> frozenset[str]:
    """The people of the article named before the subject, by a word of their name, inside the quotation that closes
    right before it ("“…,” she says"), with nothing but punctuation between its closing mark and the subject."""
    doc = subject.doc
    before = subject.i - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    if before == subject.i - 1 or before < 0 or not cast.quoted((p, before)):
        return frozenset()
    start = before
    while start > 0 and cast.quoted((p, start - 1)):
        start -= 1
    words = _outside_inner_quotations(doc[start : before + 1])
    quoted = {t.text for t in words if t.is_title and not _said_by_others(t, start, before)}  # "Grandma Rosa told me"
    return frozenset(n for (q, k), n, _ in cast.people if (q, k) < (p, subject.i) and quoted & set(n.split()))


def _said_by_others(word: Token, start: int, end: int) -> bool:
    """Whether a word stands in what others are reported as saying by a verb inside the quotation from token `start`
    to `end` ("“The columnists claim Abel Roe is finished,” he said": the speaker may name himself as others speak of
    him); not the cue outside it, of which the whole quotation is what was said."""
    return any(
        clause.dep_ == "ccomp" and start <= clause.head.i <= end and clause.head.lemma_.lower() in _OTHERS_SAY
        for clause in word.ancestors
    )


def _outside_inner_quotations(words: Span) -> list[Token]:
    """The words of a quotation outside the quotations inside it: "“My wife said, ‘Terry, you’re 70,’” he said"
    names Terry as another speaker addressed him, and may be his."""
    outside, depth = [], 0
    for word in words:
        if word.text in _INNER_OPENING:
            depth += 1
        elif word.text in _INNER_CLOSING and depth:
            depth -= 1
        elif not depth:
            outside.append(word)
    return outside
