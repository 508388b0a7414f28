"""People one of whose names the recogniser took for a nationality or a group (NORP): "Therese Mbala" comes out as
the nationality "Therese" and an untagged "Mbala", "Gwen Tallis" as an untagged "Gwen" and the nationality "Tallis",
so the speaker is half a name or none. This pipeline step, run after the recogniser, tags a person of both words when
the nationality is one capitalised proper noun that no lexicon of peoples, creeds, parties or regions knows
("Iranian Hassan Rouhani" and "Democrat Joe Manchin" keep their nationality and party apart), and the other word is a
person's name or an untagged capitalised proper noun, the two making the whole name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.peoples import CREEDS, PARTIES, PEOPLES, REGIONS
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.given_names import gender_of_given_name
from dashboard.analysis.retagged import with_next_joined
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "nationality_names"
#: Words for peoples, regions, creeds and parties that news writes as a name before a person's ("Kurdish", "Democrat",
#: "Sunni", "Arab") beside the countries' adjectives `countries` knows.
_PEOPLES = PEOPLES | REGIONS | CREEDS | PARTIES


@Language.component(STEP)
def nationality_names(doc: Doc) -> Doc:
    """The document with a name the recogniser split at a word it took for a nationality tagged one person."""
    return with_next_joined(doc, lambda ent, after: _name_around(doc, ent, after))


def _name_around(doc: Doc, ent: Span, after: Span | None) -> Span | None:
    """The person's name `ent`, a nationality no lexicon knows, is a word of: with the surname tagged a person right
    after it, or with the untagged word of a name right after or right before it; None when it names no person. The
    name opens no sentence, where a capital tells no name from a word ("Comedian George Lopez")."""
    if ent.label_ != "NORP" or len(ent) != 1 or not _unknown_people(ent[0]):
        return None
    if after is not None and after.label_ == "PERSON" and after.start == ent.end:  # "Therese" + "Mbala"
        given_before_given = gender_of_given_name(after.text)  # "Ohioan John Boehner": a name is whole after it
        return None if given_before_given or ent[0].is_sent_start else Span(doc, ent.start, after.end, label="PERSON")
    if ent.end < len(doc) and _surname(doc[ent.end]) and not _name_word(doc, ent.end + 1):
        return None if ent[0].is_sent_start else Span(doc, ent.start, ent.end + 1, label="PERSON")  # + "Mbala"
    if ent.start > 0 and _given(doc[ent.start - 1]) and not _name_word(doc, ent.start - 2):
        return Span(doc, ent.start - 1, ent.end, label="PERSON")  # untagged "Gwen" + "Tallis"
    return None


def _unknown_people(token: Token) -> bool:
    """A capitalised singular proper noun that names no people, creed, party or region the lexicons know."""
    word = token.text.casefold()
    known = country_of(word) or word in _PEOPLES or word.removesuffix("s") in _PEOPLES
    return token.tag_ == "NNP" and token.is_alpha and token.is_title and not known and not _used_as_people(token)


def _used_as_people(token: Token) -> bool:
    """Whether the document also writes the word as a nationality, before a common noun ("the Tallis delegation")."""
    return any(
        other.i != token.i and other.text == token.text and other.head.pos_ == "NOUN" and other.head.i > other.i
        for other in token.doc
    )


def _surname(token: Token) -> bool:
    """An untagged capitalised word of two letters or more and no number ("Mbala", not "D" of "Subtitle D" nor "One"
    of "Marine One")."""
    return untagged_name_word(token) and token.is_title and len(token) > 1 and not token.like_num


def _given(token: Token) -> bool:
    return (
        _surname(token)
        and not token.is_sent_start
        and token.text.casefold() not in TITLES
        and token.text.casefold() not in _PEOPLES
    )


def _name_word(doc: Doc, i: int) -> bool:
    """Whether token i is a capitalised proper noun, which would make the two words part of a longer name."""
    return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
