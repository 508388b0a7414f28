"""Quotes of a hundred-and-thirteenth batch of blind probes (longform_probes_hundredthirteenth.py, a long-form
Canadian web feature on a small prairie town's volunteer-run ski hill facing closure over a failed T-bar lift, its
paragraphs run together into one to three long blocks: the lift stopping, the council's vote against a loan for the
repair, the club's young racers, and the valley and what a town loses): the whole batch against its gold, whose
count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredthirteenth import COUNCIL, LIFT, RACERS, VALLEY

SORENSEN = "Dale Sorensen|Sorensen"
DUFRESNE = "Marjorie Dufresne|Dufresne"
KLEINSASSER = "Ron Kleinsasser|Kleinsasser"
HEPPNER = "Gord Heppner|Heppner"
YABLONSKI = "Trevor Yablonski|Yablonski"
HOLLISTER = "Karen Hollister|Hollister"
PROVINCE = (
    "|Department of Municipal Relations|Manitoba’s Department of Municipal Relations|Manitoba Department of "
    "Municipal Relations|statement"
)
LINDQVIST = "Anika Lindqvist|Lindqvist"
OWEN = "Owen Baptiste|Owen|Baptiste"
KOWALCHUK = "Shauna Kowalchuk|Kowalchuk"
OSTBY = "Graham Ostby|Ostby"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Coun.",
#: "Mayor") are no part of a name; a description that refers back ("the veteran canteen volunteer", "the contractor",
#: "the mayor", "the teenager", "the club president", "the sociologist", "the hill manager", "His coach") and a pronoun
#: that carries on ("he says", "she says", "He says his legs …") are the person named before, "she" the woman and "he"
#: the man where both are in play: "She gets there at seven anyway, he adds, and has the soup on" is the manager's
#: (he) about the canteen volunteer (she), and "The club, he says, has been told …" after "Kleinsasser has heard that
#: before." is the club president's, not the contractor's quoted just before. The teenager named in full and then
#: "Owen" is one speaker. Cues: present-tense ("says", "adds", "tells her racers", "says the veteran canteen
#: volunteer", "the contractor says", "says the hill manager"), a cue set in mid-sentence ("…, Kleinsasser says, but
#: …", "The question, he says, is …", "He has had his truck keyed …, he says, and …", "In his surveys, he says, …",
#: "She has watched …, she says, and …", "Her racers, she says, will …"), a quotation that opens a block and is
#: attributed at its end, and the province "In an emailed statement, a spokesperson for … says" (an unnamed
#: spokesperson or the department) and then "The statement says", the same source. A quotation that follows "“…,”
#: says X, who …." with no new cue belongs to the quote before and is optional as a quote of its own. Quotations
#: inside a quotation ("My dad says I’d be crazy …") are what is said, no speakers of their own. No quote: "Kleinsasser
#: has heard that before", "His coach agrees", "shakes his head", "Neither does Yablonski", a councillor who "did not
#: return calls". Borderline and optional: "residents say they have not seen …" (unnamed residents), a mayor who
#: "calls the lift “…”" (a quoted label; the "says" after it is required) and "a phrase Hollister says she has read
#: more times than she can count".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "lift": [
        (SORENSEN, "dropped a wrench into a blender", False),
        (SORENSEN, "gearbox was built in 1974", False),
        (SORENSEN, "not just tired of running", False),
        (DUFRESNE, "more hot chocolate", False),
        (DUFRESNE, "box of mitts from 1995", False),
        (SORENSEN, "a tenth of what a normal Saturday", False),
        (SORENSEN, "gets there at seven", False),
        (KLEINSASSER, "before we had a paved road", False),
        (KLEINSASSER, "learned to fall down", True),
        (KLEINSASSER, "whole reserve", False),
        (HEPPNER, "worn like an old molar", False),
        (HEPPNER, "machined one at a time", False),
        (HEPPNER, "10 more years", False),
        (KLEINSASSER, "finished three times", False),
        (KLEINSASSER, "welder is coming", False),
    ],
    "council": [
        ("", "not seen since the school closed", True),
        (YABLONSKI, "skied on that hill", False),
        (YABLONSKI, "pay for the water", True),
        (YABLONSKI, "$2.1-million budget", False),
        (YABLONSKI, "truck keyed", False),
        (HOLLISTER, "brings people in from somewhere else", True),
        (HOLLISTER, "kept two businesses", False),
        (HOLLISTER, "what people stay in a town for", False),
        (PROVINCE, "up to 50 per cent", False),
        (PROVINCE, "end of its service life", False),
        (HOLLISTER, "more times than she can count", True),
        (HEPPNER, "half this council", False),
        (HEPPNER, "labour at cost", False),
        (YABLONSKI, "changes nothing", False),
        (YABLONSKI, "still money we", False),
        (HOLLISTER, "vote again in March", False),
    ],
    "racers": [
        (LINDQVIST, "walking up that teaches", False),
        (LINDQVIST, "four runs a practice", False),
        (OWEN, "legs have never been stronger", False),
        (OWEN, "learn anything in four turns", False),
        (OWEN, "60 gates", True),
        (LINDQVIST, "written to two other hills", False),
        (KOWALCHUK, "eat it in the van", False),
        (KOWALCHUK, "$90 a month", False),
        (OWEN, "thought about quitting", False),
        (OWEN, "crazy to quit now", False),
        (KLEINSASSER, "reason the club exists", False),
        (KLEINSASSER, "only thing here that", False),
        (LINDQVIST, "built the rope tow", False),
        (LINDQVIST, "go to provincials", False),
    ],
    "valley": [
        (OSTBY, "run into each other", False),
        (OSTBY, "young families faster", False),
        (DUFRESNE, "three generations", False),
        (DUFRESNE, "staying for Dale", False),
        (SORENSEN, "bury me", False),
        (OSTBY, "between pipes and people", False),
        (OSTBY, "Nobody calls 911", False),
        (HOLLISTER, "three families", False),
        (HOLLISTER, "March vote", False),
        (YABLONSKI, "look at it again", False),
        (DUFRESNE, "always chicken noodle", False),
    ],
}

ARTICLES = {
    "lift": LIFT,
    "council": COUNCIL,
    "racers": RACERS,
    "valley": VALLEY,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 17 of 50 required when the batch was written (blind). By pattern: in the valley story, where the canteen
#: volunteer, the councillor and the mayor are named by surname or role alone, "She has watched …, she says" and
#: "“…,” she says, laughing" after "Dufresne, who turns 78 this spring, knows that …" are given to the sociologist, a
#: man named before (4), "“…,” he says" after "Neither does Yablonski." to the sociologist (2), "“…,” she says" after
#: "Sorensen groomed the run …, and Dufresne had the soup on by seven." to the councillor (2), and "The mayor says she
#: has heard …" read as unnamed (2); "“…,” the contractor says" after "That estimate came from Gord Heppner, who …"
#: given to the club president quoted before (2); "Heppner says parts for a lift that old have to be machined …, and
#: that the nearest shop …" keeps only the second clause (2); "His coach agrees. She says she has written …" read as
#: unnamed (2); and "“…,” the teenager says. “At provincials …”" the quotation after it read as unnamed (1).
#: Then 16: a sentence of agreeing that says nothing of its own ("His coach agrees.") no longer takes the quotation
#: before it that goes on with the teenager's quote (assenting_cues) (1).
#: Then 14: a description of a trade at the cue ("“…,” the contractor says") right after a sentence that brings a
#: person in by name as an object with a "who" clause ("That estimate came from Gord Heppner, who …") is that
#: newcomer, not the club president quoted before (newcomers_at_cue) (2).
#: Left (14): the valley story's canteen volunteer, councillor and mayor named by surname or role alone there, so
#: "she says" and "he says" fall to the sociologist or the councillor and "The mayor says" to no one (10); the parser
#: reading "parts for a lift that old have to be machined" as an object and a relative clause, so only the second
#: clause is Heppner's (2); and "His coach agrees. She says she has written …", the coach known only by the verb
#: "who coaches the Wrenfield Racers", read as unnamed (2).
WRONG_TODAY = 14


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
