"""Quotes of a seventy-ninth batch of blind probes (longform_probes_seventyninth.py, climate and environment policy news
as the wires, climate desks and long-form environment sites write it: a climate summit's final night, an emissions
rule, a heat-record study, a court case brought by young activists and a coal-town feature): the whole batch against
its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyninth import COAL, COURT, EMISSIONS, HEAT, SUMMIT

VORMBRUCK = "Anneliese Vormbruck-Sato"
FONOTI = "Makerita Fonoti-Haldane"
FARDAWI = "Khalid Al-Fardawi-Nassar"
ARANTES = "Iara Arantes-Lunde"
THACKERAY = "Oyelaran Thackeray-Ibekwe"
SOLVIK = "Hanne Solvik-Ardmore"
ORTUZAR = "Aurelio Ortúzar-Benning"
EPA = "Environmental Protection Agency|the Environmental Protection Agency|the agency|agency|EPA"
HAVERSTOCK = "Corinne Haverstock-Mbeki"
COUNCIL = "Western Energy Producers Council|The Western Energy Producers Council|the council|council"
REINHOLT = "Garrick Reinholt-Graves"
OYELOWO = "Marguerite Oyelowo-Fenn"
OSTROWSKI = "Wendell Ostrowski-Pike"
STUDY = "|the study|study"
DUVERNAY = "Ingrid Duvernay-Weir"
MWANGI = "Bastian Mwangi-Ferrante"
RAMCHARAN = "Priya Ramcharan-Holm"
AUTHORS = "|Ingrid Duvernay-Weir"
ASHDOWN = "Juniper Ashdown-Reyes|Juniper"
OKONKWO = "Benedetta Okonkwo-Strand"
BRISBANE = "Whitfield Brisbane-Tuck"
FENWOOD = "Marisol Fenwood-Adair"
DENHOLM = "Calloway Denholm"
MACLAREN = "Evander Maclaren-Toth"
ASHCOMBE = "Ashcombe Energy|Ashcombe"
KESTERSON = "Dwayne Kesterson-Maule|Dwayne"
SPRADLIN = "Rosemarie Spradlin-Hawes"
BATTAGLIA = "Royce Battaglia|Battaglia"
UNION = "Blue Ridge Mine Workers Union|the union|union"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Colombian
#: Environment Minister", "Deputy Attorney General", "Justice") are no part of a name; a description that refers back
#: ("The bloc's lead negotiator said") and a miner or a plaintiff called by the first name after the first mention
#: ("Dwayne said"), or a union official by the surname ("Battaglia said"), are the person named before. Inverted cues
#: after long appositions ("Haverstock-Mbeki, a former state environmental regulator … who spent a decade …, said"),
#: a cue set between commas inside the statement ("The bloc, she said, would rather …", "Idaho's emissions, he told
#: the justices, were …", "Because, Duvernay-Weir said, it shows …"), "according to" a person, "insisted", "replied",
#: "cautioned", "argued", "warned", "put it more bluntly:", "She added that", present-tense "says" and "told
#: reporters" are cues; "X, who says …" of the person named is that person's quote. An agency, an industry group and a
#: company that say something, or say it "in a statement", are institutions that speak; "the plaintiffs argue", "legal
#: scholars say" and "the authors warned" are groups (unnamed; the authors may be given to the lead author). A quoted
#: fragment inside reported speech, a quotation that follows "“…,” X said." with no new cue, and a participle or a
#: second "that" clause that carries on with one speaker in one sentence ("…, adding that …", "… and that …") belong to
#: the quote before and are optional as quotes of their own. A study, a report, a draft, a copy of it and a tally are
#: documents, no speakers: what "the report found" or "the study found" and what a draft "calls on" are no quotes, and
#: what stands "according to" a study is optional. Borderline and optional: what an anonymous delegate said, what
#: "the agency said" in a relative clause and what "some said", young people "who say", "many observers think so",
#: "an offer she said had …", the justices' questions, a rhetorical question with "he asked" set inside it and a union
#: that "sees" the closure as a test. A headline's "study finds" is no quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "summit": [
        (VORMBRUCK, "We did not fly halfway", False),
        (VORMBRUCK, "would rather leave without a deal", False),
        (VORMBRUCK, "Try us", False),
        ("", "several island nations had discussed walking out", True),
        ("", "For us this is not a negotiation", True),
        (FONOTI, "the bloc had offered to accept a later date", False),
        (FONOTI, "gone nowhere", True),
        (FARDAWI, "singles out one sector", False),
        (FARDAWI, "The producers were not blocking a deal", False),
        (ARANTES, "had cost the talks a full day", False),
        (ARANTES, "Everyone in this building knows", False),
        (ARANTES, "Brazil would back", True),
        ("", "so", True),
        (THACKERAY, "A summit that ends without a deal", False),
        (SOLVIK, "a weak deal would be", False),
        ("", "released a revised draft", True),
        (ORTUZAR, "This is a text that no one loves", False),
        (VORMBRUCK, "the European Union would study the text", False),
        (VORMBRUCK, "It is closer", False),
    ],
    "emissions": [
        (EPA, "would cut emissions", True),
        (HAVERSTOCK, "Methane is responsible", False),
        (HAVERSTOCK, "operators that had already installed", False),
        (COUNCIL, "unworkable for small operators", False),
        (COUNCIL, "ask Congress to overturn", True),
        (REINHOLT, "Washington has once again written", False),
        (REINHOLT, "would plug the wells", True),
        (REINHOLT, "would face costs of up to", False),
        ("", "it came too late", True),
        (OYELOWO, "the rule is likely to survive", False),
        (OYELOWO, "The industry will sue", False),
        (OYELOWO, "would watch closely", False),
        (HAVERSTOCK, "answers every finding", False),
        (OSTROWSKI, "monitoring has paid for itself", False),
        (OSTROWSKI, "Gas that leaks", False),
    ],
    "heat": [
        (STUDY, "hottest in the Northern Hemisphere", True),
        (DUVERNAY, "We went looking", False),
        (DUVERNAY, "Even the warmest summer", False),
        (MWANGI, "The findings are consistent", False),
        (MWANGI, "Tree rings are a noisy thermometer", False),
        (MWANGI, "the tree-ring data came mostly", False),
        (MWANGI, "a big blank", True),
        (DUVERNAY, "it shows how far outside", False),
        (DUVERNAY, "People tell me", False),
        (STUDY, "more than 40,000 deaths", True),
        (RAMCHARAN, "probably an undercount", False),
        (RAMCHARAN, "Heat kills quietly", False),
        (AUTHORS, "ordinary by the", False),
        (DUVERNAY, "Enjoy the cool ones", False),
    ],
    "court": [
        ("", "violates their rights", True),
        ("", "to revive their lawsuit", True),
        ("", "the state has ignored the effects", False),
        (ASHDOWN, "My little brother", False),
        (OKONKWO, "was meaningless if courts", False),
        (OKONKWO, "The question is not whether", False),
        (BRISBANE, "the case belonged in the Legislature", False),
        (BRISBANE, "a rounding error", False),
        (BRISBANE, "If the plaintiffs want", False),
        (FENWOOD, "any harm would ever be", True),
        (DENHOLM, "the plaintiffs had shown", True),
        ("", "could be closely watched", False),
        (MACLAREN, "State courts are where", False),
        (MACLAREN, "A win for the young plaintiffs", False),
        (ASHDOWN, "I’m 17", False),
    ],
    "coal": [
        (ASHCOMBE, "the mine would close", False),
        (KESTERSON, "I never thought", False),
        (KESTERSON, "applied for jobs at a solar farm", False),
        (KESTERSON, "Half is better than nothing", False),
        (SPRADLIN, "the mine pays more than 60 percent", False),
        (SPRADLIN, "the town has already cut its police force", False),
        (SPRADLIN, "Towns like ours", False),
        (UNION, "a test of promises", True),
        (BATTAGLIA, "federal money meant to help", False),
        (BATTAGLIA, "We got a lot of studies", False),
        (BATTAGLIA, "the union was negotiating", False),
        (ASHCOMBE, "would offer severance", False),
        (KESTERSON, "I told him", False),
    ],
}

ARTICLES = {
    "summit": SUMMIT,
    "emissions": EMISSIONS,
    "heat": HEAT,
    "court": COURT,
    "coal": COAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 8 of 58 required when the batch was written (blind). A gold slip: the anchors of the two justices'
#: optional questions began with the conjunction "whether", no part of what was asked (2; they now match). Two more
#: slips, entries the gold lacked by its own rules: what stands "according to a copy seen by reporters" of a draft,
#: a document, is as optional as what stands according to the study, and sixteen young people who "asked the state's
#: Supreme Court … to revive their lawsuit" make a request, a group's borderline quote like "urged … to" in the
#: batches before (2; 6 -> 4). Then 0: a post owned by the body its holder serves, said again later ("The bloc's lead
#: negotiator said" after "the European Union's lead negotiator, X,"), is the person named with it when the owner is a
#: word for a body or the person's organisation's name (owned_roles; 4: her two quotes missed and given to no one).
#: Nothing left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
