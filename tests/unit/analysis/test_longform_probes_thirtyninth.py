"""Quotes of a thirty-ninth batch of blind probes (longform_probes_thirtyninth.py, live blogs, explainers and Q&A
pieces as web pages deliver them): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtyninth import (
    ELECTION_NIGHT,
    FED_HIGHLIGHTS,
    STORM_LIVE,
    TRADE_INTERVIEW,
    WHAT_WE_KNOW,
)

WEATHER_SERVICE = "National Weather Service|The National Weather Service"
FIRE_DEPARTMENT = "Millbrook Falls fire department|the Millbrook Falls fire department|fire department"
OHIO_EPA = "Ohio Environmental Protection Agency|The Ohio Environmental Protection Agency"
TRADE_REPRESENTATIVE = "|U.S. Trade Representative|the U.S. Trade Representative"
HARLAN_CAMPAIGN = "|Harlan campaign|Curtis Harlan"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). A timestamp and a question heading are no paragraphs of speech; a
#: quotation set in the block after "Here's what X said …:" is X's, and the line that announces it is no quote of its
#: own. "Wrote on X", "posted on Facebook … that", "said in the video", "wrote in a LinkedIn post", "responded on X:"
#: and "in a video posted to Instagram, X said" are cues; "conceded in a statement", "called the race for", "declined
#: to comment", "has not said" and what exit polls "showed" are no quotes. A pull quote signed with a dash ("“…” — Fed
#: Chair X") is X's. Borderline and optional: the answers of an interview printed as questions and answers
#: (GUIDELINES.md does not name that shape; the answerer is the speaker), what someone the answerer names "said" inside
#: an answer, what "officials say" inside the interviewer's question, an entry's headline (a heading on a page, no
#: paragraph) with a quotation after a colon or with reported speech ("X tells supporters to go home"), groups and
#: unnamed sources ("residents … described", "according to county registrars", "State officials said"), the second
#: clause of "said … but that …" or "said … and that …", a second verb joined by "but" or "and" ("but warned that",
#: "but cautioned that", "and urged"), a participle after a direct quotation ("…, adding that …"), and "called X “…”"
#: after a reported clause.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "storm_live": [
        ("Renée Broussard-Tate", "search teams had pulled 212 people", False),
        ("Renée Broussard-Tate", "We are still in rescue mode", False),
        ("Renée Broussard-Tate", "If you are in Terrebonne Bend", False),
        ("Renée Broussard-Tate", "The water is still rising", True),
        (WEATHER_SERVICE, "the storm had weakened to a Category 1", False),
        (WEATHER_SERVICE, "rainfall totals of up to 20 inches", True),
        ("Dale Whitcombe", "is far from over", False),
        ("Dale Whitcombe", "well after the skies clear", True),
        ("Felix Arceneaux", "We’ve got boats on every street", False),
        ("Felix Arceneaux", "If you hear a motor", True),
        ("Felix Arceneaux", "two people had died in the city", False),
        ("", "a terrifying night", True),
        ("Lorna Guidry", "The wind sounded like a train", False),
        ("Lorna Guidry", "I prayed the whole time", True),
        ("Tomás Villareal", "he had tied his fishing boat", False),
        ("Gulfline Power", "full restoration of power could take", False),
        ("Patrice Dugas", "crews from 14 states", False),
        ("Patrice Dugas", "We can’t put a bucket truck", False),
        ("Alan Merriweather", "he had approved a major disaster declaration", False),
        ("Alan Merriweather", "Louisiana, we’ve got your back", False),
        ("Alan Merriweather", "Help is on the way", True),
        ("Corinne Haddad", "teams had been pre-positioned", False),
        ("Renée Broussard-Tate", "The federal levees held", False),
        ("Warren Pickett", "spared the worst", False),
        ("Warren Pickett", "inland counties faced days of flooding", True),
        ("Warren Pickett", "Don’t let the sunshine fool you", False),
    ],
    "election_night": [
        ("Adaeze Okonjo", "the race was too close to call", False),
        ("Adaeze Okonjo", "We are going to count every single ballot", False),
        ("Adaeze Okonjo", "Go home, get some sleep", True),
        ("Adaeze Okonjo", "to go home and get some sleep", True),
        ("Brooke Stallings", "the remaining votes were mostly", False),
        ("Brooke Stallings", "We like the math", False),
        (HARLAN_CAMPAIGN, "We like where we are", True),
        ("Gail Eversole", "about 190,000 mail ballots remained", False),
        ("Gail Eversole", "the count would resume", True),
        ("Gail Eversole", "Every lawful ballot will be counted", False),
        ("Curtis Harlan", "Whatever happens tonight", False),
        ("Curtis Harlan", "Virginia, thank you", True),
        ("", "Turnout appears to have topped", True),
        ("Mohan Iyer-Castillo", "lines had stretched out the door", False),
        ("Lucinda Marsh-Abbott", "cautiously optimistic", False),
        ("Lucinda Marsh-Abbott", "to stay near their phones", True),
        ("Dwayne Pruitt-Hollis", "Tonight Virginia voted for safe streets", False),
        ("Sonia Kettleman", "The voters have spoken", False),
        ("Sonia Kettleman", "she had called Pruitt-Hollis", True),
        ("Marguerite Osei", "This is a pocketbook election", False),
        ("Marguerite Osei", "Okonjo’s margins in the suburbs", False),
        ("Marguerite Osei", "If she loses", False),
        ("Thaddeus Boone", "he had voted for Okonjo", False),
        ("Thaddeus Boone", "a mistake", True),
        ("Jenna Folau", "Even Democrats know", False),
    ],
    "what_we_know": [
        (FIRE_DEPARTMENT, "Thirty-one cars of a Ridgeline Rail freight train", False),
        ("Norma Petrakis", "crews had let the fire burn", False),
        ("Norma Petrakis", "We were very, very lucky", False),
        (OHIO_EPA, "its monitors had detected no dangerous levels", False),
        ("Kayla Ostrowski", "my eyes have been burning since last night", False),
        ("Anil Varghese", "short exposures at the levels", False),
        ("Anil Varghese", "residents with asthma should stay away", True),
        ("Mark Delacroix-Hume", "the evacuation order would stay in place", False),
        ("Mark Delacroix-Hume", "I know people want to go home", False),
        ("Ridgeline Rail", "deeply sorry", False),
        ("Ridgeline Rail", "would open a family assistance center", True),
        ("Graham Oyelaran", "make this right for every family", False),
        ("Ted Brzezinski", "members had warned for months", False),
        ("Celia Fonseca", "a preliminary report would come", False),
        ("Celia Fonseca", "We will not speculate", False),
        ("Pamela Worthy", "she would push for new limits", False),
        ("Pamela Worthy", "Two-mile trains", False),
        ("", "water samples were being tested", True),
        ("Norma Petrakis", "that would depend on the wind", False),
    ],
    "trade_interview": [
        ("Lena Sørby-Kahl", "she remained hopeful that a deal", False),
        ("Lena Sørby-Kahl", "I have been in harder rooms", False),
        ("Lena Sørby-Kahl", "They did not break down", True),
        ("", "Norway is stalling", True),
        ("Lena Sørby-Kahl", "we have made three offers", True),
        ("Lena Sørby-Kahl", "We do not want a trade war", True),
        ("Lena Sørby-Kahl", "The commission has been very helpful", True),
        ("Hartmann", "Brussels would stand with us", True),
        (TRADE_REPRESENTATIVE, "remains open to a fair deal", False),
        (TRADE_REPRESENTATIVE, "Norway’s offers had not addressed", True),
        ("Lena Sørby-Kahl", "she expected talks to resume", False),
    ],
    "fed_highlights": [
        ("Harold Vance", "the central bank was in no rush to cut", False),
        ("Harold Vance", "meaningfully", False),
        ("Harold Vance", "We are not there yet", False),
        ("Harold Vance", "I wouldn’t take anything off the table", False),
        ("Harold Vance", "most officials still expected to lower rates", False),
        ("Harold Vance", "I’d call it a normalization", False),
        ("Harold Vance", "it was not the Fed’s role", False),
        ("Harold Vance", "at least for a while", False),
        ("Alan Merriweather", "asleep at the wheel", False),
        ("Rosa Villanueva-Pike", "done the right thing by ignoring the noise", False),
        ("Priyanka Raman-Doyle", "He gave the market exactly nothing", False),
        ("Priyanka Raman-Doyle", "traders were still betting", False),
        ("Colby Strand", "farmers in his district could not wait", False),
        ("Colby Strand", "Every month of high rates", False),
        ("Harold Vance", "We are not going to be rushed by politics", False),
    ],
}

ARTICLES = {
    "storm_live": STORM_LIVE,
    "election_night": ELECTION_NIGHT,
    "what_we_know": WHAT_WE_KNOW,
    "trade_interview": TRADE_INTERVIEW,
    "fed_highlights": FED_HIGHLIGHTS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 3 of 69 required when the batch was written (blind). One was a gold slip: an entry's headline with
#: reported speech ("Okonjo tells supporters to go home …"), a heading on a page and a paragraph only in this test,
#: was listed as no quote, where it reports what she said (made optional; 1 wrong). Then 2. Then 1: "posted on Facebook
#: that …" had no cue (1 wrong; `posted_clauses`). Then 0: a pull quote signed with a dash ("“…” — Fed Chair X")
#: had no speaker (1 wrong; `signed_quotations`). Left: nothing wrong; a speaker at the head of a bulleted point kept
#: the bullet in its name ("• Ridgeline Rail"), which the matching folds away (`bulleted_names` drops it).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
