"""Quotes of a seventeenth batch of blind long-form probes (longform_probes_seventeenth.py, Canadian news of the
ordinary web kind, three in one to three long blocks): the whole batch against its gold, whose count of wrong quotes
may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_seventeenth import CHOIR, FIRE, LANGUAGE, RESCUE, SCHOOL, SYRUP

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A split quote, a quotation that
#: goes on after its cue without a new one and a quotation inside a quotation are one quote of the outer speaker (its
#: first part is the anchor). The part of a quotation that runs on into the next paragraph is borderline (optional):
#: PolNeAR marks it as an attribution of its own (12 of the 15 such pairs in its train split), as the fourth, fifth,
#: eighth and twelfth batches do, while this batch's first reading made it part of the quote before. A relative
#: introduced by first name only may be given that name or the family's full name. "According to" a person is a quote,
#: "according to" a document ("enrolment projections", "budget documents") is none; "according to" an organisation for a
#: figure, "the email said", a division heard to "explain", a question put to a choir and an estimate are borderline
#: (optional). The elder's words through her granddaughter are the elder's.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "school": [
        ("Prairie Ridge School Division|", "why the school of 38 students will close", True),
        ("Harold Baptiste", "We’ve run the numbers every way we can", False),
        ("Wendy Okafor", "the division faces a $2.4-million shortfall", False),
        ("Wendy Okafor", "Every option before the board was a hard one", False),
        ("Melanie Strand", "Forty kilometres each way", False),
        ("Melanie Strand", "her younger son, Eli, already gets carsick", False),
        ("Melanie Strand", "He’s six", False),
        ("Curtis Lund", "the school is the last public building", False),
        ("Curtis Lund", "When the elevator went", False),
        ("Harold Baptiste", "the board had looked at a four-day week", False),
        ("Harold Baptiste", "I hear them", False),
        ("Norm Fehr", "the road is plowed by eight", False),
        ("Norm Fehr", "Most mornings is not every morning", False),
        ("Ava Kowalski", "Where will we play at recess", False),
        ("Dana Kowalski|Dana", "She means: who will know her name?", False),
        ("Wendy Okafor", "the division would hire an extra educational assistant", False),
        ("Wendy Okafor", "That’s a promise we intend to keep", False),
    ],
    "language": [
        ("Rosalie Nanemahoo", "When I was taken to the residential school", False),
        ("Rosalie Nanemahoo", "I am a happy old lady", False),
        ("Marcel Bighetty", "the hardest part is finding fluent adults", False),
        ("Marcel Bighetty", "Most of our fluent speakers are over 70", False),
        ("Marcel Bighetty", "My grandmother used to say", False),
        ("Jolene Ermine", "the council has committed $310,000", False),
        ("Jolene Ermine", "This is not a line item we will cut", False),
        ("Jolene Ermine", "Our kids deserve to grow up dreaming in Cree", True),
        ("Arlen Sutherland", "The need is urgent", False),
        ("Arlen Sutherland", "Fewer than 200 people in the community", True),
        ("Arlen Sutherland", "immersion before age five", False),
        ("Arlen Sutherland", "Children who hear a language every day", False),
        ("Marcel Bighetty", "She looked at me like I was the student", False),
        ("Shayla Morin", "Kiana now counts to 100", False),
        ("Shayla Morin", "She tells us", False),
        ("Indigenous Services Canada", "the language nest is eligible for funding", False),
        ("Rosalie Nanemahoo", "she hopes to live long enough", False),
        ("Rosalie Nanemahoo", "Then I can go", False),
    ],
    "syrup": [
        ("Gilles Ouellette", "A good season, you feel it in your knees", False),
        ("Gilles Ouellette", "I’ve never seen it start in February", False),
        ("Mireille Ouellette|Mireille", "the sugar content of the sap has dropped", False),
        ("Mireille Ouellette|Mireille", "You need more sap to make the same litre", False),
        ("Quebec Maple Syrup Producers", "Quebec produces about 70 per cent", True),
        ("Sylvie Gendron", "the reserve holds enough syrup", False),
        ("Sylvie Gendron", "The reserve exists precisely", False),
        ("Nadia Pelletier", "Yes, and faster than the trees can adapt", False),
        ("Nadia Pelletier", "producers in the south may eventually lose", False),
        ("Gilles Ouellette", "My grandfather tapped these trees", False),
        ("Mireille Ouellette|Mireille", "He says that every year", False),
        ("Kevin Tran", "demand overseas keeps climbing", False),
        ("Kevin Tran", "My customers don’t care about the weather", False),
        ("Gilles Ouellette", "he will boil until the sap stops", False),
        ("Gilles Ouellette", "Then we clean everything", False),
    ],
    "rescue": [
        ("Brent Hollett", "You don’t think about the weather when the pager goes off", False),
        ("Brent Hollett", "Last winter there were nights", False),
        ("Tessa Rideout", "The people who came for him were strangers", False),
        ("Tessa Rideout", "the training is demanding", False),
        ("Tessa Rideout", "Honestly? Most of them have left", False),
        ("Canadian Coast Guard", "it values the work of auxiliary volunteers", False),
        ("Canadian Coast Guard|", "The auxiliary is a vital partner", True),
        ("Greg Antle", "the Coast Guard is reviewing how it supports", False),
        ("Wade Pardy", "I had three men aboard", False),
        ("Wade Pardy", "he now gives the station $500", False),
        ("Wade Pardy", "It’s not enough", False),
        ("Glenn Parsons", "he has written to the fisheries minister", False),
        ("Glenn Parsons", "These are the people who go out", False),
        ("Brent Hollett", "he will keep going as long as his knees", False),
        ("Judy Hollett|Judy", "I’ve been hearing", False),
    ],
    "choir": [
        ("Lorna Feeney", "Nobody here is a patient", False),
        ("Lorna Feeney", "the rule is that no one is ever corrected", False),
        ("Lorna Feeney", "If you sing the wrong words", False),
        ("Claudette Comeau|Claudette", "He no longer remembers what he had for breakfast", False),
        ("Gerald Comeau", "I don’t know how it works", False),
        ("Claudette Comeau|Claudette", "For two hours he’s Gerald again", False),
        ("Claudette Comeau|Claudette", "the drive home is the best part of her week", False),
        ("Imran Qureshi", "Research backs up what the singers feel", False),
        ("Imran Qureshi", "Musical memory is stored differently", False),
        ("Imran Qureshi", "We can’t reverse the disease", False),
        ("Imran Qureshi", "Absolutely. Caregiver stress", False),
        ("Alzheimer Society of New Brunswick", "it knows of 11 similar choirs", False),
        ("Priscilla Ng", "the group has never turned anyone away", False),
        ("Priscilla Ng", "We’ve had people come in a wheelchair", False),
        ("Lorna Feeney", "what they want to sing next week", True),
        ("Gerald Comeau", "Something with a big finish", False),
    ],
    "fire": [
        ("Raymond Dufault", "We’re at the point where on a weekday afternoon", False),
        ("Office of the Fire Commissioner", "Roughly 70 per cent of Manitoba’s firefighters", True),
        ("Office of the Fire Commissioner|", "it offers free training to volunteer departments", False),
        ("Jenna Desjardins", "I love it", False),
        ("Luc Desjardins|Luc", "the hardest part is the training", False),
        ("Luc Desjardins|Luc", "That’s a lot of Saturdays", False),
        ("Raymond Dufault", "the department pays volunteers $18", False),
        ("Raymond Dufault", "I’m not asking for a salary", False),
        ("Raymond Dufault", "Right now, he does", True),
        ("Colette Marion", "council will consider the request", False),
        ("Colette Marion", "We want to", False),
        ("Bernard Gosselin", "If my store was on fire", False),
        ("Raymond Dufault", "he has no plans to retire", False),
        ("Raymond Dufault", "Somebody has to answer the pager", False),
    ],
}

ARTICLES = {
    "school": SCHOOL,
    "language": LANGUAGE,
    "syrup": SYRUP,
    "rescue": RESCUE,
    "choir": CHOIR,
    "fire": FIRE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 30 when the batch was written (blind), 24 of them in naming the speaker and 6 in finding the quotes; 10
#: after an occupation opening the sentence before a full name ("Farmer Curtis Lund", "Buyer Kevin Tran", "Fisherman
#: Wade Pardy", "Elder Rosalie Nanemahoo") was no part of the name, whether the recogniser read the three words as an
#: organisation, as one person or as nothing (occupied_names); 8 after "…, his wife says, …" was the wife the same
#: paragraph names right after as "His wife, Claudette," (kinship); 6 after a surname opening the sentence that the
#: tagger took for an adjective ("Bighetty points to …") was still a mention of the person, whom "he" then picks up
#: (bare_names); 5 after a quotation alone in the first paragraph was the person the next one names in "That is how
#: X, <a long apposition>, describes …" though the parser took a noun of the apposition for a verb (how_put). Left,
#: all in finding: "according to" a document (enrolment projections, budget documents) read as an unnamed source
#: (PolNeAR counts such sources, and the train extract has some 60 of them right) and "asked the municipality to raise
#: it" read as a quote. 3 after the part of a quotation that runs on into the next paragraph became borderline in the
#: gold (twice; see GOLD), the convention PolNeAR's annotators follow.
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_relative_who_speaks_before_being_named_later_in_the_paragraph_is_that_relative(nlp):
    """ "He no longer drives, his wife says, … His wife, Irene, …": "his wife" is the one the paragraph names so
    right after, tied to the same man."""
    rows = said_by(
        nlp,
        "Walter Pruett, 81, has lived on the island all his life. He no longer drives, his wife says, but he still "
        f"knows every bend of the shore road. His wife, Irene, does the driving now. {L}He tells me where the "
        f"potholes are,{R} says Irene, who taught school for 30 years.",
    )
    assert [speaker for speaker, _ in rows] == ["Irene", "Irene"]


def test_a_surname_the_tagger_took_for_an_adjective_opening_the_sentence_is_the_topic(nlp):
    """ "Bighetty points to a boy who …": the tagger took the surname for an adjective and "points" for a noun; the
    surname opening the sentence right before its head is still the person "he" then picks up, not the man of the
    paragraph before."""
    rows = said_by(
        nlp,
        "Lead teacher Marcel Bighetty says the hardest part is finding fluent adults.",
        f"Linguist Arlen Sutherland has studied the community for a decade. {L}Children acquire it,{R} he said.",
        f"Does the program work? Bighetty points to a boy who fixed his grammar last week. {L}He looked at me like I "
        f"was the student,{R} he said.",
    )
    assert [speaker for speaker, _ in rows] == ["Marcel Bighetty", "Arlen Sutherland", "Marcel Bighetty"]
