"""A quotation that is the predicate of a subject "as X puts it" describes: "his job, as he puts it, is to “make ice
faster than the sun can melt it.”", "The town, as one resident put it, is “dying slowly.”" The aside is set off right
after the subject noun, and only the linking verb (and the "to" of an infinitive) stands between its "it" and the
quotation; the quotation is the words of the one who put it so, as when the aside stands right before it."""

from __future__ import annotations

from spacy.tokens import Doc, Token


def links_to_quotation(doc: Doc, verb: Token, first: int) -> bool:
    """Whether the tokens between "as X put(s) it" (`verb`) and the quotation at token `first` are a comma, a form of
    "be" and at most a "to", with the aside set off by commas right after the subject noun of that "be"."""
    start = verb.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    subject = doc[start - 2]
    if subject.pos_ not in ("NOUN", "PROPN") or not subject.dep_.startswith("nsubj"):
        return False
    words = [t for t in doc[verb.i + 2 : first] if not t.is_punct]
    if words and words[-1].lower_ == "to" and words[-1].tag_ == "TO":
        words = words[:-1]
    return len(words) == 1 and words[0].lemma_ == "be" and words[0].pos_ == "AUX"
