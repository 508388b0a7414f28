"""Speaker profiles in shapes a tenth round of blind probes (business and politics wire: a central bank decision, a
carmaker's results call, a merger blocked by a competition regulator, a logistics strike, a budget vote, a court ruling
on a drug maker, a credit-rating cut, an oil producers' meeting, a start-up funding round, a trade dispute) found
wrong, and the whole batch of fictional stories the round was run on, its wrong count kept in sight."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dashboard.analysis.quotes.split_names import name_children
from tests.quoting import profiles_of as profiles
from tests.quoting import wrong_in_stories
from tests.unit.analysis.profile_probes_tenth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 14 blind, before the round's fixes;
#: 11 once "National Bank of <country>" is a central bank, whose governor and deputy governor govern it however many
#: paragraphs after it was named; 10 once one word owning a role, tagged a person's, is the organisation the article
#: names in full with it first ("Kingsbridge's lead analyst" after "Kingsbridge Ratings"); 8 once the organisation
#: before a title the parser split at its hyphen ("Lumora co-founder and chief executive X") is the affiliation (two
#: quotes); 7 once "who sits on the Senate finance committee" ties the senator to it; 6 once a trader of a market ("a
#: crude trader") is an expert; 5 once the description after "Park Min-ho", hung on the syllable after the hyphen, is
#: the name's; 3 once "Ashgrove said" after "suppliers, Ashgrove and Trent Supply", which the recogniser tags one
#: name, is Ashgrove speaking, not the joined name (missed and extra). Left: "The company said" four paragraphs after
#: the company was named (missed and extra; speaker resolution, not profiles); "X, who chaired the inquiry," with no
#: body named (other, gold official).
_WRONG_AT_MOST = 3


def test_the_batch_of_the_tenth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= _WRONG_AT_MOST, wrong


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Edgecombe Ratings lowered Chile's credit rating by one notch on Friday.",
                "Mark Olsen, Edgecombe's lead analyst for Chile, said the outlook was stable.",
            ),
            ("Mark Olsen", "analyst", "Edgecombe Ratings"),
        ),
        (  # tagged a person twice, the full name never tagged
            (
                "Kingsford Ratings cut Hungary's rating to junk on Monday.",
                "The agency said the budget plans lacked detail.",
                "Rita Vass, Kingsford's lead analyst for Hungary, said the debt would keep rising.",
            ),
            ("Rita Vass", "analyst", "Kingsford Ratings"),
        ),
    ],
)
def test_one_word_owning_a_role_that_starts_an_organisation_s_name_is_that_organisation(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


def test_a_person_whose_surname_it_is_keeps_the_possessive(nlp):
    paragraphs = (
        "Ann Ostberg, the chief executive of Halden Bank, said the bank would cut 300 jobs.",
        "Ostberg Ratings said the cuts were credit positive.",
        "Ostberg's spokesman, Karl Frey, said the chief executive would not resign.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] != "Ostberg Ratings"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Tamsin, a London start-up that makes payroll software, said it had raised 15 million pounds.",
                "Tamsin co-founder and chief executive Rory Blake said the money would pay for hiring.",
            ),
            ("Rory Blake", "other", "Tamsin"),
        ),
        (
            (
                "Fjellnet, an Oslo start-up that sells solar panels, said it had raised 10 million euros.",
                "Fjellnet co-founder Siri Holm said the money would fund a factory.",
            ),
            ("Siri Holm", "other", "Fjellnet"),
        ),
    ],
)
def test_an_organisation_before_a_title_the_parser_split_at_its_hyphen_is_the_affiliation(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The National Bank of Romania kept its main rate at 6.5 per cent on Tuesday.",
                "Governor Ion Dragan said inflation would fall below 5 per cent by the end of the year.",
            ),
            ("Ion Dragan", "official", "National Bank of Romania"),
        ),
        (  # named four paragraphs before
            (
                "The National Bank of Serbia raised its rate by half a point on Thursday.",
                "The dinar rose against the euro.",
                "Bond yields fell across the region.",
                "Exporters complained about the stronger currency.",
                "Deputy governor Mila Petrovic said the bank would keep buying euros to steady the dinar.",
            ),
            ("Mila Petrovic", "official", "National Bank of Serbia"),
        ),
    ],
)
def test_a_national_bank_of_a_country_is_its_central_bank_whose_governors_are_officials(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected


def test_a_national_bank_that_lends_stays_a_lender(nlp):
    paragraph = "Luc Tremblay, chief economist at National Bank of Canada, said the housing market would cool."
    assert profiles(nlp, paragraph) == [("Luc Tremblay", "analyst", "National Bank of Canada")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Senator Ruth Kane, who sits on the Senate Banking Committee, said the bill would not pass this year.",
            ("Ruth Kane", "official", "Senate Banking Committee"),
        ),
        (
            "Olaf Brun, who sits on the board of Fjord Shipping, said the company would not sell its tankers.",
            ("Olaf Brun", "other", "Fjord Shipping"),
        ),
    ],
)
def test_who_sits_on_a_body_ties_the_person_to_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ben Hart, a crude trader at Calder Energy in Singapore, said the cuts had been priced in.",
            ("Ben Hart", "analyst", "Calder Energy"),
        ),
        (
            "Mia Scholz, a currency trader in Frankfurt, said the euro could fall further.",
            ("Mia Scholz", "analyst", ""),
        ),
        (  # a trader of the market square is one of the public
            "Amina Yusuf, a market trader in Kano, said the price of rice had doubled.",
            ("Amina Yusuf", "other", ""),
        ),
    ],
)
def test_a_trader_of_a_market_comments_on_it_as_an_expert(nlp, paragraph, expected):
    checked = bool(expected[2])  # a city is no employer, whether given or not
    assert [(s, k, a if checked else "") for s, k, a in profiles(nlp, paragraph)] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Park Min-ho, president of the Korean Federation of Dock Workers, said the strike would go on.",
            ("Park Min-ho", "other", "Korean Federation of Dock Workers"),
        ),
        (  # one the parser keeps whole
            "Kim Ji-won, an economist at Hanbit Securities, said exports would slow.",
            ("Kim Ji-won", "analyst", "Hanbit Securities"),
        ),
    ],
)
def test_a_description_after_a_hyphenated_given_name_the_parser_split_still_describes_it(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]


def test_sitting_for_an_interview_on_a_show_is_no_seat(nlp):
    paragraph = (
        "Governor Dale Ames, who sat for an interview on the talk show Crossfire, said he would not raise taxes."
    )
    assert profiles(nlp, paragraph)[0][2] != "Crossfire"


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parse set by hand, as the parser gives it to a sentence of a real shape."""
    spaces = [i + 1 < len(words) and "-" not in (w, words[i + 1]) for i, w in enumerate(words)]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_the_description_on_the_syllable_after_a_hyphen_of_a_name_is_the_name_s(nlp):
    words = ["Park", "Min", "-", "ho", ",", "president", "of", "Y", ",", "said", "it"]
    doc = _parsed(
        nlp,
        words,
        [1, 9, 1, 2, 5, 3, 5, 6, 9, 9, 9],
        ["compound", "nsubj", "punct", "dep", "punct", "appos", "prep", "pobj", "punct", "ROOT", "dobj"],
    )
    name = doc[0:4]
    assert doc[5] in name_children(name.root, name)


