"""A title of office the recogniser tagged an organisation on its own, set off before its holder's name ("The
Taoiseach, Mary Doyle, said …", "The Chancellor, Ann Holt,"). As an organisation the title is no role, and the holder
is left without one, so "the Taoiseach said" later finds no one it names. This pipeline step, run after the
recogniser, leaves such a title untagged, as the recogniser leaves "The Premier, Ann Holt,"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import TITLES
from dashboard.analysis.quotes.lexicon import TITLE_NOUNS
from dashboard.analysis.retagged import without_entities

#: The name of the pipeline step.
STEP = "lone_titles"
#: Titles that stand for their holder alone ("the Taoiseach"), not the words that only qualify one ("State", "Crown").
_TITLES = TITLES & TITLE_NOUNS


@Language.component(STEP)
def lone_titles(doc: Doc) -> Doc:
    """The document with each title tagged an organisation alone, before a comma and its holder's name, untagged.
    Most paragraphs hold no such title: their entities are not read."""
    return without_entities(doc, title_before_holder) if places_of(doc, _TITLES, lower=True) else doc


def title_before_holder(ent: Span) -> bool:
    """Whether an organisation is one capitalised title word followed by a comma and a person's name."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or not ent[0].is_title or ent[0].lower_ not in _TITLES:
        return False
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].ent_type_ == "PERSON"
