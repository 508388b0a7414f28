"""The speaker of a quotation that opens an article with no cue of its own: "“We lost everything.” Helen Marsh
stood in the ashes of her home on Tuesday." A feature that opens on a quotation introduces its speaker next, as the
subject of the next sentence (or of the next paragraph's first, when the quotation is a paragraph of its own),
whatever the verb. The rule holds only there, for a person named there for the first time and in full (given name
and surname, which also keeps out a one-word place the parser takes for a name: "Millford was …"), not a place or a
body ("The Harbour Council met on Tuesday") nor someone the article already named."""

from __future__ import annotations

from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Quotation marks and white space around a quotation.
_MARKS = " \n\u201c\u201d\"'"
#: Entity labels of names that never speak.
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "WORK_OF_ART", "DATE", "TIME"})


def opening_speaker(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The person the sentence after a quotation that opens the article introduces as its subject, or None."""
    sents = cast.sentences[p]
    if p != 0 or not sents:
        return None
    text = sents[0].doc.text
    if text[: span[0]].strip(_MARKS):
        return None  # not the article's first words
    after, at = [s for s in sents if 0 <= s.start_char - span[1] <= 2][:1], p
    if not after and not text[span[1] :].strip(_MARKS) and len(cast.sentences) > 1:
        after, at = cast.sentences[1][:1], 1
    if not after or any(mark in after[0].text for mark in QUOTE_MARKS):
        return None
    root = after[0].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PEOPLE:
        return None
    speaker = cast.speaker(at, subject)
    if speaker is None or " " not in speaker.name or speaker.kind in ("institution", "unnamed"):
        return None
    named_before = any(name == speaker.name and pos < (at, after[0].start) for pos, name, _ in cast.people)
    return None if named_before else speaker
