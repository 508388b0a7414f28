"""A speaker's name that the recogniser runs into the programme fronted before it ("In an interview on CBS’s Face the
Nation, Castellanos-Ruiz said …") is a person after the comma, and the programme no part of it (names_after_commas.py);
a body's name that goes on past a comma stays whole."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.names_after_commas import names_after_commas
from tests.quoting import said_by


def test_a_programme_fronted_before_the_speaker_is_no_part_of_the_speaker(nlp):
    said = said_by(
        nlp,
        "Interior Secretary Maren Castellanos-Ruiz toured the flooded towns on Saturday.",
        "In an interview on CBS’s Face the Nation, Castellanos-Ruiz said the levees had held better than expected.",
    )
    assert said == [("Maren Castellanos-Ruiz", "the levees had held better than expected")]


def test_the_name_after_the_comma_is_a_person_and_the_programme_a_body(nlp):
    doc = nlp("Speaking on NBC’s Meet the Press, Okafor-Dunn said the talks would resume.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("NBC", "ORG"),
        ("Meet the Press", "ORG"),
        ("Okafor-Dunn", "PERSON"),
    ]


def test_a_body_whose_name_goes_on_past_a_comma_stays_one(nlp):
    doc = nlp("Harlow Freight Holdings, Inc said its profit had doubled.")
    assert all(e.label_ != "PERSON" for e in doc.ents)


def test_a_campus_after_a_universitys_name_is_no_person(nlp):
    # a university named with its campus after a comma, before a verb: the recogniser reads one university, and the
    # parser may take the campus for the verb's subject
    words = [
        "Scholars",
        "of",
        "the",
        "University",
        "of",
        "California",
        ",",
        "Berkeley",
        "suggest",
        "that",
        "it",
        "failed",
        ".",
    ]
    heads = [8, 0, 3, 1, 3, 4, 8, 8, 8, 11, 11, 8, 8]
    deps = ["nsubj", "prep", "det", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    spaces = [True] * 5 + [False] + [True] * 5 + [False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [e.text for e in names_after_commas(doc).ents] == ["the University of California, Berkeley"]


def _dated_run_on(nlp, text: str, start: str, end: str) -> Doc:
    """The parsed text with the date the recogniser may make of the day and the source after its comma (from the
    word `start` to the word `end`), in place of the entities it overlaps."""
    doc = nlp(text)
    first = next(t.i for t in doc if t.text == start)
    last = next(t.i for t in doc if t.text == end and t.i > first)
    run_on = Span(doc, first, last + 1, label="DATE")
    doc.ents = [e for e in doc.ents if e.end <= run_on.start or e.start >= run_on.end] + [run_on]
    return doc


def test_a_source_after_the_day_of_what_happened_is_no_part_of_the_date(nlp):
    """ "… on Sunday, South Korea’s Joint Chiefs of Staff said": the recogniser may run the day on across the comma into
    the body that said it (dated_run_ons); the day stays a date, the country before the possessive is a place and what
    it owns a body."""
    doc = _dated_run_on(
        nlp,
        "Drones struck a fuel depot outside the port of Halvik before dawn on Thursday, Norway’s Joint Operational "
        "Headquarters said, the third such attack this month.",
        "Thursday",
        "Headquarters",
    )
    ents = [(e.text, e.label_) for e in names_after_commas(doc).ents]
    assert ("Thursday", "DATE") in ents and ("Norway", "GPE") in ents
    assert ("Joint Operational Headquarters", "ORG") in ents


def test_a_person_after_the_day_of_what_happened_is_a_person(nlp):
    doc = _dated_run_on(nlp, "The ferry ran aground late on Friday, Teodora Lindqvist-Amadi said.", "Friday", "Amadi")
    ents = [(e.text, e.label_) for e in names_after_commas(doc).ents]
    assert ents == [("Friday", "DATE"), ("Teodora Lindqvist-Amadi", "PERSON")]


def test_a_date_that_runs_on_into_another_date_stays_whole(nlp):
    doc = _dated_run_on(nlp, "The talks ended on Monday, March 3, the ministry said.", "Monday", "3")
    assert [(e.text, e.label_) for e in names_after_commas(doc).ents] == [("Monday, March 3", "DATE")]


def test_a_date_with_a_comma_inside_a_number_is_left_as_it_is(nlp):
    doc = _dated_run_on(nlp, "The abbey stood for about 1,200 years, Brother Anselm Varga said.", "about", "years")
    assert ("about 1,200 years", "DATE") in [(e.text, e.label_) for e in names_after_commas(doc).ents]
