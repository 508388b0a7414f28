"""Public bodies named by a list of the fields they oversee, which the recogniser cut inside the list: "The Ministry
of Labour, Immigration, Training and Skills Development said …" comes out as "Ministry of Labour, Immigration" and
"Skills Development", "the state Department of Labor and Workforce" as "Department of Labor" and "Workforce". This
pipeline step, run after `cut_and_names`, gives such a body its whole name: a ministry, department, office or agency
"of" (or "for") a field, then fields joined by commas and a last "and", each field one or two capitalised words of
government's portfolios, tagged as an organisation of their own or left untagged, the list ending the name (no
capitalised word after it). A company, a person or a place after the comma or the "and" stays apart ("the Ministry
of Defence and Kestrel Systems", "the Department of Energy, Texas and Ohio"), and lower-case words before the head
("the state Department of …") are left out of the name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "listed_portfolios"
#: Head nouns of public bodies named by the fields they oversee.
_PUBLIC_HEADS = words("ministry department office secretariat directorate agency")
#: The words that join a public body's head to its fields.
_FIELD_JOINS = frozenset({"of", "for"})
#: Words of fields of government beside the portfolios of ministers ("Skills Development", "Workforce").
_FIELD_WORDS = PORTFOLIOS | words("training skills workforce innovation citizenship refugees families children")
#: The most words of one field in the list.
_WORDS_PER_FIELD = 2


@Language.component(STEP)
def listed_portfolios(doc: Doc) -> Doc:
    """The document with each public body cut inside its list of fields given the whole list."""
    bodies = [ent for ent in current_entities(doc) if ent.label_ == "ORG" and _public(ent)]
    return with_entities(doc, [span for ent in bodies if (span := _whole_list(doc, ent)) is not None])


def _public(body: Span) -> bool:
    """Whether the name opens with a public body's head joined to its first field ("Ministry of", "Department for")."""
    return any(t.lower_ in _PUBLIC_HEADS and t.i + 1 < body.end and t.nbor().lower_ in _FIELD_JOINS for t in body)


def _whole_list(doc: Doc, body: Span) -> Span | None:
    """The body's name run on over the fields listed after it, when the list closes with "and" and ends the name."""
    end, closed = body.end, False
    while end < len(doc) and doc[end].lower_ in (",", "and") and not closed:
        field_end = end + 1
        while field_end < len(doc) and field_end - end - 1 < _WORDS_PER_FIELD and _field_word(doc[field_end]):
            field_end += 1
        if field_end == end + 1:
            break
        closed = doc[end].lower_ == "and"
        end = field_end
    if not closed or end < len(doc) and (doc[end].is_title or doc[end].ent_type_ and doc[end].ent_iob_ == "I"):
        return None
    start = body.start
    while doc[start].is_lower:  # "the state Department of …": the lower-case words before the name are none of it
        start += 1
    return Span(doc, start, end, label="ORG")


def _field_word(token: Token) -> bool:
    """A capitalised word of a field of government, untagged or tagged an organisation."""
    return token.is_title and token.lower_ in _FIELD_WORDS and token.ent_type_ in ("", "ORG")
