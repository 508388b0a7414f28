"""A participle that opens a sentence on its own before the speaker ("Reacting, the state Governor, Mr Ade Bako,
said …", "Responding, the chairman said …"), as the press of Nigeria and Ghana often writes. The parser may take the
participle for the cue's subject and hang the speaker on it as an apposition; the speaker is that apposition (or the
person named in it), never the participle."""

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
