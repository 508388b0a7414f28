"""Short answers to a question the sentence opens with: "Asked whether her party would keep the clinic, she said it
would." The two words said ("it would", "he did not") are too short to be reported speech elsewhere ("said he did
not" alone tells nothing), but after "Asked …," they answer the question, and so are a statement of their own."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE


def answers_question(heads: list[Token], span: tuple[int, int]) -> bool:
    """Whether a cue's content is a clause with a subject and a finite verb of its own that answers the question an
    opening "Asked …," puts ("Asked if he would run, he said he would")."""
    if not heads or (sent := heads[0].sent)[0].lower_ != "asked" or sent[0].dep_ == "ROOT":
        return False
    return any(
        any(c.dep_ in ("nsubj", "nsubjpass") and span[0] <= c.idx < span[1] for c in head.children)
        and (
            head.tag_ in FINITE or head.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ in FINITE for c in head.children)
        )
        for head in heads
    )
