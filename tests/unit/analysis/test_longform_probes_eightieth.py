"""Quotes of an eightieth batch of blind probes (longform_probes_eightieth.py, elections abroad as the wires,
international broadcasters' web sites and foreign correspondents write them: a Portuguese election night, a Georgian
vote and its observers, a disputed run-off in Malawi, a Czech coalition deal and a South Korean election night): the
whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightieth import COALITION, NIGHT, OBSERVERS, RUNOFF, SEOUL

PORTUGAL_COMMISSION = "electoral commission|the electoral commission|commission|the commission"
PORTUGAL_POLLS = "|exit polls|preliminary results"
VASCONCELOS = "Duarte Vasconcelos-Amaral"
CALHEIROS = "Inês Calheiros-Brandão"
FERRAZ = "Tomás Ferraz-Lobato"
SOVEREIGNTY = "Sovereignty|Sovereignty party|the Sovereignty party|The party|the party|party"
SARMENTO = "Matilde Sarmento-Queirós"
CEC = "Central Election Commission|the Central Election Commission|commission|the commission"
MISSION = "international observer mission|The international observer mission|the mission|The mission|mission"
GELASHVILI = "Tamar Gelashvili-Orbeli"
LINDQVIST = "Karin Lindqvist-Haugen"
DOLIDZE = "Irakli Dolidze-Kapanadze"
UNITY = "Unity and Progress|the party|party"
ABRAMIA = "Nikoloz Abramia-Sulava"
GABUNIA = "Natia Gabunia-Rees"
MALAWI_COMMISSION = "electoral commission|the electoral commission|commission|the commission"
KALUA = "Chisomo Kalua-Mphande"
MHANGO = "Wezzie Mhango-Nkhoma"
PHIRI = "Kondwani Phiri-Msiska"
PPM = "People’s Progress Movement|The ruling People’s Progress Movement|the ruling People’s Progress Movement"
GONDWE = "Mathews Gondwe-Chisale"
MWALE = "Dalitso Mwale-Chimwaza"
MZUMARA = "Thokozani Mzumara-Lungu"
POLICE = "|police|Police"
PARTNERS = "|Forward|Forward party|Citizens’ Voice"
HOLOUBEK = "Radek Holoubek"
SINDELAROVA = "Markéta Šindelářová"
AGREEMENT = "|the agreement|agreement|a copy"
PAZDERA = "Vojtěch Pazdera"
KUBELKA = "Miroslav Kubelka"
PRIDE = "Czech Pride|Czech Pride party"
POLL = "|exit poll|a joint exit poll|The poll|the poll|poll"
KANG = "Kang Ji-hoon"
BAEK = "Baek Seo-yeon"
NEC = "National Election Commission|the National Election Commission"
CHOI = "Choi Eun-ji"
LIM = "Lim"
HAN = "Han Do-yoon"
SOLIDARITY = "Civic Solidarity Party|The Civic Solidarity Party|the party"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("President",
#: "Justice", "Professor", "Mr", "Ms") are no part of a name, and a Korean name is given surname first ("Mr Kang" is
#: Kang Ji-hoon); a description that refers back ("the 54-year-old said", "the 47-year-old told") is the person named
#: before, and a man who "gave his name only as Mr Lim" is Lim. A party, an electoral commission, an observer mission
#: and the police that say something, or say it "in a statement" or "in a preliminary statement", are institutions that
#: speak, and what stands "according to the commission" is the commission's; "political analysts said", "analysts say",
#: "international observers said" and "voters I spoke to … said" are groups (unnamed). Cues inside a split quotation
#: ("“…,” X said, “but …”"), set between commas inside the statement ("Turnout, she said, was …", "The real test,
#: Pazdera added, would …"), "told cheering supporters", "told reporters", "she added", "called the election “…”" and
#: "called for unity" are cues, in double and in single quotation marks; "… and said …" with a verb of its own is a
#: quote of its own. A quotation that follows "“…,” X said." with no new cue, the second half of a split quotation and
#: a second "that" clause or a participle that carries on with one speaker in one sentence ("… and that …", "…, adding
#: that …") belong to the quote before and are optional as quotes of their own. Exit polls, preliminary results, final
#: figures and a copy of an agreement are documents, no speakers: what stands "according to" them or what a poll
#: "suggests" or "projects" is optional. Borderline and optional: what an official "speaking on condition of anonymity"
#: or "who asked not to be named" said, acts that carry no statement ("conceded defeat", "dismissed the allegations",
#: "brushed the criticism aside", "agreed … to form a coalition", "declared X the winner"), what a phrase was "widely
#: read as", what a leader "had called" something in a debate he is asked about and a headline's "observers say" or
#: "exit poll suggests".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "night": [
        (PORTUGAL_POLLS, "fell well short of a majority", True),
        (PORTUGAL_COMMISSION, "New Horizon had 31.8 percent", False),
        (VASCONCELOS, "The Portuguese people have asked", False),
        (VASCONCELOS, "would begin talks", False),
        ("", "ruling out a deal", True),
        (CALHEIROS, "defeat", True),
        (CALHEIROS, "We did not win tonight", False),
        (CALHEIROS, "a strong and loyal opposition", True),
        (CALHEIROS, "would not step down", False),
        ("", "informal contacts", True),
        ("", "Nobody wants a fourth election", True),
        ("", "That is our strongest card", True),
        (FERRAZ, "earned the right to be heard", False),
        (FERRAZ, "Whoever ignores a million", False),
        (SOVEREIGNTY, "open to talks with anyone", False),
        (PORTUGAL_COMMISSION, "Turnout was 63 percent", False),
        ("", "fatigue with the outgoing government", False),
        (SARMENTO, "Voters were not enthusiastic", False),
        (VASCONCELOS, "Tonight we celebrate", False),
        (VASCONCELOS, "Tomorrow we count", True),
    ],
    "observers": [
        ("|observers", "ruling party wins", True),
        (CEC, "won a fourth term", False),
        ("", "marred by widespread pressure", False),
        (CEC + "||preliminary results", "52.1 percent", True),
        (GELASHVILI, "calm, orderly and transparent", False),
        (GELASHVILI, "one by one", True),
        (GELASHVILI, "58.4 percent", False),
        (GELASHVILI, "No election in the world is perfect", False),
        (GELASHVILI, "no one can say", True),
        (MISSION, "competitive and well administered", False),
        (MISSION, "marked by an imbalance", True),
        (LINDQVIST, "We saw teachers", False),
        (LINDQVIST, "That is not a free choice", True),
        (LINDQVIST, "would publish its final report", False),
        (DOLIDZE, "a theft carried out in daylight", False),
        (DOLIDZE, "would not take up its seats", False),
        (DOLIDZE, "We will not lend our names", False),
        (UNITY, "criticism", True),
        (UNITY, "The opposition lost", False),
        (UNITY, "unverified claims", True),
        (ABRAMIA, "study the mission", False),
        (GABUNIA, "would make it harder", False),
        (GABUNIA, "careful diplomatic language", False),
    ],
    "runoff": [
        (MALAWI_COMMISSION, "the winner of last", True),
        (MHANGO, "would go to court", False),
        (PHIRI, "This result was written", False),
        (PHIRI, "agents had been turned away", False),
        (PHIRI, "tally sheets from 312", True),
        (PHIRI, "Correction fluid has become", False),
        (PPM, "allegations", True),
        (GONDWE, "lost fairly", False),
        (GONDWE, "Every party had monitors", False),
        (MWALE, "had investigated every complaint", False),
        (MWALE, "made openly", False),
        (MALAWI_COMMISSION + "||final figures", "3,412,880", True),
        (MZUMARA, "The court showed five years ago", False),
        (MZUMARA, "would have to prove", False),
        (MZUMARA, "58,000 votes is not a small number", True),
        (MHANGO, "stay calm", False),
        (MHANGO, "We will fight this in court", False),
        (MHANGO, "I will not give anyone", True),
        (POLICE, "arrested 23 people", False),
        (KALUA, "unity", False),
        (KALUA, "The election is over", False),
    ],
    "coalition": [
        (PARTNERS, "form a coalition government", True),
        (HOLOUBEK, "We have agreed on a programme", False),
        (HOLOUBEK, "a government before Christmas", True),
        (SINDELAROVA, "would give her party five", False),
        (SINDELAROVA, "We did not join", False),
        (HOLOUBEK, "a fairy tale for students", True),
        (HOLOUBEK, "I have read it more carefully", False),
        (HOLOUBEK, "Some of the fairy tales", True),
        (AGREEMENT, "raise defence spending", True),
        (PAZDERA, "would be tested quickly", False),
        (PAZDERA, "Four votes is nothing", False),
        (PAZDERA, "would come with the budget", False),
        (PAZDERA, "stops being a line", True),
        (KUBELKA, "a marriage of losers", False),
        (KUBELKA, "a very loud", False),
        (PRIDE, "file a motion of no confidence", False),
        (SINDELAROVA, "criticism", True),
        (SINDELAROVA, "He had seven weeks", False),
        (HOLOUBEK, "would sign the agreement on Friday", False),
        (HOLOUBEK, "the day after the president says yes", True),
    ],
    "seoul": [
        (POLL, "Opposition on course for landslide", True),
        (POLL, "on course to win a large majority", True),
        (POLL, "between 178 and 196", True),
        (KANG, "We will wait for the final count", False),
        (KANG, "a warning as much as a mandate", True),
        (BAEK, "humbly accepts the judgement", False),
        (BAEK, "take full responsibility", False),
        (NEC, "Turnout was 67.2%", False),
        ("", "rents and the price of food", False),
        (CHOI, "My rent went up", False),
        (LIM, "had voted for the governing party", False),
        (LIM, "They stopped listening", False),
        ("", "would leave the government struggling", False),
        (HAN, "It will be a very long two years", False),
        (HAN, "He can veto bills", True),
        ("", "would offer the president talks", True),
        ("", "We want to show we can govern", True),
        (SOLIDARITY, "not use its majority", False),
    ],
}

ARTICLES = {
    "night": NIGHT,
    "observers": OBSERVERS,
    "runoff": RUNOFF,
    "coalition": COALITION,
    "seoul": SEOUL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 21 of 65 required when the batch was written (blind). A gold slip: two optional figures that stand
#: "according to" preliminary results and final figures, documents, lacked the empty speaker that the batch's other
#: documents' figures have (exit polls, a copy of an agreement), so their rows with no speaker were counted wrong
#: (2; 21 -> 19). Then 17: the subject of the clause a "she said" is set inside between commas is not whom "she"
#: stands for ("Turnout, she said, was …", the recogniser having tagged "Turnout" a person; not_the_speaker, 2). Then
#: 11: a person tagged up to the hyphen of a double-barrelled surname, the half after it tagged a place, is given the
#: whole, and the joined surname alone later is that person (mistagged_hyphenated_names; 6: three quotes of a spokesman
#: given to half his name). Then 9: a cue right after a quotation followed by a participle after a preposition that
#: the parser hung on the quoted words ("“…,” X said, without mentioning his opponent by name") reports the whole
#: quotation, and a participle after "without" is no cue (set_off_cues, lone_participles; 2). Then 8: a question put
#: to a person before a verb whose auxiliaries the parser hung on "asked" ("X, asked whether …, would not be drawn")
#: is no quote (put_questions; 1). Then 6: a Korean name the recogniser broke up after a title ("Professor Han
#: Do-yoon": a nationality and a verb) is a person (korean_names; 2). Then 5: a description that opens with "the" and
#: an age ("The 61-year-old former mayor of Braga said") refers back to the person named before, as "the 61-year-old"
#: alone does (descriptions.an_age; 1). Left by pattern: a party whose name opens with a nationality, said again
#: without "party" ("Czech Pride said in a statement"), the recogniser tagging the nationality alone, is cut to its
#: last word (2); a group before a relative clause with no "who" ("Voters I spoke to in Suwon, …, said …"), which the
#: parser hangs on that clause, so the group's own words become what was said (2); and "called for" in a sentence
#: whose subject carries a relative clause ("The president, who is 67, called for unity …"), which the parser read
#: with no verb at its root (1).
WRONG_TODAY = 5


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
