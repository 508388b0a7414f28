"""Quotes of a twenty-first batch of blind probes (longform_probes_twentyfirst.py, Canadian local and national news,
three stories delivered as one to three long blocks): the whole batch against its gold, whose count of wrong quotes
may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentyfirst import (
    BUDGET,
    COUNCIL,
    EMERGENCY,
    FISHERY,
    RENT,
    SCHOOL,
    WATER,
    WILDFIRE,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source (officials, residents, parents,
#: fishermen, landlords, an unnamed spokesperson). An institution that speaks is named as the article names it. A
#: quotation that goes on after its cue without a new one is one quote (its first part is the anchor); "X says" in the
#: present tense is a cue like "said", and a description ("the retired engineer", "the 44-year-old") or a pronoun is
#: the person it stands for. What someone "called" in passing, "urged" with no clause, "says" inside a relative clause
#: and speech inside another's ("a nurse told her …") are borderline (optional); "declined to say" and "did not say"
#: speak no quote, and a report or a forecast is no speaker.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "council": [
        ("Priya Malhotra", "This was never about paint on the road", False),
        ("Doug Henneberry", "business owners were never properly consulted", False),
        ("Doug Henneberry", "I have merchants who tell me", False),
        ("Lorraine Cutler", "she had gone back and forth", False),
        ("Lorraine Cutler", "I listened to everyone", False),
        ("Doug Henneberry", "fewer cyclists were using the street", False),
        ("Marguerite Boisvert", "she was exhausted", False),
        ("Marguerite Boisvert", "They keep telling us it will get better", False),
        ("Tomasz Wilk", "the vote matters beyond one street", False),
        ("Tomasz Wilk", "If we tear these out", False),
        ("Doug Henneberry", "he would bring a motion", False),
        ("Priya Malhotra", "a non-starter", True),
        ("Priya Malhotra", "Mercer is too narrow", False),
        ("Riverton Downtown Business Association|The Riverton Downtown Business Association", "it was", False),
        ("Sandra Okafor", "the group would also push for loading zones", False),
        ("Sandra Okafor", "We’re not against bikes", False),
        ("Helen Achebe", "Riverton’s debate mirrors fights", False),
        ("Helen Achebe", "the worries about lost business rarely hold up", False),
        ("Helen Achebe", "Councils tend to underestimate", False),
    ],
    "emergency": [
        ("Nova Scotia Health|health authority|", "The department sees roughly 60 patients", True),
        ("Nova Scotia Health", "the closure was caused by", False),
        ("Janice MacIsaac", "I kept thinking", False),
        ("Farid Nazari", "People are scared", False),
        ("Farid Nazari", "the department has been running with half", False),
        ("Farid Nazari", "he has watched colleagues leave", False),
        ("Farid Nazari", "We train them, we mentor them", False),
        ("Janet Hurley", "the closures were", False),
        ("Janet Hurley", "nurses at Westfield have been working mandatory overtime", False),
        ("Janet Hurley", "You can only ask people", False),
        ("Carla Drummond", "the province has hired 140 new nurses", False),
        ("Carla Drummond", "not acceptable", False),
        ("Carla Drummond", "the situation in Marlow would improve", False),
        ("Derek Fougere", "The minister has been promising spring", False),
        ("auditor general|", "rural emergency departments were closing more often", True),
        ("union|", "ambulances are now spending hours", True),
        ("Ruth Coady", "residents were starting to wonder", False),
        ("Ruth Coady", "When an ER closes", False),
        ("Ruth Coady", "the town would hold a public meeting", False),
        ("Brendan Lahey", "the Westfield department was expected to reopen", False),
        ("Brendan Lahey", "patients who are unsure where to go", False),
    ],
    "water": [
        ("Marion Keeshig", "she never forgets", True),
        ("Marion Keeshig", "My grandchildren have never once drunk", False),
        ("Indigenous Services Canada", "advisory would stay in place", False),
        ("department|Indigenous Services Canada", "it had committed $4.2 million", False),
        ("Marion Keeshig", "a bandage on a bandage", True),
        ("Marion Keeshig", "the plant was designed for a population of 400", False),
        ("Marion Keeshig", "should have gone to housing", True),
        ("Wesley Moonias", "the band warned Ottawa", False),
        ("Wesley Moonias", "the band would also ask the province", False),
        ("Wesley Moonias", "We told them", False),
        ("Gary Sutherland", "he spends much of his shift", False),
        ("Gary Sutherland", "I can keep it limping along", False),
        ("federal government|government", "it has lifted 146", False),
        ("Nadia Poirier", "Birch Lake was", False),
        ("Delia Kakegamic", "her youngest has had skin rashes", False),
        ("|nurse", "were likely caused by bathing", True),
        ("Delia Kakegamic", "I boil everything", False),
        ("Owen Petrakis", "the problem at Birch Lake was common", False),
        ("Owen Petrakis", "Plants are often sized", False),
        ("Owen Petrakis", "It’s a planning failure", False),
        ("Marion Keeshig", "the community would not wait another decade", False),
        ("Marion Keeshig", "The band is considering joining", False),
    ],
    "rent": [
        ("Kaveh Rostami", "were never done", True),
        ("Kaveh Rostami", "They painted the hallway", False),
        ("Amrit Sidhu", "the case could test new provincial rules", False),
        ("Amrit Sidhu", "If this counts as a renovation", False),
        ("Larchmont Properties", "the work included new plumbing", False),
        ("Larchmont Properties|company", "it had offered tenants compensation", False),
        ("Rajan Gill", "the province was watching the case", False),
        ("Rajan Gill", "No one should lose their home", False),
        ("Mandy Tse", "most renters never file a dispute", False),
        ("Mandy Tse", "For every building like this one", False),
        ("", "the picture is more complicated", False),
        ("David Kerr", "older buildings need major work", False),
        ("David Kerr", "the association does not defend", False),
        ("", "The branch does not comment on cases", False),
        ("", "they had been offered cash to leave", False),
        ("Tom Halvorsen", "rent in the city has risen faster", False),
        ("Tom Halvorsen", "The gap is why renovictions", False),
        ("Leila|Leila Rostami", "the family had looked at two-bedroom units", False),
        ("Leila|Leila Rostami", "We would have to leave Vancouver", False),
        ("Kaveh Rostami", "My kids were born here", False),
    ],
    "wildfire": [
        ("", "a wildfire driven by strong winds jumped", False),
        ("Brent Kowalchuk", "Get out now", False),
        ("Janelle Dufresne", "officers went door to door", False),
        ("Janelle Dufresne", "About 40 people had refused to leave", False),
        ("Janelle Dufresne", "anyone who chose to stay", False),
        ("Janelle Dufresne", "If you stay, you are on your own", False),
        ("BC Wildfire Service", "the fire had grown to roughly 12,000 hectares", False),
        ("Kelsey Arnaud", "crews had pulled back", False),
        ("Kelsey Arnaud", "When you get winds gusting", False),
        ("Lorna Beaulieu", "she had grabbed her medications", False),
        ("Lorna Beaulieu", "You think you’ll have time", False),
        ("Gail Pedersen", "opened a second reception centre", False),
        ("Angela Morrow", "the province would cover hotel costs", False),
        ("Angela Morrow", "stay off Highway 16", True),
        ("BC Hydro", "crews had cut power", False),
        ("Evan Lindqvist", "it was too early to say", False),
        ("DriveBC", "Highway 16 was closed", False),
        ("Brent Kowalchuk", "about 200 residents with no vehicle", False),
        ("Brent Kowalchuk", "We left nobody behind", False),
        ("Mike Ostrowski", "he has been through two evacuations before", False),
        ("Mike Ostrowski", "The sky was orange at lunch", False),
    ],
    "fishery": [
        ("Darlene Paul", "We are exercising a right", False),
        ("band|Salmon Cove First Nation|", "its moderate livelihood fishery is small", False),
        ("", "that is beside the point", False),
        ("Jeff d’Entremont", "any fishing during the summer spawning period", False),
        ("Jeff d’Entremont", "It’s not about who they are", False),
        ("Fisheries and Oceans Canada|DFO", "it had not authorized the fishery", False),
        ("Darlene Paul", "the band had tried for three years", False),
        ("Darlene Paul", "The talks went nowhere", False),
        ("Marc Thibodeau", "respects treaty rights", False),
        ("Marc Thibodeau", "We need a fishery that works", False),
        ("Marc Thibodeau", "he had spoken with Paul twice", False),
        ("police|RCMP|", "they are ready", True),
        ("Andre Comeau", "officers would be on the wharf", False),
        ("Andre Comeau", "Everyone has a right to be safe", False),
        ("Rebecca Ashton", "the courts have left Ottawa room", False),
        ("Rebecca Ashton", "The Crown can’t just say conservation", False),
        ("Maritime Fishermen’s Union|Maritime Fishermen's Union", "its members wanted a peaceful season", False),
        ("Tyler|Tyler Paul", "he was fishing for his family", False),
        ("Tyler|Tyler Paul", "My grandfather fished this bay", False),
    ],
    "budget": [
        ("Colleen Berard", "Manitoba will run a deficit", False),
        ("Colleen Berard", "We made a choice", False),
        ("Ian Szwaluk", "reckless", True),
        ("Ian Szwaluk", "the government had no plan to balance", False),
        ("Ian Szwaluk", "They’ve spent the rainy-day fund", False),
        ("Ian Szwaluk", "his party would vote against the budget", False),
        ("Joanne Hiebert", "the health money is welcome", False),
        ("Joanne Hiebert", "You can build all the beds", False),
        ("Manitoba Chamber of Commerce|The Manitoba Chamber of Commerce", "the delay to the tax cut was", False),
        ("Keystone Agricultural Producers", "it was pleased with a new drought relief fund", False),
        (
            "Canadian Taxpayers Federation|The Canadian Taxpayers Federation",
            "the delay broke a clear election promise",
            False,
        ),
        ("Ross Gebhardt", "Manitobans were told this cut", False),
        ("Nathan Friesen", "the 3.5 per cent increase would barely cover inflation", False),
        ("Nathan Friesen", "It keeps the lights on", False),
        ("Gord Lesiuk", "I’ve been to this building", False),
        ("Lisa Trann", "the deficit was manageable", False),
        ("Lisa Trann", "that depends on growth forecasts", False),
        ("Colleen Berard", "she expected the credit rating agencies", False),
        ("Nathan Kostyshyn", "The tax cut will come", False),
    ],
    "school": [
        ("Kristen Vander Meer", "You just told my six-year-old", False),
        ("Anita Dhaliwal", "the decision was among the hardest", False),
        ("Anita Dhaliwal", "Maple Ridge is at 41 per", False),
        ("Anita Dhaliwal", "We can’t ask every other family", False),
        ("Bill Okonkwo", "the board never seriously looked", False),
        ("Bill Okonkwo", "We had a year to get creative", False),
        ("Bill Okonkwo", "he would ask the board to put a moratorium", False),
        ("Anita Dhaliwal", "she was open to that discussion", False),
        ("Anita Dhaliwal", "the board’s budget is already stretched", False),
        ("Mark Sauvé", "students would move to Lakeview", False),
        ("Pat Greer", "the longest routes would run", False),
        ("Pat Greer", "Those back roads don’t get plowed first", False),
        ("Susan Everett", "she would ask the education minister", False),
        ("|Paul Nadeau", "the ministry does not overturn", False),
        ("Mia Kowalski", "she was going to miss", False),
        ("Mia Kowalski", "We have a name for it", False),
        ("Lena Kowalski", "the family had not decided", False),
        ("", "they plan to ask for an administrative review", False),
        ("Kristen Vander Meer", "the group had already collected", False),
    ],
}

ARTICLES = {
    "council": COUNCIL,
    "emergency": EMERGENCY,
    "water": WATER,
    "rent": RENT,
    "wildfire": WILDFIRE,
    "fishery": FISHERY,
    "budget": BUDGET,
    "school": SCHOOL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 31 of 148 required when the batch was written (blind): 7 from a description standing for the person
#: named before ("The 44-year-old says …", "the shop owner said", "the Liberal MLA said" taken for a name), 5 from a
#: surname with a curly "d’" ("Jeff d’Entremont"), 4 from "according to" a report, figures or documents read as an
#: unnamed source, 3 from a "She said" given to the person the paragraph named before the one it stands for, 1 each
#: from an "I" quotation with question marks, "told reporters afterward" before a clause without "that", "claim" with
#: a sum, "forecast", "has asked a lawyer to …", "called on Ottawa to …", "Brandon Mayor Gord Lesiuk" as one name,
#: "the union representing them", "Several members accused one another", "The board estimates …" (a quote the gold
#: left out) and a gold anchor that took in a word before what was said ("so she never forgets"). 27 after a surname
#: opening with an elided particle joined the name before it or stood for a person alone (`particle_names`). 25
#: after a clause of condition no longer made "claim" with an object a report of speech (`what_said.of_condition`) and
#: a known given name and a surname tagged an organisation were a person (`given_named_people`). 23 after a place
#: before a title inside what the recogniser took for one person was set apart ("Brandon Mayor Gord Lesiuk",
#: `titled_names`). 22 after "afterward" or "later", which the parser took for the conjunction of the clause said
#: after a cue ("told reporters afterward she had …"), no longer kept the clause from being what was said (what_said).
#: 20 after a name that opens its sentence and that the parser made its root ("Delia Kakegamic, a mother of three,
#: hauls water …") was the sentence's subject (`topics`), and one brought in by full name in the sentence right
#: before a pronoun's was the topic the pronoun picks up (`recent_topics`).
#: 18 after an unnamed speaker inside a relative clause of another's words ("rashes that a nurse told her were …") no
#: longer took the next "she" (`own_clauses`).
#: 12 after an age the article never gave ("The 44-year-old says", "The 24-year-old said") was the person named last
#: before it (`descriptions.person_of_age`, found by the twenty-second batch).
#: 11 after the gold slip "so she never forgets" lost its "so": GUIDELINES.md makes an anchor a piece of what was
#: said, and the "so" is the writer's. Left: "according to" a staff report, band figures or budget documents (3; a
#: document is no speaker by GUIDELINES.md, but the PolNeAR gold keeps such records as sources), "the Liberal MLA
#: said" after a sentence about the critic (2; a party before an office keeps the description unnamed, as the news
#: gold wants for "the Florida senator"), "has asked a lawyer to …", "called on Ottawa to …" and "accused one another
#: of …" (3; requests and charges PolNeAR counts), "the union representing them" given to the nurses' union (1),
#: "forecast" and "The board estimates" (2).
WRONG_TODAY = 11


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_surname_with_an_elided_particle_is_the_person_named_with_it(nlp):
    """ "Ray d’Arcy, who …, said …" and then "d’Arcy said": the recogniser tagged only "Ray" and left "d’Arcy"
    untagged, so the first quote had no named speaker and the second an unnamed one."""
    rows = said_by(
        nlp,
        "The ferry was late again on Sunday. Ray d’Arcy, who has run the ticket booth since 1998, said the crossing "
        "had been cancelled twice this month.",
        f"{L}People plan their week around that boat,{R} d’Arcy said.",
    )
    assert [speaker for speaker, _ in rows] == ["Ray d’Arcy", "Ray d’Arcy"]


def test_a_given_name_and_surname_tagged_an_organisation_is_a_person(nlp):
    """ "For Janice MacInnis, that meant …": the recogniser tagged the name an organisation, so "she said" after it
    found no person and the quotation was lost."""
    rows = said_by(
        nlp,
        f"For Janice MacInnis, the closing meant a long drive at night. {L}I counted every kilometre,{R} she said.",
    )
    assert rows == [("Janice MacInnis", f"{L}I counted every kilometre,{R}")]


def test_a_clause_of_condition_after_an_object_is_no_clause_of_what_was_said(nlp):
    """ "Tenants can claim a year's rent if the owner fails …": "claim" with an object and a clause of condition is
    no report of speech, though "claim" takes a clause and the condition has a finite verb."""
    rows = said_by(
        nlp,
        "Under the rules, an owner must get an order before the work starts. Tenants who are evicted can claim up to "
        "12 months’ rent if the owner fails to carry out the work.",
    )
    assert rows == []


def test_a_town_that_is_a_given_name_before_a_title_is_no_part_of_the_person(nlp):
    """ "Brandon Mayor Gord Lesiuk": the recogniser read the town, the title and the name as one person, who spoke
    as "Brandon Mayor Gord Lesiuk"."""
    rows = said_by(nlp, f"Brandon Mayor Gord Lesiuk was pleased. {L}We finally got our wing,{R} he said.")
    assert [speaker for speaker, _ in rows] == ["Gord Lesiuk"]


def test_a_clause_said_after_a_word_of_time_the_parser_took_for_its_conjunction_is_what_was_said(nlp):
    """ "told reporters afterward she had …": the parser made "afterward" the conjunction of a clause of time, so the
    clause was not what was said and the quote was lost."""
    rows = said_by(nlp, "Reeve Tom Ostby told reporters afterward he had gone back and forth for days.")
    assert [speaker for speaker, _ in rows] == ["Tom Ostby"]
    assert "he had gone back and forth for days" in rows[0][1]


def test_a_name_the_parser_made_the_root_of_its_sentence_is_still_its_subject_for_a_pronoun(nlp):
    """ "Delia Kakegamic, a mother of three, hauls water …": the parser read "hauls" as an adjective and left the
    name as the sentence's root, so "She said" after it went back to the minister named before."""
    rows = said_by(
        nlp,
        "Minister Nadia Poirier said the plant was a priority and that she would visit in the summer. Residents doubt "
        "it. Delia Kakegamic, a mother of three, hauls water from the filling station twice a week. She said the "
        "rashes on her son’s arms have not healed.",
    )
    assert [speaker for speaker, _ in rows] == ["Nadia Poirier", "Delia Kakegamic"]


def test_an_unnamed_speaker_in_a_relative_clause_of_another_s_words_takes_no_later_pronoun(nlp):
    """ "She said her son has rashes that a nurse told her were …": the nurse speaks inside the mother's words, so
    "she said" after it is still the mother, not the nurse."""
    rows = said_by(
        nlp,
        "Rita Okemow fills jugs at the station twice a week. She said her son has rashes that a nurse told her were "
        f"likely caused by the water. {L}I boil all of it now,{R} she said.",
    )
    assert [speaker for speaker, _ in rows] == ["Rita Okemow", "Rita Okemow"]
