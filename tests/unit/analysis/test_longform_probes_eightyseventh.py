"""Quotes of an eighty-seventh batch of blind probes (longform_probes_eightyseventh.py, disease outbreaks and global
health abroad as the wires, health desks and international broadcasters' sites write them: a UN health agency's
emergency over Marburg virus in Tanzania, cholera in northern Mozambique, a vaccine maker's offer of doses, a
neighbour that closes its border, and a record year of dengue in Bangladesh): the whole batch against its gold, whose
count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightyseventh import BORDER, CHOLERA, DENGUE, EMERGENCY, VACCINE

AGENCY = (
    "Global Epidemic Response Agency|United Nations’ Global Epidemic Response Agency|"
    "The United Nations’ Global Epidemic Response Agency|agency|the agency|The agency|UN agency|the UN agency"
)
NDAYISENGA = "Casimir Ndayisenga-Lowe"
TZ_HEALTH = "Tanzania’s health ministry|health ministry|the health ministry|ministry|the ministry"
QUARRINGTON = "Hester Quarrington"
MZ_HEALTH = "health ministry|the health ministry|ministry|the ministry|Mozambique’s health ministry|Mozambique"
MABJAIA = "Faustino Mabjaia-Crowe"
COSSA = "Albertina Cossa-Weir"
NHANTUMBO = "Joaquim Nhantumbo-Ray"
TEMBE = "Graça Tembe-Lindqvist"
CORVANTA = "Corvanta Biologics|Corvanta|company|the company|The company"
MARCHETTI = "Ilse Marchetti-Obuya"
BATTISFORD = "Oren Battisford-Nkemelu"
ACHTERBERG = "Rosalind Achterberg-Pike"
ZAMBIA = "Zambia"
MWEWA = "Chanda Mwewa-Holt"
TZ_FOREIGN = "Tanzania’s foreign ministry|foreign ministry|the foreign ministry|ministry"
KAPAMBWE = "Elias Kapambwe-Shore"
SICHINGA = "Memory Sichinga-Vale"
LUNGU = "Boniface Lungu-Ashby"
DIRECTORATE = "health directorate|the health directorate|directorate|the directorate"
QUDDUS = "Farhana Quddus-Maitland"
ALAMGIR = "Tanvir Alamgir-Shaw"
RAHMATULLAH = "Selina Rahmatullah-Grey"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.",
#: "Interior Minister") are no part of it; a description that refers back ("the agency chief", "the doctor", "the
#: virologist", "the chief executive", "the minister", "the interior minister", "the professor", "the
#: epidemiologist") and a pronoun that carries on across paragraphs (a "He" after a paragraph of the ministry's update)
#: are the person named before. A UN agency, a health ministry ("said", "according to the ministry", "It urged"), a
#: company, a country that closes its border "saying …", a foreign ministry and a health directorate are institutions
#: that speak. Cues: "told reporters in Geneva", "repeated in a post on X: “…”", "said in its daily update", "urged",
#: "said in an interview", "said in a statement", "told investors", "called … “…”", "told parliament", "said in a post
#: on X", and a quotation split by its cue ("“…,” she said, “…”"), which is one quote; "… and said …" with a verb of
#: its own is a quote of its own. A quotation that follows "“…,” X said." with no new cue and a second "that" clause
#: of one speaker in one sentence ("… and that …", "… but that …") belong to the quote before and are optional as
#: quotes of their own. No quote at all: "declared an emergency", "declined to give a date", "declined to say", "was
#: unconvinced", headlines with no cue. Borderline and optional: groups ("villagers said", "drivers said", "critics
#: said"), one who "blamed" others (a judgement with no words of its own), a headline's "says", and a reporter's
#: question in reported speech ("Asked whether …", as the eighty-second batch has it).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "emergency": [
        (AGENCY, "had reached two towns", False),
        (NDAYISENGA, "This is a virus that kills", False),
        (NDAYISENGA, "We cannot wait", True),
        (NDAYISENGA, "41 cases and 19 deaths", False),
        (NDAYISENGA, "true number was probably higher", False),
        (NDAYISENGA, "did not mean countries", False),
        (NDAYISENGA, "Borders don’t stop viruses", False),
        (TZ_HEALTH, "212 contacts", False),
        (TZ_HEALTH, "treatment centre with 40 beds", True),
        (NDAYISENGA, "close a $38 million gap", False),
        ("|" + NDAYISENGA, "experimental vaccine would be ready", True),
        (NDAYISENGA, "within weeks, not months", False),
        (QUARRINGTON, "about two weeks late", False),
        (QUARRINGTON, "The signals were there", False),
    ],
    "cholera": [
        (MZ_HEALTH, "214 new cholera cases", False),
        (MZ_HEALTH, "Most of the new cases", False),
        (MZ_HEALTH, "40,000 doses", False),
        (MZ_HEALTH, "boil drinking water", False),
        (MABJAIA, "admitted 60 patients", False),
        (MABJAIA, "We had beds for 30", False),
        (COSSA, "not slept more than", False),
        (COSSA, "children come in too late", False),
        ("", "nearest working borehole", True),
        (NHANTUMBO, "river water is bad", False),
        (MABJAIA, "more rehydration salts", False),
        ("|" + TEMBE, "outbreak was under control", True),
        (TEMBE, "not yet", False),
        (TEMBE, "rains would make", True),
    ],
    "vaccine": [
        ("|" + CORVANTA, "could ship in weeks", True),
        (CORVANTA, "could ship 100,000 doses", False),
        (MARCHETTI, "building stock at risk", False),
        (CORVANTA, "sell the doses at cost", False),
        (MARCHETTI, "safe in 1,200 volunteers", False),
        (MARCHETTI, "not yet been tested", True),
        (MARCHETTI, "Safe is not the same as proven", False),
        (MARCHETTI, "we will be honest", True),
        (BATTISFORD, "trial was too small", False),
        (BATTISFORD, "It is the best we have", False),
        (MARCHETTI, "in talks with the Global", False),
        (AGENCY, "welcomed the offer", False),
        (AGENCY, "its experts would meet", True),
        (ACHTERBERG, "good politics", False),
    ],
    "border": [
        (ZAMBIA, "could not risk Marburg", False),
        (MWEWA, "We will not gamble", False),
        (MWEWA, "When the outbreak is over", True),
        (MWEWA, "soldiers would help police", False),
        (MWEWA, "held in quarantine", True),
        (TZ_FOREIGN, "an overreaction", False),
        (TZ_FOREIGN, "summoned Zambia", False),
        ("", "no warning", True),
        (KAPAMBWE, "fresh fish in this truck", False),
        (SICHINGA, "no customers", False),
        (LUNGU, "asked Lusaka for food aid", False),
        (LUNGU, "These men are not sick", False),
        (NDAYISENGA, "drive people to bush paths", False),
        (MWEWA, "read the agency", False),
        (MWEWA, "Geneva is far from Nakonde", False),
    ],
    "dengue": [
        (DIRECTORATE, "killed 1,204 people", False),
        (DIRECTORATE, "admitted 2,870 patients", False),
        (QUDDUS, "not a season any more", False),
        (QUDDUS, "warmer winters", False),
        ("|" + QUDDUS, "leaving building sites", True),
        (QUDDUS, "spraying alone would not work", False),
        (ALAMGIR, "children made up almost half", False),
        (ALAMGIR, "fourth or fifth day", False),
        (ALAMGIR, "not to wait for a rash", False),
        (RAHMATULLAH, "300,000 test kits", False),
        ("", "same promise had been made", True),
        (QUDDUS, "Beds are the last line", False),
    ],
}

ARTICLES = {
    "emergency": EMERGENCY,
    "cholera": CHOLERA,
    "vaccine": VACCINE,
    "border": BORDER,
    "dengue": DENGUE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 9 of 54 required when the batch was written (blind). Then 7: a directorate that "said" is an
#: institution that speaks, as a ministry is (lexicon); then 5: a reported clause joined by a colon to the quotation
#: after it ("said spraying alone would not work: “…”"), which the parser hung on the quotation's verb, is part of the
#: same quote (colon_clauses). Left by pattern: a "she" after a paragraph whose subject is a description standing for
#: her ("The chief executive declined to say …"), which is no mention, so the pronoun goes to a man named before whose
#: gender the article never told (2); a disease the recogniser took for an organisation, the subject of what a body
#: said, which "the directorate" later is then read as naming (2); a quotation after a colon that ends a relative
#: clause set off after a reported one ("…, a message he repeated in a post on X: “…”"; 1).
WRONG_TODAY = 5


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
