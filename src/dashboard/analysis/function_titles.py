"""A title named after the function its holder serves ("the Public Relations Officer", "its Human Resources
Director", "the Corporate Affairs Manager"), which the recogniser may tag an organisation without its last word
("the Public Relations"). Such a function is no body: a later "the ministry said" then takes the function for the
ministry, and the holder's title loses its words. This pipeline step, run after the recogniser, leaves the function
untagged when a title's word follows it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import words
from dashboard.analysis.retagged import without_entities

#: The name of the pipeline step.
STEP = "function_titles"
#: Words of the functions a title may name ("Public Relations", "Corporate Communications", "Human Resources").
_FUNCTION_WORDS = words("the public media corporate relations communications affairs human resources information")
#: Words that end a title after its function ("Officer", "Manager").
_TITLE_ENDS = words("officer manager director head chief secretary coordinator adviser advisor")


@Language.component(STEP)
def function_titles(doc: Doc) -> Doc:
    """The document with each organisation that is the function of a title before its last word untagged."""
    if not places_of(doc, _TITLE_ENDS, lower=True):  # no word that ends a title: nothing to read the entities for
        return doc
    return without_entities(doc, _function_before_title)


def _function_before_title(ent: Span) -> bool:
    """Whether an organisation is made only of a function's words and a word that ends a title follows it."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].lower_ not in _TITLE_ENDS:
        return False
    return sum(t.is_title for t in ent) >= 2 and all(t.lower_ in _FUNCTION_WORDS for t in ent)
