"""A speaker's name that the recogniser runs into the phrase fronted before it: "In an interview on CBS’s Face the
Nation, Castellanos-Webb said …" and "Speaking on NBC’s Meet the Press, Okafor-Lynn said …" come out as the
organisations "CBS’s Face the Nation, Castellanos-Webb" and "Meet the Press, Okafor-Lynn", so the quote went to a body
of that name. Stories written from broadcast interviews front the programme so. The comma ends the fronted phrase: the
capitalised words after it, the subject of the verb right after the entity, are a person's name when they hold a
joined surname or open with a given name, and no word of a title or a body's name ("…, Moody's Investors Service, Inc
said" stays one body, and "the University of California, Berkeley" one university when the parser takes "Berkeley"
for the subject). This pipeline step, run right after the recogniser, gives the part before the comma its label and
makes a person of the name after it. A date that runs on so into the name of the source after it ("on Sunday, South
Korea’s Joint Chiefs of Staff said") is cut at its comma too (dated_run_ons)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.dated_run_ons import parts_after_date
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "names_after_commas"
#: Labels of the entities the recogniser runs on across the comma; a place runs on so by right ("Paris, Texas").
_RUN_ON = frozenset({"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "NORP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@Language.component(STEP)
def names_after_commas(doc: Doc) -> Doc:
    """The document with each entity that runs across a comma into the name of the subject after it cut in two (a
    date may leave a place and a body after its comma)."""
    found = []
    for ent in current_entities(doc):
        comma = _comma_before_subject(ent)
        if comma is not None:
            found += [Span(doc, ent.start, comma, label=ent.label_), Span(doc, comma + 1, ent.end, label="PERSON")]
        else:
            found += parts_after_date(ent)
    return with_entities(doc, found)


def _comma_before_subject(ent: Span) -> int | None:
    """Where the last comma of the entity stands, when the words after it are a name that is the subject of a verb
    after the entity; None otherwise."""
    if ent.label_ not in _RUN_ON or len(ent) < 3 or "," not in ent.text:
        return None
    comma = max(t.i for t in ent if t.text == ",")
    name, last = ent.doc[comma + 1 : ent.end], ent[-1]
    if comma == ent.start or not len(name) or last.dep_ not in _SUBJECTS or last.head.i < ent.end:
        return None
    if not all(_name_word(t) for t in name) or name[0].text == "-":
        return None
    return comma if any(t.text == "-" for t in name) or gender_of_given_word(name[0].text) else None


def _name_word(token: Token) -> bool:
    """A capitalised proper noun of letters that is no title nor a word of bodies' names, or a hyphen inside a
    joined surname."""
    if token.text == "-":
        return not token.whitespace_ and not token.doc[token.i - 1].whitespace_
    plain = token.pos_ == "PROPN" and token.is_alpha and token.is_title
    return plain and token.lower_ not in TITLES and token.lower_ not in ORGANISATION_HEADS
