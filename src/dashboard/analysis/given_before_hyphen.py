"""The given name the recogniser left off a person whose surname is two words joined by a hyphen: "Anneliese
Moyo-Hartigan, an analyst at …, said" comes out as the nationality "Anneliese" and the person "Moyo-Hartigan", and
"Rosalind Achterberg-Nwosu" as an untagged "Rosalind" and the person "Achterberg-Nwosu". A capitalised proper noun right
before such a surname, untagged or tagged alone something else, is the person's given name unless it is a title, a role,
a place or a word for a people, a party or an organisation ("Senator Moyo-Hartigan", "Democrat Moyo-Hartigan"), or the
last word of another name before it; a title's last word before it is no name ("Police Chief Anneliese Moyo-Hartigan",
though "chief" is no title alone). A surname tagged an organisation or a place takes the given name only after a title
("Mayor Sylvain" + "Beaudry-Keating"), where no body's name stands, after a given name taken for a nationality or left
untagged when ", who" sets it off ("Margriet" + "Zwanenburg-Tiel, who served …"), or after a given name the lexicon
knows when a person's description sets it off ("Piotr" + "Kowalewski-Hale, an analyst"), or when it says something of
"her" or "his" own ("Najet" + "Dridi-Harlow said her son …", see `possessive_after_cue`), or when it is the subject of
a verb of saying after a given name the lexicon knows or a party's word ("Democrat Annaliese" + "Thornbury-Carver
said", see `speaking_surnames`); and one tagged a product or a work ("Anneliese" + "Varga-Mendel" a product) only
after a given name the lexicon knows or the recogniser took for a nationality, as it takes unfamiliar given names, or
right after an inverted cue ("…,” says Felicity Rathbone-Iwu,"), where a speaker stands; not after a maker's name. A
known given name the tagger read as a common noun ("Dolores" a plural noun) is a given name all the same. A party's
or a people's word before the given name ("Democrat Annaliese …") ends no longer name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.officer_titles import ends_officer_title
from dashboard.analysis.peoples import CREEDS, PARTIES, PEOPLES, REGIONS
from dashboard.analysis.possessive_after_cue import speaks_of_his_or_her
from dashboard.analysis.pronoun_clause_subjects import goes_on_as_he_or_she
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.lexicon import CUE_VERBS, PEOPLE_NOUNS
from dashboard.analysis.speaking_surnames import party_or_people_word, surname_of_speaker

#: Words before a surname that are no given name: titles, roles, peoples, creeds, parties, regions.
_NOT_GIVEN = TITLES | PEOPLE_NOUNS | ORGANISATION_HEADS | PEOPLES | REGIONS | CREEDS | PARTIES
#: Words of a title or a role that end a title before a name ("Mayor", "Police Chief", "Fire Chief Anneliese …").
_TITLE_OR_ROLE = TITLES | PEOPLE_NOUNS
#: What the recogniser may have taken a given name for.
_MISTAKEN_LABELS = frozenset({"", "NORP", "ORG"})
#: What the recogniser may have taken a joined surname for that needs a person's sign around it ("Coun. Marguerite" +
#: "Vasquez-Thorold, who …" a place): a title before the given name, ", who" or a person's description after.
_BODY_OR_PLACE = frozenset({"ORG", "GPE"})
#: What the recogniser may have taken a joined surname for, besides a person, an organisation or a place.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def given_name_before(ent: Span) -> Span | None:
    """The person of `ent` with the given name before it, when `ent` is a person of a hyphen-joined surname alone
    ("Moyo-Hartigan"), or an organisation so named after a title and a given name, right after a capitalised proper
    noun of letters that opens no longer name; else None."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", *_BODY_OR_PLACE, *_THING_LABELS) or len(ent) != 3 or not _joined(ent):
        return None
    if ent.start == 0:
        return None
    given = doc[ent.start - 1]
    person = _after_title(given) or _set_off_by_who(ent) or _described_as_person(ent) or speaks_of_his_or_her(ent)
    person = person or goes_on_as_he_or_she(ent) or surname_of_speaker(ent)  # "X taught … before she retired"
    if not mistaken_given_name(given) or ent.label_ in _BODY_OR_PLACE and not person:
        return None
    known = given.ent_type_ == "NORP" or gender_of_given_word(given.text) or _after_inverted_cue(given)
    if ent.label_ in _THING_LABELS and not known:
        return None  # "Toyota Land-Cruiser": a maker's thing, not "Anneliese Varga-Mendel"
    before = doc[given.i - 1] if given.i > 0 else None
    longer = before is not None and before.is_title and before.pos_ == "PROPN" and before.lower_ not in _TITLE_OR_ROLE
    longer = longer and not party_or_people_word(before)  # "Democrat Annaliese Thornbury-Carver"
    if longer and not given.is_sent_start:
        return None  # "Mary Ann Moyo-Hartigan", "Port Moyo-Hartigan": a longer name, not "Police Chief Anneliese …"
    return Span(doc, given.i, ent.end, label="PERSON")


