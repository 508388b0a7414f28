"""Quotes of an eighteenth batch of blind probes (longform_probes_eighteenth.py, newswire stories with datelines,
mostly reported speech): the whole batch against its gold, whose count of wrong quotes may only go down, and the shapes
the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_eighteenth import (
    AIR_RAID,
    BUDGET,
    CAMPAIGN,
    CONGRESS,
    EARNINGS,
    LANDSLIDE,
    MISSILES,
    TAKEOVER,
    TALKS,
    TRIAL,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source (officials, analysts, sources
#: familiar with the matter, a spokesman who is not named). An institution that speaks is named as the article names
#: it. A quotation that goes on after its cue without a new one is one quote (its first part is the anchor); a speech
#: inside another ("Prosecutors say Vosk told customers …"), a judge "ruling that", lawmakers "who say", and what
#: someone "described as" or "called" in passing are borderline (optional). "According to" data or filings, "declined
#: to comment", "did not respond" and "did not mention" speak no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "campaign": [
        ("Dale Whitcomb", "he would cut federal fuel taxes", False),
        ("Dale Whitcomb", "They tell you it", False),
        ("Tessa Moran", "the plan would be paid for by closing loopholes", False),
        ("Gail Hendry", "the race was", False),
        ("Gail Hendry", "Undecided voters in Iowa break late", False),
        ("Omar Bastida", "Dale Whitcomb has promised cheaper gas", False),
        ("Linda Sorensen", "she had voted for Callahan four years ago", False),
        ("Linda Sorensen", "done with that", False),
        ("Claire Whitcomb", "the family was", False),
        ("Claire Whitcomb", "her father had taught her to drive", False),
    ],
    "earnings": [
        ("Halvern Systems Inc|Halvern Systems|Halvern", "it would cut about 6% of its workforce", False),
        ("Nadia Ferrante", "We grew too fast", False),
        ("Nadia Ferrante", "the cuts would fall mostly on sales", False),
        ("Halvern Systems Inc|Halvern Systems|Halvern", "it expected fourth-quarter revenue", False),
        ("Marcus Oyelaran", "The guidance is the problem", False),
        ("Ben Kessler", "large customers had delayed renewals", False),
        ("Ben Kessler", "demand had been", True),
        ("Halvern Systems Inc|Halvern Systems|Halvern", "its board had approved", False),
    ],
    "trial": [
        ("Harriet Lowe|", "prosecutors had presented enough evidence", True),
        ("Harriet Lowe", "argument that investors had been warned", False),
        ("Denise Achterberg", "the ruling was", False),
        ("", "Vosk told customers their deposits were safe", False),
        ("Kieran Vosk", "their deposits were safe", True),
        ("Paul Grady", "He looked people in the eye", False),
        ("Harriet Lowe", "she expected it to last", False),
        ("Gwen Tallis", "she had lost $61,000", False),
        ("Gwen Tallis", "That was my whole cushion", False),
    ],
    "congress": [
        ("ZANU-PF|ZANU-PF party", "it would hold its congress in December", False),
        ("Tendai Moyo", "The congress will go ahead", False),
        ("Citizens Coalition for Change|CCC", "holding a gathering of thousands", False),
        ("Ruvimbo Chari", "People are dying in Mbare", False),
        ("health ministry|Zimbabwe’s health ministry|ministry", "214 people had died", False),
        ("Farai Ncube", "the outbreak was", False),
        ("", "the ruling party was keen to settle", False),
        ("Simbarashe Dube", "Nobody in ZANU-PF wants", False),
    ],
    "budget": [
        ("Workers’ Party|Brazil’s Workers’ Party|PT", "it would back a bill", False),
        ("", "the measure would blow a hole", True),
        ("Gleisi Amaral", "Working people pay too much", False),
        ("Henrique Saldanha", "the government would propose offsetting", False),
        ("Henrique Saldanha", "likely before the congressional recess", False),
        ("Arthur Lemos", "his party would not support the bill", False),
        ("Arthur Lemos", "Nobody is against helping workers", False),
        ("", "palace was ready to trim the threshold", False),
        ("Juliana Prates", "The market has priced in", False),
    ],
    "missiles": [
        (
            "Joint Chiefs of Staff|South Korea’s Joint Chiefs of Staff|joint chiefs",
            "North Korea fired two short-range ballistic missiles",
            False,
        ),
        ("Joint Chiefs of Staff|South Korea’s Joint Chiefs of Staff|joint chiefs", "The missiles flew about", False),
        ("Defence Ministry|Japan’s Defence Ministry", "it had lodged a protest", False),
        ("Kenji Arakawa", "These repeated launches", False),
        ("", "the launches did not pose", False),
        ("Park Sung-hoon", "the North was likely testing", False),
        ("Park Sung-hoon", "They are not just sending", False),
        ("Ri Song-ae", "the drills were", False),
    ],
    "air_raid": [
        ("air force|Ukraine’s air force", "Russia launched 48 drones", False),
        ("air force|Ukraine’s air force", "Air defences shot down 41", False),
        ("general staff", "its forces had repelled 23 attacks", False),
        ("general staff", "The situation remains difficult", False),
        ("Oleh Marchenko", "a 67-year-old man was killed", False),
        ("Oleh Marchenko", "Rescuers pulled him out", False),
        ("defence ministry|Russia’s defence ministry", "its air defences had destroyed", False),
        ("Andriy Kovalenko", "speed up deliveries of air defence systems", False),
        ("Andriy Kovalenko", "Every day of delay", False),
    ],
    "talks": [
        ("", "Congo and Rwanda agreed on Tuesday to resume talks", False),
        ("", "tense", True),
        ("Therese Mbala", "We have a date", False),
        ("Olivier Nzeyimana", "his government remained committed", False),
        ("", "the next round would be held in Lausanne", False),
        ("MONUSCO|U.N. peacekeeping mission in Congo", "fighting had displaced", False),
        ("Aline Kabeya", "The humanitarian situation", False),
        ("", "the sides had clashed", False),
        ("", "Kinshasa had pressed for a timetable", False),
        ("Kigali|", "unrealistic", True),
        ("", "This is a step, not a destination", False),
    ],
    "takeover": [
        ("", "Corran Holdings is in talks to buy", False),
        ("", "The talks are at an advanced stage", False),
        ("Corran Holdings|Corran", "it would not comment", False),
        ("Hannah Lowther", "Scale matters in this business", False),
        ("", "the founding Veltman family", False),
        ("Pieter Veltman", "he had not been approached", False),
        ("Pieter Veltman", "If someone wants to talk to us", False),
        ("Simon Akers", "the company had", False),
    ],
    "landslide": [
        ("", "A landslide triggered by days of heavy rain", False),
        ("Lito Abarca", "Rescuers using shovels", False),
        ("Lito Abarca", "Twenty-two people remain missing", False),
        ("Rosalinda Dagohoy", "The ground just gave way", False),
        ("Ernesto Lacson", "he heard a roar", False),
        ("national disaster agency|disaster agency", "more than 40,000 people had fled", False),
        ("Jomar Villanueva", "soldiers and police had been deployed", False),
        ("weather bureau", "a tropical depression east of Mindanao", False),
        ("Carmela Ruiz", "the government would investigate", False),
        ("Carmela Ruiz", "If people cut the trees", False),
    ],
}

ARTICLES = {
    "campaign": CAMPAIGN,
    "earnings": EARNINGS,
    "trial": TRIAL,
    "congress": CONGRESS,
    "budget": BUDGET,
    "missiles": MISSILES,
    "air_raid": AIR_RAID,
    "talks": TALKS,
    "takeover": TAKEOVER,
    "landslide": LANDSLIDE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 24 when the batch was written (blind): 11 in finding the quotes and 13 in naming the speaker. Of the
#: finding: "according to" data or filings read as an unnamed source (PolNeAR counts those, so they stay), a "that"
#: after a cue set off behind its clause taken for the cue's ("…, mediators said, after talks that diplomats described
#: as tense"), "two of the sources said" no speaker, and "said A, and added that B" or "but highlighted B" two quotes
#: (kept apart on purpose elsewhere). 22 after a number of a group spoke as an unnamed source and the "that" after a
#: set-off cue was left to its noun. 20 after "the joint chiefs said" named the body whose name it opens. 14 after a
#: given name or surname the recogniser took for a nationality joined the person's name ("Therese Mbala", and "Gwen
#: Tallis" after "One of them," with her later "Tallis said"; `nationality_names`). 6 after armed services named by a
#: lower-case noun ("the general staff", "Ukraine's air force") spoke as themselves (`armed_services`), so "it said"
#: after them no longer goes to Ukraine. 4 after initials set off in commas after a described body named it
#: ("The U.N. peacekeeping mission in Congo, MONUSCO,"; `acronym_appositions`). Left: "according to" data or filings
#: read as a source, and "said A, and added that B" or "but highlighted B" as two quotes.
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_number_of_a_group_is_an_unnamed_source(nlp):
    """ "two of the sources said", "three of them told reporters": a count out of a group speaks as the group does,
    as "one of them" already did; a count of documents ("two of the reports") is no speaker."""
    rows = said_by(
        nlp,
        "The bakery chain is weighing a sale of its northern stores, two of the sources said.",
        "Three of them said the talks had stalled over the price.",
        "Two of the reports said the ovens were unsafe.",
    )
    assert rows == [
        ("", "The bakery chain is weighing a sale of its northern stores"),
        ("", "the talks had stalled over the price"),
    ]


def test_a_that_after_a_cue_set_off_behind_its_clause_is_a_noun_s(nlp):
    """ "The two unions agreed to end the strike, mediators said, after a night of talks that both sides described as
    tense": the cue reports the clause before it; the "that" after it opens a clause of "talks", not what the
    mediators said, which opens with the clause before the cue."""
    rows = said_by(
        nlp,
        "The two unions agreed to end the strike next week, mediators said, after a night of talks that both sides "
        "described as tense.",
    )
    assert [(speaker, quote[:49]) for speaker, quote in rows] == [
        ("", "The two unions agreed to end the strike next week")
    ]


def test_a_participle_that_says_nothing_is_not_what_was_said(nlp):
    """ "…, two managers said, asking not to be named": the participle tells on what terms they spoke; with nothing
    said of its own it does not join the quote (", noting that …" still does)."""
    rows = said_by(
        nlp,
        "The mill will close in March and the crews will move to Tofield, two managers said, asking not to be named.",
        "The mill will close in March, Ann Roe said, noting that the crews will move to Tofield.",
    )
    assert rows == [
        ("", "The mill will close in March and the crews will move to Tofield"),
        ("Ann Roe", "The mill will close in March noting that the crews will move to Tofield"),
    ]


def test_a_dateline_with_a_short_month_the_recogniser_missed_is_no_part_of_what_was_said(nlp):
    """ "LONDON, Feb 4 (Reuters) - …, two sources said": the month cut short ("Feb", "Sept") and untagged as a date
    still makes the words before the dash a dateline, which is no part of the reported clause."""
    rows = said_by(
        nlp,
        "LONDON, Feb 4 (Reuters) - British flour miller Harbour Mills is in talks to buy a Dutch rival for about 2 "
        "billion euros, three sources familiar with the matter said.",
    )
    assert [(speaker, quote[:32]) for speaker, quote in rows] == [("", "British flour miller Harbour Mil")]


def test_a_description_that_opens_the_name_of_a_body_named_before_is_that_body(nlp):
    """ "the joint chiefs said" after "Ostland's Joint Chiefs of Staff said": the wire's short second reference, in
    lower case, to the body whose name it opens; not an unnamed group of chiefs."""
    rows = said_by(
        nlp,
        "Two drones crossed the border on Friday, Ostland’s Joint Chiefs of Staff said.",
        "The drones flew about 40 km before turning back, the joint chiefs said in a text message to reporters.",
    )
    first, second = (speaker for speaker, _ in rows)
    assert first.endswith("Joint Chiefs of Staff") and second == first


def test_citing_people_after_a_cue_is_whom_it_was_had_from_not_what_was_said(nlp):
    """ "…, the Ledger reported, citing three people familiar with the plan": the participle names the paper's
    sources, no part of what it reported and no quote of its own; ", citing rising costs" is a reason given, and stays
    in what was said."""
    rows = said_by(
        nlp,
        "The mill will close in March, the Ledger reported, citing three people familiar with the plan.",
        "The bakery will close in June, Ann Roe said, citing rising costs for power and flour.",
    )
    assert rows == [
        ("Ledger", "The mill will close in March"),
        ("Ann Roe", "The bakery will close in June citing rising costs for power and flour"),
    ]