def test_a_clause_on_a_capitalised_word_after_a_hyphen_describes_no_name(nlp):
    words = ["than", "pro", "-", "Hale", ",", "which", "is", "a", "problem"]
    doc = _parsed(
        nlp,
        words,
        [0, 2, 0, 0, 6, 6, 3, 8, 6],
        ["ROOT", "amod", "pobj", "pobj", "punct", "nsubj", "relcl", "det", "attr"],
    )
    name = doc[1:4]
    assert doc[6] not in name_children(name.root, name)


def test_a_word_the_parser_took_for_an_adjective_before_a_role_is_the_organisation_named_by_it(nlp):
    paragraphs = (
        "Ratings agency Crestmoor said it had cut Italy's outlook to negative.",
        "Crestmoor analyst Dario Ferri said debt would keep rising.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Dario Ferri", "analyst", "Crestmoor")


def test_a_body_s_noun_capitalised_to_open_a_sentence_means_the_body_spoken_of(nlp):
    paragraphs = (
        "The Teamsters union said its members had voted to strike.",
        "Union president Sean Doyle told a rally that the company must pay more.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Sean Doyle", "other", "Teamsters")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Brazil's central bank raised its benchmark rate to 11.75 per cent.",
                "Monetary policy director Ana Paula Reis said inflation expectations had worsened.",
            ),
            ("Ana Paula Reis", "official", "Brazil's central bank"),
        ),
        (  # an expert on it stays one
            ("Tom Reid, a monetary economist at Harlow University, said the cut came late.",),
            ("Tom Reid", "analyst", "Harlow University"),
        ),
    ],
)
def test_a_director_of_monetary_policy_is_a_central_banker(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs)[-1] == expected
