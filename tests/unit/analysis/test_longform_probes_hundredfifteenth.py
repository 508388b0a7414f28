"""Quotes of a hundred-and-fifteenth batch of blind probes (longform_probes_hundredfifteenth.py, a Canadian long-form
web feature on a coastal lighthouse station decommissioned and a town's bid to keep it: the last keeper and his wife,
a town hall meeting and the department's email, the visitors with a tour operator, a historian and a teenage guide,
and the heritage society's bid): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredfifteenth import BID, HALL, KEEPER, VISITORS

GORDON = "Gordon Tibbert|Gordon|Tibbert"
MARJORIE = "Marjorie Tibbert|Marjorie"
CORRIGALL = "Elspeth Corrigall|Corrigall"
KINSLEY = "Bernadette Kinsley|Kinsley"
VOKEY = "Clarence Vokey|Vokey"
LEANNE = "Leanne Vokey|Leanne"
BRISSETTE = "Nathalie Brissette|Brissette"
RIDEOUT = "Tamsin Rideout|Rideout"
WENMOTH = "Hollis Wenmoth|Wenmoth"
MADDIE = "Maddie Strowbridge|Strowbridge|Maddie"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The keeper and his
#: wife share one surname: "Tibbert" alone is the husband (the story calls him so at his first quote), and his wife is
#: "Marjorie" after her full name. Descriptions that refer back ("says the retired keeper", "the old keeper", "the
#: mayor said", "the fisherman said", "says the society's president", "the teenager says", "the historian says") and
#: pronouns that carry on ("she recalls that", "he notes that", "she says") are the person named or described before,
#: "she" the woman and "he" the man where both are about: "Her husband nods along. He says …" is the keeper, "Tibbert,
#: standing beside her, says she is …. She says she will …" the keeper and then the society's president, "Clarence
#: Vokey … stood up near the back. He said …" the fisherman, "Her husband stood outside …. He says …" the keeper. The
#: spokesperson's email is hers ("said … and that the department “…”", "wrote that", "says the society's proposal is
#: “under review”"). A quotation that opens a paragraph and whose speaker "has said much the same thing" in the next
#: sentence is hers. The second half of a quotation split by its cue ("“…,” says X, who …. “…”") and a quotation that
#: follows "“…,” X says." with no new cue belong to the quote before and are optional as quotes of their own, as are
#: "and then, more quietly, “…”", a second clause of one speaker in one sentence ("and that a decision is expected",
#: "and that the department “…”") and "opened the evening by admitting she did not know". "She thinks he doesn't
#: know" is a thought, "Kinsley … asked for the next question" a request and "She would not say how many" a refusal,
#: all optional. Cues: "says", "recalls that", "adds that", "notes that … and that", "wrote that", "she explained"
#: and "X said" and "X says" and "she says" set after a clause or in mid-sentence. No quote: a headline, "declared
#: the station surplus" (a decision, not a saying), "has a view on that, and she gives it", the writer's walk through
#: the house ("He walked me through the house in June: …"), the writer's questions ("When I ask …"), "did not speak",
#: "Maddie shrugs", "is less calm about it", "he laughs".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "keeper": [
        (GORDON, "polishing brass", False),
        (GORDON, "sleep through a night", True),
        (MARJORIE, "automated Gordon out", False),
        (MARJORIE, "supply boat could not land", False),
        (GORDON, "does not remember it as hard", False),
        (GORDON, "She remembers it as hard", False),
        (GORDON, "remember it as quiet", True),
        (MARJORIE, "Every day", False),
        (MARJORIE, "He wouldn't", True),
        (GORDON, "better shape", False),
        (GORDON, "spreadsheet", False),
        (GORDON, "150 years", True),
        (CORRIGALL, "only reason she took on", False),
        (CORRIGALL, "kept that light for all of us", False),
        (GORDON, "most stubborn woman", False),
        (CORRIGALL, "take that as a compliment", False),
    ],
    "hall": [
        (KINSLEY, "did not know", True),
        (KINSLEY, "don't have a plan yet", False),
        (KINSLEY, "until the end of March", False),
        (CORRIGALL, "140 members", False),
        (CORRIGALL, "signature on a lease", False),
        (CORRIGALL, "money is our problem", True),
        (VOKEY, "still on the charts", False),
        (VOKEY, "solar lamp on a pole", False),
        (KINSLEY, "next question", True),
        (BRISSETTE, "one of 41", False),
        (BRISSETTE, "remains open to proposals", True),
        (BRISSETTE, "own merits", False),
        (MARJORIE, "glad to see the hall full", False),
        (MARJORIE, "ten people", False),
        (GORDON, "did not want to be the story", False),
        (GORDON, "not my light anymore", False),
        (GORDON, "have to want it", True),
    ],
    "visitors": [
        (RIDEOUT, "reason the buses stop", False),
        (RIDEOUT, "fish plant", False),
        (RIDEOUT, "bookings have tripled", False),
        (RIDEOUT, "two cruise lines", False),
        (RIDEOUT, "call Ottawa", False),
        (WENMOTH, "for reasons a bus tour", False),
        (WENMOTH, "government out here", False),
        (WENMOTH, "state leaves with him", True),
        (WENMOTH, "logbooks", False),
        (MADDIE, "learned the station's history", False),
        (MADDIE, "shipwreck stories", False),
        (MADDIE, "both voices", True),
        (MADDIE, "guide somewhere else", False),
        (WENMOTH, "don't get them back", False),
    ],
    "bid": [
        (CORRIGALL, "bookkeeper for 30 years", False),
        (CORRIGALL, "pledges for $96,000", False),
        (KINSLEY, "numbers hold up", False),
        (KINSLEY, "$14,000 a year", False),
        (VOKEY, "father went down", False),
        (VOKEY, "called it in", True),
        (LEANNE, "never gone past the light", False),
        (LEANNE, "doesn't know he does it", True),
        (BRISSETTE, "under review", False),
        (BRISSETTE, "decision is expected", True),
        (BRISSETTE, "how many other groups", True),
        (GORDON, "offered to live in the house", False),
        (MARJORIE, "made the offer three times", False),
        (MARJORIE, "get back to him", False),
        (MARJORIE, "keeps calling", True),
        (GORDON, "Same thing I did", False),
        (GORDON, "Watch the weather", True),
    ],
}

ARTICLES = {
    "keeper": KEEPER,
    "hall": HALL,
    "visitors": VISITORS,
    "bid": BID,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 17 of 47 required when the batch was written (blind). By pattern: speakers named in full only in an
#: earlier story and called by surname, first name or description alone in a later one (each story is read on its
#: own): "says the society's president" after "Corrigall wrote …" read as unnamed and "She says …" after it too (4),
#: the fisherman's "“…,” he says" after "Vokey would rather not …. When I ask him …" given to the town (2), "Marjorie
#: says …. “…,” she says" given to the spokesperson named by her surname before (2) and "says the old keeper" after
#: "When I ask Tibbert …" given to his wife (2); the keeper who is only "Her husband" in the hall story, so "He says
#: …" goes to the fisherman named in the block before and "Tibbert says" to his wife, the one Tibbert named there
#: (4); "and that the department “…”" after "one of 41 in Newfoundland and Labrador" given to "Labrador" (1);
#: "Kinsley has said much the same thing", which points back at the quotation before, read as a quote of its own
#: (1); and the business case that "asks the town to hold the lease" read as a quote of "Ottawa" (1).
#: Then 16: a cue whose object is "the same thing" or "something similar" points at words said elsewhere and is no
#: quote of its own (same_words), so "Kinsley has said much the same thing" no longer is (1).
#: Then 15: a place joined by "and" to a place after "in" is no subject of the verb after it (joined_places), so the
#: email's second clause after "in Newfoundland and Labrador declared surplus" is the spokesperson's (1).
WRONG_TODAY = 15


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
