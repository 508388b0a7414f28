"""Quotes of a sixty-fifth batch of blind probes (longform_probes_sixtyfifth.py, travel, aviation and transport news:
an airline's mass cancellations, an air accident report, a rail strike from the platform, a cruise ship outbreak and a
city's new tram line): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyfifth import (
    CANCELLATIONS,
    CRASH,
    CRUISE,
    PLATFORM,
    TRAM,
)

SKYRILL = "Skyrill Airways|Skyrill"
PRIYA = "Priya"
REYLAND = "Tomás Reyland-Ochs"
DWYER = "Rhiannon Dwyer-Patel"
LINDQVIST = "Gareth Lindqvist"
PASSENGER_OFFICE = (
    "Air Passenger Standards Office|The Air Passenger Standards Office|Britain’s Air Passenger Standards Office"
)
MADDOX = "Alun Maddox-Byrne"
SALTONSTALL = "Henrik Saltonstall"
BOARD = "Air Accident Safety Board|The Air Accident Safety Board"
OSEI = "Marguerite Osei-Lund"
CORRIE = "Corrie Air"
VANTOR = "Vantor Aerospace"
FERREIRA = "Lyle Ferreira-Stoke"
WHITCOMBE = "Dana Whitcombe-Aro"
EILIDH = "Eilidh"
DRIVERS_UNION = "Associated Rail Drivers’ Union|The Associated Rail Drivers’ Union"
OROURKE = "Fergal O’Rourke-Lamb"
NORTHLINE = "Northline Rail|Northline"
HADDOW = "Jim Haddow"
BROOK = "Anjali Brook-Severn"
MAYBURY = "Corin Maybury"
SOLENNE = "Solenne Cruises|Solenne"
WYNN = "Carol Wynn-Abernathy"
QUINTERO = "Rafael Quintero-Mays"
SANITATION = "Vessel Sanitation Office|The Vessel Sanitation Office"
ELLERY = "Marcus Ellery-Quayle"
TALLIS = "Gwen Tallis-Okafor"
AGENCY = "Castlemere Transit Agency|The Castlemere Transit Agency"
BRIGHTWATER = "Samuel Brightwater-Nunes"
QUERESHI = "Nadia Quereshi-Bell"
PENHALLOW = "Ravi Penhallow"
ELKHART = "Tom Elkhart-Vane"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A company, a board, a
#: union, an agency and an office that "said", "says" or "said in a statement" speak as institutions, and "the
#: carrier", "the airline", "the company", "the manufacturer", "the union", "the office" and "the agency" are the body
#: the story named before. A description that refers back ("the investigator", "the nurse", "the 64-year-old", "the
#: retired schoolteacher", "the 52-year-old") is the person named before; a passenger named by first name alone speaks
#: under that name. Optional: unnamed passengers, survivors and shop owners, a spokeswoman or a spokesman of a body
#: (given to no one or to the body), groups ("consumer groups", "aviation analysts", "local businesses", "transit
#: advocates", "passengers … describe"), a finding of a report (a document is no speaker; given to the board or to no
#: one), "according to" a body, what a body "expects" or "disputes", a second cue of one speaker in one sentence ("told
#: reporters that … and made clear that …", "called the report “…” and said …"), and the aside "a reporter pointed
#: out". A headline's quotation with no cue is no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "cancellations": [
        (SKYRILL, "the fault had been found in an update", False),
        (SKYRILL, "We are deeply sorry", False),
        ("|" + SKYRILL, "being rebuilt by hand", True),
        ("|" + SKYRILL, "Skyrill expects to run about two-thirds", True),
        (PRIYA, "We were on the plane", False),
        ("", "he has slept on the floor", True),
        ("", "They give you a voucher", True),
        (REYLAND, "he rebooked three times", False),
        (REYLAND, "claim it back", False),
        (SKYRILL, "it would honour all valid claims", False),
        ("", "it was not", True),
        (DWYER, "A computer system the airline chose", False),
        ("", "the failure exposed how thin", True),
        (LINDQVIST, "Skyrill runs its crews", False),
        (LINDQVIST, "the carrier had cut its reserve crews", False),
        ("|" + SKYRILL, "a figure the airline disputes", True),
        (PASSENGER_OFFICE, "monitoring the situation closely", False),
        (MADDOX, "he had spoken to the airline", False),
        (MADDOX, "must not be left out of pocket", True),
        (SALTONSTALL, "This is not the airline we want to be", False),
    ],
    "crash": [
        (BOARD, "had not been de-iced", False),
        ("|" + BOARD, "the crew had asked for de-icing", True),
        (OSEI, "The crew were under time pressure", False),
        (OSEI, "the flight data recorder showed", False),
        (OSEI, "the board was still reviewing", False),
        (CORRIE, "it was co-operating fully", False),
        (CORRIE, "Our thoughts remain", False),
        (VANTOR, "the ice protection system worked", False),
        (VANTOR, "There is no indication", False),
        (VANTOR, "it had sent two engineers", False),
        (FERREIRA, "crews at Corrie had complained", False),
        (FERREIRA, "Pilots are being asked", False),
        ("", "he saw ice on it", True),
        ("", "they know what they", True),
        (WHITCOMBE, "the families wanted to know", False),
        (WHITCOMBE, "a first step", True),
        (WHITCOMBE, "Someone made a phone call", False),
        (OSEI, "investigators would also examine", False),
        (OSEI, "Every safety system", False),
    ],
    "platform": [
        (EILIDH, "I knew about the strike", False),
        (DRIVERS_UNION, "the walkout will last 48 hours", False),
        (OROURKE, "Nobody in this union wants", False),
        (NORTHLINE, "its offer of 4.5 per cent", False),
        ("|" + NORTHLINE, "We want to get back", True),
        (HADDOW, "he backs the drivers", False),
        (HADDOW, "I did this job", False),
        ("", "lovely for them", True),
        (HADDOW, "his son is a driver", False),
        (HADDOW, "tell me how he voted", False),
        (BROOK, "today, not next week", False),
        (BROOK, "the council would open", False),
        ("", "they are feeling it too", True),
        (MAYBURY, "Tuesday is usually my best morning", False),
        (EILIDH, "See?", False),
    ],
    "cruise": [
        (SOLENNE, "the ship is returning to Fort Lauderdale", False),
        ("|" + SANITATION, "291 had reported symptoms", True),
        (SOLENNE, "increased cleaning", False),
        (SOLENNE, "sick passengers to stay in their cabins", True),
        (SOLENNE, "The health and safety", False),
        ("", "a ship that has gone quiet", True),
        (WYNN, "closed, the pool deck is empty", False),
        (WYNN, "the crew have been", False),
        (WYNN, "We found out", False),
        ("", "she had been confined", True),
        ("", "a very expensive hospital", True),
        (QUINTERO, "outbreaks on ships draw attention", False),
        (QUINTERO, "Put 4,000 people", False),
        (SANITATION, "its inspectors would board", False),
        (SANITATION, "The ship scored 86", False),
        (ELLERY, "the most rigorous sanitation standards", False),
        (SOLENNE, "Passengers will receive a full refund", False),
        (WYNN, "We will probably come back", False),
    ],
    "tram": [
        (TALLIS, "Four years of dust", False),
        (AGENCY, "the overrun was caused mostly", False),
        (AGENCY, "the line to cover its operating costs", True),
        (BRIGHTWATER, "ridership on the first day", False),
        (BRIGHTWATER, "Opening day is a party", False),
        (QUERESHI, "she lost a third of her trade", False),
        (QUERESHI, "For two years you couldn", False),
        ("", "he is thinking of selling", True),
        ("", "for two years of hell", True),
        ("", "fewer than half of those eligible", True),
        (PENHALLOW, "the application form was", False),
        (PENHALLOW, "The city built a tram line", False),
        (AGENCY, "it would review the grant scheme", False),
        (ELKHART, "quiet, it", False),
        ("", "the real measure would come", True),
        (TALLIS, "the moment the ribbon hits the ground", False),
        ("", "still holding the scissors", True),
    ],
}

ARTICLES = {
    "cancellations": CANCELLATIONS,
    "crash": CRASH,
    "platform": PLATFORM,
    "cruise": CRUISE,
    "tram": TRAM,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 11 of 63 required when the batch was written (blind). Then 9 with two gold slips mended: what a company
#: was "asking sick passengers to" do is a request, optional as what one "asked him to" do is in the corpora's gold
#: (it was no quote in the gold), and "according to a report to the council" is borderline between "reports" as a
#: group speaker and a document, optional (it was no quote). Left, by pattern: a description that refers back to the
#: person named before with words the story had not used of them ("The analyst added that …" of a partner at a
#: consultancy, "The retired schoolteacher says …" of a passenger) read as an unnamed source (2); "Britain’s X Office"
#: kept its country's possessive in the institution's name (2); "“…,” he says" / "“…,” she says" after an unnamed
#: person brought in just before ("One survivor, a 61-year-old farmer …, says …", "a woman in a nurse’s uniform shakes
#: her head") given to the person of that sex named paragraphs before (2); "…, the company said" given to the office
#: named last, not to the cruise line the paragraph calls "the company" (2). Then 7 with a third gold slip: "Britain’s
#: Air Passenger Standards Office" is a spelling of the office, as GUIDELINES.md names "China's foreign ministry" with
#: its country's possessive (it was the name without it alone).
#: Then 5: "the company", "the firm", "the airline" and "the carmaker" call only a business, never a state's office that
#: spoke since the company did (business_nouns).
#: Then 4: "One survivor, a farmer …, says …. “…,” he says": a noun counted as one is someone new, as "a survivor" is,
#: whose pronoun the quotation after carries on (descriptions). Left, by pattern: a description that refers back with
#: words the story had not used of the person ("The analyst added that …", "The retired schoolteacher says …") read
#: as an unnamed source (2); "a woman in a nurse’s uniform shakes her head. “…,” she says", an unnamed person brought
#: in by a gesture, given to the woman named paragraphs before (1). Then 3: an unnamed person the sentence right
#: before a quotation brings in as the subject of its main verb ("a woman in a nurse’s uniform shakes her head. “…,” she
#: says") is whom the quotation's pronoun stands for (unnamed_doers). Left, by pattern: a description that refers back
#: with words the story had not used of the person ("The analyst added that …", "The retired schoolteacher says …")
#: read as an unnamed source (2 + 1). Then 1: "The retired schoolteacher says" opening a paragraph after one that
#: quoted her alone is that person, "schoolteacher" a noun of one person as it ends in one (turn_descriptions,
#: quoted_just_before). Left: "The analyst added" (1). Then 2, the same miss counted twice: once the narrator's
#: "…, a figure the airline disputes" is cut from what the analyst added (trailing_comments), the row given to an
#: unnamed source no longer ends in the optional gloss that took it, so it counts as wrong besides Lindqvist's miss.
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_the_company_is_the_business_not_the_state_office_that_spoke_since(nlp):
    """ "Brenmoor Ferries said … The Harbour Safety Office said … Fares will be refunded, the company said": a state's
    office is never called "the company", though it spoke last (business_nouns)."""
    said = said_by(
        nlp,
        "Brenmoor Ferries said the crossing would resume on Friday. The Harbour Safety Office said its inspectors "
        "would check the ramp first.",
        "Fares for the cancelled sailings will be refunded in full, the company said.",
    )
    assert said[-1] == ("Brenmoor Ferries", "Fares for the cancelled sailings will be refunded in full")


def test_he_after_one_unnamed_witness_who_spoke_is_that_witness(nlp):
    """ "One passenger said …. “…,” he said": a noun counted as one is someone new, as "a passenger" is, and the
    pronoun of the quotation right after is theirs, not that of the man named in the paragraph before (descriptions)."""
    said = said_by(
        nlp,
        "Captain Oren Maddicott-Ruhl said the crew had followed the checklist. “We did everything by the book,” he "
        "said.",
        "One passenger said he heard a bang before the lights went out. “I thought we were going into the sea,” he "
        "said.",
    )
    assert said[-1] == ("", "“I thought we were going into the sea,”")


def test_he_of_the_next_paragraph_after_one_questioner_is_the_one_who_answers(nlp):
    """ "One questioner claimed …. ¶ “You’re right, …,” he said": one counted out of many is a passing voice of their
    own paragraph; the next paragraph's pronoun is the man who answers, named before (unnamed_since)."""
    said = said_by(
        nlp,
        "Senator Hal Overbeck-Strand says the navy has lost its way. At a town hall on Tuesday, one questioner claimed "
        "that the fleet was “rotting at the docks”.",
        "“You’re right, the ships are old and the crews are tired,” he said.",
    )
    assert said[-1] == ("Hal Overbeck-Strand", "“You’re right, the ships are old and the crews are tired,”")


def test_she_after_an_unnamed_woman_brought_in_by_a_gesture_is_that_woman(nlp):
    """ "A woman with a pushchair rolls her eyes. “…,” she says": the person the sentence right before the quotation
    brings in, doing something, is whom its pronoun means, not the woman named paragraphs before (unnamed_doers)."""
    said = said_by(
        nlp,
        "Marit Olsen-Kaye, 31, says she has given up on the 8.10. “It never comes,” she says.",
        "By the ticket machines, a woman with a pushchair rolls her eyes. “They could at least tell us,” she says.",
    )
    assert said[-1] == ("", "“They could at least tell us,”")


def test_she_after_a_reporter_who_asked_is_still_the_one_asked(nlp):
    """ "A reporter asked whether …. “…,” she said": a sentence of asking (or of saying) before the quotation is left
    to the rules of speakers, and the one asked answers (unnamed_doers)."""
    said = said_by(
        nlp,
        "Transport Minister Orla Benning-Tay spoke to reporters at the depot on Monday. A reporter asked whether the "
        "fares would rise. “Not this year,” she said.",
    )
    assert said[-1] == ("Orla Benning-Tay", "“Not this year,”")
