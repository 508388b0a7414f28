"""People named after a title that ends in "for" and a place: "U.N. envoy for West Africa Ada Trevisk said", "EU
special representative for the Sahel Ada Trevisk", "the bank's director for Africa Ada Trevisk". World and business
wires write the title, "for", the country or region the post covers and the holder's name in one run of capitalised
words; the recogniser, which does not know the name, runs the place into it ("the Sahel Ada Trevisk" as a facility)
or keeps only the surname, and the title's "for" phrase then reads the name as the place's, so the quote goes to a
body or to no one. This pipeline step, run after the recogniser, splits such a run after a post's title and "for":
its opening words that are a country, an international body or a region of the world stay a place, and the two or
three capitalised words after them are the person, given name kept. "Funding for West Africa Ada Trevisk said" has no
title before "for" and is left alone."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import words
from dashboard.analysis.posted_envoy_names import host_and_person
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "titles_for_places"
#: Last words of titles of posts that cover a country or a region, lower-cased.
_POST_TITLES = words("""
envoy representative ambassador commissioner coordinator rapporteur director adviser advisor chief head
""")
#: Regions of the world that a post covers, lower-cased, with the words of direction that may open them.
_REGIONS = words("""
africa asia europe america americas sahel balkans caribbean pacific gulf arctic maghreb levant caucasus
mediterranean
""") | {"latin america", "middle east", "horn of africa", "great lakes", "asia-pacific", "indian ocean"}
_DIRECTIONS = words("""
west east north south central western eastern northern southern southeast northeast northwest southwest
sub-saharan
""")


@Language.component(STEP)
def titles_for_places(doc: Doc) -> Doc:
    """The document with the place and the holder's name after a post's title and "for" tagged apart."""
    spans = []
    for i in places_of(doc, _POST_TITLES, lower=True):  # found without a Token for every word
        if i + 1 < len(doc) and doc[i + 1].lower_ == "for":
            spans.extend(host_and_person(doc, i + 2, _region))
    return with_entities(doc, spans)


def _region(name: str) -> bool:
    """Whether a name is a region of the world ("West Africa", "the Sahel", "the Horn of Africa")."""
    name = name.casefold().removeprefix("the ")
    first, _, rest = name.partition(" ")
    return name in _REGIONS or first in _DIRECTIONS and rest in _REGIONS
