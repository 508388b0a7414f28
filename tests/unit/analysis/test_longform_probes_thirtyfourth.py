"""Quotes of a thirty-fourth batch of blind probes (longform_probes_thirtyfourth.py, Canadian web features on sports,
arts and culture): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtyfourth import ARTSCENTRE, FESTIVAL, FIDDLER, HOCKEY, NOVELIST

FERREIRA = "Jordan Ferreira|Jordan Tank Ferreira|Jordan “Tank” Ferreira"
COUNCIL = "Arts Nova Scotia|council|The council|provincial arts council"
GUS = "Angus MacPhail|Angus Gus MacPhail|Angus “Gus” MacPhail"
JURY = "|Marlow Prize jury|The Marlow Prize jury"
BOARD = "|board|its board|Eastgate Community Arts Centre|The Eastgate Community Arts Centre"
CITY = "City of Saskatoon|The City of Saskatoon|city|The city|Saskatoon"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional); a quotation that runs on into the next paragraph with no cue is one quote
#: with the one above, so it has no entry of its own. A nickname between a first name and a surname is part of the
#: full name; two players or two fiddlers who share a surname are told apart by the nearest first name, and a surname
#: alone is the one the story is about. The writer's own questions ("Did her family …?") are no quotes; a bare
#: quotation after "she laughs" is hers. A jury is a group. Borderline and optional: the second clause of "said … and
#: that …", what a coach "praised", a two-word answer ("They didn’t, … says") and what she "admits".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "hockey": [
        ("Noah Vautour", "I just shut my eyes and shot it", False),
        ("Noah Vautour", "Don’t tell coach", True),
        ("Darrell Mackintosh", "He was our best player by a mile", False),
        ("Darrell Mackintosh", "When you get saves like that", True),
        ("Darrell Mackintosh", "the team had talked between periods", False),
        ("Darrell Mackintosh", "he was pleased with how his younger players", True),
        ("Ilya Sorokin", "The guys blocked a lot of shots", False),
        (FERREIRA, "It’s playoff hockey", False),
        (FERREIRA, "he thought it deserved a longer look", False),
        ("Wyatt Lindgren", "fine, just mad", False),
        ("Wyatt Lindgren", "He’s been getting hit like that", False),
        ("Wyatt Lindgren", "Our mom is the one", True),
        ("Cole Lindgren", "he had not seen the hit coming", False),
        ("Cole Lindgren", "I’ll be ready Tuesday", False),
        ("Pat Deveau", "We came out flat", False),
        ("Pat Deveau", "his goaltender", True),
        ("Pat Deveau", "the Rangers would be better on home ice", False),
        ("Pat Deveau", "We’ve got a good group in there", False),
    ],
    "festival": [
        ("Simone Arsenault-Wheeler", "the festival learned in March", False),
        ("Simone Arsenault-Wheeler", "We found out in an email", False),
        ("Simone Arsenault-Wheeler", "the board had considered cancelling", False),
        ("Simone Arsenault-Wheeler", "If we go dark for a year", False),
        (COUNCIL, "demand for operating grants had risen sharply", False),
        (COUNCIL, "festivals that lost funding could still apply", False),
        ("Tobias Kealey", "he was heartbroken but not surprised", False),
        ("Tobias Kealey", "Everyone in this sector has been waiting", False),
        ("Tobias Kealey", "It dropped on us", True),
        ("Tobias Kealey", "he would look for another theatre", False),
        ("Ingrid Sandoval", "the exhibition costs little to mount", False),
        ("Ingrid Sandoval", "People come for the paintings", False),
        ("Gareth Munroe", "the council would vote next month", False),
        ("Gareth Munroe", "It won’t replace what the province gave", False),
        ("Beverley Outhit", "the news had hit the town hard", False),
        ("Beverley Outhit", "This place is the reason", False),
        ("Simone Arsenault-Wheeler", "the festival would launch a fundraising campaign", False),
        ("Simone Arsenault-Wheeler", "We’ve been broke before", False),
        ("Simone Arsenault-Wheeler", "We have never been quiet", True),
    ],
    "novelist": [
        ("Hana Kowalczyk", "My kids were small", False),
        ("Hana Kowalczyk", "I’d drive to the Safeway", True),
        ("Hana Kowalczyk", "her grandmother told stories of the farm", False),
        ("Hana Kowalczyk", "She’d get to the good part", False),
        ("Hana Kowalczyk", "I spent my whole childhood", True),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Hana Kowalczyk", "So in a way the book is me", False),
        ("Hana Kowalczyk", "My aunt called me after she read it", False),
        ("Hana Kowalczyk", "she had nearly given up on fiction", False),
        ("Hana Kowalczyk", "You learn a lot about how people talk", False),
        ("Rafael Quintero", "he knew within 20 pages", False),
        ("Rafael Quintero", "It has the patience of a 19th-century novel", False),
        ("Rafael Quintero", "the publisher has already ordered a third printing", False),
        (JURY, "a book about inheritance", False),
        ("Hana Kowalczyk", "she has not let herself think about it", False),
        ("Hana Kowalczyk", "she has", True),
        ("Hana Kowalczyk", "A new car", False),
        ("Hana Kowalczyk", "One with a better seat", True),
    ],
    "fiddler": [
        (GUS, "the wakes are the better gigs", False),
        (GUS, "At a wedding they want the same six tunes", False),
        (GUS, "the first tune he learned took him a whole winter", False),
        (GUS, "The cows didn’t complain", False),
        ("Catriona MacPhail", "her grandfather refuses to use sheet music", False),
        ("Catriona MacPhail", "He says if you need the paper", False),
        ("Catriona MacPhail", "He’s right, which is annoying", True),
        (GUS, "They didn’t", True),
        (GUS, "She picked the tunes", False),
        ("Lise Thériault", "MacPhail is one of the last players", False),
        ("Lise Thériault", "When he goes, a whole way of hearing music", False),
        (GUS, "there are boys and girls in every parish", False),
        (GUS, "They’ve got YouTube", False),
        ("Dolores Gillis", "the Thursday nights began in 1988", False),
        ("Dolores Gillis", "Some nights there are 12 people", False),
        ("Dolores Gillis", "Gus plays the same for both", True),
        (GUS, "I’ll stop when my fingers do", False),
        (GUS, "And then I’ll tap my foot", True),
    ],
    "artscentre": [
        (BOARD, "will close its doors at the end of June", False),
        ("Priya Venkataraman", "the building needs roughly $1.4 million", False),
        ("Priya Venkataraman", "We looked at every option", False),
        ("Priya Venkataraman", "the board had offered the building to the city", False),
        ("Priya Venkataraman", "the city had said no", True),
        (CITY, "it had assessed the building", False),
        (CITY, "it would help the centre’s programs", True),
        ("Marcus Delorme", "a real loss for a part of town", False),
        ("Marcus Delorme", "I learned to throw a pot", False),
        ("Marcus Delorme", "he would ask council to look at", False),
        ("Eileen Burtnyk", "she learned of the closure from a notice", False),
        ("Eileen Burtnyk", "I cried in the parking lot", False),
        ("Shaun Kirkpatrick", "about 60 people give their time", False),
        ("Shaun Kirkpatrick", "many had asked what would happen to the kilns", True),
        ("Shaun Kirkpatrick", "People are grieving", False),
        ("Marisol Echeverría", "the arts community would try to buy the kilns", False),
        ("Marisol Echeverría", "We’ll find a garage", False),
        ("Marisol Echeverría", "Clay doesn’t care", True),
        ("Priya Venkataraman", "the centre’s final event", False),
    ],
}

ARTICLES = {"hockey": HOCKEY, "festival": FESTIVAL, "novelist": NOVELIST, "fiddler": FIDDLER, "artscentre": ARTSCENTRE}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 12 of 71 required when the batch was written (blind). Then 21 by one gold slip: the fiddler's spellings
#: took "Gus MacPhail", his nickname and surname, which is not his name as the story gives it most completely
#: (GUIDELINES), so the blind run's "Gus MacPhail" rows were wrong too (9). Then 0: a nickname in quotation marks
#: between a given name and a surname ("Jordan “Tank” Ferreira", "Angus “Gus” MacPhail") broke the name for the
#: recogniser, so the surname alone found no full name (2 rows, 4 wrong) or his granddaughter's (4 rows, 8 wrong), and
#: the nickname before the surname stood as a person of its own (5 rows, 9 wrong) (`quoted_nicknames`). Nothing left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
