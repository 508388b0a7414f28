"""Quotes of a ninety-first batch of blind probes (longform_probes_ninetyfirst.py, grain exports, commodity markets and
food prices as agency copy, farm papers and business desks write them: a wheat export quota after a drought in
Kazakhstan, a UN food agency's monthly price index, farmers' tractors around Paris against cheap grain imports, and a
supermarket group's profit against the farm-gate price of milk): the whole batch against its gold, whose count of
wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetyfirst import EXPORTS, INDEX, MILK, TRACTORS

KURMANALIYEV = "Daulet Kurmanaliyev"
STEPPE = (
    "Steppe Grain Traders’ Association|the Steppe Grain Traders’ Association|Steppe Grain Traders|association|the "
    "association"
)
TEMIRGALIEV = "Askar Temirgaliev"
YESENOV = "Bolat Yesenov"
WEXBRIDGE = "Hannah Wexbridge"
FMA = (
    "Food Markets Agency|the Food Markets Agency|agency|the agency|United Nations food markets agency|the United "
    "Nations food markets agency|UN agency"
)
OYELOWO = "Margarethe Oyelowo-Brandt"
FERRABY = "Luca Ferraby-Kwan"
PENROSE = "Penrose & Vale|Penrose Vale|supermarket group|the supermarket group|group|the group"
MUNBY = "Alastair Munby-Greer"
MILLERS = "Kenyan Cereal Millers’ Association|the Kenyan Cereal Millers’ Association|Kenyan Cereal Millers"
VERCHEVAL = "Arnaud Vercheval-Lacombe"
CONFLUENCE = "Confluence Paysanne|union|the union|farmers’ union|the farmers’ union"
CASTAGNEDE = "Hélène Castagnède"
DURANDEAU = "Philippe Durandeau-Sarr"
POLICE = "|Paris police|the Paris police"
IMPORTERS = (
    "French Food Importers’ Federation|the French Food Importers’ Federation|Food Importers’ Federation|federation|"
    "the federation"
)
ROUVRAY = "Sabine Rouvray-Malet"
CARRAWAY = "Fiona Carraway-Dunn"
ADFU = "Arable and Dairy Farmers’ Union|the Arable and Dairy Farmers’ Union|union|the union"
PENHALLOW = "Gareth Penhallow-Reese"
TRESILLIAN = "Megan Tresillian-Ward"
AMBROSE = "Nikhil Ambrose-Feld"
ACHTERBERG = "Rosalind Achterberg"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Agriculture
#: Minister", "Chief executive", "Farming Minister") are no part of it; a description that refers back ("the
#: minister", "the farmer", "the analyst", "the economist", "the trader") and a pronoun that carries on ("He said …",
#: "She says …", "she said") are the person named before. A traders' association, a UN agency ("said in its monthly
#: report", "it said" set inside a sentence), a supermarket group "in a trading update", a millers' association, a
#: farmers' union ("In a statement, it said", "The union said"), an importers' federation are institutions that
#: speak. Cues: "told a briefing", "told reporters in Rome", "warned that", "notes X" and "says X" after a quotation,
#: "notes the analyst" and "the analyst notes" inside a sentence, "she says" set inside a sentence, "told reporters on
#: a call", "said in a statement", and a quotation split by its cue ("“…,” says X, 46, who …, “…”"), which is one
#: quote. A quotation that follows "“…,” X said." with no new cue and a second "that" clause of one speaker in one
#: sentence ("… and that …") belong to the quote before and are optional as quotes of their own. No quote at all: "The
#: decision angered", "Markets had expected the rise", "Analysts were less sure", "was unmoved", "met a delegation".
#: Borderline and optional: leads that name the speaker only later ("its agriculture minister said", "the United
#: Nations food markets agency said"), headlines ("traders warn", "UN agency says", "farmers say"), a group's "that
#: they say" and "farmers who say", a trader who asked not to be named and a police spokesman (unnamed sources), what
#: a union "wants", and what a speaker "refused to say" or "declined to say".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "exports": [
        ("", "traders warn of lost buyers", True),
        ("|" + KURMANALIYEV, "cap wheat exports at 4 million", True),
        (KURMANALIYEV, "Our first duty is bread", False),
        (KURMANALIYEV, "lift it the day the stocks", True),
        (KURMANALIYEV, "600,000 tonnes", False),
        (KURMANALIYEV, "signed contracts before the announcement", False),
        (STEPPE, "hand our buyers", False),
        (STEPPE, "1.3 million tonnes", False),
        (TEMIRGALIEV, "had not consulted exporters", False),
        (TEMIRGALIEV, "Buyers have long memories", False),
        (TEMIRGALIEV, "five years to win back", True),
        ("", "cargoes booked for November", True),
        ("", "Our clients in Tehran", True),
        (YESENOV, "only push down", False),
        (YESENOV, "protects the city baker", False),
        (YESENOV, "Nobody at the ministry", True),
        (YESENOV, "half of last year", False),
        (WEXBRIDGE, "not a giant", False),
        (WEXBRIDGE, "Russian exporters are likely", False),
        (WEXBRIDGE, "Whoever buys in Kabul", False),
    ],
    "index": [
        ("|" + FMA, "World food prices climb", True),
        ("|" + FMA, "rose for a fifth straight month", True),
        (FMA, "averaged 131.4 points", False),
        (OYELOWO, "Cereal prices are being pushed", False),
        (OYELOWO, "rice prices had risen by 6 percent", False),
        (OYELOWO, "feel the rise first", False),
        (OYELOWO, "schools and clinics", False),
        (FMA, "vegetable oil prices had jumped", False),
        (FMA, "Dairy and meat prices were broadly stable", False),
        (FERRABY, "catching up with what traders", False),
        (FERRABY, "worst may be over", False),
        (PENROSE, "food inflation had risen to 5 percent", False),
        (PENROSE, "hold the price of 200", True),
        (MUNBY, "trading down from brands", False),
        (MILLERS, "push up the price of a loaf", False),
        (OYELOWO, "first forecast for next year", False),
        (OYELOWO, "not yet in a crisis", False),
    ],
    "tractors": [
        ("", "driving them out of", True),
        (VERCHEVAL, "not here to annoy Parisians", False),
        (VERCHEVAL, "back with twice as many tractors", True),
        ("|" + CONFLUENCE, "oppose a trade deal", True),
        (CONFLUENCE, "pesticides banned here", False),
        (CASTAGNEDE, "My father farmed this land", False),
        (CASTAGNEDE, "income fell by a third", False),
        (CASTAGNEDE, "no quarrel with Brazilian growers", False),
        (CASTAGNEDE, "They do their job", False),
        (DURANDEAU, "not sign a deal that sacrifices", False),
        (DURANDEAU, "whether Paris would block", True),
        (DURANDEAU, "speed up 400", False),
        (VERCHEVAL, "the same ones we heard", False),
        (POLICE, "62 tractors", True),
        (IMPORTERS, "less than 5 percent", False),
        (IMPORTERS, "a convenient story", True),
        (ROUVRAY, "supported the farmers anyway", False),
        (ROUVRAY, "They feed us", False),
        (CONFLUENCE, "continue on Tuesday", False),
    ],
    "milk": [
        ("", "see none of it", True),
        ("", "squeezing what it pays them", True),
        (CARRAWAY, "absorbed more cost", False),
        (CARRAWAY, "margins remained below", True),
        (CARRAWAY, "cut the price of more than 1,000", False),
        (CARRAWAY, "150 million pounds", False),
        (PENHALLOW, "4 percent less for a litre", False),
        (PENHALLOW, "not going to the farm gate", False),
        (ADFU, "written to the competition regulator", False),
        (TRESILLIAN, "fell below what it costs", False),
        (TRESILLIAN, "working seven days a week", False),
        (TRESILLIAN, "two neighbours sold", False),
        (AMBROSE, "Farm-gate prices for milk fell", False),
        (AMBROSE, "margins remain thin", False),
        (ACHTERBERG, "meet retailers and farm groups", False),
        (ACHTERBERG, "fair price reaches", False),
        (ACHTERBERG, "strengthen the code", True),
        (CARRAWAY, "fall to about 3", False),
    ],
}

ARTICLES = {
    "exports": EXPORTS,
    "index": INDEX,
    "tractors": TRACTORS,
    "milk": MILK,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 3 of 54 required when the batch was written (blind). Missed by pattern: a present-tense cue with a
#: description for its subject set inside the sentence it reports ("The worst may be over for wheat, notes the analyst,
#: but not for rice.", "Supermarket margins remain thin …, the analyst notes, and …"), 2; and the headline's "UN agency
#: says" given to "United Nations", not to the agency the story names, 1. Then 2: an inverted cue set off inside the
#: clause with a description after it that the parser took for its object ("…, notes the analyst, but …") is that
#: description's (misread_set_off_descriptions, 1). Then 1: a description and a cue in -s set off by commas that the
#: parser read as one noun ("…, the analyst notes, and …", "notes" tagged a verb or a plural noun) are mended in the
#: parse to a subject and its inserted cue (set_off_noun_cues, 1). Left: the headline's "UN agency says" given to the
#: United Nations, not to the agency the story names. Then 0: the headline's "UN agency says", the body called by its
#: kind while the story names the agency, gives no quote, not one of the United Nations (headline_bodies).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
