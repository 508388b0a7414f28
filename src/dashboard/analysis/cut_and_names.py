"""Bodies' names the recogniser cut at the "and" that joins their last two fields: "the state Department of Fish and
Game" comes out as the organisation "Department of Fish and" or "Department of Fish", the last field left untagged.
No name ends in "and", and the body that speaks is quoted under a name no one uses. This pipeline step, run after the
recogniser, gives such an organisation the capitalised words right after its "and" (untagged, or an organisation or
place tagged there), and drops the "and" when no capitalised word follows it. A name "<X> of <Y>" cut before "and" is
given the field after it only when that field is untagged and ends the name ("of Fish| and Game shut"), not a second
body or a party ("the Ministry of Defence and the army", "Secretary of State and Democratic candidate")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "cut_and_names"
#: Labels of an entity the last field may have been tagged as, when the "and" was kept in the name.
_FIELDS = frozenset({"ORG", "GPE"})


@Language.component(STEP)
def cut_and_names(doc: Doc) -> Doc:
    """The document with each organisation cut at the "and" of its last field given that field (or rid of the "and")."""
    bodies = [ent for ent in current_entities(doc) if ent.label_ == "ORG" and len(ent) > 2]
    mended = [span for ent in bodies if (span := _ending_in_and(doc, ent) or _cut_before_and(doc, ent)) is not None]
    return with_entities(doc, mended)


def _ending_in_and(doc: Doc, body: Span) -> Span | None:
    """The whole name of a body tagged through its "and": through the capitalised words after it, or without the "and"
    when none follows; None when the body does not end in "and"."""
    if body[-1].lower_ != "and":
        return None
    end = _field_end(doc, body.end, _FIELDS)
    if end == body.end:
        return Span(doc, body.start, body.end - 1, label="ORG")
    while end < len(doc) and doc[end].ent_iob_ == "I":  # the rest of an entity the field opened
        end += 1
    return Span(doc, body.start, end, label="ORG")


def _cut_before_and(doc: Doc, body: Span) -> Span | None:
    """The whole name "<X> of <Y> and <Z>" of a body tagged up to <Y>, when <Z> is untagged and ends the name."""
    start = body.end + 1
    if start >= len(doc) or doc[body.end].lower_ != "and" or "of" not in {t.lower_ for t in body[1:-1]}:
        return None
    end = _field_end(doc, start, frozenset())
    if end == start or end - start > 2 or end < len(doc) and (doc[end].is_title or doc[end].ent_type_):
        return None
    return Span(doc, body.start, end, label="ORG")


def _field_end(doc: Doc, start: int, labels: frozenset[str]) -> int:
    """Where the run of capitalised words from `start` ends, each untagged or tagged with one of `labels`."""
    end = start
    while end < len(doc) and _field_word(doc[end], labels):
        end += 1
    return end


def _field_word(token: Token, labels: frozenset[str]) -> bool:
    """Whether the token may be a word of a name's last field: a capitalised word, untagged or of one of `labels`."""
    tagged = not token.ent_type_ or token.ent_type_ in labels
    return tagged and token.is_title and token.is_alpha and not token.is_stop and not token.is_sent_start
