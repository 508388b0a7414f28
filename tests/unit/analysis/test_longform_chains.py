"""Long-form feature stories: who a kinship noun, a bare first name, "it" and a pronoun mean when a story follows a
family, a couple or an unnamed body over several paragraphs (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_her_father_is_the_man_his_daughter_was_introduced_by(nlp):
    rows = said_by(
        nlp,
        "For four decades, the Adjei family has run the fish counter at the Elmvale market. Kofi Adjei, 70, still "
        f"guts the trout himself. His daughter, Efua, keeps the accounts. {L}We had to go online,{R} she says.",
        f"Her father insists the fish has not changed. {L}Same river, same knife,{R} he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Efua", "Kofi Adjei", "Kofi Adjei"]


def test_his_wife_is_the_woman_introduced_as_his_wife(nlp):
    rows = said_by(
        nlp,
        "Walt Brennan has coached the Pinecrest bantam team for 20 years. Brennan and his wife, Lorna Brennan, "
        "run the canteen on weekends.",
        f"His wife says the canteen pays for the jerseys. {L}Every hot dog counts,{R} she says.",
    )
    assert [speaker for speaker, _ in rows] == ["Lorna Brennan", "Lorna Brennan"]


def test_it_after_an_unnamed_body_that_did_not_respond_is_that_body(nlp):
    rows = said_by(
        nlp,
        "The clinic in Alder Falls has been full since it opened, says Tessa Morrow of Halden University, who "
        "studies rural health care.",
        "The provincial health ministry did not respond to a request for comment. In a written statement last year, "
        f"it described the clinic as {L}a model for rural Canada.{R}",
    )
    assert rows[-1][0] == "provincial health ministry"


def test_a_bare_first_name_misread_by_the_tagger_still_names_the_person(nlp):
    rows = said_by(
        nlp,
        "Eleanor and Raj Mehta opened their hardware store in Kingsford in 1998, when the nearest big-box outlet was "
        f"an hour away. {L}People still come to us when they need advice,{R} says Eleanor Mehta.",
        f"Her husband is more cautious. {L}We are fine this year,{R} Raj says. The couple employs six people, "
        "including their son, Arjun, who handles the website. Arjun says online orders now make up a fifth of sales.",
        f"Eleanor calls the program a start. {L}Our customers carry lumber,{R} she says.",
        f"Raj is not so sure. He has read a book by an economist, twice. {L}It's a warning,{R} he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Eleanor Mehta", "Raj Mehta", "Arjun", "Eleanor Mehta", "Raj Mehta"]


def test_a_shared_surname_and_a_first_name_keep_a_husband_apart_from_his_wife(nlp):
    rows = said_by(
        nlp,
        "The Lakeshore Curling Club has stood on the same lot since 1952. Its president, a retired pipefitter named "
        f"Doug Ferreira, has spent the past winter trying to save it. {L}The ice plant is older than I am,{R} says "
        "Ferreira.",
        "Ferreira and his wife, Linda Ferreira, have volunteered at the club for 30 years. She runs the junior "
        f"program. {L}The kids don't care that the building leaks,{R} Linda says.",
        "The club applied for a grant from the province's community infrastructure fund. The fund's administrator, "
        "the Ministry of Tourism and Culture, said applications are still under review. "
        f"{L}Decisions will be announced in the fall,{R} the ministry said.",
        f"Doug is blunt about the stakes. {L}If we don't get it, we close,{R} he says.",
        f"Linda agrees. {L}This is a neighbourhood club,{R} she says.",
    )
    assert [speaker for speaker, _ in rows][-2:] == ["Doug Ferreira", "Linda Ferreira"]


def test_a_name_tagged_as_an_organisation_is_the_person_of_the_pronouns_after_it(nlp):
    rows = said_by(
        nlp,
        "Riders in Kestrel Bay have waited for the Route 4 extension since 2018. The project is expected to open in "
        f"May, says Tom Okafor, the city's transit director. {L}We had soil problems nobody predicted,{R} Okafor says.",
        "For commuters like Sophie Laurent, the delay has meant two buses and a long walk every morning. "
        f"{L}I leave at 6:15 to be at work for eight,{R} she says. Laurent, a pharmacy technician, says she has "
        "considered buying a car.",
        f"Okafor says the lessons will shape the next phase. {L}We will do more testing up front,{R} he says.",
        f"Laurent is not holding her breath. {L}I'll believe it when I see the bus,{R} she laughs.",
    )
    assert [speaker for speaker, _ in rows] == [
        "Tom Okafor",
        "Tom Okafor",
        "Sophie Laurent",
        "Sophie Laurent",
        "Tom Okafor",
        "Tom Okafor",
        "Sophie Laurent",
    ]
