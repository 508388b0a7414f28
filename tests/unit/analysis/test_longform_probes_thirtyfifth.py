"""Quotes of a thirty-fifth batch of blind probes (longform_probes_thirtyfifth.py, Canadian business, economy and
labour web news): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtyfifth import HARDWARE, HOUSING, LOBSTER, RATES, STRIKE

BOARD = "Tidewater Real Estate Board|The Tidewater Real Estate Board"
UNION = "Paper and Forest Workers Local 1187|Paper and Forest Workers"
COMPANY = "Kessler Pulp"
HANK = "Hank Vandermolen"
PIETER = "Pieter|Pieter Vandermolen"
CHAMBER = "Wetherby and District Chamber of Commerce|The Wetherby and District Chamber of Commerce"
HARVESTERS = "Fundy Shore Harvesters Association|The Fundy Shore Harvesters Association"
DFO = "Fisheries and Oceans Canada"
BANK = "Bank of Canada|The Bank of Canada"
ALLIANCE = "Canadian Small Business Alliance|The Canadian Small Business Alliance"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). An institution that speaks ("the board said", "The union says", "The
#: department said") is the speaker under its name, never its bare noun; a description ("Her husband", "the mayor",
#: "The economist", "The governor") is resolved to the person it stands for; a surname alone is the one the story is
#: about (the father, not his daughter with a double-barrelled name); a brother named by his given name alone keeps
#: it. A bare quotation right after a speaker's reported sentence is his. Borderline and optional: groups and unnamed
#: sources ("harvesters say", "Another picketer … said", "Business groups welcomed"), "according to", the second
#: clause of "said … and that …", what a councillor "admitted", what a realtor "is telling clients", "which it
#: described as".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "housing": [
        (BOARD, "412 homes changed hands last month", False),
        (BOARD, "the benchmark price of a detached home slipped", False),
        (BOARD, "Inventory is finally catching up with demand", False),
        ("Renée Gallant", "Buyers are out there", False),
        ("Renée Gallant", "Every second showing", True),
        ("Renée Gallant", "sellers have been slow to accept", False),
        ("Renée Gallant", "Some of her listings have sat", False),
        ("Marguerite Okonjo", "the cuts already made by the central bank", False),
        ("Marguerite Okonjo", "We think the spring market will surprise", False),
        ("Marguerite Okonjo", "first-time buyers would be the first to return", False),
        ("Desmond Pryce", "Unemployment in the province has crept up", False),
        ("Desmond Pryce", "Lower rates help", False),
        ("Ashlyn Boudreau", "We honestly couldn’t believe it", False),
        ("Tyler Boudreau", "they had set aside money for a bidding war", False),
        ("Tyler Boudreau", "We used it on a new furnace instead", False),
        ("Luc Arsenault", "the slowdown was a return to normal", False),
        ("Luc Arsenault", "A balanced market is a healthy market", False),
        ("Luc Arsenault", "Nobody should read a slow October", True),
        ("Renée Gallant", "not to wait too long", True),
        ("Renée Gallant", "When rates drop again", False),
    ],
    "strike": [
        ("Darlene Matheson", "the union had offered to keep bargaining", False),
        ("Darlene Matheson", "We didn’t want this", False),
        (UNION, "the company wants to move newer workers", False),
        ("Darlene Matheson", "a two-tier system", False),
        ("Gordon Whitfield", "the company’s final offer included wage increases", False),
        ("Gordon Whitfield", "the pension change would protect the plan", False),
        ("Gordon Whitfield", "We remain ready to return to the table", False),
        (COMPANY, "the strike will delay shipments", False),
        ("Scott Devereaux", "he has worked at the mill for 26 years", False),
        ("Scott Devereaux", "My dad retired from this mill", False),
        ("Scott Devereaux", "Now they want my nephew", True),
        ("", "many families in town had only one income", True),
        ("Angela Furlotte", "both sides to get back to bargaining", False),
        ("Angela Furlotte", "A strike of this size hurts everybody", False),
        ("Angela Furlotte", "the province would not legislate the workers back", False),
        ("Angela Furlotte", "a mediator was available", True),
        ("Kevin Sampson", "he had spoken to both the union and the company", False),
        ("Kevin Sampson", "I’m not taking sides", False),
    ],
    "hardware": [
        (HANK, "there was no single reason", False),
        (HANK, "The big-box store opened out by the highway", False),
        (HANK, "But my back is done", True),
        ("Jolene Vandermolen-Price", "the family tried for two years to find a buyer", False),
        ("Jolene Vandermolen-Price", "We had two people come close", False),
        (PIETER, "he grew up in the aisles", False),
        (PIETER, "Dad knew that a long time ago", False),
        ("Marlene Kowalchuk", "she came in for a box of screws", False),
        ("Marlene Kowalchuk", "You could walk in here with a broken thing", False),
        (CHAMBER, "the closing is the fourth on Queen Street", False),
        ("Farah Siddiqui", "small retailers are squeezed", False),
        ("Farah Siddiqui", "Every one of these closings", False),
        ("Brent Lachance", "the town was looking at a property tax break", False),
        ("Brent Lachance", "it would come too late", True),
        ("Brent Lachance", "We should have done this five years ago", False),
        (HANK, "he will hold a sale through January", False),
        (HANK, "he plans to fix the fence", False),
        (HANK, "Fifty years I’ve been fixing", False),
        (HANK, "Mine’s falling down", True),
    ],
    "lobster": [
        ("", "the money no longer covers the cost of bait", True),
        (HARVESTERS, "Buyers were paying between", True),
        ("Curtis d’Entremont", "At six bucks", False),
        ("Curtis d’Entremont", "bait alone costs him", False),
        ("Curtis d’Entremont", "My son is 23", False),
        ("Yvette LeBlanc", "processors are blaming weak demand", False),
        ("Yvette LeBlanc", "The processors tell us the freezers are full", False),
        ("Yvette LeBlanc", "We tell them that’s not our problem", True),
        ("Ralph Eisner", "the company is paying what the market will bear", False),
        ("Ralph Eisner", "If we pay $8", False),
        (DFO, "it does not set or regulate the price", False),
        (DFO, "it continues to monitor the health", False),
        (DFO, "strong", True),
        ("Imran Chaudhry", "the price slump reflects a market", False),
        ("Imran Chaudhry", "Restaurants were paying anything", False),
        ("Imran Chaudhry", "prices could recover", False),
        ("Yvette LeBlanc", "the association has asked the province", False),
        ("Yvette LeBlanc", "We’re not asking for a handout", False),
        ("Yvette LeBlanc", "We’re asking for a floor", True),
    ],
    "rates": [
        ("Helen Abernathy", "the economy had slowed more than the bank expected", False),
        ("Helen Abernathy", "Monetary policy cannot undo", False),
        ("Helen Abernathy", "What it can do", True),
        (BANK, "inflation had stayed close to its 2 per cent target", False),
        (BANK, "it expected growth to pick up", True),
        (BANK, "it would be ready to respond", False),
        ("Helen Abernathy", "she would not tie the hands", False),
        ("Helen Abernathy", "We are taking it one decision at a time", False),
        ("Helen Abernathy", "I would not read any more", True),
        ("Helen Abernathy", "the bank had discussed a larger cut", False),
        ("Rashid Tremblay", "household spending had held up", False),
        ("Rashid Tremblay", "Companies are holding off", False),
        ("Bernadette Kwan", "The bank is signalling a pause", False),
        ("Bernadette Kwan", "she expected one more cut", False),
        ("Tomas Riedel", "core inflation measures remain", False),
        ("Tomas Riedel", "the bank would want to see several months", True),
        ("Tomas Riedel", "We think this is the end", False),
        ("", "the cut", True),
        (ALLIANCE, "small firms were still struggling", False),
        ("Nadia Fontaine", "will help at the margins", False),
    ],
}

ARTICLES = {"housing": HOUSING, "strike": STRIKE, "hardware": HARDWARE, "lobster": LOBSTER, "rates": RATES}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 10 of 77 required when the batch was written (blind), and 10 still after one gold slip: the spellings
#: took a body's bare noun ("company", "The union", "the board") as well as its name, though GUIDELINES give an
#: institution its name (the blind run's rows all had names). Then 8: "The union says" after "Paper and Forest Workers
#: Local 1187" gave the words after the "and" (2, `union_locals`). Then 6 by two mends together: "The company says"
#: after the union spoke went to the union (a union is no company: `body_phrases`, `named_last`, `institutions`), and
#: with that alone it found no name, as "the Kessler Pulp mill" tagged the company a facility (2, `facility_owners`).
#: Then 2: "Curtis d’Entremont", tagged an organisation, was no person, so "He said" went to the place after him (4,
#: `given_named_people`). Then 1: "said in a release that …, and its chief economist, X, said “…”" was one quote of
#: the alliance that swallowed X's (1, `setting_conjuncts`). Left: "which Matheson called “a two-tier system …”", a
#: quotation the union leader called the plan in a relative clause inside the union's reported words (1). Then 0: a
#: quoted name a third party gives in a relative clause inside another's reported words (", which X called “…”") is that
#: party's quote, not part of the union's (nested_cues).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
