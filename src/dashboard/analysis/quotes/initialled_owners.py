"""Bodies known by their initials that open a role before a name, which the parser and tagger misread: "IAEA chief X"
(the parser takes "IAEA" for a verb and strands "chief"), "WHO Director-General X" (the tagger takes "WHO" for the
pronoun and tags no organisation). The initials are the role's owner all the same."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.kinds import ROLE_WORDS

#: Initials that spell a word as well, known as a body only when written in capitals before a title ("WHO").
_WORD_INITIALS = frozenset({"WHO"})


def initials_opening(token: Token) -> bool:
    """Whether the token is a body's initials in capitals that open a sentence or follow a punctuation mark, right
    before a role ("IAEA" of "IAEA chief X")."""
    doc = token.doc
    opens = token.i == token.sent.start or doc[token.i - 1].is_punct
    initials = token.is_upper and token.is_alpha and len(token) >= 2
    return opens and initials and (token.ent_type_ == "ORG" or token.text in _WORD_INITIALS)


def word_initials(token: Token) -> Found | None:
    """ "WHO" of "WHO Director-General X", "WHO chief X" or "WHO regional director": the body, tagged nothing, that a
    word in capitals before a title or a role names."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    described = after is not None and (after.is_title or after.lower_ in ROLE_WORDS or after.pos_ == "ADJ")
    if token.text in _WORD_INITIALS and described and _role_follows(token):
        return Found(token.text, (token,))
    return None


def _role_follows(token: Token) -> bool:
    """Whether a role word stands within the three words after the token ("WHO regional director")."""
    return any(t.lower_ in ROLE_WORDS or t.is_title for t in token.doc[token.i + 1 : token.i + 4])
