"""The speaker after a participle that opens the sentence, which the parser may take for the cue's subject. Alone
before its comma ("Reacting, the state Governor, Mr Ade Bako, said …", "Responding, the chairman said …"), as the
press of Nigeria and Ghana often writes, it gets the speaker hung on it as an apposition: the speaker is that
apposition (or the person named in it). With a phrase of its own ("Briefing the Council, Ann Roe, the aid chief,
said …", "Arriving for the talks, the bloc's foreign policy chief, Ann Roe, told reporters …"), as meetings coverage
opens many sentences, the speaker may be left a word of the phrase or an apposition of its object: the noun phrase
after the comma closing the phrase, right up to the cue, is who spoke. A capitalised word right after the participle
makes it the first word of a name ("Playing Field Promotions, an agency, says"), which speaks itself."""

from __future__ import annotations

from spacy.tokens import Token


def speaker_after_participle(subject: Token) -> Token:
    """The apposition of a subject that is a participle alone at the start of its sentence, set off by a comma, or
    the person's name joined to that apposition ("the state Governor, Mr Ade Bako,"); the subject itself otherwise."""
    doc = subject.doc
    alone = subject.tag_ == "VBG" and subject.i == subject.sent.start and subject.i + 1 < len(doc)
    if not alone or doc[subject.i + 1].text != ",":
        return subject
    appositive = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if appositive is None or appositive.ent_type_ == "PERSON":
        return subject if appositive is None else appositive
    named = [c for c in appositive.rights if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON"]
    return named[0] if named else appositive


#: Dependencies of an opening participle that the parser made the subject of the cue.
_TAKEN_FOR_SUBJECT = frozenset({"nsubj", "csubj"})


def speaker_after_opening_participle(verb: Token) -> Token | None:
    """The head of the noun phrase between the comma that closes an opening participle's phrase and the cue, when the
    parser made that participle the cue's subject and the phrase ends with a comma right before the cue; None
    otherwise."""
    if not any(c.tag_ == "VBG" and c.dep_ in _TAKEN_FOR_SUBJECT for c in verb.lefts):
        return None  # no participle made the cue's subject: the sentence is not read
    doc, sentence = verb.doc, verb.sent
    first = doc[sentence.start]
    if first.tag_ != "VBG" or first.head != verb or first.dep_ not in _TAKEN_FOR_SUBJECT or verb.i < first.i + 4:
        return None
    if doc[first.i + 1].is_title or doc[verb.i - 1].text != ",":
        return None  # "Playing Field Promotions, an agency, says": a name, not a participle
    if any(c.dep_.startswith("nsubj") and c != first for c in verb.children):
        return None
    comma = next((t.i for t in doc[first.i + 1 : verb.i - 1] if t.text == ","), None)
    if comma is None or comma == first.i + 1:
        return None  # "Reacting, the governor, X, who …, said": a participle with no words of its own
    head = doc[comma + 1]
    while comma < head.head.i < verb.i and head.head != head:
        head = head.head
    inside = head.left_edge.i > comma and head.right_edge.i < verb.i
    return head if inside and head.pos_ in ("PROPN", "NOUN") else None
