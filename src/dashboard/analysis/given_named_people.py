"""People whose given name the recogniser tagged an organisation on its own and whose surname it tagged nothing:
"Helena Richter, head of commodities research at Nordbank, said …" comes out as the organisation "Helena" and an
untagged "Richter". This pipeline step, run after the recogniser, tags the two words a person when the first is a
given name the lexicon knows, the second a capitalised proper noun no entity holds, and a comma sets a description
off after them, as it sets off a person's role. It mends the other slip too: "Chief Executive Alistair Norwood said …"
with "Norwood" alone tagged an organisation and the given name before it untagged is the person Alistair Norwood."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "given_named_people"


@Language.component(STEP)
def given_named_people(doc: Doc) -> Doc:
    """The document with each organisation of one given name, followed by an untagged surname and a comma, tagged a
    person of both words, and each organisation of one word after an untagged given name, tagged a person of both."""
    mended = []
    for ent in doc.ents:
        if (named := _surname_after_given_name(ent)) is not None:
            mended.append(named)
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ != "ORG" or len(ent) != 1 or after is None or not untagged_name_word(after):
            mended.append(ent)
            continue
        comma = ent.end + 1 < len(doc) and doc[ent.end + 1].text == ","
        given = gender_of_given_name(f"{ent.text} {after.text}")
        mended.append(Span(doc, ent.start, ent.end + 1, label="PERSON") if comma and given else ent)
    if any(a is not b for a, b in zip(mended, doc.ents, strict=True)):
        doc.ents = mended
    return doc


def _surname_after_given_name(ent: Span) -> Span | None:
    """ "Alistair Norwood" when `ent` is the organisation "Norwood", no organisation's word, right after an untagged
    given name the lexicon knows that the parser hung on it."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0 or ent[0].lower_ in ORGANISATION_HEADS:
        return None
    given, surname = doc[ent.start - 1], ent[0]
    if not untagged_name_word(given) or given.head != surname or given.dep_ != "compound" or not surname.is_title:
        return None
    return Span(doc, ent.start - 1, ent.end, label="PERSON") if gender_of_given_name(f"{given} {surname}") else None
