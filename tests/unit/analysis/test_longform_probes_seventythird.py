"""Quotes of a seventy-third batch of blind probes (longform_probes_seventythird.py, food, restaurants and lifestyle
features as city magazines, the papers' food sections and lifestyle web sites write them): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventythird import BAKERY, FROST, GUT, LEDGER, TRUCKS

ARKWRIGHT = "Delphine Arkwright-Mensah"
FENNIMORE = "Tobias Fennimore-Quist"
HENNIGAN = "Walt Hennigan-Sole"
ELENI = "Eleni Varvaressos-Wold"
KONSTANTINOS = "Konstantinos Varvaressos"
ALDERSEY = "Ruth Aldersey-Lau"
QUINTERO = "Beatriz Quintero-Strand"
DELGADO = "Marcus Delgado-Finch"
MARSH = "Colleen Marsh-Adebayo"
ASSOCIATION = (
    "Port Halverson Restaurant Association|The Port Halverson Restaurant Association|association|The association"
)
ANITA = "Anita|Anita Delgado-Finch"
TOLLIVER = "Raymond Tolliver-Osei"
MARCHETTI = "Ysolde Marchetti-Kaur"
BENCZIK = "Arturo Benczik-Sousa"
GROWERS = "Calder Valley Winegrowers Council|The Calder Valley Winegrowers Council"
SALTONSTALL = "Noor Saltonstall-Abiodun"
OBUYA = "Lorraine Obuya-Whitfield"
HALLGREN = "Tomas Hallgren-Oyeyemi"
BRANNOCK = "Cassidy Brannock-Mbatha"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Mrs.",
#: "Councilwoman", "Council member") are no part of a name; a regular or a family member called by the first name after
#: being introduced ("Walt says", "Eleni says", "Konstantinos recalls", "Anita says") and a description that refers back
#: ("the chef says", "the winemaker says", "the grower says", "the sommelier adds", "the dietitian says", "the
#: professor says", "the older woman says") are the person named before. "Recalls", "laughs", "jokes", "explains",
#: "adds" and "writes" are cues; a quotation closed by "she laughs" or "he jokes" is a direct quote. A quotation that
#: follows "“…,” X says." with no new cue continues the quote before it and is optional as a quote of its own. The
#: restaurant association and the growers' council that "said" (in a letter) speak as themselves. Borderline and
#: optional: a headline's "Dietitians say", "the people who first told the public to eat more fiber", a cue inside a
#: noun phrase ("with a suitcase and, he recalls, the address of …", "a brass band and, Eleni says, a cake …", "the
#: frost of 1991, which the winemaker says was worse") and "She remembers Dimitra giving her a free loaf". "The letter
#: did not say", "backs the proposal", "shrugs" and "Grandma Rosa told me" inside a quotation are no quotes of their
#: own.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ledger": [
        (ARKWRIGHT, "I stood in the lobby", False),
        (ARKWRIGHT, "I knew in about four seconds", True),
        (ARKWRIGHT, "both of them cooked", False),
        (ARKWRIGHT, "taught her to make light soup", False),
        (ARKWRIGHT, "My dad’s cardamom bread", False),
        (FENNIMORE, "the landlord nearly gave up", False),
        (FENNIMORE, "Nobody wanted a room", False),
        (FENNIMORE, "We didn’t go to a bank", False),
        (FENNIMORE, "We went into one", True),
        (ARKWRIGHT, "were never found", False),
        (HENNIGAN, "opened an account at the bank", False),
        (HENNIGAN, "I put money in at that counter", False),
        (HENNIGAN, "Delphine cooks like", True),
        (ARKWRIGHT, "make the counter feel like a place", False),
        (ARKWRIGHT, "Which it does", False),
        (ARKWRIGHT, "It’s just soup now", True),
    ],
    "bakery": [
        (ELENI, "she still cannot quite believe it", False),
        (ELENI, "My father thought he’d give it five years", False),
        (KONSTANTINOS, "the address of a cousin", True),
        (KONSTANTINOS, "I slept two nights in the bus station", False),
        (KONSTANTINOS, "I swept very well", True),
        (KONSTANTINOS, "his mother had already taught him everything else", False),
        (ELENI, "her mother was the reason the bakery survived", False),
        (ELENI, "Dad made the bread", False),
        (ELENI, "still refuses to taste the second", False),
        (ELENI, "He calls it the bread of sadness", False),
        (ALDERSEY, "giving her a free loaf", True),
        (ALDERSEY, "I never forgot it", False),
        (ALDERSEY, "Three generations of us", False),
        (ALDERSEY, "My great-grandson had his first piece", True),
        (ELENI, "a cake big enough to feed the block", True),
        (KONSTANTINOS, "Retire to what", False),
        (KONSTANTINOS, "I am already doing what I like", True),
    ],
    "trucks": [
        (QUINTERO, "restaurant owners who pay property taxes", False),
        (QUINTERO, "A restaurant can’t roll away", False),
        (DELGADO, "the rule would push trucks out", False),
        (DELGADO, "there would be three legal spots", False),
        (DELGADO, "Two hundred feet is not a rule", False),
        (DELGADO, "You could have just written", True),
        (MARSH, "her members do not want trucks banned", False),
        (MARSH, "We’re not against food trucks", False),
        (MARSH, "We’re against a business with no rent", True),
        (ASSOCIATION, "three of its members had closed downtown", False),
        (ANITA, "most of their lunch customers", False),
        (ANITA, "They’re not choosing between us and a sit-down", False),
        (ANITA, "They’re choosing between us and a vending machine", True),
        (TOLLIVER, "he expects a compromise", False),
        (TOLLIVER, "Nobody on this committee wants", False),
    ],
    "frost": [
        (MARCHETTI, "You can hear it when you walk", False),
        (MARCHETTI, "she expects to lose at least half", False),
        (MARCHETTI, "Some vines will push a second set", False),
        (MARCHETTI, "Second buds are a consolation prize", False),
        (BENCZIK, "he saved about 80 percent", False),
        (BENCZIK, "My father used to say", False),
        (GROWERS, "frost had damaged vines on roughly 6,000 acres", False),
        (SALTONSTALL, "she has already started buying", False),
        (SALTONSTALL, "Small vintages disappear fast", False),
        (SALTONSTALL, "a short crop is not always a weak one", False),
        (MARCHETTI, "was worse", True),
        (MARCHETTI, "Grandma Rosa told me", False),
        (MARCHETTI, "I’m choosing to believe her", True),
    ],
    "gut": [
        ("", "slow down", True),
        ("", "the public to eat more fiber", True),
        (OBUYA, "The basic idea is sound", False),
        (OBUYA, "What worries me", True),
        (OBUYA, "about a third of the patients", False),
        (OBUYA, "eat fewer than 15 grams of fiber", False),
        (HALLGREN, "the science is younger than the marketing", False),
        (HALLGREN, "Researchers can now count the microbes", False),
        (HALLGREN, "We are at the stage of having", False),
        (HALLGREN, "he is not against fermented foods", False),
        (HALLGREN, "She is the real expert", False),
        (BRANNOCK, "she cured years of bloating", False),
        (BRANNOCK, "I’m not a doctor", False),
        (BRANNOCK, "But I know what my body was like", True),
    ],
}

ARTICLES = {
    "ledger": LEDGER,
    "bakery": BAKERY,
    "trucks": TRUCKS,
    "frost": FROST,
    "gut": GUT,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 32 of 56 required when the batch was written (blind), 31 after one gold slip ("the people who first told
#: the public to eat more fiber", a group's past advice in a relative clause, is borderline and now optional). By
#: pattern: a pronoun ("she says", "she recalls", "she laughs") given to a relative brought in by first name ("Her
#: mother, Abena,", "Her grandmother, Rosa,") or to a restaurant the recogniser took for a person ("The restaurant,
#: Ledger,"), while the chef named as "Arkwright-Mensah, 38," is not known as a person (8 quotes, a miss and a wrong
#: speaker each, less one: 15); a description that refers back to a person whom no earlier role called so ("the chef
#: says", "the winemaker says", "the older woman says") given to no one (3 quotes: 6); a winemaker first named in a
#: possessive ("Ysolde Marchetti-Kaur’s vineyard") whose surname is then taken for an organisation (3 quotes, one
#: missed outright: 5); "Councilwoman" kept as a name and the given name lost ("Quintero-Strand", 2 quotes: 4);
#: "“…,” Fennimore-Quist jokes." after a quote missed (1). Then 21: a relative of the pronoun's own gender named in the
#: very sentence the pronoun reports ("Her mother, Abena, taught her …, she recalls") is spoken of, not speaking
#: (kinship.kin_of_owner; 10). Then 17: "Councilwoman" and the other titles of American councils and legislatures
#: are no part of a name (title_words.py; 4). Then 16: a hyphenated surname right after a quotation speaks before a cue
#: in -s read as a noun (noun_read_cues.py; 1). A pronoun after a quotation is no one the quotation names
#: (not_the_speaker.py) moved "“Grandma Rosa told me …,” she says" from Rosa to the sommelier, as the winemaker is no
#: person to the recogniser (no change in the count). Then 14: a name set off after a venue's noun ("The restaurant,
#: Ledger,") is the venue's, not a person's (venue_names.py; 2). Then 12: an occupation's description is the one person
#: named before whom the words of its work fit ("the chef says" after "spent nine years cooking in other people’s
#: kitchens": occupation_clues.py; 2). Then 2: a given name and a joined surname that the recogniser tagged a facility
#: with the possessive mark of an owner ("at Ysolde Marchetti-Kaur’s vineyard") are a person, and what the possessive
#: owns tells what the person does ("the winemaker says"; mistagged_hyphenated_names.py, described_people._own_clause;
#: 10, the optional "which the winemaker says was worse" among them). Left, by pattern: "the older woman says" of a
#: customer introduced only by her age ("Ruth Aldersey-Lau, 91,"), given to no one (1 quote: 2).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
