"""Speaker profiles in shapes a twenty-fourth round of blind probes (world news wire stories on conflict and
humanitarian crises: a ceasefire watched by a regional bloc, food cuts in refugee camps, a hostage release brokered by
a Gulf state, a peacekeeping mission's drawdown, a cross-border shelling) found wrong, and the whole batch of fictional
stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_twentyfourth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 23 of 44 blind, 21 once two gold entries
#: were set right (see the batch's module). 19 once initials set off after a body's description are its name though the
#: recogniser took them for a place ("The U.N. mission in Afghanistan, UNAMA, said"); the state minister for a portfolio
#: before a name is the name ("State Minister for Trade X said") where the recogniser tags the name a person's or leaves
#: it untagged, not where it tags it an organisation's ("State Minister for Interior X"). 12 once a body's plain noun
#: after "the" is the body the last phrase with that noun named ("the regional bloc IGAD …, the bloc said"; "the
#: mission's head" after "The U.N. mission in Congo, MONUSCO,"; "The agency's country director" after "The World Food
#: Programme will cut rations, the U.N. agency said"; test_profiles_noun_named_bodies.py). 10 once a rank in the title
#: before an officer's name makes "the Ethiopian officer who leads the monitoring team" an official, no rebel's or
#: retired one's. 9 once the workplace a role names after "at" comes before a word of the role that opens another body's
#: name ("a Sahel researcher at the Dakar-based Institute for Security Studies", after "Sahel Health Alliance"). 8 once
#: a portfolio and a name after "Minister for" are the name also where the recogniser tags them one organisation or two
#: ("State Minister for Interior Asad Mahmood Khokhar"). Left: a media wing named in apposition after "the military's"
#: ("…, Inter-Services Public Relations, said"), a surname "Both" cut off a name, and a ministry named with its state's
#: possessive ("Qatar's Ministry of Foreign Affairs said") missed, and that state minister tied to no state, though the
#: story is filed from Islamabad and names Pakistan's district and forces before him. Tried and dropped: an
#: organisation's name set off after a body's description before a cue with no subject ("…, the military's media wing,
#: X, said"): the body spoke, but with the words after the cue, and the minister after it lost his state; and the
#: state of the capital the story is filed from when the lede names it among others (the state minister's Pakistan),
#: as test_home_countries keeps two states of a lede competing ("NAIROBI … Kenya and Tanzania agreed": no state).
#: Then 4: a name of capitalised words set off before a person's post ("X Both, a commander of …") is one person,
#: whatever the recogniser tagged its words (described_name_runs).
_WRONG_AT_MOST = 4


def test_the_batch_of_the_twentyfourth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


def test_a_state_minister_for_a_portfolio_before_a_name_is_the_name(nlp):
    paragraphs = (
        "KAMPALA (Reuters) - Uganda signed a regional trade pact on Monday.",
        "State Minister for Trade Harriet Nakato said the pact would open markets.",
    )
    assert profiles(nlp, *paragraphs) == [("Harriet Nakato", "official", "Uganda")]


def test_a_minister_for_two_portfolio_words_before_a_name_is_the_name(nlp):
    paragraph = "Minister for Foreign Affairs Joel Okumu told reporters that the talks would go on."
    assert profiles(nlp, paragraph) == [("Joel Okumu", "official", "")]


def test_a_portfolio_after_a_title_s_of_is_no_organisation_run_into_the_name(nlp):
    paragraph = "Minister of Trade Harriet Nakato said the pact would open markets."
    assert profiles(nlp, paragraph) == [("Harriet Nakato", "official", "")]


def test_initials_set_off_after_a_body_are_its_name_though_taken_for_a_place(nlp):
    paragraph = "The U.N. mission in Haiti, UNAMA, said that it was alarmed by reports of civilian casualties."
    assert profiles(nlp, paragraph) == [("UNAMA", "institution", "")]  # "UNAMA" tagged a place


def test_an_officer_of_rank_who_leads_a_team_serves_as_an_official(nlp):
    paragraph = (
        "Colonel Kwame Mensah, the Ghanaian officer who leads the observer team, told reporters that both armies had "
        "pulled back from the border."
    )
    [(speaker, kind, _)] = profiles(nlp, paragraph)
    assert (speaker, kind) == ("Kwame Mensah", "official")


def test_a_researcher_at_a_named_institute_works_there_though_a_word_before_the_role_opens_another_body(nlp):
    paragraphs = (
        "The charity that ran the clinic, Sahel Medical Aid, said in a statement that its nurses were safe.",
        "Moussa Traore, a Sahel researcher at the Dakar-based Centre for Strategic Studies, said talks with the "
        "gunmen had taken months.",
    )
    speaker, _, affiliation = profiles(nlp, *paragraphs)[-1]
    assert (speaker, affiliation) == ("Moussa Traore", "Centre for Strategic Studies")  # not "Sahel Medical Aid"


def test_a_minister_for_a_portfolio_before_a_name_tagged_an_organisation_is_the_name(nlp):
    paragraphs = (
        "ISLAMABAD (Reuters) - Pakistan closed two border crossings on Tuesday.",
        "State Minister for Interior Asad Mahmood Khokhar told parliament that the crossings would stay shut.",
    )
    assert profiles(nlp, *paragraphs) == [("Asad Mahmood Khokhar", "official", "Pakistan")]


def test_a_given_name_between_a_portfolio_and_the_tagged_rest_of_the_name_is_the_name_s(nlp):
    paragraphs = (
        "ISLAMABAD (Reuters) - Pakistan closed two border crossings on Tuesday.",
        "State Minister for Interior Imran Saleem Chaudhry told parliament that the crossings would stay shut.",
    )
    assert profiles(nlp, *paragraphs) == [("Imran Saleem Chaudhry", "official", "Pakistan")]  # "Imran" untagged
