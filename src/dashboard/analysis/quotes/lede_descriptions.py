"""A body a story's lede describes and its next paragraph names: "Teachers will be balloted after the largest teaching
union said …" as a paragraph of its own, then "The National Association of … said …". The British press and the
wires set a lede as a paragraph of one sentence and name the body it ranked ("the largest", "the country's biggest")
only in the paragraph after. A description that names nothing itself ("the Varga administration" does) and ranks or
places the body, in a one-sentence paragraph at the top of the story, is such a description."""

from __future__ import annotations

from spacy.tokens import Token

#: How many paragraphs may come before the lede (a headline kept as the first paragraph).
_LEDE_AT_MOST = 1


def lede_description(p: int, noun: Token, paragraphs: int) -> bool:
    """Whether `noun`, a body's noun in paragraph `p` of an article of `paragraphs` paragraphs, is described by a lede
    that is a paragraph of one sentence, by a superlative ("the largest teaching union") or an owner ("the province's
    nursing union") and no name of its own."""
    doc, sentence = noun.doc, noun.sent
    if p > _LEDE_AT_MOST or p + 1 >= paragraphs or sentence.start != 0 or sentence.end != len(doc):
        return False
    words = list(noun.lefts)
    if any(w.pos_ == "PROPN" for w in words):
        return False  # "the Varga administration": named by whom it serves
    return any(w.tag_ == "JJS" or w.dep_ == "poss" and w.pos_ == "NOUN" for w in words)
