"""Names the parser hung on the role set after them: "Youssef Ben-Arian, chief economic adviser at Y, said …" is at
times parsed with the name's last word a modifier of "adviser", and "adviser" the verb's subject, so the speaker
comes out unnamed with the name inside its role. This pipeline step, run after the recogniser, makes the name the
subject again and the role its apposition, as the parser reads "Nadia Lund, chief economic adviser at Y, said"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: The name of the pipeline step.
STEP = "hung_names"
#: How the parser hangs the name's last word on the role noun.
_HUNG = frozenset({"amod", "compound", "nmod"})
#: The roles of a role noun that stands where its name should.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@Language.component(STEP)
def hung_names(doc: Doc) -> Doc:
    """The document with each person's name of two words or more, set off by a comma before a role noun that the
    parser made the subject and hung the name on, made the subject with the role its apposition."""
    for ent in doc.ents:
        last = ent[-1]
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        role = last.head
        if last.dep_ not in _HUNG or role.i <= ent.end or role.dep_ not in _SUBJECTS or role.pos_ != "NOUN":
            continue
        end = role.right_edge
        closing = end if end.text == "," else doc[end.i + 1] if end.i + 1 < len(doc) else None
        if role.left_edge.i != ent.start or closing is None or closing.text != ",":
            continue
        verb, dep = role.head, role.dep_
        last.head, last.dep_ = verb, dep
        for word in ent[:-1]:
            if word.head.i == role.i:  # "Youssef", "Ben" and "-" of "Youssef Ben-Arian" hung on the role as well
                word.head = last
        doc[ent.end].head = last  # the comma that sets the role off
        role.head, role.dep_ = last, "appos"
        closing.head = verb  # the comma that closes the role
    return doc
