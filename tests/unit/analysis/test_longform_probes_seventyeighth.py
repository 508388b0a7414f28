"""Quotes of a seventy-eighth batch of blind probes (longform_probes_seventyeighth.py, trade policy, tariffs, sanctions
and export controls news as the wires, the financial press and trade-policy newsletters write it: a tariff
announcement, a sanctions package, a trade-dispute panel ruling, export controls on chips and a trade deal signed at a
joint news conference): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyeighth import CHIPS, PANEL, SANCTIONS, TARIFFS, TRADE_DEAL

MINISTRY_IN = "India’s commerce ministry|commerce ministry|the commerce ministry|ministry|the ministry|India"
TALWALKAR = "Harshvardhan Talwalkar-Rao"
MEI = "Mei Lanqiu"
FERREIRA = "Nandini Ferreira-Kapoor"
ALLIANCE = "Indian Module Makers Alliance|The Indian Module Makers Alliance|Module Makers Alliance"
TREASURY = "Treasury Department|the Treasury Department|Treasury|"
CORVINA = "Corvina Maritime Services|Corvina Maritime|Corvina|the company|company"
IRAN_FM = "Iran’s foreign ministry|foreign ministry|the foreign ministry|Iran"
MARSLAND = "Tobiah Marsland-Oyelaran"
WTO = "World Trade Organization|World Trade Organization panel|A World Trade Organization panel|WTO|panel|the panel|"
WIRANEGARA = "Prasetyo Wiranegara-Lubis"
VANDERSLOOT = "Ottilie Vandersloot-Marek"
ODUYA = "Callum Oduya-Brightwater"
ALVERA = "Alvera Metals Europe|Alvera Metals|Alvera"
COMMERCE = "Commerce Department|the Commerce Department|department|the department"
HOLLINGBROOK = "Renata Hollingbrook-Sayre"
CHINA_COMMERCE = "China’s commerce ministry|commerce ministry|the commerce ministry|China"
TAO = "Tao Xinrui"
COUNCIL = "Semiconductor Tooling Council|The Semiconductor Tooling Council"
CASTELLANOS = "Leander Castellanos-Whitby"
PELLMORE = "|Pellmore Systems|Pellmore"
OYELOWO = "Sigrun Oyelowo-Barnes"
DRAYFIELD = "Torvald Drayfield-Mutua"
TSHABALALA = "Marguerite Tshabalala-Reyes"
ASHWORTH = "Solenne Ashworth-Gauvreau"
DUMAGUETE = "Emilio Dumaguete-Salonga"
BOTH_MINISTERS = "|Solenne Ashworth-Gauvreau|Emilio Dumaguete-Salonga"
CABANGON = "Marites Cabangon-Ilagan"
BLACKWOOD = "Haruto Blackwood-Nakamura"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Commerce
#: Minister", "Under Secretary", "Trade Secretary") are no part of a name. A pronoun or a short name carries the person
#: across paragraphs ("Ferreira-Kapoor said …", "He added …", "Dumaguete-Salonga said …"), and "He said" after
#: "According to the official" is that unnamed official's. Reported speech put before its cue ("Indonesia will appeal, X
#: told reporters, …", "China accounted for 38 percent …, its chief financial officer, X, told analysts"), a cue set
#: between commas inside the statement ("To justify safeguard duties, she said, India …", "Several have already done so,
#: he noted, …"), inverted cues ("said X, a trade lawyer at Y"), "according to" a person, "told reporters", "told
#: analysts", "warned", "argued", "urged … not to" and "insisted" are cues. A ministry, a department, a company in an
#: emailed response ("it said"), an industry group and a trade council that "said" or say in "a statement" are
#: institutions that speak; "Analysts said", "trade experts said", "project developers warned", "Farmers’ groups
#: warned", "Trade economists said", "the two governments said", "The two ministers said", "Both sides said", a senior
#: official on a call on condition of anonymity and "a senior Philippine official" are groups or unnamed sources, and
#: "Executives at Pellmore Systems said" is a group (or the company). A quoted fragment inside reported speech belongs
#: to that quote; a quotation that follows "“…,” X said." with no new cue, and a participle or a second "that" clause
#: that carries on with one speaker in one sentence ("…, insisting that …", "…, calling the ruling …", "…, saying …",
#: "…, noting that …", "…, arguing that …", "…, adding that …", "… and that …", "… but that …", "… and insisted that …",
#: "… and urged …", "… and warned …") belong to the quote before and are optional as quotes of their own. Customs
#: figures are a document, no speaker: what is "according to" them is optional (a slip, see below). Borderline and
#: optional: a cue inside a relative clause ("in a move it said would …", "nine tankers that it said had helped …", "a
#: deal that both sides said would …"), what a WTO panel "ruled" and "found" in its report, "Economists doubted that …",
#: and what two ministers named together said at once.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "tariffs": [
        (MINISTRY_IN, "India will raise import duties", False),
        (MINISTRY_IN, "would protect domestic manufacturers", True),
        (TALWALKAR, "Our producers have asked", False),
        (MINISTRY_IN, "the duties would stay in place", False),
        (MEI, "firmly opposes", False),
        (MEI, "Beijing hoped India would", False),
        (MEI, "mutually beneficial", True),
        ("", "supplied about four-fifths of the solar modules", True),
        ("", "the duties could slow", False),
        (FERREIRA, "The real question is whether", False),
        (FERREIRA, "India would have to show", False),
        (FERREIRA, "she expected Beijing to answer", False),
        (FERREIRA, "Retaliation is faster than litigation", False),
        (ALLIANCE, "its members had added 20 gigawatts", False),
        ("", "the duties would raise the cost", False),
        ("", "some tenders might have to be rebid", True),
    ],
    "sanctions": [
        (TREASURY, "had helped ship Iranian oil", True),
        ("", "These networks exist to launder oil", False),
        ("", "had used ship-to-ship transfers", False),
        ("", "the network moved more than 30 million barrels", False),
        ("", "looking closely", False),
        (CORVINA, "always complied with all applicable laws", False),
        (CORVINA, "We are a ship manager", False),
        (IRAN_FM, "illegal and inhumane", False),
        ("", "the measures would make much difference", True),
        (MARSLAND, "Every time one tanker is designated", False),
        (MARSLAND, "the sanctions would bite only if", False),
        (MARSLAND, "exports had risen this year", True),
        (MARSLAND, "the market had largely shrugged off", False),
        (MARSLAND, "The market has stopped believing", False),
        ("", "more designations would follow", False),
        ("", "could face penalties", True),
    ],
    "panel": [
        (WTO, "ban on exports of raw bauxite breaks", True),
        (WTO, "Jakarta had failed to show", True),
        (WIRANEGARA, "Indonesia will appeal", False),
        (WIRANEGARA, "a decision that punishes developing countries", True),
        (WIRANEGARA, "keep the ban in place", False),
        (WIRANEGARA, "smelters built since the ban", True),
        ("", "an appeal would in effect leave the ruling in limbo", False),
        (VANDERSLOOT, "confirms what we have said from the start", False),
        (VANDERSLOOT, "not to appeal", False),
        (VANDERSLOOT, "the bloc remained open to talks", True),
        (ODUYA, "Both sides got something here", False),
        (ODUYA, "The EU won the legal argument", False),
        (ODUYA, "No ruling is going to make", True),
        (ODUYA, "could encourage other resource-rich countries", False),
        (ODUYA, "Several have already done so", False),
        (ODUYA, "restrictions on lithium", True),
        (ALVERA, "long overdue", False),
        (ALVERA, "it would mean little", True),
    ],
    "chips": [
        (COMMERCE, "the rules were needed", False),
        (HOLLINGBROOK, "closed the gaps", False),
        (HOLLINGBROOK, "We are not trying to cut China off", False),
        (HOLLINGBROOK, "We are trying to keep it", True),
        (CHINA_COMMERCE, "resolutely opposes", False),
        (TAO, "weaponizing", False),
        (COUNCIL, "hand market share to foreign competitors", False),
        (COUNCIL, "coordinate with allies", True),
        (CASTELLANOS, "Unilateral controls don’t stop China", False),
        (PELLMORE, "would cut about $400 million", False),
        (OYELOWO, "China accounted for 38 percent", False),
        (OYELOWO, "work to comply with the rules", True),
        (DRAYFIELD, "would not change its forecast", False),
        (DRAYFIELD, "We’ve planned for this", False),
        ("", "would hurt but not cripple", False),
        (TSHABALALA, "The big risk isn’t this round", False),
        (TSHABALALA, "had stockpiled tools", False),
        (TSHABALALA, "closing the gap faster", True),
    ],
    "trade_deal": [
        ("", "will remove tariffs on nearly all goods", False),
        ("", "diversify away from their largest trading partners", True),
        (BOTH_MINISTERS, "would take effect next year", True),
        ("", "they expected two-way trade", False),
        (ASHWORTH, "This is not just about tariffs", False),
        (ASHWORTH, "Canadian exporters of canola", False),
        (ASHWORTH, "the strongest labour chapter", True),
        (DUMAGUETE, "would open Canada’s market", False),
        (DUMAGUETE, "protected the country’s rice farmers", True),
        (DUMAGUETE, "Rice was never on the table", False),
        (DUMAGUETE, "We made that clear in the first round", True),
        ("", "also covered critical minerals", False),
        ("", "that chapter was the last to be settled", False),
        ("", "cheaper Canadian pork would undercut", False),
        (CABANGON, "They signed it in a hotel ballroom", False),
        ("", "the gains would be modest", False),
        (BLACKWOOD, "The numbers are small", False),
        (BLACKWOOD, "gave Canada a foothold", True),
        (BLACKWOOD, "the minerals chapter could prove", False),
    ],
}

ARTICLES = {
    "tariffs": TARIFFS,
    "sanctions": SANCTIONS,
    "panel": PANEL,
    "chips": CHIPS,
    "trade_deal": TRADE_DEAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 6 of 61 required when the batch was written (blind). Two were gold slips, fixed after: the anchor of
#: "warned shipping insurers … that they, too, could face penalties" was the people warned, not what was said (now
#: "could face penalties"); and what is "according to" customs figures, a document, was left out of the gold where the
#: earlier batches give it as optional (now optional). So 4 against the mended gold. Then 1: "Under Secretary X, who
#: oversees …, told reporters …" opening a sentence, the name hung on "Under" read as a preposition, is the speaker
#: (lost_subjects.under_title_holder; 1 missed); a "that" pointing at the noun after the comma of "According to X," is
#: part of what was said (leading_words; 1 missed and 1 wrong). Left: an institution called back by a description with a
#: count ("the three-member panel … recommended", after "A World Trade Organization panel") keeps the description as its
#: name (1 wrong, on an optional quote).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
