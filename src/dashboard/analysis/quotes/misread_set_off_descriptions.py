"""An inverted cue set off by a comma inside the clause it reports, with a description after it that the parser took for
its object: "The worst may be over for wheat, notes the analyst, but not for rice." is parsed as a second verb of the
clause's subject ("The worst … notes the analyst"). A cue that takes no person for an object ("note", "add",
"explain"; not "warn" nor "tell", whose object is the one warned or told) cannot mean that the analyst was noted: the
description spoke, and the clause the cue stands in is what was said. The description is "the" (or "its", "their")
and a noun for people, a scientist by the field or a body ("the analyst", "the chief economist", "the ecologist",
"the union"), with a comma, or the sentence's end, after it. (The description read into a noun with a cue after it,
"…, the analyst notes, …", is mended in the parse: set_off_noun_cues.py.)"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, DOCUMENT_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.sciences import SCIENTISTS

#: Cues that stand inverted after a comma and take no person for an object ("notes the analyst").
_NO_PERSON_OBJECT = frozenset(
    {"say", "add", "note", "explain", "insist", "argue", "observe", "stress", "concede", "reckon"}
)
#: Nouns that speak when "the" stands before them: people, scientists by their field ("explains the ecologist") and
#: bodies, not documents ("notes the report").
_SPEAKING = (PEOPLE_NOUNS | SCIENTISTS | BODY_NOUNS) - DOCUMENT_NOUNS
#: Words that open such a description.
_OPENERS = frozenset({"the", "its", "their"})
#: Tags of a verb in a tense of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Marks that end a sentence.
_ENDS = frozenset({".", "!", "?"})


def misread_set_off_description(verb: Token) -> tuple[Token, list[Token], str] | None:
    """The speaker, what was said and the cue's lemma for an inverted cue whose description the parser took for its
    object (see the module), or None."""
    lemma = verb.lemma_.lower()
    if lemma not in _NO_PERSON_OBJECT or verb.tag_ not in ("VBZ", "VBD") or verb.i < 4:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    found = _taken_for_object(verb)
    return (found[0], found[1], lemma) if found else None


def _taken_for_object(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "…, notes the analyst, …": the speaker and the clause the cue was joined to, with any words the parser hung
    on the cue after the comma that closes the description."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.head.i > verb.i or doc[verb.i - 1].text != ",":
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if noun is None or noun.left_edge.i != verb.i + 1 or not _described(noun):
        return None
    cue = {t.i for t in verb.subtree} | {verb.i - 1}
    said = [t for t in verb.head.subtree if t.i not in cue]
    after = [t for t in verb.subtree if t.i > noun.right_edge.i + 1]  # "…, but not for rice", hung on the cue
    if not _a_clause([t for t in said if t.i < verb.i]):
        return None
    return noun, sorted([*said, *after], key=lambda t: t.i)


def _described(noun: Token) -> bool:
    """Whether `noun` and the words hung on it are a description of one who speaks, with a comma or the sentence's
    end after them."""
    doc, end = noun.doc, noun.right_edge.i + 1
    if doc[noun.left_edge.i].lower_ not in _OPENERS or noun.lemma_.lower() not in _SPEAKING:
        return False
    return noun.tag_ in ("NN", "NNP") and end < len(doc) and (doc[end].text == "," or doc[end].text in _ENDS)


def _a_clause(words: list[Token]) -> bool:
    """Three words or more with a verb in a tense of its own: a statement, not a phrase."""
    return len([t for t in words if not t.is_punct]) >= 3 and any(t.tag_ in _FINITE for t in words)
