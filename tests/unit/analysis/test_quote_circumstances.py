"""Long-form and wire patterns (texts of our own): a description that says what a person of the story does, a
participle hung on a thing the speaker dismissed, a clause telling when a quotation was said, and a subject the
parser took for the cue's object."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_description_goes_to_the_person_whose_clause_says_what_it_describes(nlp):
    rows = said_by(
        nlp,
        "Nora Vance runs a bakery on Quay Street. Her partner, Tom Reyes, keeps the vans going. "
        f"{L}We sold out by nine,{R} says the cheerful baker.",
        f"The choir was founded by Esther Kowalczyk in 2009. {L}Perfect pitch is overrated,{R} says the founder.",
    )
    assert [speaker for speaker, _ in rows] == ["Nora Vance", "Esther Kowalczyk"]


def test_a_description_that_no_clause_ties_to_a_person_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        f"Nora Vance runs a bakery on Quay Street. {L}The queue reaches the corner now,{R} said the woman at the till.",
        "Mr. Haldane spoke on Sunday after the Liberal front-runner had said on Saturday that he was "
        f"{L}the best friend the banks ever had.{R}",
        f"Paul Ostrander leads in the Dover polls. {L}He is the worst thing that happened to this party,{R} said the "
        "Senate minority leader.",
    )
    assert [speaker for speaker, _ in rows] == ["", "", ""]


def test_a_participle_after_a_dismissed_notion_is_said_by_who_dismissed_it(nlp):
    rows = said_by(
        nlp,
        "Mike Dorrance took questions in Dover on Monday.",
        "Continuing to explain his view, Dorrance rejected the notion that the episode was over, saying that if he "
        f"{L}found something that was rotten, I would fix it.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Mike Dorrance"]


def test_a_cue_in_a_clause_telling_when_a_quotation_was_said_is_narration(nlp):
    rows = said_by(
        nlp,
        f"{L}Every mill in this valley stays open,{R} Mike Dorrance said at his rally in Dover, three hours after the "
        f"county clerks declared him the winner of the runoff. {L}This town has earned it.{R}",
    )
    assert rows == [("Mike Dorrance", f"{L}Every mill in this valley stays open,{R} {L}This town has earned it.{R}")]


def test_a_subject_taken_for_the_object_of_said_stays_in_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Dana Whitfield spoke first. She said his habit of citing his farm upbringing (though he does own two "
        "farms) does not persuade voters.",
    )
    assert rows == [
        (
            "Dana Whitfield",
            "his habit of citing his farm upbringing (though he does own two farms) does not persuade voters",
        )
    ]


def test_a_description_is_not_the_person_greeted_by_someone_so_described(nlp):
    rows = said_by(
        nlp,
        "Ada Brennan and her husband were greeted by an organizer at the field office.",
        f"{L}You are the best messengers we have,{R} the organizer told them.",
    )
    assert [speaker for speaker, _ in rows] == [""]


def test_a_cue_quoting_words_or_going_on_with_the_speaker_is_no_circumstance(nlp):
    rows = said_by(
        nlp,
        f"{L}It is misleading to call that a rescue,{R} Ann Ross tweeted after Tom Hale argued that {L}if everyone had "
        f"voted as he did, the mill would have closed.{R}",
        f"{L}I will have to get used to that over the next few months,{R} Hale added, while also saying that he "
        "expects to do well with older voters.",
    )
    assert [speaker for speaker, _ in rows] == ["Ann Ross", "Tom Hale", "Tom Hale", "Tom Hale"]


def test_a_note_in_capitals_at_the_end_of_an_article_is_no_speaker(nlp):
    rows = said_by(
        nlp,
        "Former party chairman Ed Fowler says the party needs a plan for the convention.",
        "CLARIFICATION: This story was updated to make clear that Fowler is calling for a vote on the convention plan.",
        "BYLINE: Reporting by Ann Holt in Dover and writing by Tom Reyes.",
    )
    assert [speaker for speaker, _ in rows] == ["Ed Fowler", "Ed Fowler"]  # the note says what Fowler calls for


def test_a_name_that_says_where_words_were_said_before_a_colon_is_not_who_said_them(nlp):
    rows = said_by(
        nlp,
        f"In the hours after the fire, a familiar voice celebrated the damage on Twitter: {L}The mill deserved it.{R}",
        f"Ann Holt answered on Twitter: {L}Nobody deserves to lose their job.{R}",
        f"The result surprised no one more than Tom Reyes: {L}I had written the speech for the other outcome.{R}",
    )
    assert "Twitter" not in [speaker for speaker, _ in rows]
    assert [speaker for speaker, _ in rows][-2:] == ["Ann Holt", "Tom Reyes"]


def test_a_description_goes_to_the_person_whose_relative_clause_says_what_it_describes(nlp):
    rows = said_by(
        nlp,
        "Marguerite Olsen crosses to the mainland every weekday. Her neighbour, Colin Ashby, drives her to the dock. "
        f"Ashby, who fished these waters until his knee gave out, is more hopeful. {L}The council always threatens "
        f"and then backs down,{R} points out the retired fisherman.",
    )
    assert [speaker for speaker, _ in rows] == ["Colin Ashby"]
