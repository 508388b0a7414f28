"""Names joined by a lower-case particle ("Abdulaziz bin Salman", "Ahmed ibn Saud", "Pieter van der Linde") or by a
hyphen ("Fatima-Zohra Bencheikh"), which the recogniser may cut into two people at the join ("Prince Abdulaziz" and
"bin Salman", "Fatima" and "Zohra Bencheikh"), or into a person and something else ("Pieter van" and an organisation
"Linde"), so that the speaker was a part alone. This pipeline step, run after the recogniser, joins a person's name and
the person's name that follows it with nothing between when the second opens with such a particle, with such a
particle alone between ("Nur Hidayah" binti "Kamaruddin"), or with a hyphen between (written without spaces); and it
makes one person of a name, the particles after it and the one capitalised word they lead to, when the parse holds
them together as one name. A surname that opens with an elided particle
("Jeff d’Entremont", "d'Amato said"), which the recogniser leaves out of the name or untagged, is the person's too:
joined to the person's name right before it, or a person of its own when it stands alone. A last surname tagged apart
right after a person's name ("Helena Castro" + "Vilela") is joined to it too (surnames_tagged_apart), and so is a given
name left out before a surname led by a capitalised particle ("Ramiro" of "Ramiro Dela Pena Jr.";
particle_led_surnames)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entity_of, text_of
from dashboard.analysis.particle_led_surnames import given_before_particle
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities, set_entities
from dashboard.analysis.surnames_tagged_apart import surname_tagged_apart

#: The name of the pipeline step.
STEP = "particle_names"
#: Lower-case words that join the parts of one person's name (Arabic lineage, Dutch, German, French, Italian).
_PARTICLES = frozenset(
    {"bin", "bint", "binti", "ibn", "al", "el", "van", "von", "de", "du", "da", "di", "del", "della", "dela", "le"}
)
_PARTICLES |= {"ben"}  # Hebrew lineage ("Avi ben Haim", "Noa ben-Ami")
#: Portuguese particles that stand alone between a given name and the surnames ("Ana Cláudia" dos "Reis Moreira"),
#: never an English word between two people's names.
_PORTUGUESE_PARTICLES = frozenset({"dos", "das"})
#: Particles of a Malay or Arabic patronymic ("Siti Aminah binti Rosli"), which a parse may hang anywhere.
_PATRONYMICS = frozenset({"binti", "bint", "ibn"})
#: Particles that follow another inside a name ("van der", "van den", "de la", "dos") and may stand alone after one.
_TAIL_PARTICLES = _PARTICLES | {"der", "den", "ter", "ten", "la", "dos", "das"}
#: Every lower-case particle a person's name may hold, for rules that count the words of a name without them.
NAME_PARTICLES = _TAIL_PARTICLES
#: A surname that opens with an elided "de" and a capital ("d’Entremont", "D'Amato"), as a whole word.
ELIDED_SURNAME = re.compile(r"(?<![\w’'])[dD][’'][A-Z][a-z]+\b")


@Language.component(STEP)
def particle_names(doc: Doc) -> Doc:
    """The document with a person's name and the particle-led or hyphen-joined name right after it as one person, and
    a person's name run on over its particles to the surname they lead to."""
    from dashboard.analysis.titled_names import without_leading_title  # here: it reads NAME_PARTICLES through quotes

    ents = list(current_entities(doc))
    joined, changed = [], False
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and (
            _continues(last, ent)
            or _hyphenated(doc, last, ent)
            or _parted(doc, last, ent)
            or surname_tagged_apart(last, ent)  # "Helena Castro" + "Vilela", taken for a body
        ):
            # "Treasurer Jo" + "Ruiz-Pike": the title the recogniser read into the first part is no part of the name
            joined[-1] = without_leading_title(Span(doc, last.start, ent.end, label="PERSON"))
            changed = True
        else:
            joined.append(ent)
    if changed:
        set_entities(doc, joined)
    # `joined` holds what doc.ents now gives, in order: no second read, which builds every entity's Span anew
    people = [e for e in joined if e.label_ == "PERSON"]  # "Pieter van" + "der Linde"; "Ramiro" + "Dela Pena"
    with_entities(doc, [n for e in people if (n := _run_on(doc, e) or given_before_particle(e)) is not None])
    return with_entities(doc, _elided_surnames(doc))


