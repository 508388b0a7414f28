"""Quotes of a thirty-sixth batch of blind probes (longform_probes_thirtysixth.py, US domestic newswire on crime,
courts, disasters and public safety): the whole batch against its gold, whose count of wrong quotes may only go
down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtysixth import (
    DERAILMENT,
    SCHOOL_BOARD,
    SHOOTING,
    TORNADO,
    VERDICT,
    WILDFIRE,
)

POLICE = "|police|Police|Dayton police"
WEATHER_SERVICE = "National Weather Service|The National Weather Service|weather service|Weather Service"
COOPERATIVE = (
    "Delta Ridge Electric Cooperative|The Delta Ridge Electric Cooperative|cooperative|The cooperative|utility|"
    "The utility"
)
AHCA = (
    "Agency for Health Care Administration|The Agency for Health Care Administration|state Agency for Health Care "
    "Administration|The state Agency for Health Care Administration|agency|The agency"
)
CAL_FIRE = (
    "California Department of Forestry and Fire Protection|The California Department of Forestry and Fire "
    "Protection|Cal Fire"
)
SHERIFFS_OFFICE = "Shasta County Sheriff’s Office|The Shasta County Sheriff’s Office|Sheriff’s Office|sheriff’s office"
PGE = "Pacific Gas & Electric|Pacific Gas and Electric|PG&E|utility|The utility"
RAILROAD = (
    "Great Lakes Central Railway|Great Lakes Central|The Great Lakes Central Railway|company|The company|railroad|"
    "The railroad"
)
IDEM = (
    "Indiana Department of Environmental Management|The Indiana Department of Environmental Management|department|"
    "The department|agency|The agency"
)
UNION = "Elk Butte Education Association|The Elk Butte Education Association|association|The association"
ACLU = (
    "American Civil Liberties Union of Colorado|The American Civil Liberties Union of Colorado|ACLU of Colorado|ACLU|"
    "The ACLU"
)
ACLU_SPOKESMAN = f"|{ACLU}"
CITY_POLICE = "|police|Elk Butte Police Department|The Elk Butte Police Department|department|The department"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). "Authorities", "officials", "witnesses", "prosecutors" and "residents"
#: are groups, and a law enforcement official who spoke on condition of anonymity is an unnamed source; "police said"
#: of a city's force is a group or the force named. A spokesman who is not named may go to nobody or to the body he
#: speaks for. Court documents are documents, no speakers ("according to court documents" is no quote); "according
#: to" a state agency is that agency's. "Declined to say …, citing …", "declared a state of emergency" and "were
#: identified as" are no quotes; "told The Associated Press", "told jurors", "told the board", "wrote" and "confirmed"
#: are cues. Borderline and optional: the second clause of "said … and that …" or "argued that … and that …", a
#: second verb joined to "called … “…”" by "and", a judge "ruling that" (a ruling, more deed than speech), and what
#: residents "described" as a noun.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "tornado": [
        ("", "tore through this town of 4,000", False),
        ("Wade Tolliver", "the dead included a couple in their 80s", False),
        ("Wade Tolliver", "We’re still going house to house", False),
        ("Wade Tolliver", "I can’t promise you that number", True),
        ("Lorna Pettigrew", "she had asked the National Guard", False),
        ("Lorna Pettigrew", "This community has been through floods", False),
        (WEATHER_SERVICE, "the tornado was rated at least EF-3", False),
        ("Jenna Abernathy", "a warning went out 14 minutes", False),
        ("Jenna Abernathy", "That’s a good lead time for a tornado", False),
        ("Rhonda Pike", "It sounded like a train", False),
        ("Dale Emmons", "he had pulled a man out of a collapsed garage", False),
        ("Dale Emmons", "the man was bleeding but talking", False),
        (COOPERATIVE, "about 11,000 customers were without power", False),
        (COOPERATIVE, "crews from three states were on their way", True),
        ("Curtis Vann", "some homes in the hardest-hit areas", False),
        ("", "the Red Cross had opened a shelter", False),
    ],
    "shooting": [
        (POLICE, "was arrested Sunday in the fatal shooting", False),
        ("Annette Galloway", "Marquise Hollins was taken into custody", False),
        ("Annette Galloway", "We believe this was a dispute", False),
        (POLICE, "Three other people were wounded", False),
        ("", "investigators had recovered a handgun", False),
        ("Gloria Boyd", "her son had gone to the club", False),
        ("Gloria Boyd", "He wasn’t in anybody’s business", False),
        ("Gloria Boyd", "Now I have to bury my baby", True),
        ("", "the shooting lasted only a few seconds", False),
        ("Keisha Whitfield", "people ran in every direction", False),
        ("Keisha Whitfield", "I just got down behind a car", False),
        ("Brent Oyelaran", "his client maintains his innocence", False),
        ("Brent Oyelaran", "Mr. Hollins is eager for his day in court", False),
        ("Jeffrey Saltonstall", "a senseless act of violence", False),
        ("Jeffrey Saltonstall", "the city would add police patrols", True),
    ],
    "verdict": [
        ("", "Vickery ignored repeated warnings", False),
        ("Melinda Crowe", "He chose to save money", False),
        ("Melinda Crowe", "Four people paid for that choice", True),
        ("Samuel Okonkwo", "the failure was sudden", False),
        ("Samuel Okonkwo", "his client had called a repair company", True),
        ("Samuel Okonkwo", "he would appeal", False),
        ("Samuel Okonkwo", "We respect the jury’s work", False),
        ("Samuel Okonkwo", "Gerry Vickery is not a killer", True),
        ("Harold Brandt", "the severity of the charges made him a flight risk", True),
        ("Patricia Denholm", "the family had waited more than two years", False),
        ("Patricia Denholm", "My dad served in Korea", False),
        (AHCA, "it had since tightened its rules", False),
    ],
    "wildfire": [
        ("", "forced the evacuation of about 6,000 people", False),
        (CAL_FIRE, "had burned more than 14 square miles", False),
        ("Tanya Whitcombe", "at least 40 structures had been destroyed", False),
        ("Tanya Whitcombe", "crews were struggling to get ahead of the fire", True),
        ("Tanya Whitcombe", "The wind is making the decisions", False),
        ("Tanya Whitcombe", "If you are told to leave", True),
        (SHERIFFS_OFFICE, "deputies had gone door to door", False),
        ("Ray Castellano", "two people who had refused to leave", False),
        ("Doris Fenwick", "she had about 10 minutes to pack", False),
        ("Doris Fenwick", "You don’t think about the TV", False),
        (PGE, "it had shut off power to about 18,000 customers", False),
        (PGE, "it was too early to say whether its equipment", False),
        ("Marcus Ybarra", "Californians in Shasta County should know", False),
        ("Colby Rusk", "gusts of up to 45 mph", False),
        ("Colby Rusk", "It’s about the worst combination", False),
    ],
    "derailment": [
        (RAILROAD, "left the tracks shortly after 9 p.m.", False),
        ("Karen Liu-Hargrove", "investigators would examine the track", False),
        ("Karen Liu-Hargrove", "It is far too early to talk about a cause", False),
        ("Karen Liu-Hargrove", "a preliminary report would be released", False),
        ("Dennis Marchetti", "none of the hazardous cars appeared to be leaking", False),
        ("Dennis Marchetti", "Out of an abundance of caution", False),
        (IDEM, "it was testing water from the creek", False),
        ("Erin Solberg", "early results showed no threat", False),
        ("", "a screech and a series of booms", True),
        ("Lyle Bergstrom", "I thought it was an earthquake", False),
        ("Lyle Bergstrom", "he and his wife spent the night", False),
        (RAILROAD, "deeply sorry for the disruption", False),
        (RAILROAD, "it was cooperating fully", False),
        ("Diane Halvorsen", "she had spoken with the NTSB", False),
        ("Diane Halvorsen", "Hoosier families deserve to know", False),
    ],
    "school_board": [
        ("Sharon Kimbrough", "contain sexual content that is not appropriate", False),
        ("Sharon Kimbrough", "This is not a ban", False),
        ("Luis Aranda", "the board had skipped its own review process", False),
        ("Luis Aranda", "We have a policy for this", False),
        ("Renee Castillo", "My daughter found herself", False),
        ("Trent Holloway", "he had read passages from the books aloud", False),
        ("Trent Holloway", "If I can’t read it to adults", False),
        ("Alan Mercado", "the district would pull the books", False),
        ("Alan Mercado", "students who had already checked them out", False),
        (UNION, "the vote would have a chilling effect", False),
        ("Marcy Dunleavy", "teachers were already asking", False),
        (ACLU, "removing books because of their viewpoint", False),
        (ACLU_SPOKESMAN, "the group was reviewing the vote", False),
        ("Sharon Kimbrough", "she had received threats", False),
        (CITY_POLICE, "the department was investigating", False),
    ],
}

ARTICLES = {
    "tornado": TORNADO,
    "shooting": SHOOTING,
    "verdict": VERDICT,
    "wildfire": WILDFIRE,
    "derailment": DERAILMENT,
    "school_board": SCHOOL_BOARD,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 9 of 77 required when the batch was written (blind); no gold slip was found on reading them. Then 5:
#: "Kerrigan County Sheriff Wade Tolliver said" was one place to the recogniser, so the sheriff spoke as a place with
#: the whole phrase for a name and "Tolliver said" later found no full name (2 rows, 4 wrong; `titled_names` takes
#: "Sheriff" and "Coroner" for titles). Then 4: "He said after the verdict that he would appeal", a clause of three
#: words the parser hung on "verdict", had no clause head to be judged by (`content_roots`). Then 2: "The railroad
#: said …" was no body's noun, so the company's statement was unnamed (1 row, 2 wrong; "railroad" among the company
#: nouns). Then 1: "Several people in the crowd booed; others applauded" made the booing what "others" said
#: (`semicolon_clauses`). Left: "According to court documents, …" makes the documents an unnamed source; GUIDELINES
#: say a document is no speaker, but PolNeAR's gold counts such a source, so it stays (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
