"""The whole batch of fictional stories of a twenty-eighth round of blind profile probes (business and politics wire
stories from Africa, the Middle East and Central Europe: a Kenyan central bank decision, a Jordanian potash deal, a
Czech court ruling on a bank levy, a Nigerian oil regulator's fine), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import said_by, wrong_in_stories
from tests.unit.analysis.profile_probes_twentyeighth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 7 of 22 blind; 6 with the court's own
#: word in the lede, which the blind gold left out, added. 4 once a company of a name of two words or more named again
#: without the trade its name ends with is the one named with it ("Delta Crest said" after Delta Crest Petroleum).
#: 2 once a clause told to a gathering without "that" is what was told ("Governor X told a news conference the bank
#: had acted because …") and a judge is of the court that acted before ("Judge X, who wrote the ruling, said"). 1 once
#: a capital's dateline gives its state to a minister when the lede names that state and others only by adjectives
#: ("AMMAN … Jordan's … to an Indian fertiliser group": Jordan's, test_home_countries.py). Left: "A company
#: spokeswoman, X," three paragraphs after the company was named (once tied to the think tank named just before, now
#: `other` of no body).
WRONG_TODAY = 1


def test_the_batch_of_the_twentyeighth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_company_spokeswoman_is_the_company_s_not_the_think_tank_s_named_last(nlp):
    paragraphs = (
        "Halden Minerals Co signed a deal on Tuesday to sell potash to a fertiliser group.",
        "Rami Nasser, a senior fellow at the Levant Institute in Amman, said the price looked low.",
        "A company spokeswoman, Dana Saleh, said the price was fair.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Dana Saleh", "other", "Halden Minerals Co")  # was the institute's


def test_a_company_named_again_without_the_trade_its_name_ends_with_is_the_one_named_before(nlp):
    paragraphs = (
        "Northgate Energy Holdings was fined on Monday for a fuel spill in the harbour.",
        "Northgate Energy said in a statement that it would appeal against the fine.",
    )
    assert profiles(nlp, *paragraphs) == [("Northgate Energy Holdings", "institution", "")]  # was "Northgate Energy"


def test_a_clause_told_to_a_gathering_without_that_is_what_was_told(nlp):
    paragraphs = (
        "The Bank of Estmark raised its main interest rate by half a point on Thursday.",
        "Governor Anna Reel told a news conference the bank had moved because the krona had slipped.",
        "Mayor Olav Brekke told a council meeting the ferry would run twice a day from June.",
    )
    assert said_by(nlp, *paragraphs) == [  # the first was missed (the second has a modal)
        ("Anna Reel", "the bank had moved because the krona had slipped"),
        ("Olav Brekke", "the ferry would run twice a day from June"),
    ]


def test_a_clause_of_the_gathering_a_speaker_chaired_is_not_what_was_told(nlp):
    paragraphs = ("Mayor Olav Brekke told the meeting he chaired that the ferry would run twice a day from June.",)
    assert said_by(nlp, *paragraphs) == [("Olav Brekke", "the ferry would run twice a day from June")]


def test_a_judge_is_of_the_court_that_ruled_before(nlp):
    paragraphs = (
        "The Supreme Court of Valdoria on Monday struck down a tax on pensions.",
        "Judge Ivo Marek, who wrote the ruling, said the state could not tax the same income twice.",
    )
    assert profiles(nlp, *paragraphs) == [("Ivo Marek", "official", "Supreme Court of Valdoria")]  # was of no court
