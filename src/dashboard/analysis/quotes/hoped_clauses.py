"""A participle of speech that the parser hung on the clause a person hopes, thinks or expects: "Ann hopes the ferry
will return next year, pointing to the new dock" — the ferry points to nothing; the one who hopes speaks. Only when
the clause has a thing for its subject and the verb above it a person or a named body: "Ann thinks Bo will win,
citing …" stays with the clause's own subject."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: Pronouns that stand for a thing, not for someone who speaks.
_THING_PRONOUNS = frozenset({"it", "this", "that"})


def thinker_of_clause(clause: Token, cue: Token) -> bool:
    """Whether a participle cue after a comma, hung on `clause` (the object clause of a verb), is spoken by the
    subject of that verb: someone, while the clause's own subject is a thing."""
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or clause.head.pos_ != "VERB":
        return False
    thinker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return thinker is not None and _someone(thinker) and thing is not None and not _someone(thing)


def _someone(token: Token) -> bool:
    """A name (of a person or of a body, which speaks too), a personal pronoun or a noun for people."""
    if token.pos_ == "PRON":
        return token.lower_ not in _THING_PRONOUNS
    return token.pos_ == "PROPN" or token.lemma_.lower() in PEOPLE_NOUNS
