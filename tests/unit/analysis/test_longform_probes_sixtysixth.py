"""Quotes of a sixty-sixth batch of blind probes (longform_probes_sixtysixth.py, military and veterans news as the
service press, the wires and the papers near the bases write it): the whole batch against its gold, whose count of
wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtysixth import (
    BACKLOG,
    BASE,
    BRIEFING,
    COURT_MARTIAL,
    RECRUITING,
)

WHITCOMBE = "Darnell Whitcombe-Ayers"
RUSSIAN_MINISTRY = "Russian Defence Ministry|The Russian Defence Ministry|Defence Ministry"
OSTROWSKI = "Lena Ostrowski-Hahn"
DAUGINYTE = "Rasa Dauginyte-Kerr"
HALLVARD = "Peter Hallvard-Nunes"
DELGADO = "Marcia Delgado-Wren"
KETTLEMAN = "Doris Kettleman-Boyd"
AIR_FORCE = "Air Force|The Air Force"
ESTABROOK = "Ron Estabrook-Lyle"
IMHOFF = "Teresa Imhoff-Grant"
RUDDELL = "Jake Ruddell-Shore"
BASE_TRANSITION = (
    "Office of Base Transition|The Office of Base Transition|Defense Department"
    "|The Defense Department’s Office of Base Transition|Defense Department’s Office of Base Transition"
)
FARROW = "Lydia Farrow-Beck"
PRUETT = "Walt Pruett-Hines"
OYELARAN = "Randall Oyelaran-Pike"
VETERANS_AFFAIRS = "Department of Veterans Affairs|The Department of Veterans Affairs|Veterans Affairs|VA"
CARLA = "Carla"
AKINWANDE = "Thomas Akinwande-Rhys"
SALCEDO = "Jennifer Salcedo-Brandt"
FAIRWEATHER = "Helen Fairweather-Ngata"
ORTIZ = "Mateo Ortiz-Vane"
LUTTERELL = "Brian Lutterell-Oakes"
WHITLOW = "Anne Whitlow-Grieve"
GLORIA = "Gloria Castellano"
BRENNARD = "Kyle Brennard-Sato"
ARMY = "Army|The Army|U.S. Army"
ABERNATHY = "Harold Abernathy-Sloan"
TRAN = "Marisol Tran-Okafor"
ODUYA = "Frances Oduya-Marsh"
MARCHBANK = "Kevin Marchbank-Tull"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A rank is a title, not
#: part of the name ("Maj. Gen. X", "Sgt. 1st Class X", "1st Lt. X"), and "the general said", "the captain said", "the
#: colonel told", "the sergeant said" are the one of that rank the article last named. A ministry, a service ("the
#: service said" of the Army), a department ("the department said in an email") and an office that "said in a
#: statement" speak as institutions. A widow named by her first name only is a named speaker. A quotation that follows
#: "“…,” he said." with no new cue continues the quote before it, and is optional as a quote of its own. Borderline and
#: optional: unnamed sources ("a senior defense official who briefed reporters on condition of anonymity", "a VA
#: official who was not authorized to speak publicly", a victim's unnamed father), the lead's "a spokesman said" before
#: the spokesman is named, "declined to give …, citing …", what a senator "wrote … asking for", "her office said",
#: "according to the governor's office", "announced the closure" with a noun and no statement, "accused NATO of",
#: "asked that her last name not be used", and a bare "“No,”" split from what follows.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "briefing": [
        ("|" + WHITCOMBE, "will double the number of unmanned", True),
        (WHITCOMBE, "We are not escalating", False),
        (WHITCOMBE, "the additional flights would be carried out", False),
        (WHITCOMBE, "citing operational security", True),
        (WHITCOMBE, "the allies had been told of the decision", False),
        ("", "there had been 14 unsafe intercepts", True),
        ("", "Some of these pilots are showing off", True),
        (RUSSIAN_MINISTRY, "its aircraft had acted", False),
        (RUSSIAN_MINISTRY, "of staging provocations", True),
        (OSTROWSKI, "one P-8 had been approached", False),
        (OSTROWSKI, "That is not an intercept", False),
        (WHITCOMBE, "They are there to look", False),
        (DAUGINYTE, "The Baltic Sea is not a Russian lake", False),
        (HALLVARD, "Drones are good at seeing", False),
        (HALLVARD, "A Russian pilot does not care", True),
        (DELGADO, "asking for a briefing", True),
        ("|" + DELGADO, "she had received one", True),
        (WHITCOMBE, "We will keep flying", False),
        (WHITCOMBE, "Or longer", True),
    ],
    "base": [
        (KETTLEMAN, "pouring coffee for sergeants", False),
        (KETTLEMAN, "Their kids grew up", True),
        ("|" + AIR_FORCE, "the closure two years ago", True),
        (ESTABROOK, "the city stood to lose", False),
        (ESTABROOK, "replace that with a Walmart", False),
        (ESTABROOK, "You replace it with a plan", True),
        (IMHOFF, "This wing isn’t ending", False),
        (IMHOFF, "Calloway was its home", True),
        (IMHOFF, "would be kept in a small museum", False),
        (RUDDELL, "leaned on the base for too long", False),
        (RUDDELL, "all our eggs in one basket", False),
        (BASE_TRANSITION, "awarded Calloway a $1.2", False),
        (FARROW, "seek a private tenant", False),
        ("|" + FARROW, "Two cargo companies", True),
        (PRUETT, "a base with a town around it", False),
        (PRUETT, "a town with a hole", True),
        (KETTLEMAN, "keep the diner open", False),
        (KETTLEMAN, "After that", False),
        (KETTLEMAN, "see who’s hungry", True),
    ],
    "backlog": [
        (OYELARAN, "Every one of those claims", False),
        (OYELARAN, "Right now we don", True),
        (VETERANS_AFFAIRS, "the rise followed a surge", False),
        (VETERANS_AFFAIRS, "not fast enough for the veterans", False),
        (CARLA, "her last name not be used", True),
        (CARLA, "He filed the claim in March", False),
        (CARLA, "the department had asked her three times", False),
        (CARLA, "I send them, they lose them", False),
        (AKINWANDE, "he would call the department", False),
        (AKINWANDE, "Hiring people is not a plan", False),
        (SALCEDO, "new hires take about 18 months", False),
        (SALCEDO, "paying now for the people", False),
        ("", "expected to peak in February", True),
        (OYELARAN, "his group had heard that promise before", False),
        (OYELARAN, "They told us the same thing", False),
        (OYELARAN, "The only thing that changes", True),
    ],
    "court_martial": [
        (FAIRWEATHER, "confused leadership with cruelty", False),
        (FAIRWEATHER, "did not fall down those stairs", False),
        (FAIRWEATHER, "He was thrown", True),
        (ORTIZ, "the sergeant had struck him", False),
        (LUTTERELL, "the younger Marine had slipped", False),
        (LUTTERELL, "This was a shove", False),
        (LUTTERELL, "It was not a crime of cruelty", True),
        (WHITLOW, "it could not consider", False),
        (GLORIA, "her son had been a good Marine", False),
        (GLORIA, "They took one bad day", False),
        ("", "the family was relieved", True),
        ("", "My son wanted to be a Marine", True),
        (BRENNARD, "does not tolerate hazing", False),
        (LUTTERELL, "he would ask the convening authority", False),
    ],
    "recruiting": [
        (ARMY, "signed 52,300 new soldiers", False),
        (ABERNATHY, "the shortfall reflected a shrinking pool", False),
        (ABERNATHY, "Only about one in four", False),
        (ABERNATHY, "fishing in a smaller pond", True),
        (ABERNATHY, "obesity, drug use", False),
        (TRAN, "Ten years ago, parents asked", False),
        (TRAN, "Now they ask me", True),
        (TRAN, "the hardest part of her job", False),
        (TRAN, "Most of the kids I talk to", False),
        (TRAN, "the first uniform", True),
        (ODUYA, "the services had relied for too long", False),
        (ODUYA, "We have become a family business", False),
        (ODUYA, "not healthy for a democracy", True),
        (ODUYA, "to expand the preparatory course", False),
        (MARCHBANK, "the shortfall had yet to reach combat units", False),
        (MARCHBANK, "The Army is short of people", False),
        (MARCHBANK, "where it hurts first", True),
        ("", "weighing a cut of two brigades", True),
        (ABERNATHY, "smaller than weaker", False),
        (ABERNATHY, "“No,”", True),
    ],
}

ARTICLES = {
    "briefing": BRIEFING,
    "base": BASE,
    "backlog": BACKLOG,
    "court_martial": COURT_MARTIAL,
    "recruiting": RECRUITING,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 18 of 57 required when the batch was written (blind), with no gold slip found. Then 6: "Capt.", "Maj."
#: and "Col." join the abbreviated ranks kept whole before a name, so "Maj. X" is no speaker "Maj" and "the captain
#: said", "the colonel told" are the one named with the rank (abbreviations.py, 4 + 6), and "Sgt. 1st Class X" is "the
#: sergeant" as "Sgt. X" is (spelled_ranks, 2). Then 4: "The Army signed …, the service said" speaks for the one armed
#: service named before, though the recogniser's canonical name of "Army" was "Army Recruiting Command"
#: (named_armed_services, 2). Left, by pattern: "…, according to figures the department published" and "according to
#: Pentagon figures", a document taken for a speaker (2); "told the jury before deliberations that …", the clause
#: parsed as the noun's (1). Then 3: "X's father …, said …. “…,” he said" is the unnamed father, a relative of
#: someone named who spoke unnamed, not X (descriptions.owned_kin, 1). Left: the two documents and the jury clause.
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
