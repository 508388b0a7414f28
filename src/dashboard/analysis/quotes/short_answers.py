"""Short answers to a question: one the sentence opens with ("Asked whether her party would keep the clinic, she said
it would.") or one the sentence right before put to the speaker ("The judge asked him whether he had kept notes. He
said he had not."). The two words said ("it would", "he did not") are too short to be reported speech elsewhere
("said he did not" alone tells nothing), but after a question they answer it, and so are a statement of their own."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE
from dashboard.analysis.quotes.bare_auxiliaries import bare_auxiliary
from dashboard.analysis.quotes.elided_clauses import elided_modal

#: Words that open a yes-or-no question put in reported speech.
_YES_OR_NO = frozenset({"whether", "if"})


def answers_question(heads: list[Token], span: tuple[int, int], words: int = 2) -> bool:
    """Whether a cue's content is a clause with a subject and a finite verb of its own that answers the question an
    opening "Asked …," puts ("Asked if he would run, he said he would"; with "be", "do" or "have" alone, "he did not",
    only a yes-or-no question's), or, in two or three words ("he had not"), the yes-or-no question the sentence before
    asked."""
    if not heads:
        return False
    sent = heads[0].sent
    opening = sent[0].lower_ == "asked" and sent[0].dep_ != "ROOT"
    yes_or_no = opening and any(t.lower_ in _YES_OR_NO for t in sent[0].subtree)  # "Asked whether …", not "about"
    whole = elided_modal(heads) is not None or yes_or_no and bare_auxiliary(heads)  # "he would not", "it was not"
    run_on = opening and words > 2 and not whole
    if run_on or not opening and not _asked_just_before(sent.start, heads[0]):
        return False  # "Asked if …, she said that she did not, but …" runs on: the answer is the rest
    return any(
        any(c.dep_ in ("nsubj", "nsubjpass") and span[0] <= c.idx < span[1] for c in head.children)
        and (
            head.tag_ in FINITE or head.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ in FINITE for c in head.children)
        )
        for head in heads
    )


def _asked_just_before(start: int, head: Token) -> bool:
    """Whether the sentence before the one starting at `start` is a question put with "asked … whether/if …", its
    main verb "ask" (who answers is left to the speaker rules)."""
    if start == 0:
        return False
    before = head.doc[start - 1].sent
    root = before.root
    return root.lemma_.lower() == "ask" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in _YES_OR_NO for m in c.children)
        for c in root.children
    )
