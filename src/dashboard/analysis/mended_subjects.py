"""Subjects the parser hangs elsewhere, leaving a finite verb with none:

- a name read into a noun phrase with its verb: "“…,” Delgado notes." parsed as "Delgado notes", with "notes"
  still tagged a verb;
- a noun read as a verb with the subject its object: "Aid officials, who asked not to be named, said …";
- a title's first word read as a verb with the name after the title its object: "Coordinating Minister for Economic
  Affairs Ana Lim told …", parsed as "Coordinating" (the subject) with "Minister" and "Lim" its objects;
- a subject read as an apposition of a fronted phrase: "Back at the yard, a conductor who asked not to be named
  said …", where "a conductor" (and its relative clause) hangs on "yard", and "said" heads the sentence alone; and
  a name whose description a comma closes before the cue: "Under questioning from the lawyer, Vaik, a geologist
  who …, said …", where "Vaik" hangs on "lawyer";
- "think tank" read as a clause: "Ann Ross, an analyst at the Oslo think tank Y, said …" parsed with "Ann Ross" the
  subject of "tank" (and "think" a verb), and "tank" or Y the subject of "said";
- a given name read as a preposition or a clause: "Per Lund, an economist at Y, said …" or "The mayor, Till Brandt,
  said …" (given_names_read_as_prepositions).

Every rule that looks for a cue's subject then finds none, so the quote goes unattributed. This pipeline step, run
once the tags are mapped to parts of speech, gives such a verb the subject the words before it form.
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.given_names_read_as_prepositions import mend_given_name_read_as_preposition
from dashboard.analysis.set_off_named_cues import names_read_into_cues
from dashboard.analysis.set_off_noun_cues import description_read_into_cue, plural_nouns_read_as_cues
from dashboard.analysis.step_failures import PARSE_AND_ENTITIES, undone_on_failure
from dashboard.analysis.whole_trees import kept_whole

#: The name of the pipeline step.
STEP = "mended_subjects"
#: Finite verbs of the present and the past: a participle ("the group backing Ann Ross") takes no subject.
_FINITE = frozenset({"VBZ", "VBD"})
_FINITE_IDS = frozenset(get_string_id(tag) for tag in _FINITE)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Where the parser hangs a sentence's subject when it reads it into a phrase fronted before it.
_MISREAD = frozenset({"appos", "pobj"})
#: Words of the verb itself that may stand between it and its subject.
_OF_THE_VERB = frozenset({"advmod", "npadvmod", "neg"})
#: The noun of "think tank", which the parser may read as a clause with the person before it its subject.
_TANKS = frozenset({"tank", "tanks"})


@Language.component(STEP)
@undone_on_failure(PARSE_AND_ENTITIES)
@kept_whole  # a mend that made a loop of heads is undone, not left to end the extraction
def mended_subjects(doc: Doc) -> Doc:
    tags = doc.to_array(TAG).tolist()  # in one pass, not a token object per word
    tanks = bool(places_of(doc, _TANKS, lower=True))  # most paragraphs name no think tank
    for verb in (doc[i] for i, tag in enumerate(tags) if tag in _FINITE_IDS):
        if verb.pos_ != "VERB" or verb.i == 0:
            continue
        if tanks:
            _think_tank_read_as_clause(verb)
        mend_given_name_read_as_preposition(verb)  # "Ulrike Hansel, an economist …, said", "mayor, Per Lund, said"
        if _noun_read_as_verb(verb) or _title_read_as_verb(verb) or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        before = doc[verb.i - 1]
        if before.head.i == verb.i and before.dep_ == "compound" and before.pos_ == "PROPN":
            before.dep_ = "nsubj"
        elif verb.dep_ == "ROOT" and (subject := _fronted_subject(verb)) is not None:
            subject.head, subject.dep_ = verb, "nsubj"
        else:
            description_read_into_cue(verb)  # "…, the analyst notes, …" read as a noun phrase
    plural_nouns_read_as_cues(doc, tags)  # the same, "notes" tagged a noun
    names_read_into_cues(doc)  # "…, Brandt notes, …" read as a noun phrase
    return doc


def _fronted_subject(verb: Token) -> Token | None:
    """The noun phrase set off by a comma that ends right before a verb heading its sentence (but for adverbs of
    the verb: "… publicly said"), when the parser hung it on a phrase before it: a noun with a determiner, or a
    name ("…, a conductor who … said", "…, Ann Ross, a guard, said"); after a comma that closes a description set
    beside a name, the name ("Under questioning from the lawyer, Vaik, a geologist who …, said")."""
    doc = verb.doc
    before = doc[verb.i - 1]
    closed = before.text == "," and before.head.i == verb.i and before.i - 1 > verb.sent.start  # "…, Vaik, a …, said"
    before = doc[before.i - 1] if closed else before
    while before.head.i == verb.i and before.dep_ in _OF_THE_VERB and before.i > verb.sent.start:
        before = doc[before.i - 1]
    for noun in [before, *before.ancestors]:
        if noun.i >= verb.i or noun.sent != verb.sent:
            return None
        if noun.right_edge.i != before.i or noun.dep_ not in _MISREAD or noun.head.i > noun.i:
            continue
        if _set_off_noun(noun) and not closed:
            return noun
        if _set_off_noun(noun):  # the name the description is set beside, itself hung on the fronted phrase
            named = noun.head if noun.pos_ == "NOUN" and noun.dep_ == "appos" else None
            return named if named is not None and named.pos_ == "PROPN" and _fronted_name(named) else None
    return None


def _fronted_name(name: Token) -> bool:
    """A name set off by a comma and hung as an apposition on the object of a fronted phrase ("Under questioning
    from the lawyer, Vaik, …")."""
    return name.dep_ == "appos" and name.head.dep_ == "pobj" and _set_off_noun(name)


def _set_off_noun(noun: Token) -> bool:
    """A noun with a determiner, or a name, set off by a comma before it."""
    set_off = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    named = noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in noun.children)
    return set_off and named and noun.pos_ in ("NOUN", "PROPN")


