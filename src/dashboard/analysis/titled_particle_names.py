"""Names with lower-case particles written after a rank or a title ("Rear Adm. Avner ben-Tzur", "Lt. Col. Dan van der
Berg"), which the recogniser reads as an organisation: the whole ("Rear Adm. Dan van der Berg", then taken for a body
that speaks), or the title and the given name alone ("Rear Adm. Avner") with the surname from its particle on as a
person of its own ("ben-Tzur", then the speaker). This pipeline step, run after the recogniser, makes one person of the
name, its title left out as it is for "Prime Minister Oskar Brand": the words after the title of an entity that opens
with a person's title and holds particles between capitalised words, or those words and the person right after the
entity whose name opens with a particle. A name with particles that the recogniser took whole for an organisation
right after such a title or an office ("spokeswoman Lucía Benavídez de la Torre") is a person too."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import ORGANISATION_HEADS, PERSON_TITLES
from dashboard.analysis.particle_names import NAME_PARTICLES
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "titled_particle_names"
#: Words that open a rank or title before a name and only ever a person's ("Rear Adm.", "Lt. Col.", "Brig. Gen.").
_TITLE_WORDS = PERSON_TITLES | frozenset({"vice", "gen.", "maj.", "capt.", "brig.", "cmdr."})
#: Offices written right before a name the recogniser took whole for an organisation ("Presidential spokeswoman|
#: Lucía Benavídez de la Torre"): the entity is the holder's name.
_OFFICES_BEFORE = _TITLE_WORDS | frozenset({"spokeswoman", "spokesman", "spokesperson", "minister", "secretary"})


@Language.component(STEP)
def titled_particle_names(doc: Doc) -> Doc:
    """The document with each person named after a title with particles in the name as one person (see the module's
    docstring)."""
    if not places_of(doc, NAME_PARTICLES):  # each such name holds a particle; most paragraphs have none
        return doc
    ents = list(current_entities(doc))
    people = []
    for i, ent in enumerate(ents):
        if ent.label_ == "PERSON" or (start := _name_start(ent)) is None:
            continue
        name = ent[start - ent.start :]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and after.start == ent.end and after.label_ == "PERSON" and _particle(after[0].text):
            people.append(Span(doc, start, after.end, label="PERSON"))  # "Rear Adm. Avner" + "ben-Tzur"
        elif any(_particle(t.text) for t in name) and name[-1].is_title:
            people.append(Span(doc, start, ent.end, label="PERSON"))  # "Rear Adm. Dan van der Berg"
    return with_entities(doc, people)


def _name_start(ent: Span) -> int | None:
    """Where the name starts in an entity that opens with a person's title and goes on with capitalised words and
    particles alone, the first of them capitalised; None for any other entity."""
    i = ent.start
    while i < ent.end and ent.doc[i].lower_ in _TITLE_WORDS:
        i += 1
    titled_before = i == ent.start and ent.start > 0 and ent.doc[ent.start - 1].lower_ in _OFFICES_BEFORE
    if i == ent.start and not titled_before or i == ent.end or not ent.doc[i].is_title:
        return None
    if titled_before and any(t.lower_ in ORGANISATION_HEADS for t in ent):
        return None  # "President| Banco de la Plata": an organisation's name after a title
    rest = ent.doc[i : ent.end]
    return i if all(t.is_title or _particle(t.text) or t.text == "-" for t in rest) else None


def _particle(word: str) -> bool:
    """A lower-case particle of a name ("bin", "ben", "van", "der")."""
    return word in NAME_PARTICLES
