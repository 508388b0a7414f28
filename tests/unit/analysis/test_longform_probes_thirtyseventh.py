"""Quotes of a thirty-seventh batch of blind probes (longform_probes_thirtyseventh.py, Canadian federal and provincial
politics from the legislature): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtyseventh import (
    BORDER_SCRUM,
    BUDGET_OFFICER,
    CAMPAIGN_TRAIL,
    PREMIER_AND_MAYOR,
    QUESTION_PERIOD,
)

CBSA = (
    "Canada Border Services Agency|The Canada Border Services Agency|agency|The agency|border agency|The border agency"
)
BUDGET_OFFICER_NAMES = (
    "Théo Vandermeer|Parliamentary Budget Officer|The Parliamentary Budget Officer|Budget Officer|budget officer"
)
MAYORS_OFFICE = "|mayor’s office|The mayor’s office|Nadia Ferreira-Olsen"
ELECTIONS_ONTARIO = "|Elections Ontario"
FAO = "|Financial Accountability Office|The Financial Accountability Office"
HECKLER = "|heckler|a heckler"
POLLS = "|Polls|polls"
OPPOSITION_MPS = "|opposition MPs|several opposition MPs"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). "Shot back", "countered", "fired back", "told the House", "told the
#: assembly", "told MPs", "testified", "replied in an email" and "in a statement to CBC News" are cues; "traded barbs",
#: "disputed the figures", "brushed off calls", "declined to comment" and "did not give details" are no quotes. An
#: audit, a report, a statement, a survey and a costing document are documents, no speakers ("The report found …",
#: "The statement did not say …" are no quotes); a motion "calling for" something is no speaker. An office that
#: speaks (the budget officer as a title, the mayor's office, the border agency) is that person or body; an unnamed
#: spokesperson goes to nobody or to the body. Borderline and optional: a question ("rose to ask why …", "pressed X on
#: whether …"), a promise ("promised to cut …"), the second clause of "said … and that …" or "told … and said …", a
#: participle after a direct quotation ("…, adding that …", "…, calling …"), "accused X of …", "called X a Y", an
#: office's estimate, a heckler's shout and MPs' "Shame!", and what "polls suggest".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "question_period": [
        ("Darnell Fitzroy", "less than a third of the", True),
        ("Darnell Fitzroy", "Canadians can’t live in a press release", False),
        ("Darnell Fitzroy", "They need keys", True),
        ("Priya Ramcharan", "the fund had already approved 31,000 units", False),
        ("Priya Ramcharan", "The member opposite voted against", False),
        (OPPOSITION_MPS, "Shame!", True),
        ("Moira Castellane", "both parties had failed renters", False),
        ("Moira Castellane", "The Conservatives want to sell off public land", False),
        ("Moira Castellane", "her party would table a motion", True),
        ("Darnell Fitzroy", "the minister’s own department had missed its targets", False),
        ("Priya Ramcharan", "the slow pace reflected", False),
        ("Priya Ramcharan", "We are not going to write blank cheques", False),
        ("Priya Ramcharan", "When cities meet the conditions", True),
        ("Hannah Vasquez-Doyle", "small towns had been left out", False),
        ("Hannah Vasquez-Doyle", "I have raised this with the minister", False),
        ("Étienne Laforge", "Quebec would not accept federal conditions", False),
        ("Étienne Laforge", "Ottawa has no business telling Quebec", False),
        ("Darnell Fitzroy", "don’t add up", False),
        ("Darnell Fitzroy", "Conservatives would use an opposition day", True),
        ("Darnell Fitzroy", "the Conservatives had opposed the budget", False),
    ],
    "border_scrum": [
        ("Raymond Okafor-Bell", "full confidence", False),
        ("Raymond Okafor-Bell", "I’m not going anywhere", False),
        ("Raymond Okafor-Bell", "he had been briefed on its findings", False),
        ("Lise Marchbank", "the minister had lost the confidence of the House", False),
        ("Lise Marchbank", "He was warned in March", False),
        ("Jordan Pelletier-Haas", "the government had already hired 150 new removal officers", False),
        (CBSA, "accepts all of the audit’s recommendations", False),
        ("Kiran Dhaliwal-Stone", "a scandal of competence", False),
        ("Kiran Dhaliwal-Stone", "her party would ask the public safety committee", True),
        ("Odile Fraser", "the problem was years old", False),
        ("Odile Fraser", "This did not start under this minister", False),
        ("Marc-André Belliveau", "the Liberals would not support a Conservative motion", False),
        ("Adrienne Lachapelle", "she still trusted", False),
        ("Adrienne Lachapelle", "He has my full support", False),
        ("Fatima Rahimzadeh", "members would have", False),
    ],
    "budget_officer": [
        (BUDGET_OFFICER_NAMES, "will cost nearly $3.1 billion more", False),
        ("Théo Vandermeer", "the estimate was", False),
        ("Théo Vandermeer", "If anything, we expect the gap to widen", False),
        ("Théo Vandermeer", "The program is popular", True),
        ("Sunil Baptiste-Kerr", "whether the office had counted savings", True),
        ("Théo Vandermeer", "there was no reliable data", False),
        ("Théo Vandermeer", "We don’t guess", False),
        ("Colette Arsenault-Wu", "the budget officer had used", False),
        ("Colette Arsenault-Wu", "the department’s own projections", True),
        ("Colette Arsenault-Wu", "We have built this program to last", False),
        ("Renata Solvik", "dentists had been swamped with paperwork", False),
        ("Renata Solvik", "Half my members are spending an hour", False),
        ("Marcel Desrosiers", "the program was cheaper than the alternative", False),
        ("Marcel Desrosiers", "Untreated cavities end up in the emergency room", False),
        ("Brandon Achterberg", "the report proved the government had", False),
        ("Lucie Tremblay-Oakes", "worth every penny", False),
        ("Lucie Tremblay-Oakes", "the Conservatives of wanting to scrap it", True),
        ("Théo Vandermeer", "he stood by the numbers", False),
        ("Théo Vandermeer", "Ministers are welcome to disagree", False),
    ],
    "premier_and_mayor": [
        ("Dale Kostiuk", "The city asked for a blank cheque", False),
        ("Dale Kostiuk", "the province had offered to cover a third", True),
        ("Nadia Ferreira-Olsen", "The premier found $900 million", False),
        ("Nadia Ferreira-Olsen", "an insult to every commuter", True),
        ("Gurpreet Sandhu-Reyes", "the city had missed two deadlines", False),
        ("Marjorie Two Rivers", "playing chicken with people’s commutes", True),
        ("Marjorie Two Rivers", "Every month this drags on", False),
        ("Marjorie Two Rivers", "The premier knows that", True),
        (MAYORS_OFFICE, "the city had submitted the business case", False),
        ("Blair Hutchings", "the document was", False),
        ("Blair Hutchings", "the city knew it", True),
        ("Ravi Menon-Clarke", "the fight was hurting riders", False),
        ("Ravi Menon-Clarke", "Nobody waiting for the number 9 bus", False),
        ("Duane Schaefer", "the feud was good politics for both", False),
        ("Duane Schaefer", "The premier plays well outside Calgary", False),
        ("Dale Kostiuk", "his door was", False),
        ("Dale Kostiuk", "But she has to walk through it", False),
    ],
    "campaign_trail": [
        ("Gordon Halvorsen-Pike", "northern families had been", False),
        ("Gordon Halvorsen-Pike", "to cut the provincial gas tax", True),
        ("Gordon Halvorsen-Pike", "You can’t take the bus to work", False),
        ("Gordon Halvorsen-Pike", "Up here, a car isn’t a luxury", True),
        ("Sabine Okonkwo-Reid", "the pledge a gimmick", True),
        ("Sabine Okonkwo-Reid", "He cut the gas tax last time too", False),
        ("Sabine Okonkwo-Reid", "Families remember", True),
        ("Sabine Okonkwo-Reid", "a Liberal government would instead expand", False),
        ("Josée Lapointe-Boyd", "the promise ignored the real cost", False),
        ("Josée Lapointe-Boyd", "People here aren’t asking", False),
        (ELECTIONS_ONTARIO, "advance polls would open", False),
        (ELECTIONS_ONTARIO, "turnout in the north had lagged", True),
        ("Gordon Halvorsen-Pike", "the money would come from", False),
        (FAO, "a similar cut would reduce revenue", True),
        (HECKLER, "the leader had closed the local hospital ward", True),
        ("Gordon Halvorsen-Pike", "I’ll take every vote in this room", False),
        ("Trevor Lindqvist", "the plan was", False),
        ("Trevor Lindqvist", "should read it before they attack it", True),
        (POLLS, "a tight race", True),
        ("Helen Marchetti-Roy", "Northern Ontario is where this election", False),
    ],
}

ARTICLES = {
    "question_period": QUESTION_PERIOD,
    "border_scrum": BORDER_SCRUM,
    "budget_officer": BUDGET_OFFICER,
    "premier_and_mayor": PREMIER_AND_MAYOR,
    "campaign_trail": CAMPAIGN_TRAIL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 8 of 66 required when the batch was written (blind). Two were gold slips: the optional promise ("promised
#: to cut …") listed before the required "saying …" of the same row took that row first (order fixed; 1 wrong), and
#: "told reporters the government’s numbers “don’t add up”" had an anchor outside the quotation marks, where the rules
#: keep a quoted predicate's words alone as the quote and the scorer matches the anchor in the sentence as well (anchor
#: moved into the quotation; 2 wrong). Then 3: "The NDP candidate in Nickel Belt–Timiskaming, Josée Lapointe-Boyd,
#: said" made the district's second half the speaker (1 row, 2 wrong; `dashed_places`). Then 1: "the Parliamentary
#: Budget Officer said" in the lede, a title whose holder is named two paragraphs on, was unnamed (1 row, 2 wrong;
#: `titles_named_later`). Left: "forcing Speaker X to call for order" makes "order" a quote (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
