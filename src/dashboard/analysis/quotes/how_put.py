"""The speaker of "That is how Ann Lee, a harbour master of 20 years, describes it" read off the words when the parse
is lost: a long apposition after the name can lead the parser to take one of its nouns for a verb and hang the
sentence on the verb of saying, which hides the clause `pointed_back` reads. The words still say it: a sentence that
opens "That/This is how" (or "was how"), then a proper name, an apposition set off by commas if any, and a verb of
saying or seeing, names the speaker of the quotation right before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.pointed_back import _SAYING_VERBS, _VIEWING_VERBS

#: Words opening a sentence that points back at a quotation and goes on to say whose it was.
_POINTING = frozenset({"that", "this"})


def how_named(sentence: Span) -> Token | None:
    """The proper noun of the person "That is how X[, …,] describes it" names, read off the tokens, or None."""
    tokens = list(sentence)
    if len(tokens) < 5 or tokens[0].lower_ not in _POINTING or tokens[1].lemma_ != "be" or tokens[2].lower_ != "how":
        return None
    at = 3
    while at < len(tokens) and tokens[at].pos_ == "PROPN":
        at += 1
    if at == 3 or at >= len(tokens):
        return None
    name = tokens[at - 1]
    if tokens[at].text == ",":  # an apposition: up to its closing comma
        closing = next((t.i - sentence.start for t in tokens[at + 1 :] if t.text == ","), None)
        if closing is None:
            return None
        at = closing + 1
    verb = tokens[at] if at < len(tokens) else None
    if verb is None or verb.lemma_.lower() not in _SAYING_VERBS | _VIEWING_VERBS or verb.tag_ not in ("VBZ", "VBD"):
        return None
    return name
