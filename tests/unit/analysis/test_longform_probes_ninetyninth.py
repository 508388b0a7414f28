"""Quotes of a ninety-ninth batch of blind probes (longform_probes_ninetyninth.py, long-form US web features on
small-town newspapers that closed, "news deserts", as public-radio and regional magazine-style sites write them: a
Kansas county weekly shut by its chain, a nonprofit newsroom started in a Georgia county that lost its paper, and a
Wisconsin town whose readers tried to buy their paper back): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetyninth import COURIER, LANTERN, LEDGER

MARJORIE = "Marjorie Quillfeather|Marjorie"
DALE = "Dale Quillfeather|Dale"
BRIGHTWATER = "Brightwater Community Media|Brightwater|the company|company|The company|the chain|The chain"
PRESS_COUNT = "|state press association|the state press association"
VASBINDER = "Orrin Vasbinder"
ALBERTSMA = "Gene Albertsma"
BRAKEFIELD = "Lucinda Brakefield-Moyer"
PETTIBONE = "Verna Pettibone"
DUNAWAY = "Hollis Dunaway"
ASHGROVE = "Teodora Ashgrove-Linn"
ACHTERBERG = "Desmond Achterberg-Nwosu"
ROSALIND = "Rosalind Marchbanks|Rosalind"
WALTER = "Walter Marchbanks|Walter"
SALTONSTALL = "Bethany Saltonstall-Ibe"
CARDALE = "Cardale Publishing Holdings|Cardale|the company|company|The company"
OYELARAN = "Harmon Oyelaran-Fitch"
TENBRINK = "Calvin Tenbrink"
HOLMQUIST = "Greta Holmquist-Barr"
NORTHWAY = "Northway Media Partners|Northway|the company|company|The company"
KIESEWETTER = "Bernard Kiesewetter"
ANNIKA = "Annika Sorensby|Annika"
PETE = "Pete Sorensby|Pete"
OSTRANDER = "Kyle Ostrander-Pell"
QUINTANAR = "Marisa Quintanar-Boyle"
BRANDVOLD = "Elias Brandvold-Oduya"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("County
#: Commissioner") are no part of it; a description that refers back ("the former publisher", "the longtime reporter",
#: "Its founder", "the company") and a pronoun that carries on ("It added", "She says", "he adds") are the body or
#: person named before. A husband and wife of one surname are told apart by their first names, and each is the
#: speaker of what is given to "Dale says", "Walter Marchbanks says" or "Pete Sorensby … he says". A chain that owns
#: a paper speaks "in an email" or with a bare "said". Cues: present-tense and inverted ("says X", "recalls the
#: longtime reporter", "Brakefield-Moyer adds", "she admits"), "said in an interview", "he insisted" after a reported
#: clause, "says X" after a reported clause ("The loss … has measurable effects, says …"), a cue set in mid-sentence
#: ("Turnout …, she says, fewer candidates …", "The chain, he says, cut …", "If the Lantern fails, he added, …"),
#: and a quotation split by its cue ("“…,” Walter Marchbanks says, “…”", "“…,” the company said in an email, “…”"),
#: which is one quote. A name inside a relative clause after the speaker's description ("a farmer whose letters to
#: the editor Marjorie Quillfeather printed", "since the Sentinel's sports editor, Randy Obermeyer, hired him") is no
#: speaker. A quotation that follows "“…,” X says." with no new cue, and a second "that" clause of one speaker in one
#: sentence, belong to the quote before and are optional as quotes of their own. No quote at all: a commissioner who
#: "disputes that account", a husband who "disagrees", a company that "did not respond", "turned them down" or "did
#: not say", a man who "puts it more bluntly" (the quotation after it has its own cue), a petition "asking" an owner
#: to sell. Borderline and optional: "according to a count by the state press association" (an institution behind
#: "according to"), "according to her research" (the professor's own work), a professor who "doubts that" credits
#: would help.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ledger": [
        (MARJORIE, "obituary of a newspaper", False),
        (MARJORIE, "hardest thing", True),
        (DALE, "cannot bring himself", False),
        (BRIGHTWATER, "lost money for six straight years", False),
        (BRIGHTWATER, "explored every option", False),
        (BRIGHTWATER, "receive refunds", False),
        (PRESS_COUNT, "31 of its papers", True),
        (VASBINDER, "I told myself", False),
        (VASBINDER, "cut the newsroom", False),
        (VASBINDER, "Marjorie was the whole newspaper", False),
        (VASBINDER, "She was the reporter", True),
        (ALBERTSMA, "only person in the room", False),
        (ALBERTSMA, "$4 million jail expansion", False),
        (ALBERTSMA, "tax bills came", True),
        (BRAKEFIELD, "open to the public", False),
        (BRAKEFIELD, "nobody reads an agenda", True),
        (BRAKEFIELD, "misses the paper", False),
        (BRAKEFIELD, "grocery store", False),
        (PETTIBONE, "front to back", False),
        (PETTIBONE, "half of it is lies", True),
        (DUNAWAY, "supposed to complain", False),
        (DUNAWAY, "not joking", False),
        (ASHGROVE, "measurable effects", False),
        (ASHGROVE, "Turnout in local elections", False),
        (ASHGROVE, "watchdog leaves", False),
        ("|" + ASHGROVE, "more than 200 counties", True),
        (ASHGROVE, "news desert", False),
        (ASHGROVE, "nobody is paid to check", True),
    ],
    "lantern": [
        (ACHTERBERG, "website can’t replace", False),
        (ACHTERBERG, "show up at the meeting", True),
        (ACHTERBERG, "double its budget", False),
        (ROSALIND, "Walter cried", False),
        (WALTER, "something in my eye", False),
        (ROSALIND, "still get calls", False),
        (SALTONSTALL, "unsustainable for years", False),
        (SALTONSTALL, "committed to the communities", True),
        (CARDALE, "offered the Sentinel’s name", False),
        (ROSALIND, "$250,000", False),
        (ROSALIND, "For a name", True),
        (OYELARAN, "do not use the internet", False),
        (OYELARAN, "not nostalgia", False),
        (OYELARAN, "It is access", True),
        (OYELARAN, "19 weekly papers", False),
        (TENBRINK, "but it’s thin", False),
        (TENBRINK, "reads every issue twice", False),
        (ACHTERBERG, "math of local news", False),
        (ACHTERBERG, "Advertising left", True),
        (ACHTERBERG, "nobody at the meetings", False),
    ],
    "courier": [
        (HOLMQUIST, "did not want a new paper", False),
        (NORTHWAY, "valuable assets", False),
        (NORTHWAY, "community’s passion", False),
        (KIESEWETTER, "bound volumes", False),
        (KIESEWETTER, "hundred and thirty years", False),
        (KIESEWETTER, "does not come back", True),
        (KIESEWETTER, "has not answered him", False),
        (ANNIKA, "video call", False),
        (ANNIKA, "read from a script", False),
        (ANNIKA, "great question", True),
        (PETE, "bought it to close", False),
        (OSTRANDER, "legal notices", False),
        (OSTRANDER, "$40,000", False),
        (OSTRANDER, "pay it twice", True),
        (QUINTANAR, "nobody is watching", False),
        (QUINTANAR, "40 Wisconsin weeklies", False),
        (BRANDVOLD, "credits alone", True),
        (BRANDVOLD, "Tax credits help", False),
        (BRANDVOLD, "do nothing against", True),
        (HOLMQUIST, "not the Courier", False),
        (HOLMQUIST, "something to argue about", True),
    ],
}

ARTICLES = {
    "ledger": LEDGER,
    "lantern": LANTERN,
    "courier": COURIER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 9 of 50 required when the batch was written (blind). By pattern: "the former publisher" after a sentence
#: about the man ("“…,” the former publisher says", "The former publisher, who sold the Courier to Northway in 2015,
#: says …") taken for the chain that owns the paper, so his quote is missed and the chain's is wrong (4); a cue set
#: in mid-sentence after a clause of its own ("Turnout in local elections falls, she says, fewer candidates run …")
#: made "Turnout" the speaker of what follows and missed what came before (2); "Its founder says" after a sentence
#: about the newsroom left to no one instead of the founder named before (2); a petition "asking the paper's owner,
#: …, to sell" read as a cue of an unnamed source (1).
#: Then 7: "the former publisher" (a body's noun that names a person too, with "former") calls back to the person the
#: text before is about, as "the longtime reporter" does, no longer to the chain (former_post_holders, 2). Left: "The
#: former publisher, who sold the Courier …, says" after a sentence where the man is the object ("That archive is what
#: worries Bernard Kiesewetter most."), still the chain (2); "Turnout …, she says, fewer …" (2); "Its founder says"
#: (2); the petition "asking" (1). Then 5: "Turnout …, she says, fewer …" is one statement the cue interrupts, both its
#: parts hers (interrupting_cues), and "she" is not "Turnout", which the recogniser took for a person, as the subject
#: of the clause the cue interrupts (not_the_speaker). Left: the former publisher after a sentence where he is the
#: object (2), "Its founder says" (2) and the petition (1). Then 3: "The former publisher, who …, says" after "That
#: archive is what worries Bernard Kiesewetter most." calls back to the one person the paragraph has named so far
#: (paragraph_of_one, 2).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
