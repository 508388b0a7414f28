"""The writer's own turns in a conversation: "“Same time tomorrow?” I ask. “…,” she says", "I ask: “…”". GUIDELINES
knows no writer as a speaker, so a quotation that a cue whose subject is "I" or "we" (outside quotation marks)
introduces is no one's quote, and it is left out before quotations are linked to cues, lest the next cue ("she
says") take it for its own."""

from __future__ import annotations

from dashboard.analysis.quotes.cues import Cue

#: Subjects that are the writer: the first person outside quotation marks.
_WRITER = frozenset({"i", "we"})
#: What may stand between a quotation and the writer's cue beside it.
_BETWEEN = " ,:\n"


def without_writer(text: str, spans: list[tuple[int, int]], marks: list[tuple[int, int]], cues: list[Cue]) -> list:
    """`spans` (quotations) less those the writer speaks: right before "I ask", or right after "I ask:"."""
    own = [c for c in cues if c.subject.lower_ in _WRITER and not any(m[0] <= c.verb.idx < m[1] for m in marks)]
    if not own:
        return spans
    return [s for s in spans if not any(_introduces(text, s, c) for c in own)]


def _introduces(text: str, span: tuple[int, int], cue: Cue) -> bool:
    """Whether the writer's cue is the one beside the quotation: "“…” I ask", "“…,” we asked", "I asked: “…”"."""
    subject, verb = cue.subject, cue.verb
    if subject.i + 1 == verb.i and span[1] <= subject.idx and not text[span[1] : subject.idx].strip(_BETWEEN):
        return True  # "“…” I ask"
    after = verb.idx + len(verb.text)
    return subject.i < verb.i and after <= span[0] and not text[after : span[0]].strip(_BETWEEN)  # "I ask: “…”"
