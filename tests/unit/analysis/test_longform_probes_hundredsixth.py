"""Quotes of a hundred-and-sixth batch of blind probes (longform_probes_hundredsixth.py, a long-form Canadian feature
on a small town's public library that became its warming centre, newcomers' classroom and last public space as
public-broadcaster web features and regional dailies write it: the head librarian, a retired trucker, a volunteer
tutor and the newcomer mother and son she tutors in three long blocks; the town council cutting the library's hours;
and a sociologist, the librarian, the trucker, the family and the councillor in three long blocks): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredsixth import HOURS, ROOM, WARMTH

LIBRARIAN = "Marguerite Halvorsen-Tremblay"
TRUCKER = "Lyle Brodeur-Mackintosh"
TRUCKER_BY_SURNAME = "Brodeur-Mackintosh|Lyle Brodeur-Mackintosh"
TUTOR = "Ingrid Solvang-Okafor"
SELAM = "Selam Tewolde-Berhane"
YONAS = "Yonas|Yonas Tewolde-Berhane"
COUNCILLOR = "Brent Vasquez-Lindgren"
TOWN = "Kestrel Bay|the town|The town|town|Town of Kestrel Bay|Kestrel Bay town council"
CAO = "Patricia Ouellet-Strand"
CHAIR = "Desmond Achterberg-Quill"
ASSOCIATION = "Trillium Rural Library Association|the Trillium Rural Library Association"
DIRECTOR = "Naveen Castellanos-Birch"
SOCIOLOGIST = "Oluwaseun Kettering-Dahl"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.",
#: "Coun.") are no part of it; a description that refers back ("the librarian", "the retired trucker", "the
#: sociologist", "the councillor", "the town") and a pronoun that carries on ("she says", "he says", "He said" at the
#: head of a paragraph after a quotation of its own, "She said") are the person or body named before. The son named by
#: his first name after "her son Yonas" is "Yonas"; his mother, named in full and then "Selam", is her full name. The
#: trucker, named only by his surname in the third article, is that there. Cues: present-tense and inverted ("recalls
#: the retired trucker", "says the sociologist, whose …", "Solvang-Okafor adds", "the librarian says"), a cue set in
#: mid-sentence ("The library is the last building …, she says, and she means …", "The library, he says, is the only
#: place …", "Last winter the library counted …, she says, and fewer …", "The people who lose most …, Kettering-Dahl
#: notes, are …", "On Mondays Yonas will do his homework …, he says, because …"), and a quotation split by its cue
#: ("“At the Legion they knew my name,” Brodeur-Mackintosh says, “and when …”"), which is one quote. A name inside a
#: relative clause after the speaker's description ("says the sociologist, whose students Halvorsen-Tremblay has
#: hosted for three summers") is no speaker. A quotation that follows "“…,” X says." with no new cue, a quotation that
#: takes a paragraph of its own with no cue after the councillor's ("“Every department took a cut …”"), and a second
#: "that" clause of one speaker in one sentence ("said the shorter hours would save … and that no library staff …")
#: belong to the quote before and are optional as quotes of their own. No quote at all: a son who "grins at that", a
#: trucker who "puts it more bluntly" (the quotation after it has its own cue), sociologists who "have a name for
#: places like this one", a librarian who "has started calling the library by other names". Borderline and optional:
#: a board chair who "called the vote “short-sighted”" (a quoted label; the "said" after it is required).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "warmth": [
        (LIBRARIAN, "whose furnace is broken", False),
        (LIBRARIAN, "But here we are", True),
        (LIBRARIAN, "last building in town", False),
        (LIBRARIAN, "heat and stay for the company", False),
        (LIBRARIAN, "grandson in Fort McMurray", True),
        (TRUCKER, "four million kilometres", False),
        (TRUCKER, "television on in an empty house", True),
        (TRUCKER, "only place left where he is still a regular", False),
        (TRUCKER, "knew my name", False),
        (TUTOR, "more English in a year", False),
        (TUTOR, "six weeks", True),
        (YONAS, "not in the textbook", False),
        (SELAM, "no place like this", False),
        (SELAM, "nobody asks me to leave", True),
        (SELAM, "nursing exams", False),
        (TUTOR, "pass them the first time", False),
        (TUTOR, "so sure of anything", True),
    ],
    "hours": [
        (COUNCILLOR, "$410,000 shortfall", False),
        (COUNCILLOR, "Nobody on council", False),
        (COUNCILLOR, "pensioner on a fixed income", True),
        (COUNCILLOR, "Every department took a cut", True),
        (COUNCILLOR, "restore the hours", False),
        (TOWN, "save about $62,000", False),
        (TOWN, "no library staff would be laid off", True),
        (TOWN, "difficult choices", False),
        (CAO, "closing the library on Saturdays", False),
        (CHAIR, "short-sighted", True),
        (CHAIR, "ask council to reconsider", False),
        (CHAIR, "warming centre, the settlement office", False),
        (CHAIR, "not been told of the motion", False),
        (ASSOCIATION, "11 rural library systems", False),
        (DIRECTOR, "quietly taken on work", False),
        (DIRECTOR, "closes at five", False),
        (DIRECTOR, "emergency room and the police station", True),
        (LIBRARIAN, "learned of the vote", False),
        (LIBRARIAN, "newcomer tutoring to Saturday", False),
        (LIBRARIAN, "figure it out", False),
        (LIBRARIAN, "Monday in February", True),
    ],
    "room": [
        (LIBRARIAN, "11,400 visits", False),
        (SOCIOLOGIST, "lost nearly all of them", False),
        (SOCIOLOGIST, "one by one they close", False),
        (SOCIOLOGIST, "last one standing", True),
        (SOCIOLOGIST, "fewest other places to go", False),
        (SOCIOLOGIST, "emergency visits and police calls", False),
        (SOCIOLOGIST, "lonelier town", True),
        (LIBRARIAN, "what we are anymore", False),
        (LIBRARIAN, "funded like a library", True),
        (TRUCKER_BY_SURNAME, "find out where we go", False),
        (TRUCKER_BY_SURNAME, "wait for Tuesday", True),
        (TRUCKER_BY_SURNAME, "written to every member of council", False),
        (YONAS, "coffee counter of the gas station", False),
        (YONAS, "Wi-Fi is fine", False),
        (YONAS, "nobody looks at you", True),
        (SELAM, "keep coming on Saturdays", False),
        (COUNCILLOR, "heard from more people", False),
        (COUNCILLOR, "vote was the right one", False),
        (COUNCILLOR, "200 emails", False),
        (COUNCILLOR, "what to cut instead", True),
    ],
}

ARTICLES = {
    "warmth": WARMTH,
    "hours": HOURS,
    "room": ROOM,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 10 of 40 required when the batch was written (blind). By pattern: "recalls the retired trucker" after a
#: block that names him and says he drove a tractor-trailer but never calls him a trucker, read as a quote of an
#: unnamed source (2); "“…,” he says." after "Yonas grins at that." given to his mother, a woman named before him (2);
#: "She wants to write her nursing exams …, she says." after "Selam says" given to the tutor (2); and the town that
#: speaks "in a statement" and then "the town said in the statement" read as an unnamed source, twice (4).
#: Then 6: a dateline whose province is abbreviated in title case ("KESTREL BAY, Ont. —") is read as a dateline
#: (region_abbreviations.py), so "the town said" in the story filed from there is that town speaking (4).
#: Then 4: "recalls the retired trucker" calls back by a calling he left to the one person the paragraph has named so
#: far, though the sentence right before is about him only through "he" (epithet_descriptions, paragraph_of_one;
#: described_at_cue.py, a trade first given at an inverted cue, reads it so too) (2).
#: Then 0: "Yonas grins at that." names the son the article named before, though the recogniser took the word for an
#: organisation, so the "he says" after it is his (one_word_subjects); his mother is no longer told a "he" by that
#: slip, and her "she says" after "Selam says" is hers (one_word_people remembers "Selam", the given name of one named
#: before, as her) (4).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
