"""The whole batch of fictional stories of a twenty-ninth round of blind profile probes (business and politics stories
from South and Southeast Asia and Latin America, wire and long-form: a Chilean copper strike, an Indian state election,
a Philippine central bank cut, a Brazilian ruling on a burst mining dam, a Vietnamese protest at sea, a Bangladeshi
garment wage), its wrong count kept in sight."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles
from tests.quoting import said_by, wrong_in_stories
from tests.unit.analysis.profile_probes_twentyninth import STORIES

#: Wrong quotes of the batch (missed, misprofiled or found where none is gold): 16 of 42 blind; 15 with Vietnam's own
#: demand in the lede, which the blind gold left out, added. 13 once a company named again without the Portuguese or
#: Spanish trade its name ends with is the one named with it ("Serra Dourada said" after Serra Dourada Mineracao).
#: 12 once a name right after a noun only an organisation can be is the organisation's ("a director at consultancy
#: Tideway Advisory in Singapore": the recogniser took the name for a person's, the place became the affiliation).
#: 10 once a body set beside a spokeswoman after the company she speaks for describes that company ("A spokeswoman
#: for Nordvik, the Swedish fashion retailer that …, said": a miss and an extra).
#: 9 once an official of a body named before, described by a clause set off by commas, is of that body ("A senior
#: official of the commission, who asked not to be named, said").
#: 8 once a deputy governor serves the central bank the story named after describing it ("The Philippine central
#: bank cut …", then "Bangko Sentral ng Pilipinas Governor X", then "Deputy Governor Y": was of the Philippines).
#: 7 once a verb of work in the present joined to a "who" clause ties the person to the body ("Marta Ribeiro, who
#: lost her house in the disaster and now leads the Rio Claro Victims' Association, said").
#: Still 7 once a "that" clause after a gerund of when it was said is what was said ("said on Sunday, after summoning
#: the Chinese ambassador, that Hanoi would …": found now, but of China's foreign ministry, which spoke just before).
#: 6 once a name that a Spanish or Portuguese trade opens is a company's, though set beside "its owner," ("Minera Andina
#: Norte said in a statement that its offer …" was a person, `other`).
#: 4 once a title of office, an untagged given name and two surnames taken for a body are one person ("Judge Beatriz
#: Almeida Costa said": was "Almeida Costa", a miss and an extra).
#: 2 once the state's chief minister serves the one state the story names ("the southern Indian state of
#: Karnataka": the country's adjective before "state" counted as a second state).
#: 1 once a party's head word in another language ends its name, whatever the recogniser took it for ("Lok Samata
#: Dal spokesperson Kavitha Rao": the party was tagged a person's name, the spokesperson an official of none).
#: 0 once a title of no state takes the dateline's state when the last body of its kind that spoke is another
#: state's ("HANOI …", "China's foreign ministry said …", then "Deputy Foreign Minister X": was of China's ministry).
WRONG_TODAY = 0


def test_the_batch_of_the_twentyninth_round_stays_within_its_wrong_count(nlp):
    wrong = wrong_in_stories(nlp, STORIES)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_company_named_again_without_the_portuguese_trade_its_name_ends_with_is_the_one_named_before(nlp):
    mine = (
        "A federal court in Brazil on Monday ordered mining company Vale Serrano Mineração to pay 2 billion reais in "
        "damages to families displaced by a dam collapse.",
        "Vale Serrano said in a statement that it would appeal against the ruling.",
    )
    mill = ("Brazilian steelmaker Rio Forte Siderúrgica posted a loss on Monday.", "Rio Forte said it would cut jobs.")
    assert profiles(nlp, *mine) == [("Vale Serrano Mineração", "institution", "")]  # was "Vale Serrano"
    assert profiles(nlp, *mill) == [("Rio Forte Siderúrgica", "institution", "")]  # was "Rio Forte"


def test_a_name_after_a_noun_only_an_organisation_can_be_is_the_organisation_s(nlp):
    paragraphs = ("Lina Sabri, a director at consultancy Harrow Lane in Singapore, said buyers would stay.",)
    (speaker, _, affiliation), *_ = profiles(nlp, *paragraphs)
    assert (speaker, affiliation) == ("Lina Sabri", "Harrow Lane")  # was of Singapore


def test_a_body_set_beside_a_spokeswoman_describes_the_company_she_speaks_for(nlp):
    paragraphs = (
        "A spokeswoman for Marlow, the Danish furniture retailer that buys from 80 mills in the country, said the "
        "company would pay more.",
    )
    assert profiles(nlp, *paragraphs) == [("", "unnamed", "Marlow")]  # was the retailer speaking as itself


def test_a_manager_of_a_company_named_before_who_asked_not_to_be_named_is_the_company_s(nlp):
    paragraphs = (
        "Halden Freight said it would close a depot in the north.",
        "A manager at the company, who asked not to be named, said forty drivers would lose their jobs.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("", "unnamed", "Halden Freight")  # was of no company


def test_a_deputy_governor_serves_the_central_bank_named_after_its_description(nlp):
    paragraphs = (
        "MANILA (Reuters) - The Philippine central bank held its main rate on Thursday.",
        "Bangko Sentral ng Pilipinas Governor Ramon Dela Paz said inflation was within the target.",
        "Deputy Governor Celia Mendoza said the bank would watch rice prices closely.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Celia Mendoza", "official", "Bangko Sentral ng Pilipinas")  # was
    # the Philippines


def test_a_verb_of_work_joined_to_a_who_clause_ties_the_person_to_the_body(nlp):
    paragraphs = (
        "Rosa Lima, who lost her shop in the flood and now leads the Vila Nova Market Association, said the aid "
        "came too late.",
    )
    (speaker, _, affiliation), *_ = profiles(nlp, *paragraphs)
    assert (speaker, affiliation) == ("Rosa Lima", "Vila Nova Market Association")  # was of no body


def test_a_that_clause_after_a_gerund_of_when_it_was_said_is_what_was_said(nlp):
    paragraphs = (
        "Interior Minister Anna Berg said on Friday, after visiting the flooded towns, that the army would stay as "
        "long as needed.",
    )
    assert said_by(nlp, *paragraphs) == [("Anna Berg", "the army would stay as long as needed")]  # was missed


def test_a_name_a_spanish_trade_opens_is_a_company_s(nlp):
    paragraphs = (
        "Workers at the Loma Roja mine walked out after talks with its owner, Minera Cerro Blanco, broke down.",
        "Minera Cerro Blanco said in a statement that its offer was fair.",
    )
    assert profiles(nlp, *paragraphs) == [("Minera Cerro Blanco", "institution", "")]  # was a person, `other`


def test_a_judge_s_given_name_and_two_surnames_are_one_name(nlp):
    paragraphs = ("Judge Beatriz Moura Costa said in her ruling that the mine had ignored the warnings.",)
    assert said_by(nlp, *paragraphs) == [("Beatriz Moura Costa", "the mine had ignored the warnings")]  # was
    # "Moura Costa", the judge's given name read into her title


def test_the_state_s_chief_minister_serves_the_one_state_the_story_names(nlp):
    paragraphs = (
        "Campaigning in the southern Indian state of Kerala turned bitter this week.",
        "Speaking at a rally on Sunday, the state's chief minister, Vijay Nair, said his government had built more "
        "roads.",
    )
    assert profiles(nlp, *paragraphs) == [("Vijay Nair", "official", "Kerala")]  # was of no state


def test_a_party_named_in_another_language_before_a_title_is_the_speaker_s_party(nlp):
    paragraphs = ("Praja Sewa Dal spokesman Vikram Joshi said the alliance would hold.",)
    assert profiles(nlp, *paragraphs) == [("Vikram Joshi", "other", "Praja Sewa Dal")]  # was an official of no party


def test_a_minister_of_no_state_after_another_state_s_ministry_spoke_is_the_dateline_s(nlp):
    paragraphs = (
        "MANILA, May 2 (Reuters) - The Philippines on Friday protested against Chinese coast guard ships near a reef.",
        "China's foreign ministry said in a statement that its ships were patrolling Chinese waters.",
        "Deputy Foreign Minister Ramon Cruz said Manila would file a diplomatic protest.",
    )
    assert profiles(nlp, *paragraphs)[-1] == ("Ramon Cruz", "official", "Philippines")  # was of China's ministry
