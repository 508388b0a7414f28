"""Quotes of a hundred-and-ninth batch of blind probes (longform_probes_hundredninth.py, a US Senate general-election
race in a swing state, its attack ads and a fight over one candidate's business record, in a made-up election year, as
the wires, political web sites and state papers write it: a super PAC's ad, both candidates on the stump, a poll, and
the president weighing in): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredninth import AD, POLL, PRESIDENT, STUMP

STALLOWAY = "Renata Stalloway-Pruitt|Stalloway-Pruitt"
STALLOWAY_CAMPAIGN = "|" + STALLOWAY + "|Stalloway-Pruitt campaign|campaign"
OYELARAN = "Garrick Oyelaran-Fitch|Oyelaran-Fitch"
DEMMING = "Sharla Demming-Kowalczyk|Demming-Kowalczyk"
BETANCOURT = "Calloway Betancourt-Nyhus|Betancourt-Nyhus"
ALBRECHT = "Tamsin Albrecht-Oduya|Albrecht-Oduya"
CORVANE = "Corvane Axle Systems|Corvane"
KINSELLA = "Bartholomew Kinsella-Rudd|Kinsella-Rudd"
BRIGHTWATER = "Yolanda Brightwater-Mensah|Brightwater-Mensah"
HOLTZCLAW = "Evander Holtzclaw-Amari|Holtzclaw-Amari"
FENNIMORE = "Dolores Fennimore-Riggs|Fennimore-Riggs"
OKONJO = "Harriet Okonjo-Vail|Okonjo-Vail"
WHITCOMBE = "Prakash Whitcombe-Ilves|Whitcombe-Ilves"
PENDERGAST = "Warrick Pendergast-Lowe|Pendergast-Lowe"
SZABROWSKI = "Ilona Szabrowski-Kent|Szabrowski-Kent"
FERRANTE = "Nikolai Ferrante-Sowa|Ferrante-Sowa"
QUIST = "Harlan Quist-Abernathy|Quist-Abernathy"
WOJCIK = "Terrence Wojcik-Abara|Wojcik-Abara"
HARROWGATE = "Lucinda Harrowgate-Bey|Harrowgate-Bey"
HURON = "Huron Futures PAC|Huron Futures"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Sen.",
#: "Rep.", "Gov.", "President") and party-state tags ("R-Ohio", "D-Mich.") are no part of a name; a description that
#: refers back ("the congressman", "the governor", "the president") and a pronoun that carries on ("she said", "he
#: told reporters", "she wrote on Twitter", "In an interview with …, she said", "She also said") are the person named
#: before, "she" the woman and "he" the man when both candidates are named. A first name inside a quotation ("Renata
#: saved …", "Garrick knows …") and a full name that opens one ("“Renata Stalloway-Pruitt wants to run Michigan …,” X
#: said") are what is said, not the speaker. Cues: "says in the 30-second spot", "says in the ad that", "said in a
#: statement", "said in an email that", "wrote", "has said she", "has said he", "has called", "told reporters",
#: "told supporters at a rally in … that", "who called her “…”", "accused X of …", "called her plan “…”", "who said he
#: had", "said in an interview that", "wrote on Twitter that", "called the poll “…”", "telling a union audience … that",
#: "speaking to reporters …, said", "Asked whether …, he said", a cue set in mid-sentence ("Voters in the Detroit
#: suburbs, he said, tend to …"), and "“…” The governor said it twice", a quotation that opens a paragraph and whose
#: speaker says "it" in the next sentence. A quotation that follows "“…,” X said." with no new cue and a second "that"
#: clause or verb of one speaker in one sentence ("and she said she would push for tariffs", "and he said she had
#: never explained", "and said the party would open …") belong to the quote before and are optional as quotes of their
#: own. A strategist, a Democratic official and a White House official who were "not authorized to speak publicly"
#: are unnamed sources; an ad's narrator and "aides say" are unnamed and optional. Records, filings and a poll are
#: documents, no speakers: what they "show", what "It found" and what is "according to" them are optional. Borderline
#: and optional: a campaign with no name of its own ("The Stalloway-Pruitt campaign called the ad …", "Her campaign
#: said the bonus was tied …", "The Stalloway-Pruitt campaign said it would hold 40 events"). No quote: a headline,
#: "answered within the hour" (the quotation after it has its own cue), "took questions from reporters".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ad": [
        (DEMMING, "gave that company 23 years", False),
        (DEMMING, "notice taped to the time clock", False),
        ("", "got a bonus", True),
        (BETANCOURT, "run Michigan the way she ran", False),
        (BETANCOURT, "$4.5 million", False),
        (STALLOWAY_CAMPAIGN, "a lie paid for by Washington", True),
        (ALBRECHT, "lost money for six straight years", False),
        (ALBRECHT, "saved 2,000 jobs", False),
        (STALLOWAY, "proud of her record", False),
        (OYELARAN, "the story she doesn", False),
        (OYELARAN, "jobs she shipped to", False),
        (CORVANE, "does not comment on political campaigns", False),
        ("|Federal campaign finance records|records", "raised $19 million", True),
        ("", "since the day she filed", False),
    ],
    "stump": [
        (STALLOWAY, "spent 12 years in Congress", False),
        (KINSELLA, "front of a paycheck", False),
        (STALLOWAY, "4,000 employees", False),
        (STALLOWAY, "billions of your dollars", False),
        (STALLOWAY, "tariffs on Chinese auto parts", True),
        (OYELARAN, "tax on every family", False),
        (OYELARAN, "a gift to every company", False),
        (OYELARAN, "never explained how", True),
        (OYELARAN, "I say ask Saginaw", False),
        (BRIGHTWATER, "fought for the Soo Locks", False),
        (BRIGHTWATER, "Nobody is going to buy this seat", False),
        (OYELARAN, "control what outside groups do", False),
        (HOLTZCLAW, "run from his voting record", False),
        (STALLOWAY_CAMPAIGN, "40 events", True),
        (FENNIMORE, "read a balance sheet", False),
    ],
    "poll": [
        ("|Straitsview Research|Straitsview Research poll|poll", "dead heat", True),
        ("|Straitsview Research|poll", "52 percent of voters", True),
        (OKONJO, "moved people, but not very far", False),
        (OKONJO, "shifted toward Oyelaran-Fitch", False),
        (WHITCOMBE, "cut both ways", False),
        (WHITCOMBE, "chief executive as competent", False),
        (WHITCOMBE, "woman who can fix things", False),
        (PENDERGAST, "undercounts rural voters", False),
        (SZABROWSKI, "wake-up call", False),
        (SZABROWSKI, "15 more field offices", True),
        (ALBRECHT, "make Garrick nervous", False),
        (FERRANTE, "like where we are", False),
        ("", "airing his own ad", False),
        (OYELARAN, "not take money from corporate PACs", False),
        (STALLOWAY, "stunt by a man", False),
    ],
    "president": [
        (QUIST, "closing the plants your parents", False),
        (QUIST, "usually do this in a Senate race", False),
        (STALLOWAY, "lecture Michigan about jobs", False),
        (STALLOWAY, "scared of a woman", False),
        (STALLOWAY, "release her tax returns", False),
        ("|Securities and Exchange Commission|Filings", "$3.1 million bonus", True),
        (STALLOWAY_CAMPAIGN, "tied to the company", True),
        (ALBRECHT, "pay went down the year after", False),
        (WOJCIK, "wage concessions", False),
        (OYELARAN, "whose side she was on", False),
        (HARROWGATE, "backfire in the Upper Peninsula", False),
        (HARROWGATE, "told how to vote", False),
        ("", "return to Michigan at least twice", False),
        (QUIST, "campaign in every state", False),
        ("", "nine states", True),
        (HURON, "second ad featuring", False),
    ],
}

ARTICLES = {
    "ad": AD,
    "stump": STUMP,
    "poll": POLL,
    "president": PRESIDENT,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 18 of 48 required when the batch was written (blind). By pattern: in the stump story the congressman is
#: named only by his hyphenated surname, tagged an organisation, so "He called her plan …", "he said she had never
#: explained", "“…,” he said." and "Asked whether …, he said" are given to the Ohio senator named two paragraphs
#: before (7); "“…” she wrote on Twitter", "In an interview with …, she said" and "She also said" after
#: "Stalloway-Pruitt answered within the hour." given to the president, a man (6); "The chairwoman of the Michigan
#: Democratic Party, Ilona Szabrowski-Kent, called the poll “…” and said …", a name set off after the role, read as
#: unnamed (3); "a pledge Stalloway-Pruitt has called “…”" after "X has said he will …" folded into his quote (1); and
#: "Her campaign said" named "her campaign" (1).
#: Then 15: a chairwoman or chairperson is a person noun as a chairman is (lexicon.PEOPLE_NOUNS), so the name set off
#: after the body she chairs speaks (3).
#: Then 9: a party or nation word before an untagged given name and joined surname ("Republican Renata
#: Stalloway-Pruitt") no longer keeps it from being a person (hyphenated_names), so "she wrote on Twitter" after
#: "Stalloway-Pruitt answered within the hour." and the "she" after it are hers, not the president's (6).
#: Then 2: a surname alone tagged an organisation is a person when the next words about anyone are "he" or "she"
#: (surnames_taken_for_bodies), so "Oyelaran-Fitch told a crowd …. He called …" and the congressman's quotes after it
#: in the stump story are his, not the Ohio senator's (7).
#: Left (2): "a pledge X has called" (1) and "her campaign" (1), as above.
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