def _after_inverted_cue(given: Token) -> bool:
    """Whether a finite verb of saying stands right before the given name ("…,” says Felicity Rathbone-Iwu,"): who
    follows an inverted cue is a speaker, not a maker's thing, whatever the given name."""
    if given.i == 0:
        return False
    cue = given.nbor(-1)
    return cue.tag_ in ("VBD", "VBZ", "VBP") and cue.lemma_.lower() in CUE_VERBS


def _set_off_by_who(ent: Span) -> bool:
    """Whether a joined surname tagged an organisation follows a given name the recogniser took for a nationality or
    left untagged and is set off by ", who" ("Margriet" + "Zwanenburg-Tiel, who served as his deputy,", "Renzo" +
    "Gallucci-Vane, who runs a shop,"): a person's relative clause, where a body takes "which"."""
    doc = ent.doc
    who = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "who"
    return who and doc[ent.start - 1].ent_type_ in ("NORP", "")


def _described_as_person(ent: Span) -> bool:
    """Whether a joined surname tagged an organisation follows a given name the lexicon knows and is set off by a
    person's description ("Piotr" + "Kowalewski-Hale, an analyst at Y,"): no body is described so."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "," or not gender_of_given_word(doc[ent.start - 1].text):
        return False
    return any(c.dep_ == "appos" and c.lemma_.lower() in PEOPLE_NOUNS and c.i > ent.end for c in ent.root.children)


def _after_title(given: Token) -> bool:
    """Whether a title stands right before the given name ("Mayor Sylvain" + "Beaudry-Keating", the surname tagged an
    organisation, or "Chief Executive Maarten" + "Oosterwijk-Dahl"): what follows a title and a given name is a person's
    surname, not a body's name."""
    if given.i == 0:
        return False
    title = given.nbor(-1)
    return title.lower_ in TITLES and not title.ent_type_ or ends_officer_title(title)


def _joined(ent: Span) -> bool:
    """Two capitalised words joined by a hyphen without spaces."""
    return (
        ent[1].text == "-" and not ent[0].whitespace_ and not ent[1].whitespace_ and ent[0].is_title and ent[2].is_title
    )


def mistaken_given_name(token: Token) -> bool:
    """A given name the recogniser may have missed: a capitalised proper noun of letters, untagged or tagged alone a
    nationality or an organisation (or a place, when the lexicon knows it as a given name: "Marta"), that no lexicon
    of titles, roles, peoples or organisations knows and that names no country's people."""
    alone = (
        not token.ent_type_ or token.ent_iob_ == "B" and token.i + 1 < len(token.doc) and token.nbor().ent_iob_ != "I"
    )
    word = token.text.casefold()
    place = token.ent_type_ == "GPE" and bool(gender_of_given_word(token.text))  # "Marta", "Victoria": a town's too
    mistaken = alone and (token.ent_type_ in _MISTAKEN_LABELS or place) and word not in _NOT_GIVEN
    return given_word_shape(token) and mistaken and not country_of(word)


def given_word_shape(token: Token) -> bool:
    """A capitalised word of letters tagged a proper noun, or a given name the lexicon knows that the tagger read as a
    common noun ("Dolores Pickering-Nash, 71, …" with "Dolores" a plural noun)."""
    if not (token.is_alpha and token.is_title and len(token) > 1):
        return False
    return token.pos_ == "PROPN" or token.pos_ == "NOUN" and bool(gender_of_given_word(token.text))
