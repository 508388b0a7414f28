"""Quotes of a hundred-and-fourteenth batch of blind probes (longform_probes_hundredfourteenth.py, a US long-form
magazine-style web feature on a family Christmas-tree farm's succession and a developer's offer for the land: the
family and the offer, a county planning commission's hearing, the shearing crew and an economist, and a land trust's
third way): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredfourteenth import CREW, HEARING, LAND, TRUST

WALTER = "Walter Brandvold|Walter|Brandvold"
CARRIE = "Carrie Brandvold|Carrie"
DEAN = "Dean Brandvold|Dean"
TELLINGHAST = "Marcia Tellinghast|Tellinghast"
RIDGEFOLD = "Ridgefold Homes|Ridgefold|company"
VANDERKAMP = "Lyle Vanderkamp|Vanderkamp"
OSTERGARD = "Joanne Ostergard|Ostergard"
DORRANCE = "Ellis Dorrance|Dorrance"
ESCALERA = "Rigo Escalera|Escalera"
MALDOZA = "Efraín Maldoza|Maldoza"
BERROCAL = "Lucía Berrocal|Berrocal"
VENKATARAM = "Priya Venkataram|Venkataram"
SCHEELE = "Martin Scheele|Scheele"
RENWICK = "Tobias Renwick|Renwick"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The family shares
#: one surname: "Brandvold" alone is the father (the story calls him so at his first quote), the daughter and son are
#: "Carrie" and "Dean" after their full names. Descriptions that refer back ("the 74-year-old says", "the old grower
#: says", "the foreman says", "the commissioner says") and pronouns that carry on ("he adds", "she says", "he tells me
#: by phone", "he notes that") are the person named or described before, "she" the woman and "he" the man where both
#: are about: "Her father watches her …. He says she …" is the father, "Dean does not …. “…,” he says. She thinks …"
#: the son and then the daughter, "Her colleague Martin Scheele …. Most farm families, he says, …" the man. A worker
#: who "speaks through an interpreter, X, who works for …" is the speaker of "he says" after it, not the interpreter;
#: the interpreter speaks for herself in "Berrocal says that …". "Asked what …, he thinks for a while. He says he
#: would …" is the worker. A quotation that opens a paragraph and whose speaker "has said this before" in the next
#: sentence is his. The second half of a quotation split by its cue ("“…,” says X, who …. “…”") and a quotation that
#: follows "“…,” X says." with no new cue belong to the quote before and are optional as quotes of their own, as are
#: "and then, …: “…”" and "and then, after a moment, “I hope.”", a second clause of one speaker in one sentence
#: ("and asked where …") and "opened by reminding the room that". "She thinks her brother will come around" is a
#: thought, optional. Cues: "says", "recalls that", "adds", "tells me by phone", "notes that", "said in a written
#: statement that", "told the commission that", "called the water question “…”", "X says, that …" set in
#: mid-sentence, "He says his sister is “…”". No quote: a headline, "has offered $9.4 million" (an offer, not a
#: saying), "he says so plainly", "shouted something", "puts it differently", "did not speak".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "land": [
        (WALTER, "planted the first thousand", False),
        (WALTER, "next thousand", True),
        (CARRIE, "think it's a hobby", False),
        (CARRIE, "four winters learning", False),
        (WALTER, "knows the trees better", False),
        (WALTER, "hands for it", False),
        (WALTER, "hasn't got is the bank", True),
        (CARRIE, "either own or sell", False),
        (CARRIE, "get creative", True),
        (WALTER, "whichever child wanted it", False),
        (WALTER, "never said which one", False),
        (DEAN, "what a hip replacement costs", False),
        (DEAN, "not an insult", True),
        (DEAN, "romantic about a business", False),
        (DEAN, "two other tree farms", False),
        (DEAN, "Every day", False),
        (DEAN, "pretend the numbers", True),
        (TELLINGHAST, "pushing anybody off", False),
        (TELLINGHAST, "Walter called us back", True),
        (TELLINGHAST, "640 homes", False),
        (RIDGEFOLD, "has built in Marion County", False),
        (WALTER, "Ask me in June", False),
    ],
    "hearing": [
        (VANDERKAMP, "does not vote on whether anyone likes", True),
        (VANDERKAMP, "meets the law", False),
        (VANDERKAMP, "hold your applause", True),
        (OSTERGARD, "well had run dry", False),
        (OSTERGARD, "640 new houses", True),
        (OSTERGARD, "Subdivisions drink wells", False),
        (TELLINGHAST, "connect every home", False),
        (TELLINGHAST, "a fair one with a good answer", False),
        (DEAN, "paid taxes on this land", False),
        (VANDERKAMP, "repeat outside", True),
        (CARRIE, "had not known her brother", False),
        (CARRIE, "called me from the", False),
        (CARRIE, "first I heard of it", True),
        (DORRANCE, "class II soil", False),
        (VANDERKAMP, "not vote before March", False),
        (VANDERKAMP, "read every letter", False),
        (VANDERKAMP, "two-thirds are against", True),
    ],
    "crew": [
        (ESCALERA, "shear too much", False),
        (ESCALERA, "Walter taught me", True),
        (MALDOZA, "look for another farm", False),
        (MALDOZA, "pay on time", True),
        (MALDOZA, "do not plant themselves", False),
        (BERROCAL, "about a third", False),
        (BERROCAL, "only the family", False),
        (BERROCAL, "also theirs", True),
        (VENKATARAM, "math almost always favors", False),
        (VENKATARAM, "$14,000 an acre", False),
        (VENKATARAM, "6 percent", False),
        (VENKATARAM, "move the line", False),
        (SCHEELE, "never write down a plan", False),
        (SCHEELE, "wait for a", False),
        (SCHEELE, "kids live in Beaverton", True),
    ],
    "trust": [
        (RENWICK, "pay the family the difference", False),
        (RENWICK, "Nobody ever puts houses", True),
        (RENWICK, "$5.2 million", False),
        (RENWICK, "isn't nine million", False),
        (DEAN, "good program for somebody", False),
        (CARRIE, "brother will come around", True),
        (CARRIE, "Dean is an accountant", False),
        (CARRIE, "I hope", True),
        (CARRIE, "go back to nursing", False),
        (CARRIE, "Everybody would be fine", False),
        (CARRIE, "trees wouldn't", True),
        (TELLINGHAST, "offer stands until", False),
        (TELLINGHAST, "bidding war", False),
        (WALTER, "stopped reading the letters", False),
        (WALTER, "everybody wants to know", False),
        (WALTER, "cut the tree", True),
    ],
}

ARTICLES = {
    "land": LAND,
    "hearing": HEARING,
    "crew": CREW,
    "trust": TRUST,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 13 of 49 required when the batch was written (blind). By pattern: the builder's land buyer named by her
#: surname alone in the hearing and trust stories (she is named in full only in the first story) is no person there,
#: so "Tellinghast answered …. She said …" and "she called the water question" go to the neighbour named before, and
#: "Tellinghast says …" is read as unnamed and "“…,” she says" given to "Ridgefold" (8); "Her father watches her ….
#: He says she knows …" given to the son named in the paragraph before instead of the father the description names
#: (2); "told the commission that the land is rated …, “…”" after a long appositive missed (1); "Vanderkamp asked him
#: to repeat outside", a request, read as a quote (1); and the writer's own question "When I ask him whether …" read
#: as the grower's quote (1).
#: Then 12: a "when", "while", "after" or "as" clause hung on a closing cue sets its scene and is no quote
#: (scene_clauses), so the writer's question before "he laughs" is no longer the grower's (1).
#: Then 11: a gold slip mended after the blind count: "Vanderkamp asked him to repeat outside" is a request, a verb
#: of communication with what was asked (as "urge" is in GUIDELINES.md), so it is optional, not a wrong quote (1).
#: Left (11): the land buyer named by her surname alone (8), the father described as "Her father" (2) and the
#: soil scientist after the long appositive (1), as above.
WRONG_TODAY = 11


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
