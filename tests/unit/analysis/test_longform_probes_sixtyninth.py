"""Quotes of a sixty-ninth batch of blind probes (longform_probes_sixtyninth.py, entertainment and celebrity news as
the entertainment web sites, the wires' showbiz desks and the tabloids' web pages write it): the whole batch against
its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyninth import (
    FAN_AWARD,
    FESTIVAL,
    LAWSUIT,
    PREMIERE,
    SPLIT,
)

BRENNOCK = "Talia Brennock"
MARLOWE = "Jude Marlowe-Fisk"
THE_PAIR = "|" + BRENNOCK + "|" + MARLOWE
ACHTERBERG = "Desmond Achterberg-Lowe"
SZABO = "Renata Szabo-Quill"
LUMEN = "Lumen+|Lumen"
KRAVITZ = "Anselm Kravitz-Doyle"
MERIDIAN = "Meridian Pictures|Meridian|studio|The studio"
HALLORAN = "Victor Halloran-Beck"
CASTELLANE = "Oona Castellane-Reyes"
ARKWRIGHT = "Dev Arkwright-Sol"
VENKATARAMAN = "Priya Venkataraman-Holt"
FARROW = "Gideon Farrow-Lutz"
VENPORT = "Venport International Film Festival|The Venport International Film Festival|festival|The festival"
BENEDETTI = "Carlotta Benedetti-Sorel"
HALDIMANN = "Wren Haldimann"
ROUSSIN = "Amélie Roussin-Varga"
AMBROSE = "Ludovic Ambrose-Teague"
WOMEN_IN_FILM = "Women in Film Forward"
OKONKWO = "Nadia Okonkwo-Brandt"
OSTROWE = "Larkin Ostrowe"
TAMSIN = "Beatrix Tamsin-Holloway"
SANDOVAL = "Emmett Sandoval-Reyes"
LINDGREN = "Harriet Lindgren-Moss"
VASQUEZ = "Corinne Vasquez-Aldana"
KAYLEIGH = "Kayleigh Drummond-Pace"
HOLMWOOD = "Jax Holmwood"
BRIGHTWATER = "Brightwater Studios|company|The company"
OBI = "Marcus Obi-Lindqvist"
STANDARDS_COUNCIL = "Broadcast Standards Council|The Broadcast Standards Council"
MARCHETTI = "Helena Marchetti-Ross"
DRUMMOND = "Denise Drummond"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A contestant named by
#: her first name after she is introduced ("Kayleigh said from the stage") and a description that refers back ("the
#: singer said", "the actor added", "the Oscar winner added", "the actress told", "the first-time director said", "the
#: attorney said in the filing", "the lawyer said", "the company added") are the person or body named before. A post
#: ("wrote on Instagram that", "said on Instagram that"), a photo "he captioned", a podcast ("on an episode of her
#: podcast", "on a podcast last month, she said") and a filing ("said in a filing", "argued that") carry what the
#: speaker said; a lawsuit is a document and no speaker ("the lawsuit says"). A quotation that follows "“…,” she
#: said." with no new cue continues the quote before it and is optional as a quote of its own, and so is a second verb
#: of the same speaker in one sentence ("but acknowledged that"). Borderline and optional: a couple speaking together
#: ("the pair announced", "the couple said in a joint statement": a group, or either of its two named members),
#: unnamed sources and groups ("a representative for Brennock told the outlet", "a source close to the couple said",
#: "two people who worked on the production", "a spokesperson for Ostrowe", "box office analysts expect", "employment
#: lawyers say"), a festival that "announced its lineup" (what was said is no clause), "citing exhaustion", "which
#: she called", "in which Tamsin-Holloway called" and a suit "accusing her of". "Addressed the rumours", "backed her
#: account" and "declined to comment" say nothing.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "split": [
        (THE_PAIR, "are separating after seven years", True),
        (THE_PAIR, "we have decided to end our marriage", True),
        (THE_PAIR, "We remain a family", True),
        ("", "the decision was mutual", True),
        ("", "the two had been living apart", True),
        ("", "They tried counselling", True),
        (BRENNOCK, "you can love someone", False),
        (MARLOWE, "grateful for every single day", False),
        (MARLOWE, "Seven years, two girls", False),
        (MARLOWE, "he and Brennock would continue", False),
        (BRENNOCK, "exhaustion", True),
        (BRENNOCK, "to be a person for a while", False),
        (ACHTERBERG, "the singer would go ahead", False),
        (ACHTERBERG, "Talia is a professional", False),
        (SZABO, "heartbroken for both of them", False),
        (LUMEN, "production on its fourth season", False),
    ],
    "premiere": [
        (KRAVITZ, "reports of a feud", False),
        (KRAVITZ, "We argued about the ending", False),
        (KRAVITZ, "That’s not a war", True),
        (MERIDIAN, "full confidence", False),
        (MERIDIAN, "exactly the movie we set out to make", False),
        ("", "the studio had ordered weeks of reshoots", True),
        (HALLORAN, "never once", False),
        (KRAVITZ, "he had not spoken to Halloran-Beck", False),
        (CASTELLANE, "Was it a smooth shoot", False),
        (CASTELLANE, "I’d work with Anselm again", True),
        (CASTELLANE, "the reshoots had improved the third act", False),
        (CASTELLANE, "the heart of the film", True),
        (ARKWRIGHT, "I haven’t seen it yet", False),
        (VENKATARAMAN, "gorgeous to look at", False),
        ("", "to open to about $40 million", True),
        (FARROW, "For an original science-fiction movie", False),
        (KRAVITZ, "I’ve seen a cut", False),
    ],
    "festival": [
        (VENPORT, "its lineup", True),
        (BENEDETTI, "This is the strongest competition", False),
        (BENEDETTI, "Eleven countries", True),
        (BENEDETTI, "the selection committee had watched", False),
        (HALDIMANN, "terrifying in the best possible way", False),
        (HALDIMANN, "I spent twenty years in front of a camera", False),
        (HALDIMANN, "not autobiographical", False),
        (ROUSSIN, "with my heart first", False),
        (VENPORT, "it would present a lifetime achievement award", False),
        (AMBROSE, "astonished and a little", False),
        (WOMEN_IN_FILM, "only six of the 21", False),
        (OKONKWO, "Six is better than four", False),
        (OKONKWO, "protest screening", False),
        (BENEDETTI, "on merit, and only on merit", False),
        (BENEDETTI, "still has a long way to go", True),
    ],
    "lawsuit": [
        ("|" + TAMSIN, "withholding more than $300,000", True),
        (SANDOVAL, "Beatrix gave that job everything", False),
        (SANDOVAL, "textbook retaliation", True),
        (SANDOVAL, "his client had kept detailed records", False),
        (LINDGREN, "a work of fiction", False),
        (LINDGREN, "This is a disgruntled former employee", False),
        (LINDGREN, "signed an agreement", False),
        (TAMSIN, "the best boss in the world", True),
        (SANDOVAL, "his client had written it", False),
        (SANDOVAL, "She was paid to smile", False),
        ("", "treats everyone who works for her", True),
        (OSTROWE, "I’m not going to talk about it", False),
        ("", "suits of this kind have become more common", True),
        (VASQUEZ, "Ten years ago", False),
        (VASQUEZ, "most such cases were settled", False),
    ],
    "fan_award": [
        (KAYLEIGH, "I came on this show to find love", False),
        (KAYLEIGH, "Mum, I told you", True),
        (HOLMWOOD, "more votes than the last three", False),
        (KAYLEIGH, "made to look like a villain", False),
        (KAYLEIGH, "producers had cut out", False),
        (BRIGHTWATER, "stands by the integrity", False),
        (BRIGHTWATER, "The welfare of our islanders", False),
        (OBI, "What you saw was maybe five percent", False),
        (STANDARDS_COUNCIL, "it had received more than 4,000 complaints", False),
        (MARCHETTI, "the complaints reflected a wider shift", False),
        (MARCHETTI, "Audiences used to think", False),
        (DRUMMOND, "cried through the whole speech", False),
        (KAYLEIGH, "Sleep", False),
        (KAYLEIGH, "And then maybe a tour", True),
    ],
}

ARTICLES = {
    "split": SPLIT,
    "premiere": PREMIERE,
    "festival": FESTIVAL,
    "lawsuit": LAWSUIT,
    "fan_award": FAN_AWARD,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 12 of 55 required when the batch was written (blind), no gold slip. By pattern: a description that refers
#: back to a body or a person named before ("the studio added" after "The studio, Meridian Pictures, said", "the Oscar
#: winner added" of an actor "who won an Oscar") given to no one (4, a miss and an unnamed quote each); "the first-time
#: director said" of a debut's director given to the festival's artistic director (2); a group named before its
#: apposition ("Women in Film Forward, an advocacy group, noted that …") given to no one (2); "asked whether …" or
#: "asked backstage what …" before a verb that is no speech ("smiled", "laughed") read as a quote of the person asked
#: (2); "the lawsuit says" read as an unnamed source (1); a suit "accusing her of …" given to the star it accuses (1).
#: Then 10: an untagged name of plural nouns joined by a preposition is the body its apposition calls one ("Women in
#: Film Forward, an advocacy group, noted"; apposed_bodies.py, 2). Then 8: "the studio added" is the one studio named
#: before whose name ends in "Pictures" (kind_cued_bodies.py, 2). Then 6: "the Oscar winner added" is the one who won
#: an Oscar (description_clues.py, 2). Then 5: "X, asked whether …, smiled" is a question put to X when the parser
#: hangs the closing comma on the question (put_questions.py, 1). Then 4: "Asked backstage what comes next, Kayleigh
#: laughed" is a question put to her (around.py, 1). Then 3: "an assistant to the pop star Ann Roe" is no second
#: subject that speaks (named_objects.py, 1). Left, by pattern: "the first-time director said" of a debut's director
#: given to the festival's artistic director, a title holder (2, a miss and a wrong speaker); "the lawsuit says" read
#: as an unnamed source (1; the PolNeAR labels count a lawsuit as a source, so no rule drops it).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
