"""A body a story's lede describes and its next paragraph names: "Teachers will be balloted after the largest teaching
union said …" as a paragraph of its own, then "The National Association of … said …". The British press and the
wires set a lede as a paragraph of one sentence and name the body it ranked ("the largest", "the country's biggest")
or placed ("the local health authority", "the regional water board") only in the paragraph after. A description that
names nothing itself ("the Varga administration" does) and ranks or places the body, in a one-sentence paragraph at
the top of the story, is such a description; one that only places the body is the one named next only when that name
holds the description's noun ("Northvale Health Authority" for "the local health authority"), as a place is no rank
that tells the body apart. The next subject may call the body back by the lede's own noun and name it in apposition
("… a seafarers' charity said. The charity, the Pellworth Seafarers' Trust, said …"): that name is the body."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: How many paragraphs may come before the lede (a headline kept as the first paragraph).
_LEDE_AT_MOST = 1
#: Words that place a body a lede describes by the area it serves ("the local health authority").
_PLACING = words("local regional provincial municipal county district area")


def lede_description(p: int, noun: Token, paragraphs: int) -> bool:
    """Whether `noun`, a body's noun in paragraph `p` of an article of `paragraphs` paragraphs, is described by a lede
    that is a paragraph of one sentence, by a superlative ("the largest teaching union"), an owner ("the province's
    nursing union") or a place ("the local health authority") and no name of its own."""
    doc, sentence = noun.doc, noun.sent
    if p > _LEDE_AT_MOST or p + 1 >= paragraphs or sentence.start != 0 or sentence.end != len(doc):
        return False
    words = list(noun.lefts)
    if any(w.pos_ == "PROPN" for w in words):
        return False  # "the Varga administration": named by whom it serves
    return _ranked(words) or any(w.lower_ in _PLACING for w in words)


def name_set_off_after_noun(subject: Token | None, noun: Token) -> Token | None:
    """The organisation's name set in apposition to `subject` when `subject` calls back the body of `noun` by the
    same noun ("The charity, the Pellworth Seafarers' Trust,"); None otherwise."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() != noun.lemma_.lower():
        return None
    return next((c for c in subject.rights if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)


def named_as_lede_said(noun: Token, name: str) -> bool:
    """Whether the body `name` the next paragraph opens with is the one the lede's description of `noun` meant: any
    body for a ranked one, and one whose name holds the noun for one only placed ("Northvale Health Authority")."""
    return _ranked(list(noun.lefts)) or noun.lower_ in name.lower().split()


def _ranked(words: list[Token]) -> bool:
    """A superlative ("the largest") or a noun's owner ("the province's") among the words before a body's noun."""
    return any(w.tag_ == "JJS" or w.dep_ == "poss" and w.pos_ == "NOUN" for w in words)