def _elided_surnames(doc: Doc) -> list[Span]:
    """Each untagged surname that opens with an elided particle, as a person: with the name of the person right
    before it ("Jeff" + "d’Entremont"), or alone ("d’Entremont said") unless a capitalised word comes right before it
    ("Palme d’Or", "Côte d’Ivoire")."""
    found, text = [], text_of(doc)
    if "’" not in text and "'" not in text:
        return found  # no apostrophe, no elided particle: most paragraphs, told without the regex
    for match in ELIDED_SURNAME.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span[0].ent_type_:
            continue
        word = span[0]
        before = doc[word.i - 1] if word.i > 0 else None
        if before is not None and before.ent_type_ == "PERSON" and before.whitespace_:
            start = entity_of(before).start
            found.append(Span(doc, start, word.i + 1, label="PERSON"))
        elif before is None or not before.is_title or before.is_sent_start and before.is_stop:  # "The d’Arcy …"
            found.append(Span(doc, word.i, word.i + 1, label="PERSON"))
    return found


def _continues(first: Span, second: Span) -> bool:
    """Whether `second` is the rest of the person named by `first` ("Prince Abdulaziz" + "bin Salman")."""
    return (
        first.label_ == second.label_ == "PERSON"
        and first.end == second.start
        and second[0].text in _PARTICLES
        and len(second) > 1
    )


def _parted(doc: Doc, first: Span, second: Span) -> bool:
    """Whether `second` is the rest of the person named by `first` across an untagged particle between them ("Nur
    Hidayah" binti "Kamaruddin"), which the recogniser left out of both."""
    if not (first.label_ == second.label_ == "PERSON" and second.start == first.end + 1):
        return False
    return doc[first.end].text in _PARTICLES | _PORTUGUESE_PARTICLES and not doc[first.end].ent_type_


def _hyphenated(doc: Doc, first: Span, second: Span) -> bool:
    """Whether `second` is the rest of the person named by `first` across a hyphen ("Fatima" - "Zohra Bencheikh")."""
    if not (first.label_ == second.label_ == "PERSON" and second.start == first.end + 1):
        return False
    dash = doc[first.end]
    return dash.text == "-" and not first[-1].whitespace_ and not dash.whitespace_ and second[0].is_title


def _run_on(doc: Doc, person: Span) -> Span | None:
    """The person's name with the particles after it and the capitalised word they lead to ("Pieter van" + "der" +
    "Linde", "Anne-Claire" + "du" + "Montel"), when there is at least one particle, the word is a proper noun that is
    no person's name of its own, and the parse hangs every part of the name within it; None otherwise."""
    end = person.end
    while end < len(doc) and doc[end].text in _TAIL_PARTICLES and not doc[end].ent_type_:
        end += 1
    if end >= len(doc) or not (end > person.end or person[-1].text in _TAIL_PARTICLES):
        return None
    word = doc[end]
    if not (word.is_alpha and word.is_title and word.pos_ == "PROPN"):
        return None
    last = _surname_end(doc, end)
    if last is None:
        return None
    patronymic = all(t.text in _PATRONYMICS for t in doc[person.end : end])  # never an English word, however parsed
    if not patronymic and not all(
        person.start <= t.head.i <= last or _misread_particle(t) for t in doc[person.end - 1 : end]
    ):
        return None
    return Span(doc, person.start, last + 1, label="PERSON")


def _surname_end(doc: Doc, start: int) -> int | None:
    """The index of the last word of the surname that opens at `start` after a name's particles: the word itself, the
    words of a hyphenated surname ("Merwe-Botha"), or the rest of a person the recogniser tagged from the particle on
    ("Johan van" + "der" + "Merwe"); None when the word opens a longer entity of another kind ("de Paris
    Saint-Germain") or stands inside a person's name."""
    word = doc[start]
    end = start
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_ or not doc[end + 2].is_title:
            break
        end += 2
    if word.ent_type_ == "PERSON":
        return entity_of(word).end - 1 if word.ent_iob_ == "B" and entity_of(word).end - 1 >= end else None
    if word.ent_iob_ == "B" and end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        return None  # the word opens a longer entity ("de Paris Saint-Germain"): not a surname alone
    return end


def _misread_particle(token) -> bool:
    """A particle of a name the tagger read as a verb and the parser hung elsewhere ("Joana Ferreira dos Santos
    said", "dos" a verb whose subject is "Ferreira"): it still joins the name, as its neighbours hang on it."""
    doc = token.doc
    neighbours = (doc[token.i - 1], doc[token.i + 1]) if 0 < token.i < len(doc) - 1 else ()
    return token.text in _TAIL_PARTICLES and token.pos_ == "VERB" and all(n.head == token for n in neighbours)
