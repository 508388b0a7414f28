"""Quotes of a hundred-and-eighth batch of blind probes (longform_probes_hundredeighth.py, a hostage release and
prisoner exchange negotiated by third-state mediators as the world newswires and international broadcasters' web pages
follow it over several days: the deal announced by the mediating state; the handover, a president's news conference,
a freed hostage's sister and an armed group's video; the price of it by a rights group, a former negotiator and
ministers; and the freed nurse's news conference): the whole batch against its gold, whose count of wrong quotes may
only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredeighth import DEAL, HOME, PRICE, SWAP

OMAN = "Oman|the Sultanate of Oman"
SPOKESMAN = "Salim Al-Ruqaishi"
SPOKESMAN_BY_SURNAME = "Al-Ruqaishi|Salim Al-Ruqaishi"
MASKARI = "Hilal Al-Maskari"
AMEGAVI = "Kodjo Amegavi"
JUSTICE = "justice ministry|the justice ministry|Burkina Faso's justice ministry|Burkinabe justice ministry"
ILBOUDO = "Ousmane Ilboudo"
ILBOUDO_BY_SURNAME = "Ilboudo|Ousmane Ilboudo"
PRESIDENT = "Idrissa Sawadogo-Merle"
ALDERSVIG = "Henrik Aldersvig"
BELGIAN_MINISTRY = "Belgium's foreign ministry|Belgian foreign ministry|foreign ministry|the foreign ministry"
CHARITY = "Wellspring Nordic"
AGENCY = "Sahel Presse"
SIGNE = "Signe Ravnsborg"
MIKKEL = "Mikkel Ravnsborg|Ravnsborg"
ANOUK = "Anouk Verhaegen-Stroud"
GROUP = "Gourma Front for Justice|the Gourma Front for Justice"
TINAQI = "Abu Dujana al-Tinaqi"
PARTNER = "Joris Dumoulin"
DIRECTOR = "Mariam Oyelaran-Diallo"
OBSERVATORY = "Sahel Rights Observatory|the Sahel Rights Observatory|the observatory|The observatory"
NEGOTIATOR = "Ingrid Vallberg"
BROUCKAERT = "Hélène Brouckaert"
LAWMAKER = "Kasper Hjorth"
DOCTOR = "Pieter Vandersloot"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Foreign
#: Ministry spokesman", "Col.", "President", "Foreign Minister", "Dr.") are no part of it; a surname alone, a
#: description that refers back ("the doctor", "the government spokesman") and a pronoun that carries on ("He said",
#: "she said", "She said" at the head of a paragraph) are the person named before. A state ("Oman said"), a justice
#: ministry "in a statement", a foreign ministry, a charity, a rights group ("The observatory also said") and a state
#: news agency that a paragraph's facts are "according to" are institutions that speak; "according to" a named official
#: is that official's. A minister's statement "read by his spokeswoman" is the minister's, not the spokeswoman's, and so
#: is "the statement quoted X as saying". The sister's quotation that quotes her brother inside it ("He said, ‘Signe,
#: I can see the sea,’ and then …") is hers, and names inside what someone says ("taken by President X himself", "to
#: thank Al-Maskari in person", "Ravnsborg had kept her going") are no speakers. Cues: "told a regular briefing",
#: "told reporters at the airport", "told a news conference", "told reporters outside the family home", "said in a post
#: on X", "said in a post on Facebook", "said in a video posted online", "told parliament", "warned … against", a
#: reporter's question answered ("Asked whether …, he said …"), and "X said, adding that …", whose participle goes
#: with the quote before (optional as a quote of its own). A quotation that follows "“…,” X said." with no new cue and
#: a second "that" clause of one speaker in one sentence belong to the quote before and are optional as quotes of their
#: own. No quote at all: "declined to say", "could not independently verify", "did not speak to reporters", "has not
#: commented". Borderline and optional: unnamed sources and groups ("a source familiar with the talks", "two officials
#: who spoke on condition of anonymity", "Omani and Burkinabe officials said", "two Western diplomats", "a spokesperson
#: for the Belgian foreign ministry", "Aldersvig's office said"), a lead that speaks of someone before naming them ("A
#: rights group warned", "The Belgian nurse … said"), a group that "confirmed the exchange" (an object, no clause),
#: what someone "called" in passing or "thanked" someone for, and "the statement said" after a freed hostage's written
#: statement quoted in full (the body's words, as the twentieth batch has it), headlines' "says" and "warns", and the
#: second clause after "and called on" when the first had its own cue. A surname alone in a later article ("Col.
#: Ilboudo", "Al-Ruqaishi") is as good as the whole name, and a minister's office may go to nobody, the office or the
#: minister (both mended after the blind run, see below).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "deal": [
        (OMAN, "deal reached to free", True),
        (OMAN, "reached a deal", False),
        (SPOKESMAN, "in good health", False),
        (SPOKESMAN, "had also involved Togo", False),
        (SPOKESMAN, "patient and discreet work", True),
        (SPOKESMAN, "not reached in one meeting", False),
        (SPOKESMAN, "listening to both sides", True),
        ("", "first face-to-face meeting", True),
        ("", "at least two men convicted", True),
        (JUSTICE, "supreme interest of the nation", False),
        (JUSTICE, "none of them had been convicted", True),
        (ILBOUDO, "taken by President", False),
        (ILBOUDO, "no part in the talks", False),
        (AMEGAVI, "friend to all", False),
        (ALDERSVIG, "deeply grateful", False),
        (ALDERSVIG, "had been informed", True),
        (ALDERSVIG, "not rest until Mikkel is home", False),
        (BELGIAN_MINISTRY, "cautiously hopeful", False),
        (CHARITY, "welcomed the news", False),
    ],
    "swap": [
        ("", "landed in Muscat", True),
        (MASKARI, "they are free", False),
        (MASKARI, "sleep in a bed", True),
        (AGENCY, "driven north under escort", False),
        (PRESIDENT, "painful decision", False),
        (PRESIDENT, "paid no ransom", True),
        (PRESIDENT, "families of our soldiers", False),
        (PRESIDENT, "guests it invited", True),
        (PRESIDENT, "signed pledges", False),
        (SIGNE, "called at dawn", False),
        (SIGNE, "I can see the sea", False),
        (SIGNE, "told of the deal", False),
        (SIGNE, "could tell no one", False),
        (SIGNE, "lost 15 kilograms", True),
        (GROUP, "confirmed the exchange", True),
        (TINAQI, "victory that the junta", False),
        (TINAQI, "lands that are not theirs", False),
        ("", "fly to Brussels", True),
        (PARTNER, "setting a place", False),
    ],
    "price": [
        ("", "freed aid workers in Sahel", True),
        ("", "encourage armed groups", True),
        (DIRECTOR, "price list", False),
        (DIRECTOR, "at least 11 foreigners", False),
        (DIRECTOR, "agree on a common policy", True),
        (OBSERVATORY, "held for years without trial", False),
        (NEGOTIATOR, "missed the point", False),
        (NEGOTIATOR, "never whether to pay a price", False),
        (NEGOTIATOR, "which price", True),
        (NEGOTIATOR, "mediator of choice", False),
        (NEGOTIATOR, "underrated by almost everyone", True),
        ("", "privately urged the junta", True),
        (BROUCKAERT, "no Belgian money", False),
        (BROUCKAERT, "travel to Muscat", False),
        (BROUCKAERT, "help mothers give birth", False),
        (BROUCKAERT, "bargaining chip", True),
        (LAWMAKER, "a full account", False),
        ("|Aldersvig's office|Henrik Aldersvig", "brief the foreign affairs committee", True),
        (CHARITY, "suspended its work", False),
    ],
    "home": [
        (ANOUK, "never let us forget' the prisoners", True),
        (ANOUK, "spoken almost daily", True),
        (ANOUK, "never let us forget", False),
        (ANOUK, "roll call", True),
        (ANOUK, "six places", False),
        (ANOUK, "Danish words", False),
        (ANOUK, "bravest person", False),
        (ANOUK, "hoped to meet", False),
        (DOCTOR, "malnutrition", False),
        (DOCTOR, "fine in a few weeks", False),
        (DOCTOR, "take longer", True),
        (MIKKEL, "not ready to talk", False),
        (MIKKEL, "kept me sane", True),
        (ILBOUDO_BY_SURNAME, "crossed into Mali", False),
        (ILBOUDO_BY_SURNAME, "watching the others closely", True),
        (SPOKESMAN_BY_SURNAME, 'been "moved" by them', False),
        (SPOKESMAN_BY_SURNAME, "radio in a forest", False),
        (SPOKESMAN_BY_SURNAME, "ready to help with other cases", True),
    ],
}

ARTICLES = {
    "deal": DEAL,
    "swap": SWAP,
    "price": PRICE,
    "home": HOME,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 46 required when the batch was written (blind). By pattern: a charity named with an appositive that
#: holds a relative clause ("Wellspring Nordic, an Aarhus-based charity that drills wells …, said in a brief statement
#: that it welcomed … and asked …") missed, its "asked" given to the foreign ministry of the paragraph before (2); the
#: headline "Oman says deal reached …" read as a quote of Oman (1); "A rights group warned …" in a lead given to a
#: speaker named "rights group" (1); "… and called on the governments concerned to agree …" read as a quote of its own
#: (1); "Aldersvig's office said" given to a speaker named "Aldersvig's office" (1); "told reporters outside the family
#: home that her brother had called …" missed (1); and, in the last article, where the government spokesman is only
#: "Col. Ilboudo, the government spokesman" and the Omani spokesman only "Al-Ruqaishi", Ilboudo's words given to
#: Al-Ruqaishi and the Omani spokesman's three quotes under his surname alone, which the gold wrote as his full name
#: of the first article (7).
#: Then 6 by gold slips that the blind gold had against the conventions of earlier batches: a surname alone in a later
#: article of the series ("Col. Ilboudo", "Al-Ruqaishi") is as good as the whole name (as the ninety-eighth batch has
#: it; 4), a headline's "says" or "warns" is optional (as the eighty-fifth has it; 1), the second clause after "and
#: called on" when the first had its own cue is optional (as the forty-first has it; 1), and a minister's office may go
#: to nobody, the office or the minister (as the fortieth has it; 0, it stays optional).
#: Then 5: a speaker the parser joined to the place of the opening phrase ("In Aarhus, Ravnsborg's sister, Signe
#: Ravnsborg, told reporters …", hung_speakers). Then 3: the name the parser set beside that place while it took the
#: description after it for the subject ("In Ouagadougou, Col. Ilboudo, the government spokesman, said …") speaks, not
#: the Omani spokesman the description fitted earlier (hung_speakers).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
