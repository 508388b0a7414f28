"""Quotes of a twelfth batch of blind long-form probes (longform_probes_twelfth.py, Canadian news and features, half
in long blocks): the whole batch against its gold, whose count of wrong quotes may only go down, and the shapes the
batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import quote_rows_of, wrong_quotes
from tests.unit.analysis.longform_probes_twelfth import COUNCIL, DROUGHT, HOCKEY, REFUGEES, THEATRE, WILDFIRE

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A sign that "read" something and
#: "according to a report by …" are documents, no quotes; a person reading aloud from a diary is borderline (optional).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "wildfire": [
        ("Saskatchewan Public Safety Agency", "the fire had crossed Highway 120", False),
        ("Saskatchewan Public Safety Agency|", "Conditions remain extreme", True),
        ("Kendra Boychuk", "140 firefighters and nine air tankers", False),
        ("Kendra Boychuk", "not going to be able to put this one out", False),
        ("Kendra Boychuk", "two cabins and a storage shed", False),
        ("Marlene Okemasis", "We left with the clothes", False),
        ("Gord Lindquist", "never seen smoke like it", False),
        ("Gord Lindquist", "The sky went orange", False),
        ("Amandeep Gill", "families are being matched", False),
        ("Amandeep Gill", "Every room in the city is full", False),
        ("Allan Fehr", "asked the province for help with fuel breaks", False),
        ("Allan Fehr", "We were told there was no money", False),
        ("Saskatchewan Public Safety Agency", "fuel-break funding is decided", False),
        ("Allan Fehr", "has not slept more than three hours", False),
        ("Kendra Boychuk", "crews will try a controlled burn", False),
        ("Kendra Boychuk", "a tool we use when we have a window", False),
        ("Saskatchewan Public Safety Agency", "the fire was caused by lightning", True),
        ("Saskatchewan Public Safety Agency", "evacuation order for the hamlet", False),
    ],
    "hockey": [
        ("Trevor Sauvé", "he was 13 when the abuse began", False),
        ("Trevor Sauvé", "I told a league official in 1996", False),
        ("Miriam Achterberg", "This league knew", False),
        ("Miriam Achterberg", "the claim seeks $4.5 million", False),
        ("Prairie Minor Hockey Association", "takes every allegation seriously", False),
        ("Prairie Minor Hockey Association", "adopted a new safe-sport policy", False),
        ("Naomi Friesen", "lawsuits like Sauvé’s are becoming", False),
        ("Naomi Friesen", "For a long time, each of these men", False),
        ("Naomi Friesen", "leagues have historically relied", False),
        ("Naomi Friesen", "A volunteer who gets a phone call", False),
        ("Trevor Sauvé", "his mother kept a diary", False),
        ("Trevor Sauvé|", "Trevor quiet again after practice", True),
        ("Trevor Sauvé", "She knew something was wrong", False),
        ("Hockey Manitoba", "it was not a party to the lawsuit", False),
        ("Hockey Manitoba|", "We encourage anyone with information", True),
        ("Miriam Achterberg", "she expects the association to file", False),
        ("Miriam Achterberg", "Then we’ll see what their own minutes", False),
    ],
    "drought": [
        ("Wes Haugen", "My dad built this herd", False),
        ("Kaylee Haugen", "the plan has not changed", False),
        ("Kaylee Haugen", "I’m not going anywhere", False),
        ("Wes Haugen", "now sells for $260", False),
        ("Wes Haugen", "The guy I buy from in Saskatchewan", False),
        ("Ruth Makowsky", "the dry spell is the worst", False),
        ("Ruth Makowsky", "Three years without a proper spring", False),
        ("Ruth Makowsky", "producers who sell breeding stock", False),
        ("Dale Strand", "would declare an agricultural disaster", False),
        ("Dale Strand", "We hear producers", False),
        ("Kaylee Haugen", "Acting would be rain", False),
        ("Wes Haugen", "You can laugh", False),
        ("Ruth Makowsky", "a fourth dry year is possible", False),
        ("Ruth Makowsky", "I tell people to plan for it", False),
        ("Kaylee Haugen", "she has started a spreadsheet", False),
        ("Kaylee Haugen", "So when it rains", False),
    ],
    "theatre": [
        ("Colette Ambrose", "We’ve run out of money", False),
        ("Owen Thibodeau", "I wrote it for this room", False),
        ("Owen Thibodeau", "he learned of the closing", False),
        ("Marisol Quintero", "the company taught her everything", False),
        ("Marisol Quintero", "Harold used to say", False),
        ("Devon Achebe", "It’s strange to start somewhere", False),
        ("Joan Ferrante", "the board waited too long", False),
        ("Joan Ferrante", "They kept programming", False),
        ("Benjamin Osei", "he offered another gift", False),
        ("Benjamin Osei", "I’m not angry", False),
        ("Linda Ruskin", "considered every option", False),
        ("Colette Ambrose", "Ben has been very generous", False),
        ("Colette Ambrose", "read the names of everyone", False),
        ("Colette Ambrose", "There are about 1,100 names", False),
        ("Colette Ambrose", "They deserve to be said out loud", False),
    ],
    "council": [
        ("Theresa Szeto", "the increase was the lowest", False),
        ("Theresa Szeto", "Nobody on this council wanted", False),
        ("Bryce Lemieux", "the city had not looked hard enough", False),
        ("Bryce Lemieux", "We found $400,000 tonight", False),
        ("Fatima Haidari", "Those savings were one-time money", False),
        ("Dwayne Tallis", "the vote was the hardest", False),
        ("", "deferring road repairs", True),
        ("Howard Brandt", "seniors in his neighbourhood are choosing", False),
        ("Howard Brandt", "I have neighbours who have lived", False),
        ("Priscilla Nakamura", "protect the transit budget", False),
        ("Priscilla Nakamura", "If you cut the 8 route", False),
        ("Ravi Sundaram", "the city’s reserves are at their lowest", False),
        ("Theresa Szeto", "expected the increase to come down", False),
        ("Theresa Szeto", "This is the hard year", False),
    ],
    "refugees": [
        ("Yusuf Khatib", "The first month, I did not understand", False),
        ("Yusuf Khatib", "the hardest thing has not been", False),
        ("Yusuf Khatib", "In Lebanon, we waited", False),
        ("Rania Khatib", "she was afraid of the winter", False),
        ("Rania Khatib", "does not like it", False),
        ("Rania Khatib", "In January the children", False),
        ("Leila Mansour", "the Khatibs have moved faster", False),
        ("Leila Mansour", "They came with a plan", False),
        ("Leila Mansour", "the biggest obstacle", False),
        ("Leila Mansour", "We have doctors driving taxis", False),
        ("Graham Fitzsimmons", "the federal government is working", False),
        ("Graham Fitzsimmons", "It’s too slow", False),
        ("Rania Khatib", "speaks English with a Nova Scotia accent", False),
        ("Rania Khatib", "He corrects my grammar", False),
        ("Yusuf Khatib", "A small house", False),
    ],
}

ARTICLES = {
    "wildfire": WILDFIRE,
    "hockey": HOCKEY,
    "drought": DROUGHT,
    "theatre": THEATRE,
    "council": COUNCIL,
    "refugees": REFUGEES,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 25 when the batch was written (blind).
WRONG_TODAY = 25


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = [w for name, text in ARTICLES.items() for w in wrong_quotes(quote_rows_of(nlp, *text), GOLD[name])]
    assert len(wrong) <= WRONG_TODAY, wrong
