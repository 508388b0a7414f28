"""A person named after a count of a group, with the occupation before the name, that the recogniser left untagged:
"One of them, retired nurse Gwen Harlow, said …" leaves "Gwen Harlow" no entity, so the speaker is the unnamed "one
of them". This pipeline step, run after the recogniser, tags a person the two capitalised proper nouns, none of them
tagged, that a word for people ("nurse", "farmer") stands right before, set off beside a number or a pronoun ("one of
them", "another") as its apposition."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "counted_people"
#: The key of the dependency of a word set off beside another ("one of them, retired nurse Gwen Harlow").
_APPOSITION = get_string_id("appos")


@Language.component(STEP)
def counted_people(doc: Doc) -> Doc:
    """The document with each untagged "Given Surname" set off after "one of them, <occupation>" tagged a person
    (one person, not a list)."""
    appositions = (doc.to_array(DEP) == _APPOSITION).nonzero()[0].tolist()  # few words: no Token made of the rest
    found = [Span(doc, i - 1, i + 1, label="PERSON") for i in appositions if _surname_set_off(doc[i])]
    return with_entities(doc, found)


def _surname_set_off(token: Token) -> bool:
    """The last of two untagged name words after a word for people, in apposition to a number or pronoun."""
    doc, i = token.doc, token.i
    if i < 2 or token.dep_ != "appos" or token.head.pos_ not in ("NUM", "PRON"):
        return False
    given, noun = doc[i - 1], doc[i - 2]
    named = all(_untagged_word(w) for w in (given, token)) and given.lower_ not in TITLES
    described = noun.tag_ == "NN" and noun.is_lower and noun.lemma_ in PEOPLE_NOUNS  # one person, not "teachers"
    ends = (i + 1 == len(doc) or not _untagged_word(doc[i + 1])) and not any(c.dep_ == "conj" for c in token.children)
    return named and described and ends


def _untagged_word(token: Token) -> bool:
    return untagged_name_word(token) and token.is_title
