"""A given name the recogniser took for a place ("Marta", "Victoria") before a surname joined by a hyphen that it left
untagged is the person's given name when the lexicon knows it as one (given_before_hyphen.mistaken_given_name), so
the hyphenated_names step makes a person of the whole name, not of the surname alone; a place the lexicon knows as no
given name ("Krakow") stays a place. Fictional text, the recogniser's slip set by hand (it makes it only now and
then)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.given_before_hyphen import mistaken_given_name
from dashboard.analysis.hyphenated_names import hyphenated_names


def _tagged_a_place(nlp, text: str):
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="GPE")]
    return doc


def test_a_given_name_taken_for_a_place_opens_the_persons_name(nlp):
    doc = _tagged_a_place(
        nlp,
        "Marta Wasilewska-Orr, an economist at the consultancy Oderline Advisory, said the new tariff would raise "
        "factory costs.",
    )
    assert mistaken_given_name(doc[0])
    people = [e.text for e in hyphenated_names(doc).ents if e.label_ == "PERSON"]
    assert people == ["Marta Wasilewska-Orr"]


def test_a_place_that_is_no_given_name_stays_a_place(nlp):
    doc = _tagged_a_place(nlp, "Krakow Nowa-Huta, a district of steelworks, voted for the plan.")
    assert not mistaken_given_name(doc[0])
