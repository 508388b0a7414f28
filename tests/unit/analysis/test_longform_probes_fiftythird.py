"""Quotes of a fifty-third batch of blind probes (longform_probes_fiftythird.py, the Canadian technology and startup
press and quotes taken from social media): the whole batch against its gold, whose count of wrong quotes may only go
down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftythird import (
    AI_RULES,
    LAYOFFS,
    ROBOT_SALE,
    SENSOR_SHUTDOWN,
    SERIES_B,
)

RAMANATHAN = "Priya Ramanathan"
LEDGERLEAF = "Ledgerleaf"
ACHTERBERG = "Dominic Achterberg"
CASTELLANO = "Mira Castellano"
OSEI_BONSU = "Nathaniel Osei-Bonsu"
UNION = "Atlantic Tech Workers Union|The Atlantic Tech Workers Union"
MACKINNON = "Fiona MacKinnon-Baptiste"
THERIAULT = "Gabriel Thériault"
FITZROY = "Colleen Fitzroy"
BRISEBOIS = "Anjali Brisebois"
WREN_LACHANCE = "Tobias Wren-Lachance"
ORRERY = "Orrery"
ADEYEMI_CLARKE = "Benjamin Adeyemi-Clarke"
VASQUEZ_MOREAU = "Helene Vasquez-Moreau"
FAIRWEATHER = "Ines Fairweather"
PEMBERTON = "Douglas Pemberton"
WHITLOCK = "Arjun Whitlock"
ALDANA_BROOKS = "Kenji Aldana-Brooks"
KOWALCZYK = "Ada Kowalczyk"
BERGSTROM_ADU = "Colin Bergstrom-Adu"
HARVEST_LANE = "Harvest Lane Capital"
TKACHUK = "Rosalind Tkachuk"
OSTROWSKI = "Dale Ostrowski"
ACHTERHOF = "Wendell Achterhof"
DELORME = "Marisa Delorme"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives ("the 28-year-old" is Priya Ramanathan, "the founder" Nathaniel Osei-Bonsu, "its
#: founder" and "the 34-year-old" Colin Bergstrom-Adu, "the professor" Helene Vasquez-Moreau, "the farmer" Dale
#: Ostrowski; "its chief executive announced" is the chief executive named in the next sentence). A post is a
#: statement by its author: "wrote in a LinkedIn post", "posted on X", "said in a thread", "replied in the thread" and
#: "the company wrote" in a blog post are quotes of the person or company that wrote them; "told BetaKit" and "said in
#: an interview" are the speaker's. A company, a fund and a union that speak are institutions ("The company said"
#: after Orrery is Orrery). A quotation that follows one of the same speaker past its cue with no cue of its own joins
#: that quote. Optional: groups and unnamed sources (employees, a user of an anonymous forum and its "another post",
#: farmers, a spokesperson for Carver) and "the companies said" (two companies at once).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "series_b": [
        (LEDGERLEAF, "raised $40 million in a Series B round", False),
        (RAMANATHAN, "the money would go to hiring engineers", False),
        (RAMANATHAN, "Small businesses in Canada were our proving ground", False),
        (LEDGERLEAF, "it now processes payroll", False),
        (LEDGERLEAF, "We are not building a feature", False),
        (ACHTERBERG, "the firm had tracked the company", False),
        (ACHTERBERG, "ships faster than anyone", False),
        (ACHTERBERG, "he was not worried by the slowdown", False),
        (ACHTERBERG, "Good companies get funded", False),
        (CASTELLANO, "payroll was a crowded field", False),
        (CASTELLANO, "The American market has three giants", False),
        (RAMANATHAN, "she had heard the doubts before", False),
        (RAMANATHAN, "Every investor who passed", False),
        (LEDGERLEAF, "it planned to add 60 more", False),
    ],
    "layoffs": [
        (OSEI_BONSU, "has laid off 85 people", False),
        (OSEI_BONSU, "This is the hardest decision", False),
        (OSEI_BONSU, "company had grown too quickly", False),
        (OSEI_BONSU, "departing employees would receive", False),
        ("", "the cuts came without warning", True),
        ("", "they worked at Quillwork", True),
        ("", "staff learned of the layoffs", True),
        ("", "Found out I was gone", True),
        (UNION, "it has 400 members", False),
        (UNION, "the layoffs showed why workers needed", False),
        (UNION, "Twelve weeks is not a gift", False),
        (MACKINNON, "the union had asked Quillwork", False),
        (MACKINNON, "They found time to close", False),
        (THERIAULT, "he held no grudge", False),
        (THERIAULT, "Nate built something real", False),
        (THERIAULT, "he had already had three interviews", False),
        (FITZROY, "her department would help", False),
        (FITZROY, "tech talent is not going anywhere", False),
    ],
    "ai_rules": [
        (BRISEBOIS, "Canadians deserve to know", False),
        (BRISEBOIS, "the rules would apply only", False),
        (BRISEBOIS, "her office had met more than 200", False),
        (WREN_LACHANCE, "the rules would push young companies", False),
        (WREN_LACHANCE, "Nobody at a seed-stage startup", False),
        (ORRERY, "it supported transparency", False),
        (ADEYEMI_CLARKE, "the bill was written without enough input", False),
        (ADEYEMI_CLARKE, "The minister met 200 companies", False),
        (VASQUEZ_MOREAU, "the criticism was overstated", False),
        (VASQUEZ_MOREAU, "Europe passed far stricter rules", False),
        (VASQUEZ_MOREAU, "fines were lower than those", False),
        (BRISEBOIS, "Happy to meet any founder", False),
    ],
    "robot_sale": [
        ("|Hollis Robotics|Carver Logistics", "has agreed to be acquired", True),
        (FAIRWEATHER, "Marlowe was a sketch", False),
        (PEMBERTON, "the deal would let Carver offer", False),
        (FAIRWEATHER, "the company had talked to three buyers", False),
        (FAIRWEATHER, "We wanted a home", False),
        (FAIRWEATHER, "all 210 employees would keep", False),
        (WHITLOCK, "he would leave after the deal", False),
        (WHITLOCK, "Time for me to go build", False),
        (ALDANA_BROOKS, "Every time one of our best companies", False),
        (ALDANA_BROOKS, "Columbia needed more late-stage funds", False),
        ("", "the company had no plans to move", True),
        (KOWALCZYK, "Proud of this crew", False),
    ],
    "sensor_shutdown": [
        (BERGSTROM_ADU, "is shutting down after it failed", False),
        (BERGSTROM_ADU, "We ran out of runway", False),
        (BERGSTROM_ADU, "the company had signed 600 farms", False),
        (BERGSTROM_ADU, "would return what was left", False),
        (HARVEST_LANE, "it stood by the team", False),
        (TKACHUK, "Hardware is hard", False),
        (TKACHUK, "her fund would keep investing", False),
        ("", "they would miss them", True),
        (OSTROWSKI, "app told him which fields", False),
        (OSTROWSKI, "I saved more on fertilizer", False),
        (OSTROWSKI, "he had asked the company", False),
        (OSTROWSKI, "They told me the app goes dark", False),
        (ACHTERHOF, "new tax credit for agriculture technology", False),
        (DELORME, "the credit came two years too late", False),
        (DELORME, "Fieldnote did not need a post", False),
    ],
}

ARTICLES = {
    "series_b": SERIES_B,
    "layoffs": LAYOFFS,
    "ai_rules": AI_RULES,
    "robot_sale": ROBOT_SALE,
    "sensor_shutdown": SENSOR_SHUTDOWN,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 15 of 63 required when the batch was written (blind). Then 13 with two gold slips mended: the union's
#: "which ... says it has 400 members" is a statement of the union's, and the forum user "who said they worked at
#: Quillwork" an unnamed source's (optional). Then 7: what a person is reported to have said tells nothing of who said
#: it, so "the farmer" is not the founder who "said the company had signed 600 farms", and "the 31-year-old" is not
#: the founder a laid-off developer "said he held no grudge against" (reported_words). Left: "its chief executive
#: announced" and "its founder said" before the name comes in the next sentence (4: each a miss and an unnamed row);
#: the union that "posted on X, formerly Twitter, that ..." after "which ... says it has 400 members", whose posted
#: clause is lost (1); and "startup Orrery", which the recogniser does not see as a name, so "The company said" stays
#: a bare "company" (2). Then 3: a lede's "its chief executive announced" or "its founder said" is the person the
#: next sentence names bare as the writer of a quotation ("“…,” X wrote", witnesses_named_next; 4 wrong). Left: the
#: union's posted clause (1) and "startup Orrery" (2). Then 1: "The company said" right after the untagged "Orrery,
#: which sells software …, raised …" is Orrery, the proper subject of the sentence before (untagged_subject_bodies; 2).
#: Left: the union's posted clause (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
