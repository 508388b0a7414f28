"""A name after "Me", the title Quebec and Belgian papers give a lawyer or a notary (short for Maître): "Lawyer Me
Julie Brassard, who represents …, said" may be tagged one organisation with the title and "Lawyer" in it, so that
what the lawyer said went to an institution. This pipeline step, run after the recogniser, tags a person the run of
two or more capitalised words (a name's particles and hyphens among them) right after a capitalised "Me" in mid
sentence, where the English pronoun is never capitalised; the title is no part of the name. "Me Too", a movement, is
no title and a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.particle_names import NAME_PARTICLES
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "maitre_names"
#: Capitalised words after "Me" that make no name ("Me Too").
_NOT_NAMES = frozenset({"Too", "Myself", "And", "Or"})
#: Fewest capitalised words of a name after the title (a given name and a surname).
_FEWEST_WORDS = 2


@Language.component(STEP)
def maitre_names(doc: Doc) -> Doc:
    """The document with each name right after a lawyer's "Me" tagged a person."""
    found = []
    for i in places_of(doc, ("Me",)):
        title = doc[i]
        if title.is_sent_start or i + 1 >= len(doc) or doc[i + 1].text in _NOT_NAMES:
            continue
        end, named = i + 1, 0
        while end < len(doc) and _name_part(doc[end], named):
            named += doc[end].is_title
            end += 1
        while end > i + 1 and not doc[end - 1].is_title:  # a name ends on a capitalised word
            end -= 1
        if named >= _FEWEST_WORDS:
            found.append(Span(doc, i + 1, end, label="PERSON"))
    return with_entities(doc, found)  # most documents name no lawyer so: their entities stay as they are


def _name_part(word: Token, named: int) -> bool:
    """A capitalised word of letters, or after one a hyphen written close or a name's particle."""
    if word.is_title and word.is_alpha:
        return True
    joined = word.text == "-" and not word.whitespace_ and named > 0
    return joined or named > 0 and word.lower_ in NAME_PARTICLES