def _noun_read_as_verb(verb: Token) -> bool:
    """ "Aid officials, who asked not to be named, said …" read as the verb "Aid" with "officials" its object: a verb of
    no tense that opens the sentence as the subject or a clause of a finite verb, with its object right after it, is a
    noun that describes the object, and the object (with what the verb held: "in Nairobi") the subject. Whether the
    sentence was so mended."""
    if verb.dep_ != "ROOT":
        return False
    opener = verb.doc[verb.left_edge.i]  # the first word of the sentence the verb heads
    if opener.tag_ != "VB" or opener.head != verb or opener.dep_ not in ("nsubj", "advcl"):
        return False
    thing = verb.doc[opener.i + 1] if opener.i + 1 < verb.i else None
    if thing is None or thing.dep_ != "dobj" or thing.head != opener or thing.pos_ != "NOUN":
        return False
    for child in [c for c in opener.children if c.i > thing.i]:
        child.head = thing
    thing.head, thing.dep_ = verb, "nsubj"
    opener.head, opener.dep_, opener.pos_, opener.tag_ = thing, "compound", "NOUN", "NN"
    return True


def _title_read_as_verb(verb: Token) -> bool:
    """ "Coordinating Minister for Economic Affairs Ana Lim told …" read as the clause "Coordinating … Lim", the
    subject of "told": a capitalised verb in -ing opening the sentence as the subject of a finite verb, with a name
    right before that verb among its objects (or the object of its object's "for": "… Minister for Economic Affairs
    Ana Lim said"), is a word of the title before the name, and the name the subject. Whether the sentence was so
    mended."""
    if verb.dep_ != "ROOT":
        return False
    opener = verb.doc[verb.left_edge.i]
    if opener.tag_ != "VBG" or not opener.is_title or opener.head != verb or opener.dep_ not in ("csubj", "nsubj"):
        return False
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("dobj", "pobj") or opener not in name.ancestors:
        return False
    for child in [c for c in opener.children if c != name]:  # "Minister", the object the title's words hang on
        child.head, child.dep_ = name, "compound"
    name.head, name.dep_ = verb, "nsubj"
    opener.head, opener.dep_, opener.pos_, opener.tag_ = name, "compound", "PROPN", "NNP"
    return True


def _think_tank_read_as_clause(verb: Token) -> None:
    """ "Ann Ross, an analyst at the Oslo think tank Y, said …" read with "Ann Ross" the subject of "tank" (or of
    "think" read as a verb), and "tank", or the name Y it is a word of, the subject of "said". The subject of "tank"
    is the verb's, and the think tank's name after "tank" (or "tank" when none follows) the object of the preposition
    before it, the words between them its modifiers."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < 2:
        return
    tanks = [subject] if subject.lower_ in _TANKS else [c for c in subject.children if c.lower_ in _TANKS]
    tank = tanks[0] if len(tanks) == 1 and tanks[0].nbor(-1).lower_ == "think" else None
    person = next((c for c in tank.children if c.dep_ == "nsubj" and c.i < tank.i), None) if tank else None
    prep = next((t for t in reversed(verb.doc[person.i + 1 : tank.i]) if t.dep_ == "prep"), None) if person else None
    if person is None or prep is None:
        return
    after = (c for c in tank.children if c.dep_ in ("dobj", "attr", "appos") and c.pos_ == "PROPN")
    name = subject if subject != tank else next((c for c in after if c.left_edge.i == tank.i + 1), tank)
    for word in verb.doc[prep.i + 1 : tank.i + (name != tank)]:  # "the Oslo think tank": the article and modifiers
        word.head, word.dep_ = name, "det" if word.lower_ in ("the", "a", "an") else "compound"
    think = tank.nbor(-1)
    think.pos_, think.tag_ = "NOUN", "NN"
    name.head, name.dep_ = prep, "pobj"
    person.head, person.dep_ = verb, "nsubj"
