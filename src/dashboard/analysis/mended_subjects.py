"""Subjects the parser hangs on their verb as part of a name: "“…,” Delgado notes." read as the noun phrase
"Delgado notes", with "notes" still tagged a verb.

The parser then gives the verb no subject, and every rule that looks for a cue's subject finds none, so the quote
goes unattributed. This pipeline step, run once the tags are mapped to parts of speech, makes a proper noun right
before a finite verb that has no subject of its own that verb's subject, as the tags already say it is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

#: The name of the pipeline step.
STEP = "mended_subjects"
#: Finite verbs of the present and the past: a participle ("the group backing Ann Ross") takes no subject.
_FINITE = frozenset({"VBZ", "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@Language.component(STEP)
def mended_subjects(doc: Doc) -> Doc:
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.i == 0:
            continue
        name = doc[verb.i - 1]
        if (
            name.head.i == verb.i
            and name.dep_ == "compound"
            and name.pos_ == "PROPN"
            and not any(c.dep_ in _SUBJECTS for c in verb.children)
        ):
            name.dep_ = "nsubj"
    return doc
