"""Quotes of a twenty-ninth batch of blind probes (longform_probes_twentyninth.py, long-form web features): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_twentyninth import HOUSING, MARKET, ORCHARD, RADIO, WATER

ASSOCIATION = "North End Business Association|association|The association|group|The group"
CORPORATION = "Pedernales Ridge Water Supply Corporation|corporation|The corporation"
WATER_BOARD = "Texas Water Development Board|board|The board|agency|The agency"
UNION = "Cabot Ridge Students’ Union|Students’ Union|union|The union|group|The group"
UNIVERSITY = "Cabot Ridge University|university|The university"
SOCIETY = "Barrow Lake Community Broadcasting Society|society|The society"
COMMISSION = "Canadian Radio-television and Telecommunications Commission|commission|The commission|CRTC"
COUNCIL = "Washington Tree Fruit Growers’ Council|council|The council|group|The group"
AGENCY = (
    "U.S. Department of Agriculture’s Risk Management Agency|Risk Management Agency|agency|The agency"
    "|Department of Agriculture|U.S. Department of Agriculture"
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A quotation split by its cue is
#: one quote (its first piece is the anchor); a quotation a speaker recalls inside their own is optional, to its
#: speaker or to nobody; a letter's or a notice's words are its author's; "says through his daughter" is a cue of the
#: father's, and what the daughter says as she translates may go to either; "estimates that" and "announced the
#: closing" are borderline (optional).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "market": [
        ("Lesia Hryniuk", "He would tell you the wood matters", False),
        ("Lesia Hryniuk", "I thought I was coming for six months", False),
        ("Lesia Hryniuk", "criticizes everything", False),
        ("Bohdan Hryniuk", "She changed the recipe for the kovbasa", False),
        ("Lesia Hryniuk", "Nobody asked for less garlic", False),
        ("Lesia Hryniuk", "the recipe is the one he wrote", False),
        ("Lesia Hryniuk", "Sales are up by about a third", False),
        ("Lesia Hryniuk", "My mother did the books", False),
        ("Marko Hryniuk", "he was never considered as a successor", False),
        ("Marko Hryniuk", "Dad asked me once", False),
        ("Marko Hryniuk|", "I faint when I see blood", True),
        ("Walter Pankiw", "the new vacuum-sealed packages", False),
        ("Walter Pankiw", "The meat is the same", False),
        ("Amira Haddad-Fournier", "I can order on Thursday night", False),
        (ASSOCIATION, "family businesses like the Hryniuks", False),
        (ASSOCIATION, "When a shop like that changes hands", False),
        (ASSOCIATION, "at least nine shops on Selkirk Avenue", False),
        ("Bohdan Hryniuk", "he worries less about the shop", False),
        ("Bohdan Hryniuk", "She works like I worked", False),
        ("Lesia Hryniuk", "she has hired a second butcher", False),
        ("Dmytro Savchuk", "the smokehouse was the reason", False),
        ("Dmytro Savchuk", "In Ukraine every village", False),
        ("Lesia Hryniuk", "He likes the sausage", False),
    ],
    "water": [
        ("Charlene Hollister", "You turn on the tap", False),
        ("Wade Hollister", "I tell people I’m in the water business", False),
        (CORPORATION, "it could no longer guarantee service", False),
        ("Teodoro Villarreal", "We are not out of water", False),
        ("Teodoro Villarreal", "the aquifer has dropped 38 feet", False),
        ("Teodoro Villarreal", "he looks at it more than he should", False),
        ("Teodoro Villarreal", "Every Monday I write down", False),
        (CORPORATION, "it may have to ration water", False),
        (CORPORATION, "This is not a decision the board takes lightly", False),
        ("Ingrid Sorensen-Maes", "the board was slow to act", False),
        ("Ingrid Sorensen-Maes", "We hoped May would save us", False),
        ("Ingrid Sorensen-Maes", "she now gets about 40 phone calls", False),
        ("Ingrid Sorensen-Maes", "I said", False),
        ("Ingrid Sorensen-Maes|", "Not this year", True),
        ("", "Then who can", True),
        (WATER_BOARD, "small rural systems are the most exposed", False),
        ("|Texas Water Development Board|agency|The agency", "applied for a loan in June", False),
        ("Marisol Echeverría-Lund", "deeper wells buy time", False),
        ("Marisol Echeverría-Lund", "You can chase the water down", False),
        ("Marisol Echeverría-Lund", "the region’s population has nearly doubled", False),
        ("Marisol Echeverría-Lund", "The rain we get in a wet year", False),
        ("Wade Hollister", "he has sold 40 of their 110 cows", False),
        ("Wade Hollister", "My father sold down", False),
        ("Charlene Hollister", "more hopeful", True),
        ("Charlene Hollister", "It’s rained in September before", False),
        ("Teodoro Villarreal", "he is counting on nothing but the readings", False),
        ("Teodoro Villarreal", "Hope isn’t a water plan", False),
    ],
    "housing": [
        ("Priyanka Venkataraman", "I had a membership", False),
        ("Priyanka Venkataraman", "the landlord had rented it twice", False),
        ("Priyanka Venkataraman", "He was very nice about it", False),
        ("", "One of you is going to be disappointed", True),
        (UNION, "at least 85 students told it", False),
        (UNION, "Students don’t come to us first", False),
        (UNION, "it wants the university to convert", False),
        (UNION, "it has started a list of landlords", False),
        ("Rhiannon Achebe-Whitford", "the university knows the numbers", False),
        ("Rhiannon Achebe-Whitford", "We have 1,900 beds", False),
        ("Rhiannon Achebe-Whitford", "has no working fire-suppression system", False),
        ("Rhiannon Achebe-Whitford", "If I put a student in that building", False),
        ("Rhiannon Achebe-Whitford", "rented 40 rooms in two motels", False),
        (UNIVERSITY, "it plans to build a 600-bed residence", False),
        (UNIVERSITY, "asked the town to allow secondary suites", False),
        ("Cormac Delahunty-Shaw", "council will vote on that in January", False),
        ("Cormac Delahunty-Shaw", "People in this town complain", False),
        ("Eunice MacPhail", "dormitories with lawns", False),
        ("Eunice MacPhail", "There were families in every one", False),
        ("Oksana Venkataraman", "I saw the name on the class list", False),
        ("Priyanka Venkataraman", "she will pay more when she can", False),
        ("Priyanka Venkataraman", "She won’t take it", False),
        (UNION, "stories like hers should not depend on luck", False),
        ("Jasper Okonkwo-Reid", "A spare room over a garage", False),
        ("Jasper Okonkwo-Reid", "the union will bring its list", False),
        ("Jasper Okonkwo-Reid", "Then we come back in January", False),
    ],
    "radio": [
        ("Harold Lindgren", "The coffee takes longer to warm up", False),
        (SOCIETY, "the closing last week", True),
        (SOCIETY, "We looked at every option", False),
        (SOCIETY, "it has about $9,000 in the bank", False),
        ("Harold Lindgren", "he is not angry at the board", False),
        ("Harold Lindgren", "They’re good people", False),
        ("Margit Lindgren", "Thirty-one years he’s given that station", False),
        ("Margit Lindgren", "her husband did not sleep", False),
        ("Harold Lindgren", "he slept fine", False),
        ("Delphine Oakes-Mbeki", "the station reaches about 2,400 listeners", False),
        ("Delphine Oakes-Mbeki", "When the highway closes", False),
        ("Delphine Oakes-Mbeki", "Lindgren stayed on the air for 19 hours", False),
        ("Delphine Oakes-Mbeki", "A woman phoned in and said", False),
        ("", "Tell Harold my mother’s furnace is out", True),
        (COMMISSION, "it does not fund stations", False),
        (COMMISSION, "it has received no such application", False),
        ("Ross Tremblay-Kaur", "the town cannot afford to buy a transmitter", False),
        ("Gus Ferreira-Boyd", "he has listened to the show", False),
        ("Gus Ferreira-Boyd", "You were the weather", False),
        ("Noor Al-Hakim", "a group of students can raise enough", False),
        ("Noor Al-Hakim", "It wouldn’t be the same", False),
        ("Harold Lindgren", "Half the people who listen to me", False),
        ("Harold Lindgren", "If there are no cancellations", False),
    ],
    "orchard": [
        ("Gloria Santangelo", "You walk out and the blossoms look fine", False),
        ("Nick Santangelo", "We had four machines going", False),
        ("Gloria Santangelo", "she has seen frosts before", False),
        ("Gloria Santangelo", "My father-in-law used to say", False),
        ("", "The orchard gives you one bad year", True),
        ("Nick Santangelo", "the orchard lost about $310,000", False),
        (COUNCIL, "the April frost damaged blossoms", True),
        (COUNCIL, "This is the worst spring freeze", False),
        (COUNCIL, "it wants federal disaster aid", False),
        ("Anneliese Vukovic-Harrow", "the damage is uneven", False),
        ("Anneliese Vukovic-Harrow", "Cold air behaves like water", False),
        ("Anneliese Vukovic-Harrow", "A grower on a slope", False),
        ("Anneliese Vukovic-Harrow", "frosts after bloom have become more damaging", False),
        ("Anneliese Vukovic-Harrow", "The freeze wasn’t unusual", False),
        (AGENCY, "adjusters have been assigned", False),
        ("Nick Santangelo", "the family’s policy will cover", False),
        ("Nick Santangelo", "Insurance keeps the lights on", False),
        ("Efraín Ocampo", "he understands", False),
        ("Yesenia Ocampo|Efraín Ocampo", "He says it is nobody’s fault", False),
        ("Efraín Ocampo", "he will call the Santangelos", False),
        ("Ron Delgado-Marsh", "he is laying off a shift", False),
        ("Ron Delgado-Marsh", "We’ll run one line instead of three", False),
        ("Gloria Santangelo", "My husband planted the Rainiers", False),
    ],
}

ARTICLES = {"market": MARKET, "water": WATER, "housing": HOUSING, "radio": RADIO, "orchard": ORCHARD}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 32 of 113 required when the batch was written (blind).
WRONG_TODAY = 32


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
