"""Quotes of a fifty-sixth batch of blind probes (longform_probes_fiftysixth.py, news of appellate and supreme court
rulings in the US and Canada as wires and legal-affairs desks write them): the whole batch against its gold, whose
count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftysixth import (
    DRONES,
    MINE,
    PENSIONS,
    PORTS,
    TARIFFS,
)

SUPREME_COURT = "Supreme Court|The Supreme Court"
VANDERMEER = "Harriet Vandermeer-Osei"
PELLEGRINO = "Conrad Pellegrino-Watts"
HARTWELL = "Dale Hartwell-Munro"
BRANNIGAN = "Lucinda Brannigan-Fry"
TAMAYO = "Rebecca Tamayo-Lund"
HALVORSEN = "Ingrid Halvorsen"
ACHTERBERG = "Simone Achterberg-Nwosu"
CANADA_COURT = "Supreme Court of Canada|The Supreme Court of Canada"
FOURNIER = "Amélie Fournier-Okafor"
MACALISTER = "Robert MacAlister-Singh"
VARGA = "Colette Varga-Lindholm"
DELORME = "Ahmed Delorme-Kapoor"
LONGSHORE = "International Longshore Workers’ Federation|The International Longshore Workers’ Federation"
HALDANE = "Priya Haldane-Roux"
TSHIBANDA = "Emmanuel Tshibanda"
LIBERTIES = "Canadian Civil Liberties Forum|The Canadian Civil Liberties Forum"
OYELARAN = "Farida Oyelaran-Beck"
FEDERAL_CIRCUIT = "U.S. Court of Appeals for the Federal Circuit|Court of Appeals for the Federal Circuit"
ABERNETHY = "Lorraine Abernethy-Quist"
SALCEDO = "Victor Salcedo-Brandt"
OSTROWSKI = "Kendra Ostrowski"
KESSLER = "Nathan Kessler-Obi"
UCHENNA = "Marisol Uchenna-Park"
BECKWITH = "Harold Beckwith-Adeyemi"
WILMOT = "Grace Wilmot-Haynes"
BC_COURT = "B.C. Court of Appeal|The B.C. Court of Appeal|British Columbia Court of Appeal"
THORSBY = "Elaine Thorsby-Mbeki"
KETCHUM = "Dolores Ketchum-Aubry"
RIDGELINE = "Ridgeline Copper Corp.|Ridgeline Copper Corp|Ridgeline Copper"
PEMBROKE = "Gareth Pembroke-Saini"
OSGOOD = "Trevor Osgood-Nakamura"
GRAYEYES = "Naomi Grayeyes-Hart"
MICHIGAN_COURT = "Michigan Supreme Court|The Michigan Supreme Court"
CASTELLANO = "Miriam Castellano-Reyes"
WHITFORD = "Douglas Whitford-Anand"
OKONJO = "Louis Okonjo-Berry"
PRUITT = "Janet Pruitt-Lozano"
FEENEY = "Marcus Feeney-Dube"
VOSS = "Harold Voss-Emeka"
LIEBOWITZ = "Aaron Liebowitz-Mensah"
MARSH = "Evelyn Marsh-Tanaka"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives ("the judge" is Elaine Thorsby-Mbeki, "the court" the court named before); a pronoun
#: goes on to the speaker of the sentences before. A court that "said in its decision" or "said" is an institution
#: that speaks; a justice or judge who "wrote for the majority", "wrote in a dissent", "wrote" or "said" is a speaker,
#: and the opinion's words set inside a reporter's sentence ("The ruling, he wrote, leaves farmers “…”", "Courts, he
#: added, “…”") are that judge's quote. "Said in an email", "told reporters outside the courthouse", "said in a
#: statement", "said on social media" and "wrote separately to say" are cues. "According to court filings" speaks no
#: quote (a document), nor does "welcomed the decision" or "did not respond". A quotation that follows one of the same
#: speaker past its cue with no cue of its own joins that quote. Borderline and optional: a court "ruling that",
#: "ruled that" or "finding that" (a ruling, more deed than speech), "vowed to" with an infinitive (intent), groups
#: with no name ("Legal scholars said", "Trade lawyers said"), what someone "had urged" in a relative clause that
#: brings them in (background, not the story's statement), "rejecting Alberta’s argument that" (a claim named by
#: a noun), and a headline's "Appeals court says …" (the speaker described, not named).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "drones": [
        ("|" + SUPREME_COURT, "the state had reached into an area", True),
        (VANDERMEER, "cannot stand", False),
        (VANDERMEER, "A state may regulate what happens", False),
        (PELLEGRINO, "handed the skies above every barn", False),
        (PELLEGRINO, "with less say over their own land", False),
        (HARTWELL, "grateful and relieved", False),
        (HARTWELL, "We were spraying the same fields", False),
        (BRANNIGAN, "to take the fight to Congress", True),
        (BRANNIGAN, "The court has told us the sky", False),
        ("", "the decision could reach well beyond farms", True),
        (TAMAYO, "This is the first time the court has said", False),
        (HALVORSEN, "she would have gone further", False),
        (ACHTERBERG, "puts the skies back", False),
        (ACHTERBERG, "the company would ask the state to refund", False),
    ],
    "ports": [
        ("|Alberta", "it trampled on provincial jurisdiction", True),
        (CANADA_COURT, "Parliament’s power over", False),
        (FOURNIER, "Ports are the country’s front door", False),
        (MACALISTER, "the majority had read the federal power", False),
        (MACALISTER, "treats a labour dispute", False),
        (VARGA, "disappointed but not surprised", False),
        (VARGA, "she had not ruled out asking", False),
        (DELORME, "Today’s ruling confirms", False),
        (LONGSHORE, "gives the federal cabinet a switch", False),
        (HALDANE, "will be read in law schools", False),
        (TSHIBANDA, "the majority had drawn a line", False),
        (TSHIBANDA, "The court gave Ottawa the keys", False),
        (LIBERTIES, "the majority had given too little weight", False),
        (OYELARAN, "the group would urge Parliament", False),
        (OYELARAN, "A law this broad needs a leash", False),
    ],
    "tariffs": [
        ("|" + FEDERAL_CIRCUIT, "president overstepped with emergency steel tariffs", True),
        ("|" + FEDERAL_CIRCUIT, "the president exceeded his authority", True),
        ("|" + FEDERAL_CIRCUIT, "does not hand the president a tax", False),
        (ABERNETHY, "If Congress meant to give away", False),
        (SALCEDO, "substituted its own view", False),
        (SALCEDO, "are poorly placed", False),
        (OSTROWSKI, "strongly disagrees", False),
        (KESSLER, "Our members have been paying", False),
        ("", "the decision would not be the last word", True),
        (UCHENNA, "The Supreme Court has never squarely", False),
        (BECKWITH, "importers should keep paying", False),
        (WILMOT, "the president to impose the tariffs", True),
        (WILMOT, "a gift to Chinese steelmakers", False),
        (KESSLER, "the company had paid about $11 million", False),
    ],
    "mine": [
        ("|" + BC_COURT, "the government failed in its duty", True),
        (BC_COURT, "a box to be ticked", False),
        (THORSBY, "officials had given the nation 30 days", False),
        (THORSBY, "The honour of the Crown", False),
        (KETCHUM, "the nation was not opposed", False),
        (KETCHUM, "We asked for time", False),
        (RIDGELINE, "reviewing the decision carefully", False),
        (PEMBROKE, "the company would consider", False),
        (OSGOOD, "the province would not appeal", False),
        (OSGOOD, "We accept the court", False),
        (GRAYEYES, "the ruling was one of the clearest", False),
        (GRAYEYES, "Courts have said this in general terms", False),
        (GRAYEYES, "other permits approved", False),
    ],
    "pensions": [
        ("|" + MICHIGAN_COURT, "could not cut the pensions", True),
        (CASTELLANO, "earned pensions as a contract", False),
        (CASTELLANO, "A promise made to a firefighter", False),
        (WHITFORD, "the majority had ignored", False),
        (WHITFORD, "The majority protects the pensions", False),
        (OKONJO, "he had been paying", False),
        (OKONJO, "I ran into burning buildings", False),
        (PRUITT, "the ruling would leave the city", False),
        (FEENEY, "the city had not decided", False),
        (VOSS, "the ruling raised questions", False),
        (VOSS, "to take the case to the", True),
        (VOSS, "This decision ties the hands", False),
        (LIEBOWITZ, "The U.S. Supreme Court almost never", False),
        (CASTELLANO, "cannot balance a budget", False),
        (MARSH, "the legislature should fix the pension law", False),
    ],
}

ARTICLES = {
    "drones": DRONES,
    "ports": PORTS,
    "tariffs": TARIFFS,
    "mine": MINE,
    "pensions": PENSIONS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 11 of 60 required when the batch was written (blind). Then 10 with one gold slip mended: "who had urged
#: the president to impose the tariffs" is a reported statement with the cue "urge" (GUIDELINES.md lists it), so it
#: is optional, not wrong. Left, by pattern: "according to court filings" read as an unnamed source (5; kept on
#: purpose, as PolNeAR counts them, see the eighteenth batch); a court named by a common noun ("Appeals court says"
#: in the headline, "The three-judge panel of the U.S. Court of Appeals for the Federal Circuit said") taken as the
#: speaker's name instead of the court named after "of" or none (3, one of them a missed quote); "to ask the Supreme
#: Court to step in" after "time" read as the panel's statement (1); "wrote separately to say X “…”" cut in two
#: quotes at the quotation mark (1). Then 8: a federal court named with its circuit after "for" is one name
#: (circuit_courts), and a court's panel speaks as the court, as a board speaks as its body (governing_organs). Left:
#: "according to court filings" (5), the headline's "Appeals court says" (1), "time to ask the Supreme Court to step
#: in" (1), and "who wrote separately to say X “before …”" parsed with the quotation as the sentence's root (1).
#: Then 7: a headline set as a paragraph quotes only a person or body the article names (headline_lines), so the
#: headline's "Appeals court says" gives no quote. Left: "according to court filings" (5), "time to ask the Supreme
#: Court to step in" (1) and "who wrote separately to say X “before …”" (1).
WRONG_TODAY = 7


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
