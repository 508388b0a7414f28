"""Quotes of an eighty-eighth batch of blind probes (longform_probes_eightyeighth.py, maritime shipping, ports and
seized vessels as the wires, trade papers and world desks write them: a tanker seized in the Strait of Hormuz, a
dockers' strike at a port in Western Australia, a container line's quarterly results, a crew held off a West African
port, and a grounding and oil spill off Sri Lanka): the whole batch against its gold, whose count of wrong quotes may
only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightyeighth import CREW, RESULTS, SPILL, STRIKE, TANKER

NAVY = "Iran’s navy|navy|the navy|Iranian navy"
THESSALY = "Thessaly Ardent Maritime|Thessaly Ardent|company|the company|operator|the operator"
VENTOURIS = "Kostas Ventouris-Hale"
HOLLOWAY = "Miriam Holloway-Duarte"
FLEET = "Fifth Fleet|U.S. Navy’s Fifth Fleet|The U.S. Navy’s Fifth Fleet|U.S. Navy|fleet|the fleet"
KASHEFI = "Bahram Kashefi-Noor"
AUTHORITY = "Kellerton Ports Authority|the Kellerton Ports Authority|port authority|the port authority|authority"
MABBERLEY = "Declan Mabberley-Osei"
AUSTRAL = "Austral Quay Terminals|Austral Quay"
SOLVANG = "Ingrid Solvang-Reyes"
BRENNOCK = "Tayla Brennock-Huia"
STIDOLPH = "Graham Stidolph-Ure"
CARRADINE = "Anwen Carradine-Hoyle"
NORRHAVN = "Norrhavn Line|Norrhavn|company|the company|line|the line"
AASMUNDSEN = "Henrik Aasmundsen-Clay"
FARROWBY = "Lucinda Farrowby-Nakamura"
VASTRUP = "Pernille Vastrup-Moreau"
TRUST = (
    "Lanternway Seafarers’ Trust|the Lanternway Seafarers’ Trust|Lanternway Seafarers|trust|the trust|"
    "charity|the charity"
)
EKWUEME = "Tobias Ekwueme-Lind"
SENEVIRATNE = "Rohan Seneviratne-Gill"
PAVITHRAN = "Lekha Pavithran-Dsouza"
PANAMA = "Panama’s foreign ministry|foreign ministry|the foreign ministry|ministry|the ministry"
MEHROTRA = "Arvind Mehrotra-Sahni"
QASIMOV = "Farid Qasimov-Teal"
COAST = "Sri Lanka’s coast guard|Sri Lanka Coast Guard|coast guard|the coast guard"
WICKRAMAGE = "Nalin Wickramage-Holt"
SUNDHOLM = "Sundholm Bulk|Sundholm Bulk of Singapore|Sundholm"
RATNAYAKE = "Chaminda Ratnayake-Ferris"
AMARASEKARA = "Dilani Amarasekara-Shaw"
PATHIRAGE = "Sujeewa Pathirage-Lowe"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Rear
#: Admiral", "the Rev.", "Environment Minister") are no part of it; a description that refers back ("the shipowner",
#: "the chief executive", "the analyst", "the chaplain", "the captain", "the union secretary", "the commander", "the
#: fisherman", "the minister") and a pronoun that carries on across paragraphs are the person named before. A navy
#: ("saying …", "said" in a statement read on television), a ship's operator ("said in an emailed statement", "the
#: company said"), a fleet, a port authority, a terminal operator, a container line, a seafarers' charity (first as
#: "a seafarers' charity said", named in the next paragraph), a foreign ministry, a coast guard ("according to the
#: coast guard") and a ship manager are institutions that speak; "a spokesperson for the port" is an unnamed source or
#: the port authority. Cues: "said in an emailed statement", "said by telephone", "he added", "said X" after a
#: reported clause, "told a rally", "told analysts on a conference call", "according to" a person, "told the
#: channel", "said by phone", "told reporters", "told the charity", and a quotation split by its cue ("“…,” she said,
#: “…”"), which is one quote. A quotation that the shipowner gives of what the captain said ("“He said there were armed
#: men …,” the shipowner said") is the shipowner's. A quotation that follows "“…,” X said." with no new cue and a
#: second "that" clause of one speaker in one sentence ("… and that …", "… but that …") belong to the quote before and
#: are optional as quotes of their own, as is "accused … of “…”" after a statement. No quote at all: "according to
#: the company's quarterly report" (a document), "did not respond to emails", "according to messages seen by the
#: Wire" (what stands there is the manager's, who "told the charity"), headlines with no cue. Borderline and optional:
#: groups ("pickets said", "truck drivers … said", "port officials said", "fishermen said", "volunteers said"), a
#: headline's "says", and a reporter's question in reported speech ("Asked whether …").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "tanker": [
        (NAVY, "hit a fishing boat", True),
        (NAVY, "had struck an Iranian fishing boat", False),
        (NAVY, "escorted to the port of Bandar Abbas", False),
        (NAVY, "in good health", True),
        (THESSALY, "lost contact with the vessel", False),
        (THESSALY, "in international waters", False),
        (THESSALY, "no distress call", True),
        (VENTOURIS, "captain had radioed", False),
        (VENTOURIS, "armed men on the bridge", False),
        (VENTOURIS, "two million barrels", False),
        (VENTOURIS, "insurers had been informed", False),
        (HOLLOWAY, "follow the seizure of an Iranian cargo", False),
        (HOLLOWAY, "The collision story is the paperwork", False),
        (FLEET, "monitoring the situation closely", False),
        (KASHEFI, "a legal matter for the courts", False),
    ],
    "strike": [
        (AUTHORITY, "leaving 30 ships waiting at anchor", False),
        (MABBERLEY, "We have been patient", False),
        (MABBERLEY, "last at least a week", False),
        (AUSTRAL, "fair and generous", False),
        (AUSTRAL, "holding the state’s exporters", True),
        (SOLVANG, "not a party to the dispute", False),
        (SOLVANG, "costs the state about $40 million", False),
        (SOLVANG, "asked the federal workplace tribunal", False),
        ("|" + AUTHORITY, "two cruise ships", False),
        ("", "enough food and firewood", True),
        (BRENNOCK, "My dad stood", False),
        ("", "turned back without notice", True),
        (STIDOLPH, "600 tonnes of his grain", False),
        (STIDOLPH, "If that ship leaves", False),
        (MABBERLEY, "welcome to join the picket", False),
        (CARRADINE, "would not use emergency powers", False),
    ],
    "results": [
        (NORRHAVN, "net profit fell 61 percent", False),
        (AASMUNDSEN, "not going to pretend", False),
        (AASMUNDSEN, "too many ships chasing", True),
        (AASMUNDSEN, "idle about 8 percent", False),
        (AASMUNDSEN, "everything is on the table", True),
        (AASMUNDSEN, "no decision had been made", True),
        (AASMUNDSEN, "smaller and smaller part", False),
        (FARROWBY, "doing the sensible thing", False),
        (FARROWBY, "fallen by almost half", False),
        (FARROWBY, "nearly a third of the existing fleet", False),
        (FARROWBY, "ordered those ships when money was free", False),
        (FARROWBY, "Now they have to sail them", True),
        (VASTRUP, "5.2 billion in cash", False),
        (VASTRUP, "built for exactly this", True),
    ],
    "crew": [
        (TRUST, "without wages and with dwindling food", False),
        (TRUST, "living on rice and tinned fish", False),
        (TRUST, "two men had fallen ill", True),
        (EKWUEME, "done nothing wrong", False),
        (EKWUEME, "visited the ship twice a week", False),
        (SENEVIRATNE, "generator ran for only four", False),
        (SENEVIRATNE, "we sleep on deck", False),
        ("", "could not leave until it paid", True),
        (PAVITHRAN, "not received any of her husband", False),
        (PAVITHRAN, "I can hear that he is not fine", False),
        (PAVITHRAN, "written to India’s shipping regulator", False),
        (PAVITHRAN, "Nobody owns this problem", False),
        (PANAMA, "in contact with the relevant authorities", False),
        (PANAMA, "opened an abandonment case", True),
        (MEHROTRA, "fully seized of the matter", False),
        (QASIMOV, "looking for a buyer", False),
    ],
    "spill": [
        (COAST, "leaking fuel oil", False),
        (WICKRAMAGE, "struck the reef", False),
        (WICKRAMAGE, "All 21 crew members were safe", False),
        (WICKRAMAGE, "We can see a crack", False),
        (WICKRAMAGE, "about 200 tonnes of fuel", False),
        (WICKRAMAGE, "booms had been laid", True),
        (COAST, "reported an engine failure", False),
        (SUNDHOLM, "cooperating with the", False),
        (SUNDHOLM, "salvage teams", True),
        ("", "pulled their boats", True),
        (RATNAYAKE, "Thirty years I fish here", False),
        (RATNAYAKE, "If the fish go", True),
        (AMARASEKARA, "three groups of guests", False),
        ("", "short of gloves", True),
        (RATNAYAKE, "not been told whether", False),
        (PATHIRAGE, "seek compensation", False),
        (PATHIRAGE, "Somebody will pay", False),
        (PATHIRAGE, "taking samples from the reef", False),
        (PATHIRAGE, "stay closed for at least", True),
    ],
}

ARTICLES = {
    "tanker": TANKER,
    "strike": STRIKE,
    "results": RESULTS,
    "crew": CREW,
    "spill": SPILL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 7 of 60 required when the batch was written (blind). Then 3: a body's name in apposition to a common
#: noun whose last word the tagger took for a common noun ("The charity, the Lanternway Seafarers’ Trust, said";
#: adverbial_names) is the body that speaks, and so is the body a one-sentence lede described ("a seafarers’ charity
#: said") when the next paragraph names it so after the same noun (lede_descriptions). Left by pattern: "according to"
#: a company's own report, a document, read as an unnamed source (1); "the fisherman" for a man quoted right after
#: "Fishermen said …" whom the article never calls a fisherman itself ("said X, who was scrubbing oil from his nets"),
#: left unresolved (2).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
