"""The narrator's comment on what was said, set off after reported speech at the end of a sentence ("said the fund
was not empty at the time - a point auditors have disputed", "said it had cancelled 125 sailings, the first time it
has published the number"): a noun phrase that judges the statement, not more of it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.names import words
from dashboard.analysis.quotes.marks import DASHES

#: Nouns that name a statement or a step as such: a phrase headed by one after a comma or dash comments on it.
COMMENT_NOUNS = words(
    "point claim assertion contention allegation charge proposal position stance remark message signal sign "
    "reference suggestion reversal departure shift time move jab swipe dig nod echo "
    "admission acknowledgment acknowledgement concession request argument accusation view figure estimate approach"
)
#: The labels the parser gives such a noun: hung on the clause or the noun before it, or taken for an object or a
#: clause of the last verb ("asked them to leave, a request not always honored": `dobj` of "asked").
_COMMENT_LABELS = frozenset({"appos", "npadvmod", "dobj", "ccomp", "dep", "conj"})
_ARTICLES = frozenset({"a", "an", "the", "another"})


def comment_noun(noun: Token) -> bool:
    """Whether a noun heads such a comment: a comment noun with an article, set off by a comma or dash, hung on the
    clause or the noun before it (or mislabelled as an object or clause of the verb before it)."""
    if noun.lemma_.lower() not in COMMENT_NOUNS or noun.dep_ not in _COMMENT_LABELS:
        return False  # most words: no edge of theirs is read
    start = noun.left_edge.i
    return (
        start > 0
        and (noun.doc[start - 1].text == "," or noun.doc[start - 1].text in DASHES)
        and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in noun.children)
    )


def inside_comment(verb: Token) -> bool:
    """ "…, the first time the council has conceded what critics have been saying": a cue inside the narrator's
    comment on a statement reports nothing itself."""
    return not COMMENT_NOUNS.isdisjoint(words_of(verb.doc)) and any(comment_noun(a) for a in verb.ancestors)


def without_trailing_comment(content: list[Token], quotations: list[tuple[int, int]]) -> list[Token]:
    """What a cue reports without a comment noun phrase (see `COMMENT_NOUNS`) that ends it after a comma or dash,
    outside quotation marks ("…, the first time it has …", "… — a claim his rivals dispute"); not an apposition
    that renames what was said about ("hired a new auditor, a former banker")."""
    if not content or COMMENT_NOUNS.isdisjoint(words_of(content[0].doc)):
        return content  # most paragraphs have no comment noun: no word of the content is read
    last = max((t.i for t in content if not t.is_punct), default=None)
    if last is None:
        return content
    for noun in content:
        if not comment_noun(noun) or noun.right_edge.i != last:
            continue
        if any(s <= noun.idx < e for s, e in quotations):
            continue
        return [t for t in content if t.i < noun.left_edge.i - 1]
    return content
