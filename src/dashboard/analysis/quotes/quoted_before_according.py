"""A quotation closed right before "according to X": "“The roof will not last the winter,” according to Ines Paley,
and the school shut its hall on Friday." The phrase names who said the quoted words, so they are a direct quote of
X's. The parser hangs the narration after the phrase on the same clause, so the cue's content runs on past the
quotation into the narrator's words, outweighs it and reads as reported speech; the quotation alone is what was
said. Only a quotation that opens its sentence: one that starts inside a sentence ("The mayor called it “a
disgrace,” according to X") may be words X relays of someone else."""

from __future__ import annotations

#: Quotation marks and spaces that may close a quotation after its last word.
_CLOSERS = "\u201d\"' "


def quotation_before_according(cue, text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation of `spans` that opens the sentence of an "according to" cue, ends in a comma and stands right
    before "according", when the cue's content starts inside it; None otherwise."""
    according, content = cue.verb, cue.content_span
    if cue.lemma != "according to" or content is None:
        return None
    opening = according.sent[0].idx
    return next(
        (
            s
            for s in spans
            if s[0] <= content[0] < s[1] <= according.idx
            and not text[s[1] : according.idx].strip()
            and not text[opening : s[0]].strip()
            and text[s[0] : s[1]].rstrip(_CLOSERS).endswith(",")
        ),
        None,
    )
