"""Quotes of a seventy-fifth batch of blind probes (longform_probes_seventyfifth.py, US campaign analysis as political
web sites write it: polls, posts and ads, a TV interview, a party chairwoman's letter and voters at a diner): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyfifth import DINER, INTERVIEW, LETTER, POLL, WATER

SANDOVAL = "Priya Sandoval-Heck"
BRUMFITT = "Dale Brumfitt-Ross"
OKONKWO = "Harriet Okonkwo-Vale"
VOLLMAR = "Terrence Vollmar-Ash"
OSTRANDER = "Calvin Ostrander-Bey"
TEVENAUGH = "Marisol Tevenaugh-Reyes"
HER_CAMPAIGN = "Tevenaugh-Reyes’s campaign|Tevenaugh-Reyes campaign|her campaign|campaign|The campaign"
KALLENBACH = "Dmitri Kallenbach-Rowe"
CRANDALL = "Yvette Crandall-Soto"
ABLEWHITE = "Garrison Ablewhite-Moreno"
PETTIBONE = "Rhonda Pettibone-Yates"
ASHGROVE = "Lionel Ashgrove-Pike"
LEVERETT = "Opal Leverett-Hume"
HAVERKAMP = "Teodora Haverkamp-Liu"
QUILLFEATHER = "Lorna Quillfeather-Dade"
BRISCO = "Wendell Brisco-Tate"
PENNYCOOK = "Jared Pennycook-Hale"
ORRICK = "Samuel Orrick-Banda"
LAMBRECHT = "Keisha Lambrecht-Ode"
FAIRWEATHER = "Bernadette Fairweather-Nunn"
OYELARAN = "Dwayne Oyelaran-Birch"
CHARLENE = "Charlene|Charlene Oyelaran-Birch"
PELLETREAU = "Stavros Pelletreau-Kim"
BRIGHTWATER = "Nathaniel Brightwater-Osei"
TOLLEFSEN = "Marguerite Tollefsen-Abara"
ELI = "Eli|Eli Tollefsen-Abara"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Sen.",
#: "Rep.", "Gov.") are no part of a name; a description that refers back ("the Ohio Republican said", "the former
#: governor said", "the Minnesota senator told", "the party official said", "the Colorado Democrat said", "the owner
#: said", "the retired nurse said") and a family member called by the first name ("His wife, Charlene,", "Her son,
#: Eli,") are the person named before. "Wrote" of a post or a letter, "told", "noted", "conceded", "called X Y" and
#: "tells the camera that" are cues; strategists, aides and people familiar with plans who spoke on condition of
#: anonymity, "most of the regulars" and an ad's unnamed narrator are unnamed sources. A quotation that follows
#: "“…,” X said." with no new cue, and a participle or a second "that" clause that carries on with one speaker in one
#: sentence ("…, adding that …", "… and that …"), belong to the quote before and are optional as quotes of their own.
#: A poll, a survey, "the numbers", a letter and a filing are documents, no speakers: what they "show", "found",
#: "suggest" or "say", and what is "according to a filing", are optional. Borderline and optional: a cue inside a noun
#: phrase or a relative clause ("a campaign that aides say has …", "which he said was part of its charm"), a speaker
#: in an ad "saying he will …", a headline's "Ablewhite-Moreno says he won’t drop out …", a quotation inside the
#: narrator's ("Tevenaugh-Reyes says she’ll protect …"), "accused … of voting for", "worried that …" and "pointed to"
#: joined to a first cue, and what two county chairs say the chairwoman told them (hers, the chairs' optional).
#: "Brushed the poll aside", "did not respond" and "declined to comment" are no quotes.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "poll": [
        ("", "pulling within three points", True),
        ("", "Okonkwo-Vale at 47 percent", True),
        (SANDOVAL, "The suburbs moved", False),
        (SANDOVAL, "the shift came almost entirely", False),
        (SANDOVAL, "the margin of error was 3.4", True),
        ("", "message on property taxes is landing", True),
        (BRUMFITT, "People are opening their tax bills", False),
        (BRUMFITT, "Harriet had eight years", True),
        (BRUMFITT, "he would cut the state’s share", False),
        ("", "the campaign’s own polling had shown", False),
        ("", "too slow", False),
        (OKONKWO, "I’ve been behind by more than three points", False),
        (OKONKWO, "I’d rather be ahead by three", True),
        (OKONKWO, "her campaign would begin its own advertising", False),
        (OKONKWO, "every levy that came across his desk", True),
        (VOLLMAR, "oversampled Republicans", False),
        (VOLLMAR, "internal numbers showed a six-point lead", True),
        ("", "the group was weighing a $9 million ad buy", False),
    ],
    "water": [
        (OSTRANDER, "a former Tucson council member", False),
        (OSTRANDER, "skipped 14 votes", False),
        ("", "Marisol Tevenaugh-Reyes says she’ll protect", False),
        (TEVENAUGH, "she’ll protect Arizona’s water", True),
        ("", "Her record says something else", True),
        (OSTRANDER, "fight for every acre-foot", True),
        (TEVENAUGH, "Calvin has been in Congress", False),
        (TEVENAUGH, "He can make all the ads he wants", True),
        (TEVENAUGH, "a lie dressed up as a farm report", False),
        (HER_CAMPAIGN, "it had been viewed more than 400,000 times", False),
        (KALLENBACH, "a matter of public record", False),
        (KALLENBACH, "the campaign stood by the ad", True),
        (KALLENBACH, "If she wants to talk about water", False),
        ("", "the campaign had tested the water message", False),
        ("", "the Democrat planned to answer", False),
        (CRANDALL, "Ostrander-Bey would keep up the attacks", False),
        (CRANDALL, "This is the fight Calvin wants", False),
    ],
    "interview": [
        (ABLEWHITE, "he won’t drop out before Super Tuesday", True),
        (ABLEWHITE, "he would stay in the Democratic presidential race", False),
        ("", "has less than $2 million in", True),
        (ABLEWHITE, "I’m not going anywhere", False),
        (ABLEWHITE, "Two states have voted", True),
        (ABLEWHITE, "the campaign could not match its rivals", False),
        (ABLEWHITE, "We’re going to be smart", False),
        (ABLEWHITE, "the campaign would focus on Minnesota", True),
        (PETTIBONE, "two of his national co-chairs", False),
        (ABLEWHITE, "I love Opal and Francis", False),
        (ABLEWHITE, "But endorsements don’t vote", True),
        (ASHGROVE, "respects Senator Ablewhite-Moreno’s service", False),
        (ASHGROVE, "to start pulling in one direction", True),
        (LEVERETT, "she had called Ablewhite-Moreno", False),
        (LEVERETT, "It was the hardest call", False),
        ("", "senior staff had agreed to defer their salaries", False),
        ("", "the campaign ended January with $1.7 million", True),
        (HAVERKAMP, "never been a money candidate", False),
        (HAVERKAMP, "40,000 new donors", True),
        (HAVERKAMP, "Grass-roots money comes in slower", False),
        (HAVERKAMP, "It also doesn’t leave", True),
    ],
    "letter": [
        (QUILLFEATHER, "any county party that backs a rival slate", False),
        ("", "not fund a civil war", True),
        (QUILLFEATHER, "not fund a civil war", True),
        (QUILLFEATHER, "Every dollar we spend fighting", False),
        (QUILLFEATHER, "the party’s rules gave the state executive committee", False),
        (BRISCO, "a threat, plain and simple", False),
        (BRISCO, "The party bosses are scared", False),
        (PENNYCOOK, "he had not decided whether to back down", False),
        (PENNYCOOK, "Lorna is a friend", False),
        (PENNYCOOK, "We’ll see who shows up", True),
        ("", "she intended to stay out of the fight", False),
        (QUILLFEATHER, "the state party had raised $4.2 million", False),
        ("", "the state party had raised $4.2 million", True),
        (ORRICK, "a reminder, not a threat", False),
        (ORRICK, "no county had yet lost any money", True),
        (ORRICK, "the chairwoman had sent a similar letter", False),
        ("", "the fight could hurt turnout", False),
        (LAMBRECHT, "Nobody in the suburbs of Atlanta cares", False),
        (LAMBRECHT, "They care whether the party looks", True),
    ],
    "diner": [
        ("", "they had not made up their minds", False),
        (FAIRWEATHER, "I’ve seen four of them in person", False),
        (FAIRWEATHER, "she liked Solberg-Kane’s record", False),
        (FAIRWEATHER, "talks like she’s already won", True),
        (OYELARAN, "he was leaning toward Ablewhite-Moreno", False),
        (OYELARAN, "He stayed for two hours", False),
        (OYELARAN, "he had voted for a Republican", True),
        (CHARLENE, "He says that every time", False),
        (CHARLENE, "He votes for whoever", True),
        (PELLETREAU, "dead wrong", False),
        (PELLETREAU, "was part of its charm", True),
        (PELLETREAU, "It’s not a poll", False),
        (PELLETREAU, "It’s breakfast", True),
        ("", "the diner is not unusual", True),
        ("", "38 percent of likely Democratic primary voters", True),
        (BRIGHTWATER, "tend to break late", False),
        (TOLLEFSEN, "she had been a volunteer", False),
        (TOLLEFSEN, "People here want to be asked", False),
        (TOLLEFSEN, "They don’t want to be told", True),
        (ELI, "he was voting for pancakes", False),
        (FAIRWEATHER, "I’ll know when I’m standing in the booth", False),
        (FAIRWEATHER, "That’s how it always goes", True),
    ],
}

ARTICLES = {
    "poll": POLL,
    "water": WATER,
    "interview": INTERVIEW,
    "letter": LETTER,
    "diner": DINER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 5 of 60 required when the batch was written (blind), 4 after one gold slip (the headline's
#: "Ablewhite-Moreno says he won’t drop out …", a quote by GUIDELINES.md that the gold left out, is borderline as
#: headlines are in the other batches, and now optional). Then 3: the name a group gives itself ("a group that
#: calls itself X") is no quote (self_named_groups.names_itself; 1). Then 2: a participle the parser hung on the
#: phrase of a setting right after a name ("closes with X in a work shirt saying he will “…”") is that person's, not
#: an unnamed source's (hung_speakers.person_before_setting; 1, an optional quote whose wrong speaker counted). Left,
#: by pattern: a description by role that names a US state the article had not given the person ("“…,” the Minnesota
#: senator told CNN’s …" after "Sen. X"), given to no one (1 quote, a miss and a wrong speaker: 2). Tried and
#: reverted: resolving such a description to the person of that role; right on the corpora too ("the Vermont
#: senator" after "Sen. X"), but PolNeAR, whose gold leaves such a source unresolved, counts every such row wrong.
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
