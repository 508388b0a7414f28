"""Quotes of a fifty-fifth batch of blind probes (longform_probes_fiftyfifth.py, web stories written from broadcast
interviews: Sunday talk shows, Canadian and British radio and TV, podcasts): the whole batch against its gold, whose
count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftyfifth import (
    CARRIER,
    GREEN_BELT,
    LUMBER,
    PODCAST,
    SHUTDOWN,
)

GARRITY = "Thomas Garrity"
MARCHBANKS = "Ellen Marchbanks"
ACHEBE_HART = "Rosalind Achebe-Hart"
OKAFOR_LYNN = "Wendell Okafor-Lynn"
FELDSTEIN = "Jonah Feldstein"
OKONKWO = "Geneviève Okonkwo-Belliveau"
LINDQVIST = "Catherine Lindqvist-Moore"
FITZGIBBON = "Darnell Fitzgibbon-Rao"
SALONEN = "Marguerite Salonen-Achterberg"
SAWMILLERS = "Northern Interior Sawmillers Council|The Northern Interior Sawmillers Council"
ASHCOMBE = "Miriam Ashcombe-Pryce"
TREVELYAN = "Owen Trevelyan-Shaw"
RHODES = "Kavita Rhodes-Harlow"
KINSELLA = "Bartholomew Kinsella"
CAMPAIGN = "Campaign to Protect Rural Shires|The Campaign to Protect Rural Shires"
OYELOWO = "Philippa Oyelowo-Grant"
KOWALSKI = "Raymond Kowalski-Brandt"
ACHTERBERG_RUIZ = "Dolores Achterberg-Ruiz"
OBUYA = "Terrence Obuya-Lindgren"
HOLLIS = "Nadia Hollis"
CASTELLANOS = "Lorraine Castellanos-Webb"
ABERNATHY = "Gideon Abernathy-Cole"
NGATA = "Howard Ngata-Pryor"
DRUMMOND = "Abigail Drummond-Osei"
FARROW = "Desmond Farrow-Ibe"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives ("the Kentucky Republican" is Thomas Garrity, "the minister" Geneviève
#: Okonkwo-Belliveau, "the secretary" Lorraine Castellanos-Webb); a pronoun goes on to the speaker of the paragraphs
#: before. A show is where the words were said, never a speaker ("said on NBC's Meet the Press", "told CBC Radio's The
#: House", "told the hosts of the podcast Hollis & Grey"). A host who states something of their own is a speaker
#: ("Marchbanks noted that", "Presenter X pointed out that", "“…,” he said"); a guest's answer to a host's question
#: ("Pressed by host X on whether …, Y said …", "When asked whether …, she said …") is the guest's quote. "Conceded",
#: "argued", "pushed back, saying", "replied", "warned", "called on", "telling his co-host that" and "wrote" in a post
#: are cues; "pushed back." alone, "dodged a question", "declined to say", "did not respond" are not statements. A
#: quotation that follows one of the same speaker past its cue with no cue of its own joins that quote. Borderline and
#: optional: a host's question in reported form ("Pressed by host X on whether …", "Asked by host X whether …", "X
#: asked whether …", "Asked repeatedly … whether …"; intent to learn, not a statement), "has refused to rule out"
#: (a refusal, not words said), a host who "put it to the minister that" (a question put as a statement), and "the two
#: agreed" (two speakers at once), and a headline's "X says …" or "X defends …" (the speaker described, not named).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "shutdown": [
        (GARRITY, "Democrats would bear the blame", False),
        (GARRITY, "We have passed a clean bill", False),
        (MARCHBANKS, "he would accept a short-term extension", True),
        (GARRITY, "he was open to one", False),
        (MARCHBANKS, "Garrity had voted against a similar stopgap", False),
        (MARCHBANKS, "You called it a gimmick then", False),
        (GARRITY, "the circumstances were different", False),
        (GARRITY, "I was wrong to call it that", False),
        (ACHEBE_HART, "Republicans had added $14 billion", False),
        (ACHEBE_HART, "move the goalposts", False),
        (ACHEBE_HART, "look at any bill they send", False),
        (OKAFOR_LYNN, "federal agencies had begun to run out", False),
        (OKAFOR_LYNN, "air traffic controllers", False),
        (OKAFOR_LYNN, "We saw it in 2019", False),
        (FELDSTEIN, "the White House had a plan to pay them", True),
        (OKAFOR_LYNN, "every option is on the table", False),
        (MARCHBANKS, "the shutdown was now the third longest", False),
    ],
    "lumber": [
        ("|" + OKONKWO, "Ottawa won’t blink first", True),
        (OKONKWO, "Canada will not drop its challenge", False),
        (OKONKWO, "We are not going to trade one industry", False),
        (OKONKWO, "she had spoken twice this month", False),
        ("", "Canada would retaliate with tariffs", True),
        (OKONKWO, "nothing is off the table", False),
        (LINDQVIST, "mills in northern British Columbia", True),
        (LINDQVIST, "Three mills in eight months", False),
        (OKONKWO, "the dispute process was slow", False),
        (OKONKWO, "It is slow, and it is frustrating", False),
        (FITZGIBBON, "the government had been caught", False),
        (FITZGIBBON, "They knew these duties were coming", False),
        (FITZGIBBON, "to fly to Washington", False),
        (SALONEN, "her members could not survive", False),
        (SALONEN, "Some of our smaller members", False),
        (SAWMILLERS, "it supported the minister", False),
        (OKONKWO, "she expected a ruling", False),
        (OKONKWO, "the Americans will have a choice", False),
    ],
    "green_belt": [
        (ASHCOMBE, "to rule out building", True),
        ("|" + TREVELYAN, "the target could be met without it", True),
        (ASHCOMBE, "look at every site on its merits", False),
        (TREVELYAN, "her own party had promised", False),
        (TREVELYAN, "You stood on that manifesto", False),
        (ASHCOMBE, "I stood on a promise", False),
        (ASHCOMBE, "no plans", False),
        (RHODES, "that meant overriding councils", True),
        (ASHCOMBE, "It means councils will have to play", False),
        (KINSELLA, "the minister had been", False),
        (KINSELLA, "If she cannot tell us", False),
        (CAMPAIGN, "the interview had left", False),
        (OYELOWO, "green belt sites accounted", False),
        (OYELOWO, "The land is there", False),
    ],
    "podcast": [
        ("|" + KOWALSKI, "lost the plot’ on trade in podcast", True),
        (KOWALSKI, "the Democratic Party had", False),
        (KOWALSKI, "We told autoworkers", False),
        (KOWALSKI, "he had no plans to run", False),
        (KOWALSKI, "leaders in Washington had spent", False),
        (KOWALSKI, "tariffs on Chinese electric vehicles", False),
        (ACHTERBERG_RUIZ, "Tariffs without a plan", False),
        ("", "the party needed candidates", True),
        (OBUYA, "relitigating fights", False),
        (OBUYA, "Ray is a friend", False),
        (HOLLIS, "she had heard the same complaint", False),
        (HOLLIS, "saying out loud", False),
        (KOWALSKI, "he stood by every word", False),
        (KOWALSKI, "If the truth costs me", False),
    ],
    "carrier": [
        ("|" + CASTELLANOS, "defends carrier deployment", True),
        (CASTELLANOS, "would keep a second aircraft carrier", False),
        (CASTELLANOS, "defensive, full stop", False),
        (CASTELLANOS, "there had been 11 drone", False),
        (CASTELLANOS, "None had caused serious injuries", False),
        (ABERNATHY, "the administration had ruled out strikes", True),
        (CASTELLANOS, "rule things in or out", False),
        (CASTELLANOS, "she had spoken with her counterparts", False),
        (CASTELLANOS, "still possible", False),
        (NGATA, "the carrier was not enough", False),
        (NGATA, "A carrier is a message", False),
        (NGATA, "he would push for a vote", False),
        (NGATA, "waiting for a funeral", False),
        (DRUMMOND, "knows better", False),
        (CASTELLANOS, "great respect", False),
        (CASTELLANOS, "He and I want the same thing", False),
        (FARROW, "the carrier bought time", False),
        (FARROW, "real test would come", False),
        (FARROW, "That is when the pressure", False),
    ],
}

ARTICLES = {
    "shutdown": SHUTDOWN,
    "lumber": LUMBER,
    "green_belt": GREEN_BELT,
    "podcast": PODCAST,
    "carrier": CARRIER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 8 of 70 required when the batch was written (blind). Then 5 with one gold slip mended: the headlines'
#: "Trade minister says …", "Former governor says …" and "Defense secretary defends …" are optional, as in the
#: earlier batches (3). Left: "X, speaking on ABC's This Week, said …", where the parser ends a sentence before the
#: programme's name "This Week" and leaves the cue with no subject (1); "In an interview that aired Sunday on CBS's
#: Face the Nation, X said" with the programme taken into the speaker, a body (2); "she said" after "Abernathy-Cole
#: asked whether …" given to the host, the last person named (2). Then 0: a name the recogniser runs into the
#: programme fronted before it is cut off at the comma (names_after_commas); a host's question in reported speech is
#: answered by the guest (questioners); a "’s" written on a name ends no sentence, so "This Week" after "ABC’s" no
#: longer cuts the speaker off from the cue (possessive_stops). Nothing is left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
