"""Quotes of a sixty-third batch of blind probes (longform_probes_sixtythird.py, science, research and space news as
the wires, the science desks and university-fed web news write it): the whole batch against its gold, whose count of
wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtythird import (
    DINOSAUR,
    KIDNEY,
    LANDER,
    PLANET,
    WOLFFISH,
)

AGENCY = "Southern Cross Space Agency|The Southern Cross Space Agency"
WENTWORTH = "Carla Wentworth-Oyelaran"
ROSTAMI = "Hamid Rostami-Vance"
TARRANT = "Imogen Tarrant-Bligh"
ECKERSLEY = "Jonah Eckersley-Amani"
DEPARTMENT = "|Department of Industry, Science and Resources|The Department of Industry, Science and Resources"
LINDQVIST = "Priya Lindqvist-Ramos"
OYELOWO = "Marcus Oyelowo-Fitch"
ABERNETHY = "Ruth Abernethy-Kwan"
FISHERIES = "Fisheries and Oceans Canada"
BIXBY = "Gordon Bixby-Lunn"
CARDELL = "Cardell Therapeutics|Cardell"
OKONKWO = "Naledi Okonkwo-Hart"
VANDERMEER = "Thomas Vandermeer-Sato"
MARCHBANKS = "Elliot Marchbanks-Ude"
NETWORK = "Renal Families Network|The Renal Families Network"
DELACROIX = "Maria Delacroix-Bennett"
WIERZBICKI = "Tomasz Wierzbicki-Ellery"
NWACHUKWU = "Adaeze Nwachukwu-Stern"
GLENMUIR = "Glenmuir University"
MARSH = "Helena Marsh-Obuya"
CONSORTIUM = "International Deep Sky Consortium|The International Deep Sky Consortium"
HALLORAN = "Simone Halloran-Baptiste"
VICKERY = "Dale Vickery-Moss"
WESTERGAARD = "Liang Westergaard"
ACHEBE = "Raymond Achebe-Lund"
MUSEUM = "Red Coulee Museum of Palaeontology|The Red Coulee Museum of Palaeontology"
THORVALDSEN = "Jenna Thorvaldsen"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives, without "Dr." or "Prof."; a short name ("Wentworth-Oyelaran said") and a pronoun are
#: the person named before. An agency, a department, a company, a university, a patient group, a consortium and a
#: museum that "said", "said in a statement" or "said in a press release" speak as institutions ("the agency", "the
#: company" and "the museum" are the body named before). A study, a paper and a journal are documents, no speakers:
#: what "the study found" and what "the paper says" are no quotes, and what stands "according to a study" or "a
#: paper" is borderline. A quotation that goes on after its cue with no new cue is the same quote; a quotation with
#: its own new cue ("she said", "he added") after a reported statement of the same speaker is another, and so is a
#: second reported statement with its own verb ("He added that", "She warned that"). Borderline and optional: groups
#: and unnamed sources ("outside scientists said", "scientists say", "researchers reported", "a team reported", "the
#: researchers wrote", "analysts said", "some engineers said privately", "a spokesperson for the department", "they
#: found"), and headlines. What a company "has not said" is no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "lander": [
        (AGENCY, "fell silent less than four hours later", False),
        (WENTWORTH, "We had a beautiful landing", False),
        (WENTWORTH, "tipped onto its side", False),
        (ROSTAMI, "a first for the country", False),
        (ROSTAMI, "keep trying to reach Kestrel", False),
        (TARRANT, "the loss was hard to take", False),
        (TARRANT, "Eleven years of work", False),
        ("", "the outcome was not unusual", True),
        (ECKERSLEY, "Landing on the moon is still hard", False),
        (AGENCY, "the engines had worked as designed", False),
        (ROSTAMI, "chosen from the best maps available", False),
        (ROSTAMI, "The moon does not always match the map", False),
        (DEPARTMENT, "remained committed to a second mission", True),
        (WENTWORTH, "send commands to the lander", False),
        (WENTWORTH, "We are not giving up on her", False),
        ("", "little hope the panels would see the sun", True),
    ],
    "wolffish": [
        ("", "moving north at nearly twice the pace", True),
        ("", "its range had shifted about 32 kilometres", True),
        (LINDQVIST, "The fish are not waiting for us", False),
        (OYELOWO, "surprised by how closely the fish followed", False),
        (OYELOWO, "We expected noise", False),
        ("", "should give pause to anyone who sets quotas", True),
        (ABERNETHY, "the study was careful", False),
        (ABERNETHY, "Those are two very different stories", False),
        (FISHERIES, "it would review the study", False),
        (BIXBY, "he had seen the change from his boat", False),
        (BIXBY, "My father caught wolffish in the bay", False),
        (LINDQVIST, "fit tags to 200 fish", False),
        (LINDQVIST, "other species would likely follow", False),
        (LINDQVIST, "The wolffish is just the one", False),
        ("", "the waters off Atlantic Canada are warming", True),
    ],
    "kidney": [
        ("", "slowed the loss of kidney function", True),
        (CARDELL, "it planned to ask regulators", False),
        (OKONKWO, "For the first time we have something", False),
        (OKONKWO, "the trial had not run long enough", False),
        (OKONKWO, "That is the question every patient asks me", False),
        (VANDERMEER, "thrilled for the patients and families", False),
        (MARCHBANKS, "genuinely encouraging", False),
        (MARCHBANKS, "A drug that nobody can afford", False),
        (NETWORK, "it welcomed the results", False),
        (NETWORK, "set a fair price", False),
        (DELACROIX, "she had not known whether she was getting", False),
        (DELACROIX, "I just knew my numbers stopped falling", False),
        ("", "Regulators are expected to decide", True),
    ],
    "planet": [
        ("", "hints of water vapour in the atmosphere", True),
        (WIERZBICKI, "We were very careful not to fool ourselves", False),
        (WIERZBICKI, "could not yet rule out that the signal", False),
        (NWACHUKWU, "the star was quieter than most", False),
        (NWACHUKWU, "Quiet stars are a gift", False),
        (GLENMUIR, "a milestone in the search", False),
        (MARSH, "I would call this a tantalising hint", False),
        (MARSH, "a second telescope should observe", False),
        (CONSORTIUM, "approved 20 more hours", False),
        (WIERZBICKI, "water vapour alone would not mean", False),
        (WIERZBICKI, "Water is a necessary thing", False),
        ("", "too hot on its day side", True),
    ],
    "dinosaur": [
        ("", "belong to a new horned dinosaur", True),
        ("", "belongs to a horned dinosaur never seen before", True),
        ("", "had a frill lined with curved spikes", True),
        (HALLORAN, "When the first piece of frill came out", False),
        (HALLORAN, "the skull was nearly complete", False),
        (VICKERY, "his crew had stopped work", False),
        (VICKERY, "It cost us", False),
        ("", "probably for display rather than defence", True),
        (WESTERGAARD, "the spikes grew longer", False),
        (WESTERGAARD, "The teenagers had stubby little frills", False),
        (ACHEBE, "the skull could belong to an older animal", False),
        (ACHEBE, "Horned dinosaurs changed a lot", False),
        (MUSEUM, "the skull would go on display", False),
        (THORVALDSEN, "the province’s past is still waiting", False),
        (HALLORAN, "encourage other quarry operators", False),
        (HALLORAN, "Most of the great fossils", False),
    ],
}

ARTICLES = {
    "lander": LANDER,
    "wolffish": WOLFFISH,
    "kidney": KIDNEY,
    "planet": PLANET,
    "dinosaur": DINOSAUR,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 3 of 56 required when the batch was written (blind). Then 2 of 57 with one gold slip mended: "said in a
#: statement that it welcomed the results and urged the company to set a fair price" holds a second statement with its
#: own verb ("urge" is a cue), another quote by the gold's own rule, and was left out of the gold. Left, by pattern:
#: "according to a study published … in the journal X" given to the journal as an institution, though a journal that
#: publishes a study is no speaker (1); "The company said in a press release that it planned …", the company named in
#: the sentence before as the maker of a drug ("was developed by X, a biotech company based in …"), missed (1). Then
#: 1: "that" of "said in a press release that it planned to ask regulators …", which the parser took for the object of
#: "ask" in a relative clause of "release", opens what was said when the infinitive holds an object of its own
#: (infinitive_objects). Then 0: the journal a study was published in is no source of "according to" the study
#: (research_venues). Nothing is left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
