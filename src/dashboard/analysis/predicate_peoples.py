"""A people's adjective that ends a clause before a cue set off in mid-sentence: "Two of the dead were Bolivian,
Bolivia's embassy said, and a third was Peruvian." The parser at times hangs "Bolivian" on the cue's subject as its
modifier, so the speaker comes out "Bolivian, Bolivia's embassy" and what was said loses its last word. This pipeline
step, run after the recogniser, hangs the adjective back on the verb "be" right before it as its complement, and the
comma after it on the cue, when the cue hangs on that verb."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "predicate_peoples"
#: How the parser hangs the adjective on the cue's subject.
_HUNG = frozenset({"amod", "compound", "nmod"})
#: How a cue set off in mid-sentence hangs on the clause it reports.
_SET_OFF = frozenset({"parataxis", "ccomp"})


@Language.component(STEP)
def predicate_peoples(doc: Doc) -> Doc:
    """The document with each one-word nationality right after "be" and before a comma, hung on the subject of a cue
    that hangs on that "be", made the complement of "be"."""
    for ent in current_entities(doc):
        if ent.label_ != "NORP" or len(ent) != 1 or ent.start == 0 or ent.end + 1 >= len(doc):
            continue
        word, be, comma = ent[0], doc[ent.start - 1], doc[ent.end]
        subject = word.head
        if be.lemma_ != "be" or comma.text != "," or word.dep_ not in _HUNG or subject.i <= comma.i:
            continue
        cue = subject.head
        if subject.dep_ != "nsubj" or cue.dep_ not in _SET_OFF or cue.head.i != be.i or subject.left_edge.i != word.i:
            continue
        if any(c.dep_ in ("acomp", "attr") for c in be.children):
            continue  # "were Bolivian" has its complement already: the word is the subject's
        word.head, word.dep_ = be, "acomp"
        if comma.head.i == subject.i:
            comma.head = cue
    return doc
