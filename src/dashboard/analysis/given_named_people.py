"""People whose name the recogniser tagged an organisation. "Helena Richter, head of commodities research at Nordbank,
said …" comes out as the organisation "Helena" and an untagged "Richter": this pipeline step, run after the
recogniser, tags the two words a person when the first is a given name the lexicon knows, the second a capitalised
proper noun no entity holds, and a comma sets a description off after them, as it sets off a person's role. "Chief
Executive Alistair Norwood said …" with "Norwood" alone tagged an organisation and the given name before it untagged is
the person Alistair Norwood. "Janice MacIsaac" comes out as an organisation of both words: the step tags it a person
when the first word is a given name the lexicon knows and the second a capitalised word of letters that names no kind
of organisation ("Henry Realty", "Walter Energy" stay) and starts no longer name. "Ana Luísa Teixeira" with "Ana"
left untagged before the person "Luísa Teixeira" is the person of all three words, and so is "Beatriz Quilodrán Soto"
with "Beatriz" left untagged (and hung on the surnames) before "Quilodrán Soto". "Marta Zielińska, chief economist
at …" with both words tagged places is the person of both. "The Greens’ Aoife Tarrant" tagged one organisation is the
organisation up to its possessive mark and the person after it; "the speaker for the island states, Tonga’s Sione
Fifita," the place and the person (country_owned_people)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.country_owned_people import country_and_delegate
from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.particle_names import ELIDED_SURNAME
from dashboard.analysis.possessive_names import split_at_possessive
from dashboard.analysis.quotes.given_names import gender_of_given_name, gender_of_given_word
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.step_entities import current_entities, set_entities
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "given_named_people"
#: Capitalised words that open an Irish or Scottish Gaelic surname ("Ó Floinn", "Ní Bhriain", "Mac Giolla Phádraig").
GAELIC_PARTICLES = frozenset({"Mac", "Mc", "Nic", "Ní", "Ó", "Ua", "Uí", "Mhic"})
#: What the recogniser tags a body that owns a name after its possessive mark.
_OWNER_LABELS = ("ORG", "WORK_OF_ART")


@Language.component(STEP)
def given_named_people(doc: Doc) -> Doc:
    """The document with each organisation of one given name, followed by an untagged surname and a comma, each
    organisation of one word after an untagged given name, and each organisation of a given name and a surname, tagged
    a person of both words; each person whose name opens with a given name, after another left untagged, given it."""
    mended: list[Span] = []
    ents = current_entities(doc)  # read once: spaCy builds every entity's Span anew at each read
    for ent in ents:
        if mended and mended[-1].end > ent.start:
            continue  # the surname a given name tagged a place was run into ("Marta" + "Zielińska")
        if (named := _surname_after_given_name(ent) or _second_given_name(ent) or _named_as_places(ent)) is not None:
            mended.append(named)
            continue
        if ent.label_ not in _OWNER_LABELS:
            mended.append(ent)  # the tests below are of organisations (and works' titles) only: no word after read
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if (owned := _owner_and_person(ent, after) or country_and_delegate(ent)) is not None:
            mended.extend(owned)
            continue
        if ent.label_ == "ORG" and _given_and_surname(ent, after):
            mended.append(Span(doc, ent.start, ent.end, label="PERSON"))
            continue
        if ent.label_ != "ORG" or len(ent) != 1 or after is None or not untagged_name_word(after):
            mended.append(ent)
            continue
        comma = ent.end + 1 < len(doc) and doc[ent.end + 1].text == ","
        given = gender_of_given_name(f"{ent.text} {after.text}")
        mended.append(Span(doc, ent.start, ent.end + 1, label="PERSON") if comma and given else ent)
    if len(mended) != len(ents) or any(a is not b for a, b in zip(mended, ents, strict=True)):
        set_entities(doc, mended)
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


def _second_given_name(ent: Span) -> Span | None:
    """ "Ana Luísa Teixeira" when `ent` is the person "Luísa Teixeira": a person whose name opens with a given name the
    lexicon knows, right after another one left untagged, as a double given name is written; or "Caoimhe Ní Bhraonáin"
    when `ent` is the person "Ní Bhraonáin", an Irish surname led by its particle after a given name left untagged; or
    "Beatriz Quilodrán Soto" when `ent` is the person "Quilodrán Soto" (or "Anders Lindhardt" when it is "Lindhardt"),
    surnames after a given name left untagged that the parser hung on them as a compound, as it hangs any first
    name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.start == 0:
        return None
    given = doc[ent.start - 1]
    if _given_hung_on(given, ent):  # "Beatriz Quilodrán Soto", "Ana Isabel Robledo": every given name hung on it
        start = given.i
        while start > 0 and _given_hung_on(doc[start - 1], ent):
            start -= 1
        return Span(doc, start, ent.end, label="PERSON")
    if len(ent) < 2 or not gender_of_given_word(ent[0].text) and ent[0].text not in GAELIC_PARTICLES:
        return None
    if not untagged_name_word(given) or not gender_of_given_word(given.text):
        return None
    return Span(doc, given.i, ent.end, label="PERSON")


