"""Quotes of a sixty-second batch of blind probes (longform_probes_sixtysecond.py, migration and refugee reporting
from borders, camps and asylum courts as the wires, web features and world desks write it): the whole batch against
its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtysecond import (
    CAMP,
    FOREST,
    ISLAND,
    SHELTER,
    TRIBUNAL,
)

BORDER_GUARD = "Border Guard|Poland’s Border Guard|Polish Border Guard"
ZIELONKA = "Marta Zielonka-Brandt"
KORMORAN = "Ewa Kormoran-Lis"
OPEN_FOREST = "Open Forest"
WRONA = "Tadeusz Wrona-Kalisz"
SADOWIEC = "Piotr Sadowiec-Ryba"
COMMISSION = "European Commission|The European Commission"
CASTELLAN = "Iwona Castellan-Mróz"
AGENCY = "International Displacement Agency|The International Displacement Agency"
OKONJO = "Sébastien Okonjo-Vallet"
ACHTA = "Achta Mahamat-Zene"
BRANDSTETTER = "Olivier Brandstetter-Kane"
DJIBRINE = "Mariam Djibrine-Oumar"
ADOUM = "Hissein Adoum-Kerr"
ASHWORTH = "Helen Ashworth-Nnadi"
FARROKHZAD = "Nadia Farrokhzad-Pyle"
ST = "S.T."
THISTLEWOOD = "Graham Thistlewood-Oyelaran"
LINDQVIST = "Kofi Lindqvist-Amoah"
SAFE_PASSAGE = "Safe Passage Children|The charity Safe Passage Children"
OGUNDIPE = "Ruth Ogundipe-Marsh"
COAST_GUARD = "coast guard|the coast guard|Coast Guard"
LO_CASCIO = "Salvatore Lo Cascio-Benni"
BEN_SALAH = "Faouzi Ben Salah-Rekik"
BENEDETTI = "Carla Benedetti-Ruoppolo"
ORSINGHER = "Davide Orsingher-Pala"
FERRANTE = "Giulia Ferrante-Oduya"
MANGIARACINA = "Rosaria Mangiaracina-Voss"
VILLASENOR = "Tomás Villaseñor-Ruiz"
CBP = "U.S. Customs and Border Protection|Customs and Border Protection"
STRICKLAND = "Daniela Strickland-Obregón"
QUEZADA = "Arturo Quezada-Lomelí"
INSTITUTE = "immigration institute|Mexico’s immigration institute"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A person known by a
#: first name only or a pseudonym ("Halima", "Amal, not her real name", "who gave his name as Moussa", "S.T.") is named
#: by it; speaking through an interpreter or in Spanish changes nothing. A person only described ("a woman from Ivory
#: Coast", "a Border Patrol agent, who spoke on condition of anonymity") is an unnamed source: borderline and optional,
#: as are groups ("aid workers say", "residents said", "migrants said", "women in the queue said", "aid groups warned",
#: "his lawyers said"), an unnamed spokesperson of a named body, "a tribunal ruled" (a ruling, more deed than speech),
#: "the coast guard said" (a body named by its kind only) and "criticised the plan" with no statement; also the young
#: man who is described in the first paragraph and given his pseudonym only six paragraphs later. A charity, an agency
#: ("the agency said" after it was named), a border guard, a commission and an institute that "said" speak as
#: institutions. A quotation that goes on after its cue with no new cue is the same quote; one with its own new cue
#: after one of the same speaker is another. A denial with a clause ("He denied that …") is a quote; "called on donors
#: to keep their promises" (an appeal with an infinitive, more intent than statement) and "She asked that her name be
#: changed" (a request about the story itself) are borderline.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "forest": [
        ("Nabil|", "I drank water from the marsh", True),
        (BORDER_GUARD, "it had recorded more than 400 attempts", False),
        (ZIELONKA, "patrols had been doubled", False),
        (ZIELONKA, "We are not the enemy", False),
        ("", "that is not what happens", True),
        (KORMORAN, "volunteers had documented 37 pushbacks", False),
        (KORMORAN, "They are picked up", False),
        (OPEN_FOREST, "two of the people its teams found", False),
        (WRONA, "using human beings", False),
        (WRONA, "the guard returned people", False),
        (WRONA, "Every request is registered", False),
        ("Nabil", "he had paid a smuggler", False),
        ("Nabil", "They lied about everything", False),
        (SADOWIEC, "had grown used to the sound", False),
        (SADOWIEC, "People here are divided", False),
        ("", "tired of the checkpoints", True),
        (COMMISSION, "it was examining reports of pushbacks", False),
        (CASTELLAN, "does not end", False),
    ],
    "camp": [
        ("Halima", "half the size of the one before", False),
        ("Halima", "The children ask for bread", False),
        (AGENCY, "forced to cut rations by 40", False),
        (OKONJO, "We are choosing between feeding people", False),
        (ACHTA, "cases of acute malnutrition", False),
        (ACHTA, "We had twelve beds", False),
        (BRANDSTETTER, "enough therapeutic food for six weeks", False),
        (BRANDSTETTER, "After that, I do not know", False),
        ("Abakar", "walked to the clinic every morning", False),
        ("Abakar", "If I sit, I think", False),
        ("", "had not seen a food distribution", True),
        (DJIBRINE, "done more than its share", False),
        (DJIBRINE, "donors to keep their promises", True),
        (DJIBRINE, "Chad is not rich", False),
        ("Amal", "men in uniform burned her village", False),
        ("Amal", "her name be changed", True),
        ("Amal", "I do not know if he is alive", False),
        ("", "the rains, due in July", True),
        (ADOUM, "When the wadis fill", False),
    ],
    "tribunal": [
        ("|Upper Tribunal", "was in fact a child of 16", True),
        ("", "could affect hundreds of similar cases", True),
        (ASHWORTH, "cursory, careless", False),
        (ASHWORTH, "The appellant’s account of his schooling", False),
        (FARROKHZAD, "had spent seven months", False),
        (FARROKHZAD, "He was a boy who was treated", False),
        ("|Home Office", "carefully considering the judgment", True),
        (ST, "he wanted to go back to school", False),
        (ST, "In Eritrea I was in the ninth grade", False),
        (THISTLEWOOD, "risen sharply", False),
        ("", "criticised the plan", True),
        (LINDQVIST, "no test could tell", False),
        (LINDQVIST, "The science is simply not there", False),
        (SAFE_PASSAGE, "at least 240 children", False),
        (OGUNDIPE, "a turning point", False),
        (OGUNDIPE, "Every one of those children", False),
    ],
    "island": [
        (COAST_GUARD, "More than 1,900 migrants", True),
        (LO_CASCIO, "could not keep doing the state’s job", False),
        (LO_CASCIO, "We have done it for twenty years", False),
        ("Moussa", "the boat had left Sfax", False),
        ("Moussa", "Water came in", False),
        ("", "spent four months in Tunisia", True),
        ("", "In Tunisia they chase us", True),
        ("", "Tunisian police had stepped up raids", True),
        ("|Tunisia’s interior ministry|interior ministry", "denied the reports", True),
        (BEN_SALAH, "saved thousands of lives at sea", False),
        (BENEDETTI, "ask the European Union for an emergency meeting", False),
        (BENEDETTI, "Italy cannot be Europe’s only port", False),
        (ORSINGHER, "carried out 64 rescues", False),
        (ORSINGHER, "The boats are worse", False),
        (FERRANTE, "passed on 31 calls", False),
        (FERRANTE, "Some calls last ten seconds", False),
        ("", "summer season had suffered", True),
        (MANGIARACINA, "Tourists see the news", False),
    ],
    "shelter": [
        (VILLASENOR, "It is like a lottery", False),
        ("Yesenia", "My son says", False),
        ("Yesenia", "He is faster than me", False),
        (CBP, "schedule more than 400,000 appointments", False),
        (CBP, "working to fix the glitches", False),
        (STRICKLAND, "turned a legal right", False),
        (STRICKLAND, "The law says anyone who arrives", False),
        (STRICKLAND, "most of her clients had waited", False),
        ("", "crossings between ports had fallen", True),
        ("", "The ones who cross now", True),
        (QUEZADA, "paying for buses", False),
        (QUEZADA, "Juárez has always been a city", False),
        (INSTITUTE, "issued 18,000 humanitarian visas", False),
        ("", "the visas were hard to get", True),
        ("Jhonny", "crossed seven countries", False),
        ("Jhonny", "would not cross the river illegally", False),
        ("Jhonny", "I did not walk all this way", False),
        (VILLASENOR, "run out of money for food", False),
        (VILLASENOR, "We pray, and we also send emails", False),
    ],
}

ARTICLES = {
    "forest": FOREST,
    "camp": CAMP,
    "tribunal": TRIBUNAL,
    "island": ISLAND,
    "shelter": SHELTER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 16 of 69 required when the batch was written (blind). Then 15 with one gold slip mended: "and called on
#: donors to keep their promises", an appeal with its own cue, is a quote of its own (borderline, optional) and was left
#: out of the gold. Left, by pattern: "Amal, not her real name, arrived … after, she said, men … burned her village" and
#: her quotation after it, given to the minister quoted the paragraph before, with the pseudonym's quotes missed (5: two
#: missed, three rows given to the minister, one of them "She asked that her name be changed"); "Migrants said" read as
#: a speaker named "Migrants", not a group (2); "a spokesperson for the agency …, Iwona Castellan-Mróz, said" given to
#: no one (2); "The young man from Yemen, who is 23, said …" named by his pseudonym only after, read as unnamed (2); a
#: pronoun after "S.T., speaking to reporters …, said", the initials no name to the recogniser, read as unnamed (2);
#: "The last one, she said through an interpreter, came on …", a cue inside the reported clause, missed (1); "the coast
#: guard said" given to no one rather than the body (1). Then 13: a plural noun of people who left their homes that
#: opens a sentence ("Migrants said"), tagged an organisation or a person, is a group (plural_openers). Then 11: a name
#: set beside "a spokesperson for the refugee agency of the United Nations in Warsaw", hung on the place that ends the
#: owner's "of" phrase, says who the spokesperson is (placed_roles). A second gold slip then: "She asked that her name
#: be changed", a request with a clause, is borderline (optional) and was left out of the gold; given to the minister
#: it stays wrong, so the blind count after slips is 15 still. Then 6: a name set off before "not her real name", "a
#: pseudonym" or "whose name has been changed" is a person's (pseudonyms). Then 5: "KOULONGO, Chad —", a place and its
#: country with no agency, is a dateline, and a given name that opens the feature after it is a person's (marks,
#: datelined_names). Then 4: "…, the coast guard said Saturday", the words tagged a proper noun, speaks as the body
#: (armed_services). Then 2: initials a story says someone is called ("identified in the ruling only as S.T.") are
#: that person at every mention, and a "he said" after them is theirs (initialled_people). Then 0: "The young man from
#: Yemen, who is 23, said …" followed by "He asked to be called Nabil." is the person so named (called_next). Nothing
#: is left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
