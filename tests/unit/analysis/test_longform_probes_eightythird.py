"""Quotes of an eighty-third batch of blind probes (longform_probes_eightythird.py, humanitarian crises and aid abroad
as the wires, aid agencies' field updates and international broadcasters' web sites write them: an earthquake in a
made-up mountain province of Tajikistan, a famine warning for South Sudan, an aid convoy blocked at the Chad–Sudan
border, a donors' conference and a medical charity's update on cholera in Mozambique's flood camps): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightythird import CHOLERA, CONVOY, DONORS, FAMINE, QUAKE

UN = "United Nations|the United Nations|The United Nations|UN"
COMMITTEE = (
    "emergencies committee|the emergencies committee|the country’s emergencies committee|"
    "country’s emergencies committee"
)
HALVORSRUD = "Jens Halvorsrud"
SHOKIROV = "Farhod Shokirov"
SAIDOVA = "Gulnora Saidova"
KHOLOV = "Davron Kholov"
ASHUROVA = "Mehrona Ashurova"
NAZARZODA = "Rustam Nazarzoda"
MONITOR = (
    "Horn Harvest Monitor|the Nairobi-based Horn Harvest Monitor|Nairobi-based Horn Harvest Monitor|the network|network"
)
REPORT = "|report|the report|" + MONITOR
KANYOTU = "Wairimu Kanyotu"
FOOD_AGENCY = "UN’s food agency|The UN’s food agency|the UN’s food agency|food agency|the agency|agency"
ANYIETH = "Gabriel Maker Anyieth"
GATDET = "Nyabol Gatdet"
BREAD = "Bread Across Borders|the charity|charity"
VANDERMEIREN = "Annelies Vandermeiren"
ARMY = "|army|the army|the Sudanese army|Sudanese army"
ISSA = "Issa Mahamat Abakar"
ALLAMINE = "Hassane Djibrine Allamine"
FUND = "Central Asian Reconstruction Fund|The Central Asian Reconstruction Fund|the Central Asian Reconstruction Fund"
QODIRZODA = "Sherali Qodirzoda"
SOLBAKKEN = "Ingrid Solbakken-Ruud"
VASILESCU = "Teodora Vasilescu"
RAJABOVA = "Kamila Rajabova"
OPEN_HANDS = (
    "Open Hands Medical|the medical charity Open Hands Medical|medical charity Open Hands Medical|the charity|charity"
)
KEDZIOREK = "Tomasz Kędziorek"
HEALTH_MINISTRY = "Mozambique’s health ministry|health ministry|the health ministry|Mozambique health ministry"
MUCAVELE = "Albertina Mucavele"
MUIANGA = "Celestino Muianga"
CHILDREN = "UN’s children’s agency|The UN’s children’s agency|the UN’s children’s agency|children’s agency"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles are no part of
#: a name; a description that refers back ("the 52-year-old nurse", "the girl", "the 41-year-old", "the minister") and a
#: pronoun that carries on across paragraphs are the person named before. The United Nations, an emergencies committee,
#: a monitoring network, a UN agency, a charity, a regional lender and a health ministry are institutions that speak,
#: and what stands "according to the country's emergencies committee" or "according to the agency" is theirs. Cues:
#: "told a regular briefing in Geneva", "said by phone from", "was quoted by the state news agency as saying", "said the
#: figures showed", "told reporters", "told the state broadcaster", "told aid workers", "told delegates", "called … “…”
#: and warned that", "said in a statement that called on all parties to …" (the charity's words), "said in an update on
#: its website", in double and in single quotation marks. A quotation split by its cue is one quote (its first piece is
#: the anchor, the piece after the cue optional); a quotation that follows "“…,” X said." with no new cue, and a second
#: "that" clause of one speaker in one sentence ("… and that …"), belong to the quote before and are optional as quotes
#: of their own. No quote at all: "did not say", "did not answer phone calls". Borderline and optional: a
#: report that "said" or "warned" and what stands "according to the report" (a document, or the network speaking
#: through it), a reporter's question ("Asked whether …"), groups and unnamed sources ("organisers said", "aid groups
#: … said", "a spokesperson for the army, who asked not to be named"), a charity not yet named ("the charity that
#: organised the convoy said"), pledges "announced" or "pledged" (intent, not a statement), acts that carry no statement
#: ("rejected the word famine", "accused aid groups of …") and the headlines' "UN says", "monitors warn" and "medical
#: charity says".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "quake": [
        ("|" + UN, "kills at least 240", True),
        (UN, "killing at least 240", False),
        (COMMITTEE, "flattened villages", False),
        (HALVORSRUD, "racing against the cold", False),
        (HALVORSRUD, "many of the injured", True),
        (HALVORSRUD, "The next 48 hours", False),
        (HALVORSRUD, "had released $5 million", False),
        (HALVORSRUD, "first flight of tents", True),
        (SHOKIROV, "digging with their hands", False),
        (SHOKIROV, "We hear voices", False),
        (SHOKIROV, "That is the worst part", True),
        (SAIDOVA, "night shift", False),
        (SAIDOVA, "The ceiling came down", False),
        (KHOLOV, "lost his wife", False),
        (KHOLOV, "I was outside with the sheep", False),
        (ASHUROVA, "dug her grandmother", False),
        (ASHUROVA, "She kept telling us", False),
        (SAIDOVA, "hospital had been badly damaged", False),
        (SAIDOVA, "doctors were treating", True),
        (SAIDOVA, "painkillers and antibiotics", False),
        (SAIDOVA, "stitching wounds by torchlight", False),
        (NAZARZODA, "all roads into the province", False),
        (NAZARZODA, "left without a roof", True),
        ("", "requested international search teams", True),
        (HALVORSRUD, "accepted offers from Turkey", False),
        (HALVORSRUD, "teams from four countries", False),
        (HALVORSRUD, "what we need most now", True),
    ],
    "famine": [
        ("|monitors|" + MONITOR, "Famine looms", True),
        (MONITOR, "Nearly two million people", False),
        (MONITOR, "one child in four", False),
        (REPORT, "Prices of sorghum", True),
        (REPORT, "less than a fifth", True),
        (REPORT, "food rations", True),
        (KANYOTU, "a famine in slow motion", False),
        (KANYOTU, "Every number in this report", False),
        (KANYOTU, "worst-hit families", False),
        (KANYOTU, "walked for a week", False),
        (FOOD_AGENCY, "enough stocks", False),
        (FOOD_AGENCY, "supplies would break down", False),
        (ANYIETH, "word famine", True),
        (ANYIETH, "There are shortages", False),
        (GATDET, "buried her youngest daughter", False),
        (GATDET, "She was two", False),
    ],
    "convoy": [
        ("|" + BREAD, "Forty trucks", True),
        (BREAD, "enough flour", False),
        (VANDERMEIREN, "drivers were sleeping", False),
        (VANDERMEIREN, "medicine needed to be kept cold", True),
        (VANDERMEIREN, "Every day we sit here", False),
        ("", "the necessary security clearance", True),
        ("", "inspected in Port Sudan", True),
        ("", "We have no problem with aid", True),
        (BREAD, "let food through", False),
        (VANDERMEIREN, "filed every permit", False),
        (VANDERMEIREN, "We are not asking for favours", False),
        (VANDERMEIREN, "asking for the rules", True),
        (ISSA, "running out of food", False),
        (ISSA, "carrying flour for a hundred", False),
        (ALLAMINE, "ready to help", False),
        (ALLAMINE, "decision lay with", True),
        (ARMY, "smuggling weapons", True),
        ("", "which the groups deny", True),
    ],
    "donors": [
        ("|donors", "$870 million", True),
        ("|organisers", "pledged $870 million", True),
        ("|European Union|the European Union|The European Union|EU", "€150 million", True),
        ("|Japan", "$90 million", True),
        (FUND, "provide $200 million", False),
        (QODIRZODA, "destroyed or damaged", False),
        (QODIRZODA, "60,000 people", True),
        (QODIRZODA, "Our people have lost everything", False),
        (SOLBAKKEN, "money alone would not", False),
        (SOLBAKKEN, "Tents are not homes", False),
        (VASILESCU, "a good start", False),
        (VASILESCU, "money promised at conferences", False),
        ("", "reach the villages quickly", True),
        (RAJABOVA, "burning furniture", False),
        (RAJABOVA, "A pledge in Geneva", False),
        (QODIRZODA, "publish every contract", False),
        (QODIRZODA, "Every somoni", False),
    ],
    "cholera": [
        ("|medical charity|" + OPEN_HANDS, "Cholera spreads", True),
        (OPEN_HANDS, "Cholera is spreading", False),
        (KEDZIOREK, "one latrine for every", False),
        (KEDZIOREK, "clean water was trucked", True),
        (KEDZIOREK, "We are treating the cholera", False),
        (KEDZIOREK, "opened two treatment centres", False),
        (KEDZIOREK, "Most of the patients", False),
        (KEDZIOREK, "many arrived too late", True),
        (KEDZIOREK, "A child with cholera", False),
        (HEALTH_MINISTRY, "under control", False),
        (HEALTH_MINISTRY, "vaccines were being flown", True),
        (MUCAVELE, "400,000 doses", False),
        (MUIANGA, "the river had taken", False),
        (MUIANGA, "the water that is left", False),
        (CHILDREN, "damaged 230 schools", False),
        (CHILDREN, "90,000 children", True),
    ],
}

ARTICLES = {
    "quake": QUAKE,
    "famine": FAMINE,
    "convoy": CONVOY,
    "donors": DONORS,
    "cholera": CHOLERA,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 61 required when the batch was written (blind). Then 2: a coordinator is a person's noun, so "The
#: charity's emergency coordinator in Beira, X, said" is X though the parser hangs the name on the place (lexicon; 2);
#: names the recogniser tagged a place or an organisation, set beside a person's noun, are people: "a displaced
#: farmer, X," speaks (named_speakers; 4), "X, 52, a nurse," gives "the 52-year-old nurse said" its speaker and is
#: no place that a later "she" must pass over (descriptions, people; 4), and "One of the drivers, X," is one of the
#: people (mislabelled_people; "the 41-year-old said" had gone to the director named before; 2). Left by pattern: "X
#: said in a statement that called on all parties to …", the statement's relative clause read as no one's words (2).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
