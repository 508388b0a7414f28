"""Quotes of a seventieth batch of blind probes (longform_probes_seventieth.py, housing, real estate and city planning
news as city papers, local web news and the business pages write it): the whole batch against its gold, whose count
of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventieth import (
    HOMEBUILDER,
    HOUSING_PLAN,
    MARKET,
    TENANTS,
    ZONING,
)

MARCHETTI = "Della Marchetti-Fold"
ASHWORTH = "Gideon Ashworth-Pell"
LARCHMONT = "Larchmont Cove Partners|developer|The developer"
RENWICK = "Tobias Renwick-Hale"
OKONKWO = "Ruth Okonkwo-Lind"
BRANWELL = "Felix Branwell-Sato"
QUINTANAR = "Marisela Quintanar-Boyd"
LEMAIRE = "Curtis Lemaire-Vogt"
OBUYA = "Ferdinand Obuya-Mertz"
VANDEBERG = "Priya Vandeberg-Nash"
HALVORSEN = "Halvorsen Ridge Holdings|company|The company"
ACHTERBERG = "Desmond Achterberg-Ruiz"
REALTORS = "Tri-County Association of Realtors|The Tri-County Association of Realtors|association|The association"
SOLANO = "Bernadette Solano-Whitfield"
HARLOW = "|Harlow National"
BRANDVOLD = "Nikolai Brandvold-Ames"
FARQUHARSON = "Wendell Farquharson-Oyo"
OSTROWSKI = "Camille Ostrowski-Benn"
ABERNATHY = "Lucinda Abernathy-Kwan"
HALLORAN = "Sunita Halloran-Reyes"
FENWICK = "Roderick Fenwick-Lowe"
MASTERSON = "Tariq Masterson-Ilori"
HOMEOWNERS = "Millbrook Homeowners Alliance|The Millbrook Homeowners Alliance|group|The group"
STROUD = "Evangeline Stroud-Parikh"
RIDGELINE = "Ridgeline Homes|Ridgeline"
VOSKUIJLEN = "Harlan Voskuijlen-Pratt"
THORVALD = "Annika Thorvald-Mensah"
HARGREAVE = "Oswin Hargreave-Lutz"
OKORO = "Liesel Okoro-Dunmore"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A tenants' organiser
#: named by her first name after she is introduced ("Marisela says", "Marisela told the crowd") and a description that
#: refers back ("the lawyer said", "the retired teacher said", "the tenant added", "the attorney said", "the economist
#: said", "the broker says", "the mayor said", "the researcher said", "the analyst wrote") are the person named
#: before; "the developer said" is the firm the story named as the developer, "the company said on its website" the
#: owner named before. "Testified that" is a cue. An organisation that speaks through a statement, its monthly report
#: or its website speaks as itself; an analyst who "wrote in a note to clients" and an economist who "said in a note"
#: speak. A quotation that follows "“…,” said X, …" with no new cue continues the quote before it and is optional as a
#: quote of its own. Borderline and optional: groups ("Many said", "tenants say", "Housing lawyers say", "brokers
#: say", "realtors say" in a headline), a landlord "who declined to give his name", and "according to a weekly survey
#: by the lender". "Voted 5-2", "voted against" and "voted to withhold" are no speech; residents who "testified" with
#: no content said nothing the gold can hold.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "zoning": [
        ("", "the tower would cast a shadow", True),
        (MARCHETTI, "This is a neighborhood of three-story houses", False),
        (MARCHETTI, "Nobody on this board would want", True),
        (ASHWORTH, "the tower complied with the height limits", False),
        (ASHWORTH, "The rules were written for exactly this site", False),
        (LARCHMONT, "construction would begin next spring", False),
        (RENWICK, "the tower’s shadow would fall on the park", False),
        (OKONKWO, "members had weighed the testimony", False),
        (OKONKWO, "We are not a popularity contest", False),
        (BRANWELL, "he was not convinced by a traffic study", False),
        (BRANWELL, "A study paid for by the applicant", False),
        (MARCHETTI, "a group of neighbors had already hired a lawyer", False),
        (MARCHETTI, "We lost a vote", False),
    ],
    "tenants": [
        (QUINTANAR, "They thought we would just pack up", False),
        (QUINTANAR, "the notices cite", False),
        ("", "they have never been told about", True),
        (LEMAIRE, "a routine enforcement of the lease", False),
        (LEMAIRE, "Every tenant has the right to contest", False),
        (QUINTANAR, "We are not asking for anything special", False),
        (OBUYA, "he had received a notice over a bicycle", False),
        (OBUYA, "I am 71 years old", False),
        ("", "owners were being squeezed", True),
        ("", "Nobody wants to be the bad guy", True),
        ("", "the notices fit a pattern", True),
        (VANDEBERG, "her office had seen a rise", False),
        (VANDEBERG, "When a building changes hands", False),
        (HALVORSEN, "invested more than $4 million", False),
        (ACHTERBERG, "he would introduce an ordinance", False),
        (ACHTERBERG, "If you own a building in this city", False),
        (QUINTANAR, "They taught us how to use tape", False),
    ],
    "market": [
        ("", "Home sales fall for fourth month", True),
        (REALTORS, "Sales of existing homes in the Tri-County region", False),
        (REALTORS, "Listings rose 18 percent", False),
        (SOLANO, "Buyers finally have something to look at", False),
        (SOLANO, "homes were sitting on the market", False),
        (HARLOW, "6.9 percent last week", True),
        (BRANDVOLD, "the region was moving toward a buyer’s market", False),
        (BRANDVOLD, "Prices are sticky on the way down", False),
        (BRANDVOLD, "he expected the median price to fall", False),
        ("", "the change has been sharp", True),
        (FARQUHARSON, "In April I had 14 offers", False),
        (FARQUHARSON, "some sellers have started offering", False),
        (OSTROWSKI, "they had been outbid four times", False),
        (OSTROWSKI, "The prices came down a little", False),
        (SOLANO, "she expected sales to pick up", False),
        (SOLANO, "Every buyer I talk to", False),
    ],
    "housing_plan": [
        (ABERNATHY, "the most important thing this city has done", False),
        (ABERNATHY, "We have people who teach our kids", False),
        (HALLORAN, "the changes alone would not produce the homes", False),
        (HALLORAN, "Zoning is permission, not construction", False),
        (HALLORAN, "the department would track permits", False),
        (FENWICK, "it had been rushed", False),
        (FENWICK, "People bought homes on a street", False),
        (MASTERSON, "I grew up here", False),
        (HOMEOWNERS, "it was weighing a lawsuit", False),
        (HOMEOWNERS, "The council has chosen developers", False),
        (STROUD, "cities that had made similar changes", False),
        (STROUD, "Nobody wakes up the next morning", False),
    ],
    "homebuilder": [
        (RIDGELINE, "its third-quarter profit fell 23 percent", False),
        (VOSKUIJLEN, "Demand is there", False),
        (VOSKUIJLEN, "the company would keep using rate buydowns", False),
        (VOSKUIJLEN, "resets every appraisal", False),
        (THORVALD, "gross margin fell to 21.4 percent", False),
        (HARGREAVE, "buying volume at the expense of margin", False),
        (HARGREAVE, "The incentive is the new price cut", False),
        (OKORO, "the company was in better shape", False),
        (OKORO, "They can wait out a slow year", False),
        (VOSKUIJLEN, "it had cut the number of homes", False),
        (RIDGELINE, "expected to close between 11,800", False),
    ],
}

ARTICLES = {
    "zoning": ZONING,
    "tenants": TENANTS,
    "market": MARKET,
    "housing_plan": HOUSING_PLAN,
    "homebuilder": HOMEBUILDER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 7 of 60 required when the batch was written (blind), no gold slip. By pattern: a description that refers
#: back to a body or person named before given to no one ("The developer said in a statement" of the firm named as
#: "the developer, Larchmont Cove Partners"; "the association’s president said" of the woman introduced as it; "The
#: broker says" of a man who "has sold homes" after "brokers say"; 6, a miss and an unnamed quote each); a report
#: sentence whose cue comes last after a long "while" clause ("…, while the median price held …, the … Association of
#: Realtors said in its monthly report on Thursday") missed (1). Then 5: a trade noun is the company the article set
#: right after it before ("a lawyer for the developer, X, … The developer said"; apposed_trades.py, 2). Then 3: a
#: description owned by a body with "the" is the person described so in apposition before ("the association’s
#: president said"; descriptions.py, 2). Then 2: a closing cue the parser hung under the mark of an earlier clause
#: reports the sentence ("…, while the median price held …, the association said in its monthly report";
#: marked_closing_cues.py, 1). Left, by pattern: "The broker says" of a man brought in after "brokers say" as one
#: "who has sold homes" for 22 years, never called a broker, given to no one (2, a miss and an unnamed quote). Then 0: a
#: bare description that opens a paragraph is the one person the paragraph before quoted by name and alone
#: (quoted_just_before.py, 2). Nothing left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
