"""Quotes of a twenty-fourth batch of blind probes (longform_probes_twentyfourth.py, Canadian magazine-style profiles
and explainers on the web, two delivered as one long block): the whole batch against its gold, whose count of wrong
quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_twentyfourth import COOP, CREE, CURLING, PARAMEDIC, REBATE

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. An institution that speaks is
#: named as the article names it, and a person named again by the given name alone is the full name given before. A
#: quotation that goes on after its cue without a new one is one quote (its first part is the anchor); "X says" in the
#: present tense is a cue like "said", and so are "recalls", "adds", "asks", "wrote" and "laughs" after a quote; a
#: quote right after "He laughs." or "Her answer:" is the person's, as is a quote that answers the writer's question
#: ("Would she do it again? “Absolutely,” she says."). The writer's own questions are no quotes. "According to" a
#: person or a body makes them the speaker; "according to" figures, a census or a contractor's quote speaks no quote.
#: What someone "called" in passing, a one-word answer before "says X" and a view given after a colon without quotation
#: marks ("Ostrowski’s view: …") are borderline (optional), as is what an unnamed group ("language experts") says.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "paramedic": [
        ("Marisol Okafor", "We worked him for forty minutes", False),
        ("Dev Okafor", "She stopped telling me about her shifts", False),
        ("Brent Kowalczyk", "the job has changed more in five years", False),
        ("Brent Kowalczyk", "We used to spend an hour", False),
        ("Brent Kowalczyk", "Every shift", False),
        ("Anjali Ramnarine", "what Okafor describes is common", False),
        ("Anjali Ramnarine", "often comes less from a single terrible call", False),
        ("Anjali Ramnarine", "People think the trauma is the car crash", False),
        ("Anjali Ramnarine", "paramedics wait an average of two years", False),
        ("Ontario Paramedic Association|The Ontario Paramedic Association", "the province needs a standard", False),
        ("Curtis Lamontagne", "the group has asked for one three times", False),
        ("Curtis Lamontagne", "Nobody would accept a fire truck", False),
        ("Hamilton Paramedic Service", "it had hired 30 paramedics", False),
        ("Hamilton Paramedic Service|service", "remain a province-wide challenge", False),
        ("Marisol Okafor", "she sleeps through the night", False),
        ("Marisol Okafor", "Absolutely", False),
    ],
    "curling": [
        ("Lorne Haugen", "We have 71 members", False),
        ("Lorne Haugen", "That one’s from my dad", False),
        ("Wendell Sayese", "the last few have been a fight", False),
        ("Wendell Sayese", "Some mornings I come in", False),
        ("Wendell Sayese", "Probably sit at home", False),
        ("Curling Alberta", "14 rural clubs in the province have closed", False),
        ("Marcus Twinn", "small towns built their rinks in the same decade", False),
        ("Marcus Twinn", "like a whole generation of furnaces", False),
        ("Marcus Twinn", "the association has no money of its own", False),
        ("Rhonda Vermette", "This is where I learned to lose", False),
        ("Colleen Vermette", "the club has been the town’s living room", False),
        ("Colleen Vermette", "Where else do farmers and nurses", False),
        ("Colleen Vermette", "the closest other rink is 45 minutes away", False),
        ("Priya Dhaliwal", "council had looked at taking over the building", False),
        ("Priya Dhaliwal", "The town recognizes how much the club means", False),
        ("Priya Dhaliwal", "the town would help the club apply", False),
        ("Kaylee Sayese", "I was going to skip here one day", False),
        ("Kaylee Sayese", "has promised to drive her to the rink", False),
        ("Lorne Haugen", "There’s always a chance", False),
    ],
    "coop": [
        ("Bernadette Lacroix-Mensah", "We didn’t know anything", False),
        ("Josée Mensah", "her mother ran it like a small village", False),
        ("Josée Mensah", "If a kid broke a window", False),
        ("Josée Mensah", "she did not understand how unusual", False),
        ("Farid Belkacem", "he could not live in the neighbourhood otherwise", False),
        ("Farid Belkacem", "My rent is $780", False),
        ("Farid Belkacem", "he joined the board two years ago", False),
        ("Farid Belkacem", "Somebody has to learn where Bernadette", False),
        ("Bernadette Lacroix-Mensah", "There were meetings where people screamed", False),
        ("Sandrine Aubut-Leclerc", "it could, but only with land", False),
        ("Sandrine Aubut-Leclerc", "The financing is hard", False),
        ("Mathieu Tremblay", "Montreal has set aside 14 lots", False),
        ("Mathieu Tremblay", "We want more Tisserands", False),
        ("Mathieu Tremblay", "the city is also studying a program", False),
        ("Sandrine Aubut-Leclerc", "the most promising idea in a decade", True),
        ("Sandrine Aubut-Leclerc", "it should have come twenty years ago", False),
        ("Sandrine Aubut-Leclerc", "Every year we waited", False),
        ("Bernadette Lacroix-Mensah", "Find the stubborn ones", False),
    ],
    "rebate": [
        ("Department of Finance|The Department of Finance", "A family of four in Alberta will receive", False),
        ("Catherine Dubreuil-Anand", "the payment is designed to return", False),
        ("Catherine Dubreuil-Anand", "Eight out of ten families", False),
        ("Graham Ostrowski", "Mostly", True),
        ("Graham Ostrowski", "If you only count the fuel charge", False),
        ("Graham Ostrowski", "the picture changes once you count", False),
        ("Graham Ostrowski", "That part is smaller", False),
        ("Graham Ostrowski", "the rebate works as designed", True),
        ("Leah Nakashima", "the growth argument is overstated", False),
        ("Leah Nakashima", "the cost to the economy is tiny", False),
        ("Leah Nakashima", "Every serious model", False),
        ("Leah Nakashima", "is the real political problem", False),
        ("Graham Ostrowski", "that top-up is the part of the policy", False),
        ("Graham Ostrowski", "People in small towns drive farther", False),
        ("Canada Revenue Agency|The Canada Revenue Agency", "anyone who files a tax return", False),
        ("Canada Revenue Agency|agency", "about 300,000 people missed", False),
        ("Leah Nakashima", "the deposit arrives with a label", False),
        ("Leah Nakashima", "It shows up in your bank account", False),
        ("Department of Finance|The Department of Finance", "it was working with banks", False),
        ("Catherine Dubreuil-Anand", "it will as long as her government", False),
        ("Owen Birchall", "his party would scrap both", False),
        ("Owen Birchall", "Canadians don’t need Ottawa", False),
        ("Leah Nakashima", "Policies that people can’t see", False),
    ],
    "cree": [
        ("Harriet Kakakaway", "When I was their age", False),
        ("Eliza Kakakaway", "She has a city accent now", False),
        ("Tristan Bear", "he speaks Cree with his kokum", False),
        ("Tristan Bear", "She cried the first time", False),
        ("Tristan Bear", "the one for northern lights", False),
        ("Tristan Bear", "You have to take the class", False),
        ("Dale Morin", "the Cree program has changed the building", False),
        ("Dale Morin", "Attendance in Kakakaway’s class is the highest", False),
        ("Dale Morin", "Kids want to be in that room", False),
        ("", "teachers like Kakakaway are in short supply", True),
        ("Wilfred Bouvier-Sinclair", "the next ten years will decide", False),
        ("Wilfred Bouvier-Sinclair", "The elders are the dictionaries", False),
        ("Wilfred Bouvier-Sinclair", "fluent teachers are retiring faster", False),
        ("Eliza Kakakaway", "I sit in the back", False),
        ("Harriet Kakakaway", "She sits in the front", False),
        (
            "Northern Lights School Division|The Northern Lights School Division",
            "it would add two Cree teaching positions",
            False,
        ),
        ("Northern Lights School Division|division", "Language is at the centre of our plan", False),
        ("Gloria Nateweyes", "the waiting list for Harriet’s adult class", False),
        ("Gloria Nateweyes", "We could fill three more classes", False),
        ("Gloria Nateweyes", "That is the question that keeps me up", False),
        ("Harriet Kakakaway", "One of these kids", False),
    ],
}

ARTICLES = {"paramedic": PARAMEDIC, "curling": CURLING, "coop": COOP, "rebate": REBATE, "cree": CREE}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
