"""Quotes of a twenty-fourth batch of blind probes (longform_probes_twentyfourth.py, Canadian magazine-style profiles
and explainers on the web, two delivered as one long block): the whole batch against its gold, whose count of wrong
quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
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
        ("Graham Ostrowski", "top-up is the part of the policy", False),
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
#: measured: 22 of 93 required when the batch was written (blind), 2 of them from the gold itself, whose anchor "that
#: top-up is …" took a "that" for the start of the clause where the text reads it as "that top-up" (mended in the gold:
#: 20). Then 18 after "Her answer:" or "Ruiz’s advice:" alone before a colon gave the quotation after it to the one
#: whose answer it is (`introductions.words_owner`), and 16 after a name set beside "One of her students," was the
#: speaker, also one the recogniser took for an organisation's (`named_speakers`). Dropped: a cue after a quotation
#: that the parser hung on the clause after it ("“…,” Marisol recalls, sitting at her kitchen table with a mug of tea
#: she does not drink. “…”") reporting the quotation, not the scene (3 fewer here, but the parser hangs the cue so on
#: that one sentence only: no other wording of it could be found that fails). Left: that sentence (3), "she says" after
#: "X says what Okafor describes is common", given to the Okafor in the reported clause (2), "according to" figures, a
#: contractor's quote or the census as a source (3), the title "Skip" kept in "Skip Rhonda Vermette" (2; "Skip" is also
#: a given name), "pointing out the dents" as a cue (1), "says it could, but only with land …" (1), and "Tristan Bear",
#: tagged an organisation, so no later "he" stands for him (4).
#: 12 after a name of two words tagged an organisation whose first word the article uses alone as a person's ("“…,”
#: Tristan says") was a person's, unless the word is also a surname or alone an organisation ("the Trump Train" beside
#: "Trump", a PolNeAR train article), so that a later "he" finds him (`missed_names.person_taken_for_organisation`);
#: 10 after a name set beside a kin noun ("Her husband, Dev Okafor,") was no "she" (`genders`), so the "she" after "X
#: says what Okafor describes is common" is X again. Left: the scene after "recalls" (3), "according to" figures, a
#: contractor's quote or the census (3; PolNeAR keeps such records as sources), "Skip" (2), "pointing out" (1; a cue
#: in PolNeAR) and "says it could, but only with land …" (1).
#: Then 9: "says it could, but only with land …", a subject and a modal whose verb is left out, is said with the
#: limit set off after it (elided_clauses, 1).
WRONG_TODAY = 9


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_quotation_after_her_answer_and_a_colon_is_hers(nlp):
    """ "She does not hesitate. Her answer: “…”": no verb stood before the colon, so the quotation had no speaker."""
    rows = said_by(
        nlp,
        "Tom Hale has run the ferry for thirty years. Will he sell it? He does not hesitate. His answer: “Not while I "
        "can still tie a knot.”",
        "Ada Ruiz, a deckhand, has worked beside him since 2009. Ruiz’s advice: “Never ask him about the engine.”",
    )
    assert rows == [
        ("Tom Hale", "“Not while I can still tie a knot.”"),
        ("Ada Ruiz", "“Never ask him about the engine.”"),
    ]


def test_a_name_set_beside_one_of_a_group_of_people_is_the_speaker(nlp):
    """ "One of Harriet’s students, ten-year-old Tristan Bear, says …": the parser hung the name on "students", or the
    recogniser took it for an organisation's, and "One" was an unnamed source."""
    rows = said_by(
        nlp,
        "Ann Lee teaches Cree in Sandy Bay. One of her students, Tristan Moss, says he speaks Cree with his kokum.",
        "One of Lee’s students, ten-year-old Tristan Bear, says he speaks Cree on the phone every Sunday.",
    )
    assert [speaker for speaker, _ in rows] == ["Tristan Moss", "Tristan Bear"]


def test_a_name_tagged_an_organisation_that_the_article_calls_by_the_given_name_alone_is_a_later_he(nlp):
    """ "One of Harriet’s students, ten-year-old Tristan Bear, says …" with the name tagged an organisation, then
    "“…,” Tristan says": the article calls him by his given name alone, so the name is a person's, and a later "he
    says" is his, not the woman's named before him."""
    rows = said_by(
        nlp,
        "Ann Lee teaches Cree in Sandy Bay. Her daughter, Eliza Lee, helps her. “She is strict,” Eliza says.",
        "One of Lee’s students, ten-year-old Tristan Bear, says he speaks Cree on the phone every Sunday. “She cried "
        "the first time,” Tristan says. He will not tell a visitor his favourite word. “You have to take the class,” "
        "he says.",
    )
    assert rows[-1] == ("Tristan Bear", "“You have to take the class,”")


def test_a_name_set_beside_a_kin_noun_is_no_she_of_that_kin_nouns_other_gender(nlp):
    """ "Her husband, Dev Okafor, …" then "Dr. X says what Okafor describes is common. The damage, she says, …": the
    surname in the reported clause was the latest person before the "she", and nothing told that he is a man."""
    rows = said_by(
        nlp,
        "Her husband, Sam Ruel, a welder, noticed first. “She stopped talking about work,” he says.",
        "Dr. Lena Pike, a psychologist in Regina, says what Ruel describes is common. The harm, she says, builds up "
        "over many quiet nights.",
    )
    assert rows[-1] == ("Lena Pike", "The harm builds up over many quiet nights")
