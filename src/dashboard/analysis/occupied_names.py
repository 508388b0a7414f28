"""Full names after an occupation that opens the sentence, capitalised as every first word is: "Farmer Curtis Lund,
who …", "Buyer Kevin Tran says …", "Fisherman Wade Pardy knows …". The recogniser reads such a sentence's first three
words as one organisation, as one person with the occupation in the name, or as nothing at all; so too a local title
in capitals anywhere ("Local MP Glenn Parsons", "Halden North MPP Rajinder Pal Singh Aujla", a riding and the name
read as one organisation). This pipeline step, run after titled_names, tags the two words after the occupation a
person (a hyphenated surname whole; after a title, up to four): capitalised proper nouns, no title words, and nothing
of a name right after them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of_keys, word_keys
from dashboard.analysis.names import LOCAL_TITLES, ORGANISATION_HEADS, TITLES, words
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import DASHES, HYPHENS
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities
from dashboard.analysis.titled_names import TITLE_ENDS
from dashboard.analysis.untagged_names import written_as_name

#: The name of the pipeline step.
STEP = "occupied_names"
#: Occupations and states of life that open a sentence before a full name; not words for anyone at all, nor trades
#: that are also surnames or given names ("Baker", "Driver", "Star", "General").
OCCUPATIONS = (
    PEOPLE_NOUNS
    | words("buyer seller elder grower producer breeder beekeeper logger trapper trucker deckhand coxswain bartender")
) - words("""
people person man woman someone family friend relative report media medium source baker driver star host fan general
member player user reader caller listener viewer follower ally
""")
#: Labels the recogniser gives the occupation and the name read as one.
_READ_AS_ONE = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC"})
_NOT_NAME_WORDS = TITLES | TITLE_ENDS | ORGANISATION_HEADS
#: The keys of the words `_name_after` looks for.
_OPENING_KEYS = word_keys(OCCUPATIONS | LOCAL_TITLES)


@Language.component(STEP)
def occupied_names(doc: Doc) -> Doc:
    """The document with each full name after a sentence-opening occupation tagged a person of its own."""
    wanted = places_of_keys(doc, _OPENING_KEYS, lower=True)  # most words open no name: no Token is made of them
    people = [span for i in wanted if (span := _name_after(doc[i])) is not None]
    return with_entities(doc, people)


def _name_after(token: Token) -> Span | None:
    """The full name right after `token` when it is an occupation opening a sentence, or a local title in capitals
    ("MP", "MLA"), and the two words after it are a name the recogniser read with it or missed."""
    doc, i, lower = token.doc, token.i, token.lower_
    if lower not in OCCUPATIONS and lower not in LOCAL_TITLES:
        return None  # most words, told apart before their place in the sentence is read
    opens = token.is_sent_start or i > 0 and (doc[i - 1].text in DASHES or doc[i - 1].is_quote)
    occupation = opens and token.is_title and lower in OCCUPATIONS
    title = token.is_upper and lower in LOCAL_TITLES  # "Local MP Glenn Parsons", anywhere in the sentence
    if not (occupation or title) or i + 3 > len(doc):
        return None
    end = i + 3
    if end + 1 < len(doc) and _joined(doc[end - 1], doc[end]) and _name_word(doc[end + 1]):
        end += 2  # "Moose-Keeshig"
    elif title:  # "MPP Rajinder Pal Singh Aujla": a title in capitals before a name of up to four words
        end = next((e for e in range(end, min(i + 5, len(doc))) if not _name_word(doc[e])), min(i + 5, len(doc)))
    after = doc[end] if end < len(doc) else None
    if not all(_name_word(t) for t in doc[i + 1 : end] if t.text not in HYPHENS) or after and _name_like(after):
        return None
    ents = {(t.ent_iob_, t.ent_type_) for t in doc[i:end]}
    missed = ents == {("O", "")}
    read_as_one = doc[i].ent_iob_ == "B" and doc[i].ent_type_ in _READ_AS_ONE and _entity_end(doc[i]) == end
    read_as_one = read_as_one or title and doc[i].ent_type_ == "ORG" and _entity_end(doc[i]) == end  # "Halden MPP X"
    cut = title and {t.ent_type_ for t in doc[i:end]} <= {"", "PERSON"} and _entity_end(doc[end - 1]) in (-1, end)
    return Span(doc, i + 1, end, label="PERSON") if missed or read_as_one or cut else None  # cut: "Pal [Singh Kooner]"


def _name_like(token: Token) -> bool:
    """A word that would make the name longer: another name word, or a hyphen that joins one on."""
    return _name_word(token) or token.text in HYPHENS and not token.doc[token.i - 1].whitespace_


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and written_as_name(token) and token.lower_ not in _NOT_NAME_WORDS


def _joined(last: Token, after: Token) -> bool:
    """ "Moose-Keeshig": a surname that goes on past a hyphen."""
    return not last.whitespace_ and after.text in HYPHENS and not after.whitespace_


def _entity_end(token: Token) -> int:
    """Where the entity that holds `token` ends ("Halden North MPP Ana Ruiz", read as one organisation); -1 for none."""
    return next((e.end for e in current_entities(token.doc) if e.start <= token.i < e.end), -1)
