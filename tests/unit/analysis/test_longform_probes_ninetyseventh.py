"""Quotes of a ninety-seventh batch of blind probes (longform_probes_ninetyseventh.py, air, rail and sea disaster
investigations abroad as the wires and world desks write them over the days after a crash: a regional jet down in
Indonesia, a freight train that ran a red signal into a commuter train in Chile, and an overloaded ferry that capsized
in the Philippines): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetyseventh import FERRY, JET, TRAIN

THE_BOARD = "board|the board|The board"
JET_BOARD = "Indonesia’s transport safety board|transport safety board|Indonesia|" + THE_BOARD
SANTOSA = "Haryo Santosa-Widjaja"
KARTIKASARI = "Dewi Kartikasari-Lim"
SELINDRA = "Selindra Air|the airline|airline|The airline"
VANTRELL = "Vantrell Aerospace|the company|company|The company"
HARJOSUWARNO = "Budi Harjosuwarno"
PRAMUDYA = "Raka Pramudya-Hasan"
PURBASARI = "Intan Purbasari-Hadi"
MALAYSIA_EMBASSY = "Malaysia’s embassy in Jakarta|Malaysia’s embassy|embassy|the embassy|Malaysia"
FITZWARREN = "Lorna Fitzwarren"
TRAIN_BOARD = (
    "Chile’s rail accident investigation board|rail accident investigation board|accident investigation board|Chile|"
    + THE_BOARD
)
VALDEBENITO = "Ignacio Valdebenito-Ruiz"
ANDESUR = "Andesur Carga|the freight operator|freight operator|the operator|operator"
MATURANA = "Rodrigo Maturana-Ossa"
ERRAZURIZ = "Paula Errázuriz-Beltrán"
SEPULVEDA = "Carolina Sepúlveda-Marín"
DRIVERS_UNION = "Southern Train Drivers’ Union|The Southern Train Drivers’ Union|the union|union"
QUIROGA = "Hernán Quiroga-Valdés"
MARCELA = "Marcela Fuenzalida"
TOMAS = "Tomás Fuenzalida"
BOLIVIA_EMBASSY = "Bolivia’s embassy in Santiago|Bolivia’s embassy|embassy|the embassy|Bolivia"
DORRINGTON = "Anneliese Dorrington-Pike"
COAST_GUARD = "coast guard|the coast guard|Coast Guard"
MARINE_BOARD = "board of marine inquiry|The board of marine inquiry|the board of marine inquiry|" + THE_BOARD
DIMACULANGAN = "Rafael Dimaculangan-Sy"
MARISOL = "Marisol Inter-Island Lines|the company|company|The company|operator|the operator"
LACSAMANA = "Arturo Lacsamana-Reyes"
VILLANUEVA = "Eduardo Villanueva-Cruz"
GATCHALIAN = "Lourdes Gatchalian-Ong"
BAUTISTA = "Rowena Bautista-Tolentino"
NOEL = "Noel"
KOREA_EMBASSY = "South Korea’s embassy in Manila|South Korea’s embassy|embassy|the embassy|South Korea"
OKAFOR = "Desmond Okafor-Lindqvist"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Transport
#: Minister", "Commodore", "Transportation Secretary") are no part of it; a description that refers back ("the
#: board", "the company", "the embassy") and a pronoun that carries on ("It warned", "She noted", "He cautioned", "He
#: added that", "she added") are the body or person named before. A safety board, an airline, a maker, an operator, a
#: union and an embassy are institutions that speak, whether "in a preliminary report", "in a statement" or with a
#: bare "said"; "two people familiar with the investigation", "a person familiar with the investigation", "a coast
#: guard officer … speaking on condition of anonymity", "officials" and "Safety experts" are unnamed sources or
#: groups. Cues: "told a news conference", "told reporters", "told Congress … that", "said that … and that", "warned",
#: "cautioned … against", "said in a statement that", "she added" after a reported clause, and a quotation split by
#: "he said", which is one quote. A quotation that follows "“…,” X said." with no new cue, a second verb or "that"
#: clause of one speaker in one sentence ("…, and that …", "… and said …", "…, adding that …", "… but said …", "…, and
#: added that …") belong to the quote before and are optional as quotes of their own. No quote at all: what
#: "according to the flight data recorder", "according to the data from its event recorder" and "according to data
#: from the vessel's tracking transponder" give (a device is no speaker), a union that "defended the crew", a board
#: that "declined to comment" or "would not confirm", a secretary who "ordered" ferries to stay in port, a brother
#: who "was angrier". Borderline and optional: the headlines' "investigators say", "board says" and "inquiry finds";
#: "according to the coast guard" (an institution behind "according to"); the captain who "radioed the port … to say"
#: inside the investigator's reported speech.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "jet": [
        ("|investigators", "lost power seconds after takeoff", True),
        (JET_BOARD, "less than a minute after takeoff", False),
        (SANTOSA, "very little time", False),
        (SANTOSA, "not yet in a position", True),
        (SANTOSA, "1,400 feet", False),
        (SANTOSA, "cockpit voice recorder", True),
        (JET_BOARD, "no sign of a fire", False),
        (JET_BOARD, "findings were preliminary", False),
        (JET_BOARD, "final report was expected", True),
        (KARTIKASARI, "Nothing we say", False),
        (SELINDRA, "grounded its four other jets", False),
        (VANTRELL, "team of engineers", False),
        (VANTRELL, "heart of everything", False),
        (VANTRELL, "20 million hours", True),
        (HARJOSUWARNO, "cut corners", False),
        (PRAMUDYA, "experienced pilots", False),
        (PRAMUDYA, "shameful", True),
        (PURBASARI, "Nobody from the airline", False),
        (PURBASARI, "flying home after a job interview", False),
        (MALAYSIA_EMBASSY, "helping the families", False),
        (FITZWARREN, "engine failure on takeoff", False),
        (FITZWARREN, "19 years old", False),
        (FITZWARREN, "tells you very little", True),
        ("", "fuel pump", False),
    ],
    "train": [
        ("|" + TRAIN_BOARD, "Signal was red", True),
        (TRAIN_BOARD, "showing red", False),
        (TRAIN_BOARD, "71 kilometres", False),
        (VALDEBENITO, "We know what happened", False),
        (VALDEBENITO, "not yet know is why", True),
        (VALDEBENITO, "blaming the driver", False),
        (ANDESUR, "devastated", False),
        (ANDESUR, "suspended the driver", True),
        (MATURANA, "automatic braking system", False),
        (MATURANA, "was not ready", True),
        (ERRAZURIZ, "did what it was supposed", False),
        (SEPULVEDA, "every commuter line", False),
        (SEPULVEDA, "Twenty-three families", False),
        (SEPULVEDA, "share its findings", True),
        (DRIVERS_UNION, "sixth night shift", False),
        (QUIROGA, "not a machine", False),
        (QUIROGA, "who wrote the rota", True),
        (MARCELA, "He called me at 6:10", False),
        (MARCELA, "At 6:40", True),
        (TOMAS, "lawsuit", False),
        (BOLIVIA_EMBASSY, "Two of the dead were Bolivian", False),
        ("", "recalled failures", False),
        (DORRINGTON, "Europe learned", False),
        (DORRINGTON, "line by line", False),
        ("", "showing green", False),
    ],
    "ferry": [
        ("|inquiry", "nearly twice its limit", True),
        ("|" + COAST_GUARD, "twice as many people", True),
        ("", "ignored a gale warning", False),
        (MARINE_BOARD, "212 people", False),
        (DIMACULANGAN, "numbers speak", False),
        (DIMACULANGAN, "overloading alone", True),
        (DIMACULANGAN, "among the 37 missing", False),
        ("", "taking on water", True),
        (MARISOL, "cleared to sail", False),
        (MARISOL, "passenger count included children", True),
        (MARISOL, "funeral costs", False),
        (LACSAMANA, "hide behind", False),
        (LACSAMANA, "If our people made a mistake", False),
        (VILLANUEVA, "sign off on another trip", False),
        (VILLANUEVA, "fined twice", False),
        (GATCHALIAN, "fill the boat", False),
        (BAUTISTA, "looking at the water", False),
        (NOEL, "lied to us", False),
        (KOREA_EMBASSY, "two South Korean tourists", False),
        (KOREA_EMBASSY, "in touch with their families", True),
        (KOREA_EMBASSY, "continue the search", False),
        (OKAFOR, "Overloading, old hulls", False),
        (OKAFOR, "passenger lists", False),
        ("", "locked room", False),
    ],
}

ARTICLES = {
    "jet": JET,
    "train": TRAIN,
    "ferry": FERRY,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 8 of 53 required when the batch was written (blind). By pattern: a device behind "according to" ("According
#: to the flight data recorder, …", "According to data from the vessel's tracking transponder, …") made an unnamed
#: source of the clause (2); a second cue joined to the first with no subject of its own ("It warned that …, and said
#: a final report was expected …") given to no one instead of the speaker of the first (1); a cue set in mid-sentence
#: after a predicate that names a people ("Two of the dead were Bolivian, Bolivia's embassy in Santiago said, and …")
#: took that word into the speaker, "Bolivian, Bolivia's embassy in Santiago", and cut it from what was said (2); "He
#: cautioned, however, against blaming …" read as the cue "caution against" with "blaming …" said, so the anchor
#: "against blaming" is missed (1), and "…, before tests on its brakes were complete" is cut from it; "…, according
#: to the coast guard, and investigators are examining whether …, officials said" made one quote of both clauses for
#: the officials, which the optional coast guard quote takes, so the officials' clause is missed (1).
#: Then 7: a clause with a subject of its own that ends what the first cue said ("It warned that … as the
#: investigation went on, and said …") no longer gives the joined cue to its subject (conjuncts, 1). Then 5: an
#: instrument behind "according to" ("the flight data recorder", "data from the vessel's tracking transponder") is no
#: source, and the phrase no cue (instrument_sources, 2). Then 3: a people's adjective that ends the clause before a
#: cue set off in mid-sentence ("were Bolivian, Bolivia's embassy in Santiago said") is hung back on "were", so it
#: stays in what was said and out of the speaker (predicate_peoples, 2). Then 1 by a gold slip: "cautioned …
#: against blaming …" has the cue "caution against" and says "blaming …", as the forty-fifth batch's "warned against
#: “…”" does, so the anchor is "blaming the driver", no longer "against blaming" (2). Left: the officials' clause
#: after "according to the coast guard, and …" (1); "…, before tests on its brakes were complete" cut from what was
#: cautioned against (not counted).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