def _given_hung_on(word: Token, ent: Span) -> bool:
    """Whether a word is a given name the lexicon knows, left untagged, that the parser hung as a compound on a word
    of the person `ent`, as it hangs any first name."""
    hung = word.dep_ == "compound" and ent.start <= word.head.i < ent.end
    return hung and untagged_name_word(word) and bool(gender_of_given_word(word.text))


def _given_and_surname(ent: Span, after) -> bool:
    """ "Janice MacIsaac" tagged an organisation: a given name the lexicon knows and a capitalised word of letters
    that is no word of organisations, or a surname that opens with an elided particle ("Curtis d’Entremont"), with no
    capitalised word right after that would make it part of a longer name. An Irish or Scottish surname led by its
    particle ("Niamh Ní Bhriain", "Tadhg Mac Giolla Phádraig") is such a surname of two or three words."""
    gaelic = 3 <= len(ent) <= 4 and ent[1].text in GAELIC_PARTICLES
    if not (len(ent) == 2 or gaelic) or not gender_of_given_word(ent[0].text):
        return False
    return all(_plain_surname(word) for word in ent[1 + gaelic :]) and (after is None or not after.text[:1].isupper())


def _plain_surname(surname) -> bool:
    """A capitalised word of letters, or one that opens with an elided particle, that names no kind of organisation."""
    plain = surname.is_alpha and surname.text[:1].isupper() and not surname.is_upper
    plain = plain or bool(ELIDED_SURNAME.fullmatch(surname.text))
    return plain and surname.lower_ not in ORGANISATION_HEADS and surname.lower_ not in BODY_NOUNS


def _owner_and_person(ent: Span, after) -> tuple[Span, Span] | None:
    """ "The Social Democrats’ Eoin Brannigan" tagged one organisation (or a work's title): the party (or any body)
    that owns the name, up to its possessive mark, and a person whose given name the lexicon knows with a surname
    after it to the end."""
    if (parts := split_at_possessive(ent)) is None:
        return None
    doc, (owner, person) = ent.doc, parts
    if not len(owner) or not all(word.text[:1].isupper() for word in owner) or not _given_and_surname(person, after):
        return None
    return Span(doc, owner.start, owner.end, label="ORG"), Span(doc, person.start, person.end, label="PERSON")


def _named_as_places(ent: Span) -> Span | None:
    """ "Marta Zielińska, chief economist at …" with "Marta" and "Zielińska" tagged two places (or anything but a
    person): a given name the lexicon knows, hung on the capitalised word right after it, which a comma sets off."""
    doc = ent.doc
    if ent.label_ == "PERSON" or len(ent) != 1 or ent.end + 1 >= len(doc) or not gender_of_given_word(ent.text):
        return None
    given, surname = ent[0], doc[ent.end]
    alone = surname.ent_iob_ == "B" and doc[ent.end + 1].ent_iob_ != "I" or not surname.ent_type_
    plain = surname.is_alpha and surname.is_title and surname.ent_type_ != "PERSON" and alone
    hung = given.head == surname and given.dep_ == "compound" and doc[ent.end + 1].text == ","
    return Span(doc, ent.start, ent.end + 1, label="PERSON") if plain and hung else None
