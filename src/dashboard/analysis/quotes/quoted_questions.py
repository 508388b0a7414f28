"""The one who asks after a quoted question: "“Who will pay for the roof?” asked the night nurse." The parser may hang
the quoted question on its opening mark rather than on the cue, and read the person after the cue as what was asked
(its object). When the sentence opens with the quotation and the cue follows its closing mark, that person is the
speaker, as in any inverted cue after a quotation ("“…,” said the night nurse")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS


def asker_after_quotation(verb: Token) -> Token | None:
    """The object the parser gave a cue right after a quotation that opens its sentence, when the cue has no clause
    of its own: the one who asked (or said) the quoted words. None otherwise, and for "tell", whose object listens."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if verb.i < 2 or doc[verb.i - 1].text not in CLOSING_MARKS or lemma == "tell" or lemma not in CUE_VERBS:
        return None
    if doc[verb.sent.start].text not in QUOTE_MARKS or any(c.dep_ in ("ccomp", "nsubj") for c in verb.children):
        return None  # the quoted clause hangs on the cue, or it has a subject: found otherwise
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
