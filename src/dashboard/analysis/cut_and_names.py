"""Bodies' names the recogniser cut at the "and" that joins their last two fields: "the state Department of Fish and
Game" comes out as the organisation "Department of Fish and" or "Department of Fish", the last field left untagged.
The step before (`conjunction_ends`) leaves the "and" out of every name; this pipeline step, run after it, gives a
name "<X> of <Y>" cut before "and" the field after it when that field is untagged and ends the name ("of Fish| and
Game shut"), so the body that speaks is quoted under the name people use. A second body or a party after the "and"
stays apart ("the Ministry of Defence and the army", "Secretary of State and Democratic candidate")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "cut_and_names"


@Language.component(STEP)
def cut_and_names(doc: Doc) -> Doc:
    """The document with each organisation cut before the "and" of its last field given that field."""
    bodies = [ent for ent in current_entities(doc) if ent.label_ == "ORG" and len(ent) > 2]
    mended = [span for ent in bodies if (span := _cut_before_and(doc, ent)) is not None]
    return with_entities(doc, mended)


def _cut_before_and(doc: Doc, body: Span) -> Span | None:
    """The whole name "<X> of <Y> and <Z>" of a body tagged up to <Y>, when <Z> is untagged and ends the name."""
    start = body.end + 1
    if start >= len(doc) or doc[body.end].lower_ != "and" or "of" not in {t.lower_ for t in body[1:-1]}:
        return None
    end = _field_end(doc, start)
    if end == start or end - start > 2 or end < len(doc) and (doc[end].is_title or doc[end].ent_type_):
        return None
    return Span(doc, body.start, end, label="ORG")


def _field_end(doc: Doc, start: int) -> int:
    """Where the run of untagged capitalised words from `start` ends."""
    end = start
    while end < len(doc) and _field_word(doc[end]):
        end += 1
    return end


def _field_word(token: Token) -> bool:
    """Whether the token may be a word of a name's last field: an untagged capitalised word."""
    return not token.ent_type_ and token.is_title and token.is_alpha and not token.is_stop and not token.is_sent_start
