"""The name that opens a wire story right after its dateline ("ZURICH (Reuters) - Alpenbank said …", "… - Alpenbank's
chief executive will step down"), which the recogniser, led astray by the capitals of the dateline, often tags nothing,
though it tags the same name when the sentence opens on it. A run of capitalised proper nouns right after the dash that
is the subject of its clause, or owns or precedes an office ("Alpenbank's chief executive", "Alpenbank chief executive
X"), or ends as a company's name does and is described by an apposition ("Halden Bancorp, a lender,"), and that opens
with no title and no given name the lexicon knows, is an organisation's name; a noun of bodies in it ("Police said")
makes it no name, unless it ends a name of several words as a company's last word does ("Harrowgate Bank's third-quarter
profit"). Such a run that opens with a given name the lexicon knows is a person's, as a feature opens on the one it
follows ("KOULONGO, Chad — Halima counts the days"). This pipeline step, run after the recogniser, tags them so."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dashboard.analysis.doc_text import entity_of
from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS
from dashboard.analysis.quotes.marks import unkept_dateline_end
from dashboard.analysis.step_entities import current_entities, set_entities
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "datelined_names"
#: Most words a name after a dateline may take.
_LONGEST = 3


@Language.component(STEP)
def datelined_names(doc: Doc) -> Doc:
    """The document with the untagged name of an organisation that opens the story after its dateline tagged, and a
    noun of people that opens it ("… (AP) — Fishermen who lost their nets said"), which the tagger took for a name
    as it opens no sentence, read as the common noun it is."""
    end = unkept_dateline_end(doc)
    if not end or end >= len(doc):
        return doc
    if lemma := _people_noun(doc[end]):
        word = doc[end]
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NN" if lemma == word.lower_ else "NNS", lemma
        set_entities(doc, [e for e in current_entities(doc) if e.start != end])  # "Fishermen" tagged an organisation
    elif (name := name_after_dateline(doc, end)) is not None:
        set_entities(doc, filter_spans([*current_entities(doc), name]))
    return doc


def _people_noun(token) -> str:
    """The lemma of a capitalised noun of people the tagger took for a name ("Fishermen", "Protesters"); "" else."""
    tagged = entity_of(token)
    if token.pos_ != "PROPN" or not token.is_title or tagged is not None and len(tagged) > 1:
        return ""
    lower = token.lower_
    forms = (
        lower,
        lower.removesuffix("s"),
        lower.removesuffix("es"),
        lower[:-3] + "man" if lower.endswith("men") else "",
    )
    return next((f for f in forms if f and f in PEOPLE_NOUNS), "")


def name_after_dateline(doc: Doc, start: int) -> Span | None:
    """The untagged name of an organisation or a person that opens the story at `start`, right after its dateline, or
    None."""
    end = start
    while end < len(doc) and end - start < _LONGEST and untagged_name_word(doc[end]):
        end += 1
    if end == start or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return None  # a longer run of names, which this rule cannot cut right
    words = [t.lower_ for t in doc[start:end]]
    headed = len(words) > 1 and words[-1] in ORGANISATION_HEADS  # "Harrowgate Bank", not "Police" or "Bank Police"
    bodies = set(words[:-1] if headed else words) & BODY_NOUNS
    last = doc[end - 1]
    acts = last.dep_ in ("nsubj", "poss") or last.dep_ in ("compound", "nmod") and last.head.i >= end
    acts = acts or headed and any(c.dep_ == "appos" for c in last.children)  # "… - Blue Ridge Bancshares, a regional
    # lender, posted …": a company's name that an apposition describes, which the parser hung on the dateline
    if gender_of_given_word(doc[start].text) and not bodies and acts:
        return Span(doc, start, end, label="PERSON")  # "KOULONGO, Chad — Halima counts the days": a feature's person
    if words[0] in TITLES or set(words) & PEOPLE_NOUNS or bodies or gender_of_given_word(doc[start].text):
        return None
    return Span(doc, start, end, label="ORG") if acts else None
