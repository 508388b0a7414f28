"""Quotes of a twenty-fifth batch of blind probes (longform_probes_twentyfifth.py, Canadian national web news in the
manner of a public broadcaster, three stories delivered as one long block): the whole batch against its gold, whose
count of wrong quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentyfifth import APPEAL, BOIL_WATER, BYELECTION, ER, FERRY, WILDFIRE

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. An institution that speaks is
#: named as the article names it ("the court", "the department", "the company" stand for the body named before, and
#: what "the statement said" is the body's). A quotation that goes on after its cue without a new one is one quote
#: (its first part is the anchor), even when it ends with a question; "X says" in the present tense is a cue like
#: "said", and so are "told CBC News", "asks" and "replied"; a description ("the minister", "his wife") or a pronoun is
#: the person it stands for. "According to" a person or a body makes them the speaker; "according to" figures or a
#: report speaks no quote, nor does what a report or an inquiry "found". A quotation inside a quote is the outer
#: speaker's only. What someone "called" in passing, what a body "confirmed", a reporter's question at a news
#: conference, with quotation marks or without ("A reporter asked why …", an unnamed source), and what "the statement
#: said" without quotation marks (a document is no speaker: GUIDELINES.md) are borderline (optional); a city's police
#: ("Winnipeg police said") is a group, an unnamed source, as PolNeAR has it, or the police named; the writer's own
#: questions are no quotes.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "appeal": [
        ("Ambrose Keewatin", "I kept telling them", False),
        ("Manitoba Court of Appeal|court|The court", "fatally undermined", False),
        ("Marguerite Ostapchuk", "cannot stand", False),
        ("Ioana Stratulat", "she first read the file in 2016", False),
        ("Ioana Stratulat", "she knew within a week", False),
        ("Ioana Stratulat", "The informant’s story changed four times", False),
        ("Ioana Stratulat", "the hair analysis used at trial", False),
        ("Ioana Stratulat", "Keewatin turned down two offers", False),
        ("Ioana Stratulat", "He said he would rather die", False),
        ("Verna Keewatin-Tait", "Our mother died in 2014", False),
        ("Teodor Wasylyshyn", "too early", False),
        ("Teodor Wasylyshyn", "I am not going to negotiate", False),
        ("", "Will the province apologize", True),
        ("Teodor Wasylyshyn", "There should be an apology", False),
        ("Teodor Wasylyshyn", "I have already asked my department", False),
        ("Manitoba Prosecution Service|The Manitoba Prosecution Service", "accepts the court", False),
        ("Manitoba Prosecution Service|The Manitoba Prosecution Service|service", "had reviewed its disclosure", True),
        ("Nnamdi Okereke-Vance", "the case is one of at least nine", False),
        ("Nnamdi Okereke-Vance", "We keep learning the same lesson", False),
        ("Manpreet Bains", "the ruling left his family", False),
        ("Manpreet Bains", "For 19 years we were told", False),
        ("Winnipeg police|Winnipeg Police|", "the file remains open", False),
        ("Ambrose Keewatin", "he planned to spend the night", False),
        ("Ambrose Keewatin", "I just want to sleep", False),
    ],
    "er": [
        ("Saskatchewan Health Authority|The Saskatchewan Health Authority", "it will stay closed on weekends", True),
        (
            "Saskatchewan Health Authority|The Saskatchewan Health Authority|health authority|The health authority",
            "continues to face significant physician",
            False,
        ),
        ("Odalys Pankratz", "I called the hospital", False),
        ("Odalys Pankratz", "a doctor there told her the delay", False),
        ("Odalys Pankratz", "had a triple bypass two days later", False),
        ("Ruben Pankratz", "he does not blame the nurses", False),
        ("Ruben Pankratz", "They’re run off their feet", False),
        ("", "the staff learn about closures", False),
        ("", "We find out on Facebook", False),
        ("", "two nurses have quit since October", False),
        ("Kwabena Asante-Lindqvist", "he covered 19 days in a row", False),
        ("Kwabena Asante-Lindqvist", "I can’t do that again", False),
        ("Kwabena Asante-Lindqvist", "the province needs to pay rural doctors", False),
        ("Everett Dziedzic", "the province has hired 190", False),
        ("Everett Dziedzic", "We are not going to pretend this is fixed", False),
        ("Everett Dziedzic", "he would not give a date", False),
        ("Tamsin Gazdag-Ahenakew", "the government has known about the shortage", False),
        ("Tamsin Gazdag-Ahenakew", "Every weekend this emergency room", False),
        ("Alphonse Betancourt", "council has offered free rent", False),
        ("Alphonse Betancourt", "We’ve had two phone calls", False),
        ("Ingrid Vaszary-Olumide", "wait times in the emergency room have nearly doubled", False),
        ("Ingrid Vaszary-Olumide", "We are absorbing two towns", False),
        ("Alphonse Betancourt", "the town has spent $60,000", False),
        (
            "Saskatchewan Medical Association|The Saskatchewan Medical Association",
            "it has asked the province for a rural locum",
            False,
        ),
        ("Odalys Pankratz", "What happens to the next person", False),
    ],
    "byelection": [
        ("Elections Canada", "Hadjiyannakis had 47.2 per cent", False),
        ("Elections Canada", "Turnout was 31 per cent", False),
        ("Dimitra Hadjiyannakis", "People here were told for years", False),
        ("Dimitra Hadjiyannakis", "she knocked on more than 9,000 doors", False),
        ("Dimitra Hadjiyannakis", "Not one person asked me", False),
        ("Warrick Thibodeau-Nakamura", "a message the prime minister cannot ignore", True),
        ("Warrick Thibodeau-Nakamura", "no seat in this country is safe", False),
        ("Callum Oyelowo-Fraser", "We ran a campaign", False),
        ("Callum Oyelowo-Fraser", "he had not decided whether to run again", False),
        ("Rukhsana Qureshi-Blum", "she was not surprised", False),
        ("Rukhsana Qureshi-Blum", "You could feel it in September", False),
        ("Rukhsana Qureshi-Blum", "she would still be knocking on doors", False),
        ("Callum Oyelowo-Fraser", "Did it help", False),
        (
            "Prime Minister’s Office|The Prime Minister’s Office",
            "respects the decision of voters",
            False,
        ),
        ("Sunniva Brekke-Mahabir", "her party had been squeezed", False),
        ("Sunniva Brekke-Mahabir", "People wanted to send a message", False),
        ("Ferdinand Achterberg", "The result is a warning sign", False),
        ("Ferdinand Achterberg", "the party’s vote fell most", False),
        ("Ferdinand Achterberg", "These are the voters who put them in power", False),
        ("Hoang Thi Lanh", "she changed her mind over her rent", False),
        ("Hoang Thi Lanh", "It went up $400", False),
        ("", "canvassers heard complaints", False),
        ("", "some longtime supporters simply stayed home", False),
        ("Dimitra Hadjiyannakis", "Find my office", False),
    ],
    "boil_water": [
        ("Rosalie Kejick-Beardy", "I filled a glass", False),
        ("Rosalie Kejick-Beardy", "the community hauled bottled water", False),
        ("Rosalie Kejick-Beardy", "families spent as much as $300", False),
        ("Rosalie Kejick-Beardy", "the band asked Ottawa for a new plant", False),
        ("Rosalie Kejick-Beardy", "We were told every time", False),
        ("Jordan Sakakeep", "he tests the water four times a day", False),
        ("Jordan Sakakeep", "People still watch me", False),
        ("Jordan Sakakeep", "it will take time for people to trust", False),
        ("Jordan Sakakeep", "You can’t undo eleven years", False),
        ("Winona Ostrander-Meekis", "teachers no longer have to tape over", False),
        ("Winona Ostrander-Meekis", "The kids kept asking", False),
        ("Winona Ostrander-Meekis", "the school spent about $8,000", False),
        ("Ignatius Keesick", "The water was clean then", False),
        ("Indigenous Services Canada", "146 long-term advisories", False),
        ("Indigenous Services Canada|department|The department", "it had spent $14.2 million", False),
        ("Ravinder Mukherjee-Walsh", "a long time coming", True),
        ("", "why the plant took more than a decade", True),
        ("Ravinder Mukherjee-Walsh", "That is a fair question", False),
        ("Ravinder Mukherjee-Walsh", "he would not set a new deadline", False),
        ("Ravinder Mukherjee-Walsh", "I’d rather do the work", False),
        ("Delphine Beardy-Moose", "she will keep buying bottled water", False),
        ("Delphine Beardy-Moose", "I believe the numbers", False),
        ("Elias Anishinabie-Crane", "the next fight is money", False),
        ("Elias Anishinabie-Crane", "the federal operating funding covers", False),
        ("Elias Anishinabie-Crane", "Ottawa is happy to cut a ribbon", False),
        ("Assembly of First Nations|The Assembly of First Nations", "proof that clean water on reserves", False),
    ],
    "ferry": [
        ("BC Ferries|company|The company", "it could not find enough certified crew", False),
        ("BC Ferries|company|The company", "Safety and reliability must come first", False),
        ("Marguerite Fonoti-Hall", "My whole winter was built", False),
        ("Marguerite Fonoti-Hall", "she will probably close the café", False),
        ("Hamish Okonjo-Baird", "residents learned about the cancellation", False),
        ("Hamish Okonjo-Baird", "Four days. You get more notice", False),
        ("Hamish Okonjo-Baird", "the committee had warned the company", False),
        ("Hamish Okonjo-Baird", "38 students cross each day", False),
        ("Tobiah Szalai", "It’s dark, it’s cold", False),
        ("Ione Haakenson", "the water taxi has no ramp", False),
        ("Ione Haakenson", "Last week two men lifted me", False),
        ("Kirsten Haakenson", "the family is looking at renting", False),
        ("Kirsten Haakenson", "That’s another $1,600 a month", False),
        ("", "crews have been working double shifts", False),
        ("", "Everybody’s tired", False),
        ("Graciela Montoya-Funk", "entirely predictable", False),
        ("Graciela Montoya-Funk", "the union had asked for a retention bonus", False),
        ("Sandeep Kaloti-Reyes", "We are not going to leave these families", False),
        ("", "What kind of solution", True),
        ("Sandeep Kaloti-Reyes", "I’m not going to announce it", False),
        ("Yolanda Przybylski", "the company has hired 240", False),
        ("Yolanda Przybylski", "We are training people", False),
        ("Yolanda Przybylski", "the company hopes to restore the route", False),
        ("Marguerite Fonoti-Hall", "Have they ever kept a date", False),
    ],
    "wildfire": [
        ("Ottoline Farquharson-Diallo", "The people of Falkland Ridge did everything", False),
        ("Ottoline Farquharson-Diallo", "her team heard from 611 witnesses", False),
        ("Ottoline Farquharson-Diallo", "the most painful testimony", False),
        ("Ottoline Farquharson-Diallo", "A text message that arrives", False),
        ("Ottoline Farquharson-Diallo", "that was not her mandate", False),
        ("Ottoline Farquharson-Diallo", "I was asked why this happened", False),
        ("Ottoline Farquharson-Diallo", "I will be satisfied", False),
        ("Leopold Wiśniewski-Tan", "The order came to my phone", False),
        ("Leopold Wiśniewski-Tan", "he read the report twice", False),
        ("Leopold Wiśniewski-Tan", "made him angry", False),
        ("Leopold Wiśniewski-Tan", "They found everything we told them", False),
        ("Ngozi Wiśniewski-Tan", "she still cannot drive on Highway 97", False),
        ("Ngozi Wiśniewski-Tan", "I take the long way", False),
        ("Harmeet Vasquez-Olding", "the government accepts all 47 recommendations", False),
        ("Bronwyn Achebe-Lund", "the province had already hired 300", False),
        ("Bronwyn Achebe-Lund", "We heard the commissioner", False),
        (
            "B.C. Wildfire Service|BC Wildfire Service|The B.C. Wildfire Service",
            "has already made significant changes",
            False,
        ),
        ("Casimir Oduya-Brandt", "the report matched what his firefighters saw", False),
        ("Casimir Oduya-Brandt", "We had no maps", False),
        ("Casimir Oduya-Brandt", "he would like the province to pay", False),
        ("Casimir Oduya-Brandt", "How many of my people", False),
        ("", "crews were told to hold the highway line", False),
        ("", "We were twelve people", False),
        ("", "she cried reading the report", False),
        ("Theodora Kuptana", "60 families still have not", False),
        ("Theodora Kuptana", "This report is important", False),
    ],
}

ARTICLES = {
    "appeal": APPEAL,
    "er": ER,
    "byelection": BYELECTION,
    "boil_water": BOIL_WATER,
    "ferry": FERRY,
    "wildfire": WILDFIRE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 17 of 143 required when the batch was written (blind), 4 of them from the gold itself, which asked for
#: what "the statement said" without quotation marks (a document is no speaker), took a reporter's question told
#: without them for no quote, and named "Winnipeg police" where PolNeAR leaves a city's police unnamed (mended in the
#: gold as above: 13). Then 9 after a name inside an unnamed source's own description ("A nurse at the Rosetown
#: hospital, who asked not to be named, …") no longer ended the chain of her "she said" (`unnamed_since`), 5 after a
#: person the recogniser cut at the hyphen of a surname ("Sandeep Kaloti" of "Sandeep Kaloti-Reyes") was given the
#: whole of it, so "the minister" was hers too (`hyphenated_names`), 3 after a person introduced as what "One of them
#: is" is became the topic a "he" after stands for (`introduced_names`), and 2 after a cue right after a quotation
#: that the parser hung on the quoted clause ("“…,” he says, grinning.") no longer reported that clause again with
#: the participle (`set_off_cues`). Left: "according to figures the health authority gave …" and "According to the
#: report, …" read as quotes of an unnamed source (2), which PolNeAR counts as quotes ("according to a poll"), so no
#: rule can drop them without a loss there. Not counted (optional), and mended: the reporter's quoted question "“What
#: kind of solution?” a reporter asked." went on with the minister's quote before it (`introductions`).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_name_inside_an_unnamed_sources_description_does_not_end_her_chain(nlp):
    """ "A baker at the Quist bakery, who asked not to be named, said …. “…,” she said": the name in her own
    description counted as someone named since she spoke, so "she" went to another person."""
    rows = said_by(
        nlp,
        "Ada Quist has run the Harbour Street bakery since 2009. A baker at the Quist bakery, who asked not to be "
        "named because she fears losing her job, said the owners cut hours in May. “We got the news by text,” she "
        "said.",
        "Tom Ruelle is the mayor of Kelby. A paramedic who has worked with Ruelle for a decade, and who asked not to "
        "be named, says the station is short of staff. “We run two trucks where we need four,” he says.",
    )
    assert [speaker for speaker, _ in rows] == ["", "", "", ""]


def test_a_person_cut_at_the_hyphen_of_a_surname_is_given_all_of_it(nlp):
    """ "Energy Minister Baljit Okoro-Lopez": the recogniser tagged "Baljit Okoro" alone, so the surname said later
    was no one's full name."""
    rows = said_by(
        nlp,
        "Energy Minister Baljit Okoro-Lopez was asked about the dam on Tuesday. “It will be built, and it will be "
        "built on time,” Okoro-Lopez said.",
    )
    assert rows == [("Baljit Okoro-Lopez", "“It will be built, and it will be built on time,”")]


