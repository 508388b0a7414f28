"""People named at the head of a heading line written in title case, with the heading's verb read into the name:
"Ada Brenn Warns Of Higher Fees" gives the person "Ada Brenn Warns", "Tom Reyes Tells Council …" the person "Tom
Reyes Tells", and the story's later "Brenn said" takes that name. This pipeline step, run after the recogniser, ends
such a name before its first word after the first that the tagger reads as a verb ("Warns") or that is a verb of
speech with an "s" ("Slams", "Tells", "Responds"), in a sentence written in title case only."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.run_on_names import title_cased
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "heading_verbs"
#: Verbs of headlines besides those of speech ("Trump Leads In …", "Vance Wins …").
_HEADLINE_VERBS = CUE_VERBS | words("lead win want join quit face seek back plan push take make get give")


@Language.component(STEP)
def heading_verbs(doc: Doc) -> Doc:
    """The document with each person's name that runs on into its heading's verb cut before the verb."""
    cut = [
        span for ent in current_entities(doc) if ent.label_ == "PERSON" and (span := _before_verb(doc, ent)) is not None
    ]
    return with_entities(doc, cut)


def _before_verb(doc: Doc, ent: Span) -> Span | None:
    """The part of `ent` before the heading's verb read into it; None when it holds none."""
    verb = next((t for t in ent[1:] if _heading_verb(t)), None)
    if verb is None or not title_cased(ent.sent):
        return None
    return Span(doc, ent.start, verb.i, label="PERSON")


def _heading_verb(token: Token) -> bool:
    """A capitalised word that the tagger reads as a verb in the present, or a verb of a headline with an "s"."""
    word = token.lower_
    if not token.is_title or not word.endswith("s"):
        return False
    return token.tag_ == "VBZ" or word[:-1] in _HEADLINE_VERBS or word.endswith("es") and word[:-2] in _HEADLINE_VERBS
