"""The narrator's remark that the speaker held something back, set off after what they said: "said the ferry was
late, though he did not say by how much", "…, although she refused to name the buyer". It is no part of what was
said. Nor is a point the speaker grants in a clause of its own with a verb of saying ("said the vote was unanimous,
though she noted that two members had wavered"): a statement with its own cue, which the parser may hang inside the
first clause, and a quote of its own. A participle of speech after a comma (", noting that …", ", calling the
owners greedy") stays in the quote: it continues the same speaker in the same sentence."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import CUE_VERBS, HUMAN_CUES, WITHHOLDING
from dashboard.analysis.quotes.marks import CLOSING_MARKS

#: Words that open a concession about the speaker's own speech ("though he did not say how much").
_CONCESSIVE = frozenset({"though", "although"})
#: Verbs of saying by which the speaker, in such a clause, grants a point of their own ("though she noted that …"):
#: a statement of its own, not more of the first (not "though she doubts …", a judgement that may be more of it).
_CONCEDING = HUMAN_CUES | words("note stress warn caution emphasize emphasise underscore observe")
#: Pronouns that stand for the speaker in such a concession.
_SPEAKER_PRONOUNS = frozenset({"he", "she"})


def without_held_back(content: list[Token], verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """What a cue reports without a closing "though he did not say …" after a comma, outside quotation marks."""
    if words_of(verb.doc).isdisjoint(_CONCESSIVE):
        return content  # most paragraphs: no "though", no word of the content is read
    inside = {t.i for t in content}
    last_word = max((t.i for t in content if not t.is_punct), default=-1)
    for clause in content:
        if clause.i <= verb.i or any(s <= clause.idx < e for s, e in quotations) or not _concession(clause):
            continue
        before = comma = clause.left_edge.i - 1
        if comma in inside and verb.doc[comma].text in CLOSING_MARKS:
            comma -= 1  # ' "too slow," though he did not say …': the comma inside the quotation marks
        if comma in inside and verb.doc[comma].text == "," and clause.right_edge.i >= last_word:
            return [t for t in content if t.i <= before and t.i != comma]
    return content


def _concession(token: Token) -> bool:
    """ "though he did not say …", "although she again refused to …", "though she noted that …": a clause of a "he"
    or "she" who holds back speech or grants a point, opened by "though" or "although" (not "though she doubts …",
    which may be more of what she said)."""
    return (
        token.dep_ == "advcl"
        and token.left_edge.lower_ in _CONCESSIVE
        and (
            token.lemma_.lower() in WITHHOLDING
            or token.lemma_.lower() in _CONCEDING
            or token.lemma_.lower() in CUE_VERBS
            and any(c.dep_ == "neg" for c in token.children)
        )
        and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in token.children)
    )
