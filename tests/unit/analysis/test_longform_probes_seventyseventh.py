"""Quotes of a seventy-seventh batch of blind probes (longform_probes_seventyseventh.py, markets, personal finance and
consumer news as market desks, money pages and consumer sites write it: a market wrap, a mortgage-rate explainer, a
reader's complaint against a bank, a central-bank decision and a retail-sales feature): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyseventh import CENTRAL_BANK, COMPLAINT, MARKETS, MORTGAGE, RETAIL

QUINTANAR = "Marisela Quintanar-Hobbs"
ENNIS = "Bartholomew Ennis-Vabre"
ABERCORN = "Henrike Abercorn-Sole"
VANTRELL = "Vantrell Semiconductor|Vantrell|the company|company"
FENWICK = "Odalys Fenwick-Marr"
WEXCOMBE = "Thaddeus Wexcombe-Uhl"
PAPADAKIS = "Ines Papadakis-Brandt"
LINDHOLM = "Kwame Lindholm-Aduro"
HALVORSEN = "Halvorsen Home Funding|"
ILSLEY = "Rowena Ilsley-Drummond"
OKAFOR = "Cormac Okafor-Lindqvist"
KESTREL = "Kestrel Housing Analytics|Kestrel|"
WHITCOMBE = "Delphine Whitcombe-Ferris"
SARKISSIAN = "Leopold Sarkissian-Holt"
BRENWICK = "|Brenwick Securities"
FAIRHOLLOW = "Fairhollow Bank|Fairhollow|The bank|bank"
MARCHETTI = "Gwendolyn Marchetti-Pryce"
KETTLEBY = "Ambrose Kettleby-Nunez"
THORNBURY = "Priscilla Thornbury-Achebe"
RATHBONE = "Felicity Rathbone-Iwu"
CENTRAL = "Chile’s central bank|central bank|the central bank|Chile"
BOARD = "board|the board|Chile’s central bank|central bank|the central bank"
FERRAGUT = "Eulalia Ferragut-Soler"
ARRIETA = "Joaquín Arrieta-Malvar"
ACHTERBERG = "Rosalind Achterberg-Pau"
VILLASENOR = "Hernán Villaseñor-Quist"
BENAVENTE = "Octavio Benavente-Runge"
COMMERCE = "Commerce Department|the Commerce Department"
YOLANDA = "Yolanda|Yolanda Fairbairn-Ostrova"
DESMOND = "Desmond|Desmond Halloran-Vu"
BRAMBLETON = "Brambleton Stores|Brambleton"
AINSLEY = "Ainsley & Roake|Ainsley|Roake"
STROUD = "Wilhelmina Stroud-Akande"
AUGUSTIN = "Augustin|Augustin Pellinger-Roux"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Governor")
#: are no part of a name; a description that refers back ("the retired teacher said") and a shopper or owner called
#: by the first name after the first mention ("said Yolanda", "Desmond says", "Augustin said") are the person named
#: before. Present-tense "says" and "notes", inverted cues ("says X, a certified financial planner"), a cue set
#: between commas inside the statement ("The yield …, she noted, has risen …", "If a buyer …, she says, locking makes
#: sense"), "according to" a person, "wrote" of a letter, an email or a note, "told analysts", "warns", "cautions
#: against", "urged", "argued" and a participle that carries a statement by itself ("welcomed the decision, telling a
#: radio station that …") are cues; "X, who says …" of the person named is that person's quote. A company, a
#: department, a central bank and its board that "said", "warned" or say in "a statement" are institutions that speak;
#: "economists at Y" and "store owners" are groups (unnamed). A quoted fragment inside reported speech, a quotation that
#: follows "“…,” X said." with no new cue, and a participle or a second "that" clause that carries on with one speaker
#: in one sentence ("…, noting that …", "…, arguing that …", "…, adding that …", "… and that …") belong to the quote
#: before and are optional as quotes of their own. A survey, a report, a public database and futures pricing are
#: documents, no speakers: what is "according to" them is optional. Borderline and optional: a headline's "The bank
#: says it can’t help", "pointed to", "reported a 3 percent decline" of a company's results, "advisers are convinced",
#: what traders said in a relative clause about the yen, and "a pattern she called …". A vote is no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "markets": [
        (QUINTANAR, "The market had priced in a soft landing", False),
        (QUINTANAR, "has risen nearly half a percentage point", False),
        (ENNIS, "profit growth of just 3 percent", False),
        (ENNIS, "the weakest showing", True),
        (ABERCORN, "Valuations are stretched", False),
        (ABERCORN, "cash holdings at large companies", True),
        (VANTRELL, "orders from data centers would slow", False),
        (FENWICK, "We’re seeing customers digest", False),
        (FENWICK, "the company still expected full-year revenue", False),
        (WEXCOMBE, "It’s a rotation, not a rout", False),
        (WEXCOMBE, "investors were moving money", False),
        (PAPADAKIS, "has further to run", False),
        (PAPADAKIS, "the 10-year yield could reach 5 percent", True),
        (LINDHOLM, "Every strong number on the economy", False),
        (LINDHOLM, "Tuesday’s report on job openings", True),
        (LINDHOLM, "traders had cut their bets", False),
        ("", "reflected the widening gap", True),
    ],
    "mortgage": [
        (HALVORSEN, "climbed back above 7 percent", True),
        (ILSLEY, "Nobody can time the market", False),
        (ILSLEY, "locking makes sense", False),
        (ILSLEY, "you can always refinance", True),
        (OKAFOR, "about $200 a month", False),
        (OKAFOR, "many of his clients are now asking", False),
        (KESTREL, "Builders paid for buydowns", True),
        (WHITCOMBE, "Builders would rather pay down", False),
        ("", "waiting is a mistake", True),
        (SARKISSIAN, "buyers who can rent comfortably", False),
        (SARKISSIAN, "If you’re stretching", False),
        (SARKISSIAN, "adjustable-rate loans", False),
        (ILSLEY, "draining savings", False),
        (ILSLEY, "A house with no emergency fund", False),
        (BRENWICK, "they expect rates to drift down", False),
        (BRENWICK, "The direction is down", False),
    ],
    "complaint": [
        (FAIRHOLLOW, "it can’t help", True),
        (MARCHETTI, "I sent them the cancellation email", False),
        (MARCHETTI, "Six weeks later", True),
        (KETTLEBY, "card holders generally have 60 days", False),
        (KETTLEBY, "appeared to have filed well inside", False),
        (KETTLEBY, "banks often close disputes", True),
        (THORNBURY, "the bank could not discuss individual accounts", False),
        (THORNBURY, "We take every dispute seriously", False),
        (THORNBURY, "the case had been reopened", False),
        ("", "more than 60,000 complaints", True),
        (RATHBONE, "Banks have every incentive", False),
        (RATHBONE, "send disputes in writing", False),
        (MARCHETTI, "had been credited back", False),
        (MARCHETTI, "I’m grateful", False),
    ],
    "central_bank": [
        (CENTRAL, "inflation had not cooled enough", False),
        (BOARD, "core inflation", False),
        (BOARD, "wage growth was still running hot", True),
        (BOARD, "future decisions would depend", False),
        (FERRAGUT, "close, but not there yet", False),
        (FERRAGUT, "We would rather wait one meeting", False),
        (FERRAGUT, "the board had discussed a cut", True),
        (ARRIETA, "the economy was slowing faster", False),
        (ARRIETA, "risks doing more damage", False),
        (ACHTERBERG, "The dissent is the story here", False),
        (ACHTERBERG, "One vote for a cut", True),
        (VILLASENOR, "he still expected no cut", False),
        (VILLASENOR, "the peso had weakened", True),
        (BENAVENTE, "on the same page", False),
    ],
    "retail": [
        (COMMERCE, "Retail sales rose 0.2 percent", False),
        (YOLANDA, "she had cut her gift list", False),
        (YOLANDA, "Groceries went up", False),
        ("", "they feel it", False),
        (DESMOND, "People come in, they look", False),
        (DESMOND, "he has cut his order", False),
        (DESMOND, "something I swore", True),
        (BRAMBLETON, "sales at stores open at least a year rose", False),
        (AINSLEY, "3 percent decline", True),
        (STROUD, "Consumers are not broke", False),
        (STROUD, "shoppers were waiting for discounts", False),
        (STROUD, "the great trade-down", True),
        (AUGUSTIN, "sales were up 12 percent", False),
        (AUGUSTIN, "A cold snap is better", False),
        (DESMOND, "I’ll make it up in volume", False),
        (DESMOND, "Ask me in January", True),
    ],
}

ARTICLES = {
    "markets": MARKETS,
    "mortgage": MORTGAGE,
    "complaint": COMPLAINT,
    "central_bank": CENTRAL_BANK,
    "retail": RETAIL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 5 of 56 required when the batch was written (blind). Then 0: a given name the recogniser left off a
#: joined surname it took for a product, right after an inverted cue ("…,” says Felicity Rathbone-Iwu, director of …"),
#: is the person's (given_before_hyphen; 4: two quotes missed, two with the surname alone); a name whose surname is
#: joined by a hyphen, set off by commas after an opening phrase that the parser hung it on ("At a mall outside
#: Harrisburg, Pa., Yolanda Fairbairn-Ostrova, 41, said …"), is the speaker (named_after_opening; 1). Nothing left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
