"""A relative "who" or a plural "they" as the subject of a cue, when the cast knows no speaker for it: "who" speaks for
the one its clause describes, "they" for the latest group named as a subject (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_who_speaks_for_the_one_its_clause_describes(nlp):
    assert said_by(
        nlp, "The last question came from a young girl, who said she and her father drove to the rally from Kelby."
    ) == [("", "she and her father drove to the rally from Kelby")]


def test_who_after_a_description_speaks_for_the_one_described(nlp):
    assert said_by(
        nlp,
        "\u201cIt was not a convincing speech,\u201d said one councillor familiar with the meeting, who added that the"
        " mayor seemed rattled by the protests.",
    ) == [("", "\u201cIt was not a convincing speech,\u201d"), ("", "the mayor seemed rattled by the protests")]


def test_who_after_what_someone_is_says_what_they_are_like(nlp):
    assert (
        said_by(
            nlp,
            "Tom Brandt is a serial liar, rampant bully and braggart who has repeatedly pledged to close the harbour"
            " to all foreign boats.",
        )
        == []
    )
    assert (
        said_by(
            nlp,
            "Tom Brandt regularly stokes anger at rallies and is a serial liar, rampant bully, braggart, cheat and"
            " coward who has repeatedly pledged to close the harbour to all foreign boats.",
        )
        == []
    )


def test_they_speak_for_the_group_named_as_a_subject_before(nlp):
    assert said_by(
        nlp, "Senate Republicans blocked the harbour bill on Monday because they said the fees were far too high."
    ) == [("Republicans", "the fees were far too high")]
    assert said_by(
        nlp,
        "The Dunmore Fishermen's Association opposed the ferry tax. They argue that the boats cannot carry the cost.",
    ) == [("Dunmore Fishermen's Association", "the boats cannot carry the cost")]


def test_they_after_one_person_or_an_unnamed_group_stays_unsaid(nlp):
    assert (
        said_by(nlp, "Mayor Tom Brandt opposed the ferry tax. They argue that the boats cannot carry the cost.") == []
    )
    unnamed = "Members of both harbour unions criticised the decision. They said the vote was rushed and fares rose."
    assert said_by(nlp, unnamed) == []


def test_others_speak_unnamed(nlp):
    assert said_by(nlp, "Some call the regatta a fair. Others call it the harbour prom.") == [
        ("", "the regatta a fair"),
        ("", "it the harbour prom"),
    ]


def test_she_after_a_kin_named_in_apposition_to_the_subject_is_that_kin(nlp):
    assert said_by(
        nlp,
        "For patients, the appeal is plain. Greta Halvorsen, 41, had been without a doctor since hers retired in 2020."
        " \u201cI was home within the hour,\u201d Halvorsen said. Her mother, Ingrid Halvorsen, who lives in Dalby,"
        " has had the same luck. \u201cI do not need a doctor for every refill,\u201d she says.",
    ) == [
        ("Greta Halvorsen", "\u201cI was home within the hour,\u201d"),
        ("Ingrid Halvorsen", "\u201cI do not need a doctor for every refill,\u201d"),
    ]


def test_he_after_a_partner_named_in_apposition_is_the_partner_though_the_name_went_unrecognised(nlp):
    assert said_by(
        nlp,
        "\u201cPeople told me I was mad,\u201d says Wanda Kosinski, who had spent years as a cook in Dalby hotels."
        " Her partner, Emeka Ude, handles the books and the coffee. \u201cShe makes the soup, I make the sums,\u201d"
        " he says with a laugh.",
    ) == [
        ("Wanda Kosinski", "\u201cPeople told me I was mad,\u201d"),
        ("Emeka Ude", "\u201cShe makes the soup, I make the sums,\u201d"),
    ]


def test_a_kin_of_the_other_gender_is_no_antecedent(nlp):
    assert said_by(
        nlp,
        "Greta Halvorsen had been without a doctor since hers retired. Her father, Ivar Halvorsen, lives in Dalby."
        " \u201cI do not need a doctor for every refill,\u201d she says.",
    ) == [("Greta Halvorsen", "\u201cI do not need a doctor for every refill,\u201d")]
