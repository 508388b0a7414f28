"""Quotes of a hundredth batch of blind probes (longform_probes_hundredth.py, a long-form Canadian feature on a
mid-sized city's overdose crisis as public-broadcaster web features and city dailies write it: a mother, the medical
officer of health, the police chief, an outreach worker and a man in recovery in three long blocks; a council vote on
a supervised-consumption site; and a pharmacist, a drug-policy researcher and a roofer in recovery in three long
blocks): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredth import COUNCIL, COUNTER, VIGIL

COLLEEN = "Colleen Ashdown-Reyes|Colleen"
HALVORSEN = "Priya Halvorsen-Adeyemi"
MBEKI = "Gordon Mbeki-Lawlor"
KASPRZAK = "Jordan Kasprzak-Mills|Jordan"
MARCUS = "Marcus"
HEALTH_UNIT = "|Tessaly Region public health unit|Tessaly Region|the Tessaly Region public health unit"
HALLSWORTH = "Derek Hallsworth-Penney"
KOWALCZYK = "Nadia Kowalczyk-Frame"
BIA = (
    "Downtown Carrowbridge Business Improvement Area|the Downtown Carrowbridge Business Improvement Area"
    "|The association|the association|association"
)
STAFF_REPORT = "|city staff report|a city staff report"
TROTTIER = "Beverley Trottier-Lang"
COUNCILLORS = "|councillors|two councillors"
MINISTRY = (
    "Ontario’s Ministry of Health|Ontario's Ministry of Health|Ministry of Health|the Ministry of Health"
    "|the ministry|The ministry|ministry"
)
CASTELLANE = "Mei-Lin Castellane-Osei|Mei-Lin"
BRANDT = "Oluwaseun Brandt-Vickery"
STUDY = "|" + BRANDT + "|a study|study"
SHANE = "Shane"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.",
#: "Police Chief", "Coun.") are no part of it; a description that refers back ("the mother of three", "the chief",
#: "the outreach worker", "the pharmacist", "the ministry") and a pronoun that carries on ("she says", "he admits",
#: "She said") are the person or body named before. A man in recovery known by his first name only ("Marcus",
#: "Shane") is spoken of by that name. Cues: present-tense and inverted ("says the mother of three", "adds the
#: outreach worker", "Marcus recalls", "says Castellane-Osei"), "told council", "told councillors", "told a community
#: meeting", a cue set in mid-sentence ("The evidence …, she argues, is not …", "His officers … used it 140 times last
#: year, he says, more often …", "The numbers, Brandt-Vickery notes, are not …", "A landlord … once asked her to move
#: the line …, she recalls, and she refused", "He started on … painkillers …, he says, and moved …"), a participle
#: after a cue ("He stops short of endorsing a site, though, saying that …"), and a quotation split by its cue ("“If
#: someone had been with him,” she says, “he would be alive. …”", "“…,” he says, “and every one of them …”"), which is
#: one quote. A bare quotation after a sentence about the speaker ("Asked why she keeps doing it, she laughs. “Because
#: if I stop, where do they go?”") is hers. A name inside a relative clause after the speaker's description ("a
#: retired nurse whose grandson Coun. Hallsworth-Penney once coached", "a nurse whose clinic Dr. Halvorsen-Adeyemi's
#: office funds") is no speaker. A quotation that follows "“…,” X says." with no new cue, a second "that" clause of
#: one speaker in one sentence ("said it would review … but noted that …") and a participle that carries a cue on
#: ("said in a statement, adding that …") belong to the quote before and are optional as quotes of their own. No
#: quote at all: a chief who "declined to say", a ministry that "did not say", a man who "puts it another way" (the
#: quotation after it has its own cue), a report "which found that" the site met the guidelines. Borderline and
#: optional: "according to the Tessaly Region public health unit" and "according to a city staff report" (a body or
#: a document behind "according to"), "according to a study" (the researcher's own team's work), a medical officer
#: who "has called" the supply the worst emergency of her career, men who "asked that" their last names not be used,
#: an association that "asked council to delay the vote", councillors who "asked whether" the chief's
#: service could keep the area safe (a question in reported speech; added after the blind run, see below).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "vigil": [
        (COLLEEN, "die from one pill", False),
        (COLLEEN, "Nobody tells you", True),
        (COLLEEN, "don’t flinch", False),
        (COLLEEN, "someone had been with him", False),
        (COLLEEN, "stopped asking her", False),
        (HEALTH_UNIT, "three times the provincial average", True),
        (HALVORSEN, "worst public health emergency", True),
        (HALVORSEN, "burying people", False),
        (HALVORSEN, "not seriously in dispute", False),
        (HALVORSEN, "Nobody has ever died", False),
        (HALVORSEN, "Not one person", True),
        (MBEKI, "used it 140 times", False),
        (MBEKI, "arrest our way out", False),
        (MBEKI, "decision for council", False),
        (KASPRZAK, "handing out time", False),
        (KASPRZAK, "Time to get to a bed", True),
        (KASPRZAK, "work gets heavy", False),
        (KASPRZAK, "more funerals", False),
        (MARCUS, "last name not be printed", True),
        (MARCUS, "found me blue", False),
        (MARCUS, "owed him a coffee", True),
    ],
    "council": [
        (HALLSWORTH, "against saving lives", False),
        (HALLSWORTH, "What I am against", True),
        (HALLSWORTH, "900 emails", False),
        (HALLSWORTH, "most of them came from", True),
        (STAFF_REPORT, "260 metres", True),
        (HALLSWORTH, "seen what an overdose looks like", False),
        (HALLSWORTH, "treatment beds", False),
        (KOWALCZYK, "needles in doorways", False),
        (KOWALCZYK, "not heartless", False),
        (BIA, "delay the vote", True),
        (HALVORSEN, "Every month we wait", False),
        (HALVORSEN, "their ages", True),
        (HALVORSEN, "reduce the number of needles", False),
        (COUNCILLORS, "his service could keep the area safe", True),
        (MBEKI, "patrol it like any other block", False),
        (MBEKI, "police the area around the hospital", False),
        (TROTTIER, "changed his diapers", False),
        (TROTTIER, "does not care where the site goes", False),
        (MINISTRY, "on its merits", False),
        (MINISTRY, "shifted its funding", True),
        (MINISTRY, "will not fund new", False),
        (HALLSWORTH, "motion to reconsider", False),
        (HALLSWORTH, "keep that promise", False),
        (KOWALCZYK, "watch the site closely", False),
        (KOWALCZYK, "first to say so", False),
        (KOWALCZYK, "say that too", True),
    ],
    "counter": [
        (CASTELLANE, "every single day for six years", False),
        (CASTELLANE, "new job", True),
        (CASTELLANE, "move the line of patients", False),
        (CASTELLANE, "patients, not a line", False),
        (CASTELLANE, "loses money on every dose", False),
        (CASTELLANE, "where do they go", False),
        (MINISTRY, "getting people into treatment", False),
        (MINISTRY, "$378 million", True),
        (BRANDT, "false one", False),
        (BRANDT, "alive to receive it", False),
        (STUDY, "30 per cent", True),
        (BRANDT, "not the whole story", False),
        (BRANDT, "fourth time", False),
        (KASPRZAK, "first met on a bad day", False),
        (SHANE, "last name not be used", True),
        (SHANE, "including my mother", False),
        (SHANE, "fall from a roof", False),
        (SHANE, "medicine until it wasn’t", False),
        (CASTELLANE, "lost 11 patients", False),
        (CASTELLANE, "when I want to quit", False),
    ],
}

ARTICLES = {
    "vigil": VIGIL,
    "council": COUNCIL,
    "counter": COUNTER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 4 of 48 required when the batch was written (blind). By pattern: a cue set in mid-sentence after a clause
#: of its own ("His officers carry naloxone and used it 140 times last year, he says, more often than they drew their
#: firearms in a decade.") made a quote of what follows the cue alone and missed what came before (2); a cue with a
#: name set in mid-sentence ("The numbers, Brandt-Vickery notes, are not the whole story.") missed, where "The
#: evidence …, she argues, is not …" is found (1); councillors who "asked whether" the chief's service could keep the
#: area safe, in a relative clause ("whom two councillors asked whether …"), read as a quote of an unnamed source,
#: which the gold does not list (1).
#: Then 3 by a gold slip: a question in reported speech ("whom two councillors asked whether …") is optional, as the
#: eighty-fourth batch has it (a senator who "asked whether"); the blind gold had left it out.
#: Then 2: a name and a cue in -s set off by commas inside the clause, which the parser read as a noun phrase ("The
#: numbers, Brandt-Vickery notes, are …"), mended in the parse: the name is the cue's subject (set_off_named_cues, 1).
#: Then 0: an adverb tail after a cue set off after a whole clause ("…, he says, more often than …"), on which the
#: parser hung the cue, goes with the clause before it (set_off_cues.clause_before_tail, 2).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