def test_a_person_introduced_as_one_of_a_group_is_whom_he_stands_for(nlp):
    """ "One of them is Marc Ruelle, 16, who …. “…,” he said": the name is no subject, so "he" went back to the one
    who spoke before."""
    rows = said_by(
        nlp,
        "Ann Lee drives the school bus on the island. According to Lee, 38 students ride with her each day. One of "
        "them is Marc Ruelle, 16, who lives farthest out. “It’s a long ride, but I sleep,” he said.",
        "Tom Hale coaches the club. He says nine boys made the team this year. The youngest is Eli Brandt, who turned "
        "12 in May. “I just want to play,” he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Ann Lee", "Marc Ruelle", "Tom Hale", "Eli Brandt"]


def test_a_cue_after_a_quotation_and_before_a_gesture_reports_the_quotation_only(nlp):
    """ "“… tip over,” she says, laughing.": the parser hung the cue on the quoted clause, which was reported again
    as a quote of its own, with the gesture."""
    rows = said_by(
        nlp,
        "Ada Quist, the lighthouse keeper, is 71. She says she climbs the stairs twice a day. “Tourists still stare at "
        "me when I carry the groceries up. Like they’re waiting for me to tip over,” she says, laughing. She said she "
        "will retire next year.",
    )
    assert [quote[:20] for _, quote in rows] == ["she climbs the stair", "“Tourists still star", "she will retire next"]


def test_a_question_asked_between_two_quotations_with_cues_is_the_askers(nlp):
    """ "“…,” Ada Quist said. “What kind of ferry?” a fisherman asked. “…,” the mayor said.": a cue sentence right
    after a quotation was taken to announce the next quotation, though that one has a cue of its own, so the question
    went on with Quist's quote."""
    rows = said_by(
        nlp,
        "“The ferry will run all winter,” Ada Quist said. “What kind of ferry?” a fisherman asked. “A small one,” the "
        "mayor said.",
    )
    assert rows[:2] == [("Ada Quist", "“The ferry will run all winter,”"), ("", "“What kind of ferry?”")]
