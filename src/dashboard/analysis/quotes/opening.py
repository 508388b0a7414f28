"""The speaker of a quotation that opens an article with no cue of its own: "“We lost everything.” Helen Marsh
stood in the ashes of her home on Tuesday." A feature that opens on a quotation introduces its speaker next, as the
subject of the next sentence (or of the next paragraph's first, when the quotation is a paragraph of its own),
whatever the verb. The rule holds only there, for a person named there for the first time and in full (given name
and surname, which also keeps out a one-word place the parser takes for a name: "Millford was …"), not a place or a
body ("The Harbour Council met on Tuesday") nor someone the article already named."""

from __future__ import annotations

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.continuation import AROUND_QUOTATION, NOT_SPEAKERS, first_named, sentence_after
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Entity labels of names that are no person introduced: those that never speak, and bodies and peoples.
_NOT_PEOPLE = NOT_SPEAKERS | {"ORG", "NORP"}


def opening_speaker(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The person the sentence after a quotation that opens the article introduces as its subject, or None."""
    sents = cast.sentences[p]
    if p != 0 or not sents or text_of(sents[0].doc)[: span[0]].strip(AROUND_QUOTATION):
        return None  # not the article's first words
    found = sentence_after(cast, p, span, next_paragraph=True)
    if found is None:
        return None
    sentence, at = found
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_PEOPLE:
        return None
    speaker = first_named(cast, at, sentence, subject)
    return speaker if speaker is not None and " " in speaker.name else None
