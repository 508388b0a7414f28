"""Quotes of a ninetieth batch of blind probes (longform_probes_ninetieth.py, tourism, overtourism and travel
disruption as travel desks, city papers and the wires write them: a mayor capping cruise ships in an Italian port
town, a hotel association's survey on staff shortages on the Portuguese coast, a budget airline's summer of
cancellations in a cabin crew strike, and Thailand's tourism minister in Mumbai on a visa-free deal): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetieth import AIRLINE, CRUISE, HOTELS, VISA

BELLANDI = "Chiara Bellandi-Furlow"
PELAGIA = "Pelagia Cruises|company|the company|The company|cruise line|the cruise line"
FERRANDI = "Lucia Ferrandi-Holt"
GALLUCCI = "Renzo Gallucci-Vane"
BARLAVENTO = (
    "Barlavento Hotel Association|the Barlavento Hotel Association|association|the association|survey|the survey"
)
MENDONCA = "Rui Mendonça-Ashby"
CARVALHO = "Inês Carvalho-Brent"
CASA = "Casa Sulina|local landlords’ association|the local landlords’ association|landlords’ association"
MOURA = "Tiago Moura-Pell"
HARCASTLE = "Dominic Harcastle-Ivers"
CCA = "Cabin Crew Alliance|the Cabin Crew Alliance|union|the union|The union"
QUENNELL = "Moira Quennell-Bain"
SALGADO = "Priya Salgado-Wren"
OYELARAN = "Graham Oyelaran-Pike"
CAA = "Civil Aviation Authority|the Civil Aviation Authority|The Civil Aviation Authority"
RESTREPO = "Aidan Restrepo-Hale"
THANAKORN = "Suphawadee Thanakorn-Vale"
VENKATARAMAN = "Harsh Venkataraman-Dell"
GUILD = (
    "Western India Tour Operators’ Guild|The Western India Tour Operators’ Guild|the Western India Tour Operators’ "
    "Guild|Guild|the Guild|guild"
)
KAPADIA = "Meera Kapadia-Ross"
WIRIYAKUL = "Somchai Wiriyakul-Hart"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Mayor",
#: "Chief executive", "Tourism Minister", "Mr") are no part of it; a description that refers back ("the mayor", "the
#: founder", "the hotelier", "the shopkeeper", "the analyst", "the minister") and a pronoun that carries on ("He
#: said …", "She said …", "she told reporters") are the person named before. A cruise line ("said in a statement",
#: "the company said", "It added that …"), a landlords' association, a union, a regulator and an operators' guild are
#: institutions that speak. Cues: "told the city council", "told reporters in Faro", "told analysts on a call",
#: "accused … of “…”", "said at a travel fair", and a quotation split by its cue ("“…,” said X, 38, a nurse …,
#: “…”"), which is one quote. A quotation that follows "“…,” X said." with no new cue and a second "that" clause of
#: one speaker in one sentence ("… but that …", "… and that …") belong to the quote before and are optional as quotes
#: of their own. No quote at all: "declined to comment", "Residents have been pushing", "welcomed the move", figures
#: of a survey told as facts. Borderline and optional: a lead's "saying" or "its tourism minister said" before the
#: speaker is named, headlines ("residents say", "Hoteliers say", "minister says"), "according to a survey" and "it
#: found" of a survey (a document, or the association that made it), an unnamed spokeswoman of a ministry, "reminded
#: it of its duty", "played down worries that …", and a reporter's question in reported speech ("Asked whether …").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "cruise": [
        ("", "residents say enough", True),
        ("|" + BELLANDI, "no longer absorb the crowds", True),
        (BELLANDI, "not closing the door", False),
        (BELLANDI, "would also bar ships", False),
        (BELLANDI, "landing fee of 8 euros", False),
        (PELAGIA, "disappointed", False),
        (PELAGIA, "worked with the town", False),
        (PELAGIA, "itineraries for next year", False),
        (FERRANDI, "rents in the old town", False),
        (FERRANDI, "only the part you can see", False),
        (FERRANDI, "Behind them are the landlords", True),
        (FERRANDI, "a first step", False),
        (FERRANDI, "whether the town enforced it", True),
        (GALLUCCI, "half his sales", False),
        (GALLUCCI, "solving the problem", False),
    ],
    "hotels": [
        ("", "draining Algarve staff", True),
        ("|" + BARLAVENTO, "Nearly two in three hotels", True),
        (MENDONCA, "the worst we have seen", False),
        (MENDONCA, "pushing workers out", False),
        (MENDONCA, "A waiter cannot pay", False),
        ("|" + BARLAVENTO, "41 percent of the 212 hotels", True),
        ("|" + BARLAVENTO, "Room rates rose", True),
        (MENDONCA, "cap new licences", False),
        (MENDONCA, "raised wages by 9 percent", False),
        (MENDONCA, "it was not enough", True),
        (CARVALHO, "looking for someone to blame", False),
        (CASA, "holiday lets brought tourists", False),
        (MOURA, "sleeps in his car", False),
        (MOURA, "I make good tips", False),
        (MOURA, "nowhere to put them", True),
        ("", "housing plan for seasonal workers", True),
        (MENDONCA, "ease only if Lisbon acted", False),
        (MENDONCA, "turning guests away", False),
    ],
    "airline": [
        (HARCASTLE, "35 million pounds", False),
        (HARCASTLE, "I am sorry for every family", False),
        (HARCASTLE, "chartered planes", False),
        (HARCASTLE, "holding the summer hostage", False),
        (CCA, "13-hour days", False),
        (QUENNELL, "Our members are exhausted", False),
        (SALGADO, "slept on the floor of Gate 14", False),
        (OYELARAN, "paid 600 pounds", False),
        (OYELARAN, "when I see the money", False),
        (CAA, "monitoring the airline", False),
        (CAA, "duty to provide meals", True),
        (QUENNELL, "any day, any hour", False),
        (RESTREPO, "worst possible point", False),
        (RESTREPO, "July and August", False),
    ],
    "visa": [
        ("|" + THANAKORN, "visa-free stays", True),
        ("|" + THANAKORN, "up to 60 days without a visa", True),
        (THANAKORN, "market we cannot afford to lose", False),
        (THANAKORN, "fallen by 12 percent", False),
        (THANAKORN, "direct routes to six Indian cities", False),
        (THANAKORN, "more crowds to islands", True),
        (THANAKORN, "Phuket is not full", False),
        (THANAKORN, "still under study", True),
        (VENKATARAMAN, "bookings for Bangkok", False),
        (GUILD, "back at the top of the list", False),
        (KAPADIA, "never been the problem", False),
        (KAPADIA, "flight prices", False),
        (WIRIYAKUL, "water supply already ran short", False),
        (WIRIYAKUL, "The government counts", False),
        (THANAKORN, "water and waste projects", False),
        (THANAKORN, "Growth and care are not enemies", False),
    ],
}

ARTICLES = {
    "cruise": CRUISE,
    "hotels": HOTELS,
    "airline": AIRLINE,
    "visa": VISA,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 9 of 46 required when the batch was written (blind). A gold slip, mended after: "blamed X for …" is a
#: verb of judgement with a speaker, a quote as "accused … of" in the airline story is (47 required, 8 wrong).
#: Then 2: a name that ends in "Cruises" or "Resorts" is a company's, whatever the recogniser took it for, so "the
#: company said" and "It added" go to it (names.ORGANISATION_HEADS, 4); an untagged given name before a joined surname
#: tagged an organisation and set off by ", who" is a person's, so "the shopkeeper" after him is he
#: (given_before_hyphen, 2). Left by pattern: "The hotelier, who …, said the association would ask the government to
#: cap …": the reported call of a body inside a person's reported speech taken for the body's own quote, and the
#: hotelier's words lost (1, and 1 missed).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
