"""A reported clause whose predicate alone is quoted after a modal: "said the council should “avoid steps that inflame
tensions.”" and "said that Bishkek would “defend every metre of our land”" report a clause, its subject and modal in
the narration's words and the rest in the speaker's. What was said is the whole clause, as in "said the plan was “a
disaster”", not the quotation alone."""

from __future__ import annotations

#: Dependencies of the subject of a clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject_and_modal_before_quotation(cue, spans: list[tuple[int, int]]) -> bool:
    """Whether the first verb of the cue's content (`cue.heads`) that stands in one of the quotations `spans` has a
    subject that is no pronoun and a modal, both in the content before that quotation ("the council should “avoid
    …”"; not "he would “…”", whose quotation alone is the quote, nor "the plan “would fail”", whose modal is quoted)."""
    content = cue.content_span
    for head in cue.heads:
        quotation = next((s for s in spans if s[0] <= head.idx < s[1]), None)
        if quotation is not None:
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subject is None or subject.pos_ == "PRON" or not content[0] <= subject.idx < quotation[0]:
                return False
            return any(c.tag_ == "MD" and subject.idx < c.idx < quotation[0] for c in head.children)
    return False
