"""Names joined by a lower-case particle ("Abdulaziz bin Salman", "Ahmed ibn Saud"), which the recogniser may cut into
two people at the particle ("Prince Abdulaziz" and "bin Salman"), so that the speaker was the second half alone. This
pipeline step, run after the recogniser, joins a person's name and the person's name that follows it with nothing
between when the second opens with such a particle."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

#: The name of the pipeline step.
STEP = "particle_names"
#: Lower-case words that join the parts of one person's name (Arabic lineage, Dutch, German, French, Italian).
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "van", "von", "de", "du", "da", "di", "del", "della", "le"})


@Language.component(STEP)
def particle_names(doc: Doc) -> Doc:
    """The document with a person's name and the particle-led name right after it as one person."""
    ents = list(doc.ents)
    joined, changed = [], False
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and _continues(last, ent):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            changed = True
        else:
            joined.append(ent)
    if changed:
        doc.ents = joined
    return doc


def _continues(first: Span, second: Span) -> bool:
    """Whether `second` is the rest of the person named by `first` ("Prince Abdulaziz" + "bin Salman")."""
    return (
        first.label_ == second.label_ == "PERSON"
        and first.end == second.start
        and second[0].text in _PARTICLES
        and len(second) > 1
    )
