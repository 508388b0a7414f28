"""People with a double-barrelled surname that the recogniser left untagged: "Councillor Agnes Moose-Keeshig, who …",
"Agnes Moose-Keeshig said". This pipeline step, run after the recogniser, makes a person of an untagged first name
followed by two capitalised words joined by a hyphen ("Agnes" + "Moose-Keeshig"), and of such a joined surname alone
when the paragraph names a person with it ("… Raymond Moose-Keeshig … Moose-Keeshig said"). A joined name that runs
on into another capitalised word ("Trans-Canada Highway"), stands after "the", "of" or "in", or after a word of places
("Downtown Baie-Comeau") is no person's. A person tagged without the half after a hyphen, the lower-case half of a
given name ("Kim Min" of "Kim Min-seok") or the capitalised half of a surname ("Sandeep Kaloti" of "Sandeep
Kaloti-Reyes"), is given all of it, and one tagged without the given name before it ("Moyo-Hartigan" of "Anneliese
Moyo-Hartigan") is given that too (`given_before_hyphen`), as is one whose surname was taken for a date
(`dated_surnames`) and one whose given name was taken for a place before a person's sign (`placed_given_names`). A
Korean name the recogniser broke up ("Professor Han Do-yoon") is a person (`korean_names`)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.dated_surnames import person_of_dated_surname
from dashboard.analysis.doc_text import places_of, text_of
from dashboard.analysis.given_before_hyphen import given_name_before, given_word_shape, mistaken_given_name
from dashboard.analysis.korean_names import KOREAN_SHAPE, korean_name_at
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.placed_given_names import given_taken_for_place
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "hyphenated_names"
#: Capitalised words of places that stand where a first name would ("Downtown Baie-Comeau", "Old Saint-Boniface").
_PLACE_WORDS = words("""
downtown old new north south east west northern southern eastern western upper lower greater central little grand
great lake mount port fort saint sainte st rue place pointe cap lac mont baie ile île route highway
""")
#: A hyphen between two words, the second capitalised in a paragraph the step reads token by token.
_HYPHEN_BEFORE_LETTER = re.compile(r"\w-([^\W\d_])")
#: Parts of speech of a word that a name joined by a hyphen to a lower-case word describes ("Trump-era rules").
_DESCRIBED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
#: Words before a name that make it a place's or an organisation's ("the Saint-Laurent", "in Baie-Comeau").
_NOT_BEFORE = frozenset({"the", "of", "in", "at", "on", "to", "from", "near", "via", "a", "an"})


@Language.component(STEP)
def hyphenated_names(doc: Doc) -> Doc:
    """The document with untagged people of a hyphen-joined surname given a PERSON span, and people tagged without
    the lower-case half of a hyphen-joined given name given the whole of it."""
    text = text_of(doc)  # no hyphen at all in most paragraphs: told without the regex
    joined = [m.group(1) for m in _HYPHEN_BEFORE_LETTER.finditer(text)] if "-" in text else []
    if joined:
        ents = current_entities(doc)  # "Kaloti-Reyes", "Anneliese", and a surname taken for a date
        whole = (_whole_name(e) or given_name_before(e) or person_of_dated_surname(e) for e in ents)
        doc = with_entities(doc, [e for e in whole if e is not None])
    if joined and KOREAN_SHAPE.search(text):  # "Professor Han Do-yoon", the recogniser's person broken up
        korean = (korean_name_at(doc, doc[i]) for i in places_of(doc, ("-",)))
        doc = with_entities(doc, [k for k in korean if k is not None])
    if not any(letter.isupper() for letter in joined):
        return doc  # no "Moose-Keeshig" at all: most paragraphs
    dashes = [doc[i] for i in places_of(doc, ("-",))]  # every name below is read from its hyphen
    found: list[Span] = []
    for dash in dashes:
        if (name := _person_at(doc, dash)) is not None and not any(name.start < f.end for f in found):
            found.append(name)
    tagged = [e for e in current_entities(doc) if e.label_ == "PERSON" and len(e) >= 3 and e[-2].text == "-"]
    surnames = {s[-3:].text for s in [*found, *tagged]}
    for dash in dashes:
        if (alone := _surname_alone(doc, dash, surnames)) is not None and not any(_overlap(alone, f) for f in found):
            found.append(alone)
    return with_entities(doc, found)  # none overlaps an entity: all are untagged


def _joined(doc: Doc, dash: Token) -> bool:
    """Whether the token is a hyphen between two untagged capitalised words written without spaces ("Moose-Keeshig"),
    with no capitalised word right after ("Trans-Canada Highway")."""
    if dash.text != "-" or dash.i == 0 or dash.i + 1 >= len(doc):
        return False
    first, second = doc[dash.i - 1], doc[dash.i + 1]
    words = (first, dash, second)
    if first.whitespace_ or dash.whitespace_ or any(t.ent_type_ for t in words):
        return False
    if not all(t.is_alpha and t.is_title and t.lower_ not in ORGANISATION_HEADS for t in (first, second)):
        return False
    after = doc[dash.i + 2] if dash.i + 2 < len(doc) else None
    return after is None or not (after.is_title and after.is_alpha and after.pos_ == "PROPN")


def _person_at(doc: Doc, dash: Token) -> Span | None:
    """ "Agnes Moose-Keeshig": an untagged first name (or one tagged alone a nationality or an organisation, see
    `given_before_hyphen`), a proper noun, before the joined surname, the word before it no capitalised word of
    another name (a title, a word in lower case or the start of the sentence)."""
    if not _joined(doc, dash) or dash.i < 2:
        return None
    given = doc[dash.i - 2]
    if given.ent_type_ and not (mistaken_given_name(given) or given_taken_for_place(given, dash)):
        return None  # "Anneliese" tagged a nationality, "Stéphane" a place before a person's sign
    if not given_word_shape(given):  # "Dolores" may be read as a plural noun
        return None
    if given.lower_ in TITLES or given.lower_ in ORGANISATION_HEADS or given.lower_ in _PLACE_WORDS:
        return None
    before = doc[given.i - 1] if given.i > 0 else None
    other = before is not None and (before.is_title and before.is_alpha and before.lower_ not in TITLES)
    other = other and before.ent_type_ != "NORP"  # "Republican Renata Ruiz-Kell": a party or a nation, no name
    if before is not None and not given.is_sent_start and (before.lower_ in _NOT_BEFORE or other):
        return None
    return Span(doc, given.i, dash.i + 2, label="PERSON")


def _surname_alone(doc: Doc, dash: Token, surnames: set[str]) -> Span | None:
    """A joined surname by itself that a person named in this paragraph bears."""
    if not _joined(doc, dash) or doc[dash.i - 1 : dash.i + 2].text not in surnames:
        return None
    before = doc[dash.i - 2] if dash.i >= 2 else None
    if before is not None and (before.lower_ in _NOT_BEFORE or before.is_title and before.lower_ not in TITLES):
        return None
    return Span(doc, dash.i - 1, dash.i + 2, label="PERSON")


def _whole_name(ent: Span) -> Span | None:
    """ "Kim Min-seok" of "Kim Min", "Sandeep Kaloti-Reyes" of "Sandeep Kaloti" tagged a person: a name of two words
    or more with an untagged half joined to its end by a hyphen, written without spaces, the lower-case half of a given
    name, as Korean given names are, or the capitalised half of a surname; None for any other entity and for a name
    that a hyphen joins to a word describing a noun after it ("the Donald Trump-era rules", "a Justin Trudeau-Biden
    meeting") or to another name ("Barack Obama-Hillary Clinton")."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or end + 1 >= len(doc) or ent[-1].whitespace_ or doc[end].text != "-":
        return None
    half, after = doc[end + 1], doc[end + 2] if end + 2 < len(doc) else None
    surname = half.is_title and half.lower_ not in ORGANISATION_HEADS  # "Kaloti-Reyes", not "Kaloti-Council"
    if doc[end].whitespace_ or not (half.is_alpha and (half.is_lower or surname)) or half.ent_type_:
        return None
    return None if after is not None and after.pos_ in _DESCRIBED else Span(doc, ent.start, end + 2, label="PERSON")


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
