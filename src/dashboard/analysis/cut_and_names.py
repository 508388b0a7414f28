"""Bodies' names the recogniser cut at the "and" that joins their last two fields: "the state Department of Fish and
Game" comes out as the organisation "Department of Fish and" or "Department of Fish", the last field left untagged.
The step before (`conjunction_ends`) leaves the "and" out of every name; this pipeline step, run after it, gives a
name "<X> of <Y>" cut before "and" the field after it when that field is untagged and ends the name ("of Fish| and
Game shut"), so the body that speaks is quoted under the name people use. A second body or a party after the "and"
stays apart ("the Ministry of Defence and the army", "Secretary of State and Democratic candidate").
A public body's last field the recogniser tagged as an organisation of its own ("Ministry of Municipal Affairs" and
"Housing") joins it too, when it is a field of government the parser joins to the body's own fields ("and Housing
said"); a company or a second body after the "and" stays apart ("the Ministry of Defence and Kestrel Systems")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "cut_and_names"
#: Head nouns of public bodies named by the fields they oversee ("Ministry of Industry and Trade").
_PUBLIC_HEADS = words("ministry department office secretariat directorate bureau agency")
#: The words that join a public body's head to its fields ("Department of", "Department for").
_FIELD_JOINS = frozenset({"of", "for"})
#: The most words of a last field tagged on its own ("Housing", "Rural Affairs").
_FIELD_WORDS_AT_MOST = 2


@Language.component(STEP)
def cut_and_names(doc: Doc) -> Doc:
    """The document with each organisation cut before the "and" of its last field given that field."""
    bodies = [ent for ent in current_entities(doc) if ent.label_ == "ORG" and len(ent) > 2]
    mended = [span for ent in bodies if (span := _cut_before_and(doc, ent) or _tagged_field(doc, ent)) is not None]
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


def _tagged_field(doc: Doc, body: Span) -> Span | None:
    """The whole name "<ministry> of <Y> and <Z>" of a public body tagged up to <Y>, when the recogniser tagged <Z>
    alone as an organisation, <Z> is a field of government and the parser joins it to a word of <Y>."""
    start = body.end + 1
    if (
        start >= len(doc)
        or doc[body.end].lower_ != "and"
        or doc[start].ent_iob_ != "B"
        or doc[start].ent_type_ != "ORG"
    ):
        return None
    if not any(t.lower_ in _PUBLIC_HEADS and t.nbor().lower_ in _FIELD_JOINS for t in body[:-2]):
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    field = doc[start:end]
    if len(field) > _FIELD_WORDS_AT_MOST or not all(t.is_title and t.lower_ in PORTFOLIOS for t in field):
        return None
    joined = field.root.dep_ == "conj" and body.start <= field.root.head.i < body.end
    return Span(doc, body.start, end, label="ORG") if joined else None


def _field_end(doc: Doc, start: int) -> int:
    """Where the run of untagged capitalised words from `start` ends."""
    end = start
    while end < len(doc) and _field_word(doc[end]):
        end += 1
    return end


def _field_word(token: Token) -> bool:
    """Whether the token may be a word of a name's last field: an untagged capitalised word."""
    return not token.ent_type_ and token.is_title and token.is_alpha and not token.is_stop and not token.is_sent_start
