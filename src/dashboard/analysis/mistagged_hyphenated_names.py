"""People with a double-barrelled surname whom the recogniser tagged something else: "Rosalind Tremblay-Haugen" comes
out as an organisation, and "Quill-Sauvé" alone, after "Bernadette Quill-Sauvé" was tagged a person, as an
organisation or a work of art. This pipeline step, run after the recogniser, tags a person an entity of a capitalised
first name and two capitalised words joined by a hyphen written without spaces, none a word of titles, organisations
or places ("Air France-KLM", "North Rhine-Westphalia" stay), and an entity of the joined surname alone that a person
of the paragraph bears. An organisation of such a name, "of" and a capitalised name ("said Hanne Solvik-Ardmore of
Coastline Watch", all one entity) is the person and the body she is of, and a person tagged up to the hyphen of her
surname ("Kondwani Phiri-" of "Kondwani Phiri-Msiska", the half after it tagged a place) is given the whole. (A
person tagged by the joined surname alone, right after a first name the recogniser missed, is given it by
`given_before_hyphen`.)"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.competitor_surnames import competitor_described
from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import ORGANISATION_HEADS, POSSESSIVE_MARKS, TITLES, words
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "mistagged_hyphenated_names"
#: Capitalised words that start the names of places and bodies rather than people ("North Rhine-Westphalia").
_NOT_GIVEN = words("""
north south east west northern southern eastern western upper lower greater central new old saint sainte st
san santa lake mount port fort great little grand royal national united air agence
""")


@Language.component(STEP)
def mistagged_hyphenated_names(doc: Doc) -> Doc:
    """The document with each entity that is no person but reads as a person's given name and joined surname, or as
    the joined surname alone of a person in the paragraph, tagged a person."""
    if "-" not in text_of(doc):
        return doc  # no joined word at all: most paragraphs
    ents = current_entities(doc)  # read once: spaCy builds every entity's Span anew at each read
    found = [Span(doc, e.start, e.start + 4, label="PERSON") for e in ents if e.label_ != "PERSON" and _full_name(e)]
    found += [s for e in ents if e.label_ == "ORG" and _name_of_body(e) for s in _name_and_body(e)]
    found += [Span(doc, e.start, e.end + 1, label="PERSON") for e in ents if e.label_ == "PERSON" and _cut_at_hyphen(e)]
    people = [*found, *(e for e in ents if e.label_ == "PERSON" and len(e) >= 3)]
    surnames = {p[-3:].text for p in people if _joined(p[-3:])}
    found += [
        Span(doc, e.start, e.end, label="PERSON")
        for e in ents
        if e.label_ != "PERSON" and len(e) == 3 and e.text in surnames and not _after_article(e)
    ]
    rivals = [e for e in ents if _joined(e) and competitor_described(e)]  # "Roe-Lind, the home favourite,"
    rivals = [e for e in rivals if not any(e.start < f.end and f.start < e.end for f in found)]
    found += [Span(doc, e.start, e.end, label="PERSON") for e in rivals]
    return with_entities(doc, found)


def _full_name(ent: Span) -> bool:
    """ "Rosalind Tremblay-Haugen": a capitalised first name before a joined surname, nothing else in the entity but
    a possessive mark before a lower-case noun ("at Rosalind Tremblay-Haugen’s vineyard", which the recogniser may
    tag a facility: a facility's own name ends in no "’s")."""
    if len(ent) == 5 and not _owns_noun(ent):
        return False
    if len(ent) not in (4, 5) or not _joined(ent[1:4]):
        return False
    return _given_word(ent[0]) and not _after_article(ent)


def _cut_at_hyphen(ent: Span) -> bool:
    """ "Kondwani Phiri-" tagged a person and "Msiska" after it something else: a first name and a surname's first half
    whose hyphen, written without spaces, ends the entity, before a capitalised word that is a whole entity of its own
    or none, with no capitalised word after it ("Trans-Canada Highway")."""
    doc = ent.doc
    if len(ent) < 3 or ent[-1].text != "-" or ent.end + 1 >= len(doc) or ent[-1].whitespace_ or ent[-2].whitespace_:
        return False
    half, after = doc[ent.end], doc[ent.end + 1]
    if not _name_word(half) or after.ent_iob_ == "I":  # the half is no start of a longer entity
        return False
    return _name_word(ent[-2]) and not (after.is_title and after.is_alpha and after.pos_ == "PROPN")


def _name_of_body(ent: Span) -> bool:
    """ "Hanne Solvik-Ardmore of Coastline Watch": a first name and a joined surname, then "of" and a capitalised name,
    all tagged one organisation."""
    if len(ent) < 6 or ent[4].lower_ != "of" or not ent[5].is_title:
        return False
    return _joined(ent[1:4]) and _given_word(ent[0]) and not _after_article(ent)


def _name_and_body(ent: Span) -> list[Span]:
    """The person and the organisation of an entity `_name_of_body` reads as both."""
    return [Span(ent.doc, ent.start, ent.start + 4, label="PERSON"), Span(ent.doc, ent.start + 5, ent.end, label="ORG")]


def _owns_noun(ent: Span) -> bool:
    """Whether an entity ends in a possessive mark right before a lower-case word ("Roe’s vineyard")."""
    doc = ent.doc
    owned = doc[ent.end] if ent.end < len(doc) else None
    return ent[-1].lower_ in POSSESSIVE_MARKS and owned is not None and owned.text[:1].islower()


def _given_word(token: Token) -> bool:
    """A capitalised proper noun of letters that is no title nor a word of organisations or places."""
    plain = token.pos_ == "PROPN" and token.is_alpha and token.is_title
    return (
        plain
        and token.lower_ not in TITLES
        and token.lower_ not in _NOT_GIVEN
        and token.lower_ not in ORGANISATION_HEADS
    )


def _joined(span: Span) -> bool:
    """Whether the span is two capitalised words of letters joined by a hyphen without spaces ("Tremblay-Haugen"),
    neither a word of organisations ("Hewlett-Packard Enterprise" has no such span: "Enterprise" is one)."""
    if len(span) != 3 or span[1].text != "-" or span[0].whitespace_ or span[1].whitespace_:
        return False
    return all(_name_word(t) for t in (span[0], span[2]))


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.lower_ not in ORGANISATION_HEADS


def _after_article(ent: Span) -> bool:
    """Whether "the" stands right before the entity ("the Trans-Canada"), as before a place's or a body's name."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
