"""Speakers on the real pipeline: kinds from roles, genders for pronouns, descriptions and mislabelled names."""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.speakers import Cast
from tests.quoting import quote_rows_of, said_by


def cast_of(nlp, *paragraphs: str) -> tuple[Cast, list]:
    docs = list(nlp.pipe(paragraphs))
    return Cast(docs, entity_rows("test-article", docs)), docs


def subject(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_pronoun_follows_the_gender_an_honorific_gives(nlp):
    cast, docs = cast_of(
        nlp,
        "Ms. Anna Berg met Tomas Reyes in the capital on Monday.",
        "She said the meeting had gone well.",
    )
    speaker = cast.speaker(1, subject(docs[1], "She"))
    assert speaker is not None and speaker.name == "Anna Berg"


def test_pronoun_follows_the_gender_of_the_article_pronouns(nlp):
    cast, docs = cast_of(
        nlp,
        "Anna Berg opened her new office in the port on Monday.",
        "Tomas Reyes visited the port later that week.",
        "She said the office would hire twenty people.",
    )
    assert cast.profiles["Anna Berg"].gender == "f"
    assert cast.speaker(2, subject(docs[2], "She")).name == "Anna Berg"


def test_definite_description_names_the_person_with_that_role(nlp):
    cast, docs = cast_of(
        nlp,
        "Mayor Grace Olsen and Senator Paul Weber opened the bridge.",
        "The senator said the bridge had cost less than planned.",
    )
    speaker = cast.speaker(1, subject(docs[1], "senator"))
    assert (speaker.name, speaker.kind, speaker.role) == ("Paul Weber", "official", "Senator")


def test_a_name_the_recogniser_mislabels_is_still_a_person_when_described_as_one(nlp):
    cast, docs = cast_of(nlp, "Helen Park, a professor at Northfield University, argued that tariffs hurt exporters.")
    speaker = cast.speaker(0, subject(docs[0], "Park"))
    assert (speaker.name, speaker.kind, speaker.affiliation) == ("Helen Park", "analyst", "Northfield University")


def test_documents_are_no_speakers_but_groups_and_institutions_are(nlp):
    cast, docs = cast_of(
        nlp, "The report said that costs rose. Reports suggest that costs rose. The ministry said that costs rose."
    )
    said, suggest, ministry = (t for t in docs[0] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
    assert cast.speaker(0, said) is None
    assert (cast.speaker(0, suggest).name, cast.speaker(0, suggest).kind) == ("", "unnamed")
    assert (cast.speaker(0, ministry).name, cast.speaker(0, ministry).kind) == ("ministry", "institution")


def test_noun_phrase_drops_the_determiner_and_keeps_modifiers(nlp):
    doc = nlp("A senior defense ministry spokesman for the navy said nothing.")
    head = subject(doc, "spokesman")
    assert noun_phrase(head) == "senior defense ministry spokesman"
    assert noun_phrase(head, with_preposition=True) == "senior defense ministry spokesman for the navy"


def test_a_party_nickname_picks_the_nominee_of_that_party(nlp):
    rows = said_by(
        nlp,
        "Senator Ann Riley, the Democratic nominee, spoke first. Governor Bill Marsh, the Republican nominee, answered "
        "her. The GOP nominee said he would cut taxes.",
    )
    assert [speaker for speaker, _ in rows] == ["Bill Marsh"]


def test_a_description_with_another_party_s_nickname_is_not_the_nominee_named_before(nlp):
    rows = said_by(
        nlp,
        "Senator Ann Riley, the Democratic presidential nominee, spoke first. The GOP presidential candidate says he "
        "will cut taxes.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_a_name_the_tagger_took_for_a_common_noun_still_speaks(nlp):
    assert said_by(nlp, "In the film, Pennity argues that the senator was shaped by his mentors.") == [
        ("Pennity", "the senator was shaped by his mentors")
    ]


def test_the_agency_is_the_name_the_recogniser_missed_that_acted_before(nlp):
    rows = said_by(
        nlp, "Riverside Transit has cut two bus routes. The agency said the savings would pay for longer hours."
    )
    assert [speaker for speaker, _ in rows] == ["Riverside Transit"]


def test_a_company_spokesman_after_a_person_acted_has_no_company(nlp):
    rows = quote_rows_of(nlp, 'Tom Becker won the race. "We are delighted," a company spokesman said.')
    assert [(r["speaker"], r["affiliation"]) for r in rows] == [("", "")]


def test_a_rank_between_an_office_and_the_name_is_no_part_of_the_role(nlp):
    rows = quote_rows_of(nlp, "Police spokeswoman Lt. Carla Brandt said the road would reopen on Friday.")
    assert [(r["speaker"], r["role"], r["affiliation"]) for r in rows] == [("Carla Brandt", "spokeswoman", "Police")]


def test_the_senator_and_the_governor_are_the_people_their_abbreviated_titles_named(nlp):
    rows = said_by(
        nlp,
        "Sen. Ann Ross met voters in Dayton on Monday. The senator said the plant would stay open.",
        "Gov. Bill Marsh toured the flooded towns. The governor said aid would arrive within days.",
    )
    assert [speaker for speaker, _ in rows] == ["Ann Ross", "Bill Marsh"]


def test_a_senator_described_by_the_state_is_not_that_state_s_governor(nlp):
    rows = said_by(
        nlp, "Former Ohio Gov. Bill Marsh spoke first. Sen. Ann Ross answered. The Ohio senator said she would vote no."
    )
    assert [speaker for speaker, _ in rows] == [""]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        pytest.param(  # a name at the end of the description does not rename the one described
            (
                '"In some ways he is doing the right things: raising money, hiring staff," said Ivo Brandt, a '
                "Denver-based pollster who worked for Ostrova's rival in the 2014 race, then-state treasurer Paul "
                "Dorn.",
            ),
            ["Ivo Brandt"],
            id="named-speaker-not-renamed",
        ),
        pytest.param(
            (
                "“We have never seen the clinic this busy,” said Ada Korvin, a nurse from Leeds, who said she had "
                "worked three double shifts this week.",
            ),
            ["Ada Korvin", "Ada Korvin"],
            id="who-hung-on-a-place-is-the-person-described",
        ),
        pytest.param(
            ("Ivo Brandt met Lena Ostrova, a lawyer for the union, who said the strike would go on until spring.",),
            ["Lena Ostrova"],
            id="who-after-a-named-person",
        ),
        pytest.param(
            (
                "Or maybe Tom Hale, digital consultant Rick Varga says. “Several surveys suggest a second look is "
                "occurring.”",
            ),
            ["Rick Varga"],
            id="a-name-right-before-the-cue",
        ),
        pytest.param(
            (
                "Ann Ross, a senior aide said, “is quite sure of the gap” between her and Tom Hale.",
                "Ann Ross, a senior aide, said the campaign was very confident.",
            ),
            ["", "Ann Ross"],
            id="an-aside-cue-after-a-description",
        ),
        pytest.param(
            (
                "On Friday, Sen. Ann Ross (D-Ore.), a supporter of the governor's bid for the presidency told host Tom "
                "Hale she believed the governor would release the transcripts.",
            ),
            ["Ann Ross"],
            id="a-description-with-no-comma-before-the-cue",
        ),
    ],
)
def test_who_speaks_when_names_and_descriptions_meet_at_the_cue(nlp, paragraphs, speakers):
    assert [speaker for speaker, _ in said_by(nlp, *paragraphs)] == speakers


def test_a_role_of_someone_keeps_no_clause_about_that_someone(nlp):
    rows = quote_rows_of(
        nlp,
        "“Tom put his brother down quite a bit,” said Ada Korvin, then the girlfriend of Tom's best friend, who was at "
        "the dinner and recalled his temper.",
    )
    assert [(r["speaker"], r["role"]) for r in rows] == [("Ada Korvin", "then the girlfriend of Tom's best friend")]
