"""People named after a title in wire copy, on the real pipeline (with its `titled_names` step): the whole name, the
organisation apart, and the profile that follows; fictional people and companies."""

from __future__ import annotations

import pytest

from dashboard.analysis.entity_steps import STEP, STEPS
from dashboard.analysis.titled_names import titled_names
from tests.quoting import quote_rows_of


def test_the_pipeline_runs_the_step_after_the_recogniser(nlp):
    names = nlp.pipe_names
    assert names.index(STEP) == names.index("ner") + 1
    assert STEPS[0] is titled_names  # the first of the steps that mend entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recogniser keeps only "Lyle" after a title it does not know
        ("Chief Executive Anders Lyle said the airline would grow.", [("Anders Lyle", "PERSON")]),
        # ... and reads an organisation, a title and a name as one organisation
        (
            '"We are not in a hurry," Bank of Norrland Governor Pia Sand told a news conference.',
            [("Bank of Norrland", "ORG"), ("Pia Sand", "PERSON")],
        ),
        # ... or takes the first words of the title into the organisation
        (
            "Velmar Holdings Chief Financial Officer Rune Aske told analysts that margins would recover.",
            [("Velmar Holdings", "ORG"), ("Rune Aske", "PERSON")],
        ),
        # an organisation whose name holds a word of titles is no title ("State", "Planning")
        (
            "Ada Brun, head of forecasting at the State Planning Organisation, told reporters exports would rise.",
            [("Ada Brun", "PERSON"), ("the State Planning Organisation", "ORG")],
        ),
        # ... or takes the last word of a hyphenated title into the name
        (
            "Harrow Dock Workers Secretary-Treasurer Dale Korb said the deal was fair.",
            [("Harrow Dock Workers", "ORG"), ("Dale Korb", "PERSON")],
        ),
        # a dateline with a dash and no agency is no part of the name after it
        (
            "OSLO - Fjordvik Shipping Group said on Monday that its profits fell.",
            [("OSLO", "GPE"), ("Fjordvik Shipping Group", "ORG"), ("Monday", "DATE")],
        ),
    ],
)
def test_a_name_after_a_title_is_the_whole_name_and_its_organisation_apart(nlp, text, expected):
    assert [(e.text, e.label_) for e in nlp(text).ents] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Executive Anders Lyle said the airline would return to profit in 2026.", ("Anders Lyle", "other", "")),
        (
            "Kestrel Motors Chief Executive Anders Lyle said the plant would stay open.",
            ("Anders Lyle", "other", "Kestrel Motors"),
        ),
        (
            '"We are not in a hurry," Bank of Norrland Governor Pia Sand told a news conference.',
            ("Pia Sand", "official", "Bank of Norrland"),
        ),
        (
            "Velmar Holdings Chief Financial Officer Rune Aske told analysts that margins would recover in the second "
            "half.",
            ("Rune Aske", "other", "Velmar Holdings"),
        ),
        (
            "Harrow Dock Workers Secretary-Treasurer Dale Korb said the deal was fair.",
            ("Dale Korb", "other", "Harrow Dock Workers"),
        ),
        (
            "LONDON - Harrowgate Insurance Group said on Monday that its profits fell by a third as claims rose.",
            ("Harrowgate Insurance Group", "institution", ""),
        ),
        # a one-word company the recogniser tags as a person, before an executive's title
        ("Velmar Vice-President Dale Korb said the deal was fair.", ("Dale Korb", "other", "Velmar")),
        # ... but a person's surname before a title stays no organisation
        (
            "Ann Ross won the vote. Ross Spokesman Dale Korb said the deal was fair to voters.",
            ("Dale Korb", "official", ""),
        ),
    ],
)
def test_a_person_named_after_a_title_speaks_with_their_organisation(nlp, text, expected):
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occupation or a state of life written bare before a full name is no part of it
        ("Paramedic Dana Orlund says the crew waits.", ["Dana Orlund"]),
        ("Retiree Mavis Orlund said the rent had doubled.", ["Mavis Orlund"]),
        # ... nor is a party's word
        ("The candidates are Conservative Alan Pryce and Green Peter Halvorsen.", ["Alan Pryce", "Peter Halvorsen"]),
        # ... but a surname that is such a word, or a one-word name, stays whole
        ("Tobin Farmer said the rail link mattered more.", ["Tobin Farmer"]),
    ],
)
def test_a_bare_occupation_or_party_before_a_full_name_is_no_part_of_it(nlp, text, expected):
    assert [e.text for e in nlp(text).ents if e.label_ == "PERSON"] == expected


def test_a_surname_later_is_the_person_named_after_a_bare_occupation(nlp):
    text = (
        "Paramedic Ivo Brankell, who works out of the Dunmore station, says his crew waits for hours. "
        "\u201cWe are the ward now,\u201d Brankell says."
    )
    assert [r["speaker"] for r in quote_rows_of(nlp, text)] == ["Ivo Brankell", "Ivo Brankell"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the recogniser took the rank, the given name and the surname for one organisation
        (("Det. Manpreet Sidhu said the stolen car was found behind an arena in Dunmore.",), ["Manpreet Sidhu"]),
        # ... or the surname alone for one, the given name left untagged
        (
            (
                "Cst. Amrit Sandhu, one of the arresting officers, testified that the driver was calm.",
                "\u201cHe was joking with us in the car,\u201d Sandhu told the inquest.",
            ),
            ["Amrit Sandhu", "Amrit Sandhu"],
        ),
    ],
)
def test_an_abbreviated_police_rank_opens_a_persons_name_the_recogniser_took_for_a_body(nlp, paragraphs, expected):
    """ "Cst. Amrit Sandhu, one of the arresting officers, testified …": a rank such as "Cst.", "Det." or "Sgt." before
    a name, which only a person holds, was no title the step read before a given name, so the speaker came out as an
    organisation named "Cst. Amrit Sandhu" or "Det. Manpreet Sidhu"."""
    assert [r["speaker"] for r in quote_rows_of(nlp, *paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the recogniser took the county, the title and the name for one place
        (
            (
                "Harrow County Sheriff Wade Tolliver said at a news conference that the dead included a couple in "
                "their 80s. \u201cWe are still going house to house,\u201d Tolliver said.",
            ),
            ["Wade Tolliver", "Wade Tolliver"],
        ),
        # ... or the title and the name for one person
        (("Calloway County Coroner Jim Pruitt said the driver died at the scene.",), ["Jim Pruitt"]),
    ],
)
def test_a_county_sheriff_or_coroner_is_a_title_before_the_name(nlp, paragraphs, expected):
    """ "Harrow County Sheriff Wade Tolliver said …": the elected officers of an American county are written before
    the name as any title is, but "Sheriff" and "Coroner" were no titles that end one, so the speaker came out as a
    place named with the whole phrase, or as "Coroner Jim Pruitt", and the surname later found no full name."""
    assert [r["speaker"] for r in quote_rows_of(nlp, *paragraphs)] == expected


def test_a_given_name_left_out_after_a_president_s_title_is_the_speaker_s(nlp):
    """ "President Beatriz Lozano Ugarte": the recogniser may tag the two surnames alone and leave out a given name it
    does not know, right after the title; the speaker is the whole name."""
    paragraph = "President Beatriz Lozano Ugarte on Thursday said the fuel prices would rise."
    assert [r["speaker"] for r in quote_rows_of(nlp, paragraph)] == ["Beatriz Lozano Ugarte"]
