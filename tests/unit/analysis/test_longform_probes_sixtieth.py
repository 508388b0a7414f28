"""Quotes of a sixtieth batch of blind probes (longform_probes_sixtieth.py, education and youth news as the US, British
and Australian press and the wires write it): the whole batch against its gold, whose count of wrong quotes may only go
down."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_sixtieth import BALLOT, BOARD, FEES, PLAN, RESULTS

MARCHETTI = "Linda Marchetti-Shaw"
OSEI = "Raymond Osei-Lindqvist"
BYRNE = "Carla Byrne"
FIRTH = "Angela Firth-Navarro"
CHEA = "Cedar Hollow Education Association|The Cedar Hollow Education Association"
HAUGLAND = "Derek Haugland"
CORRIGAN = "Nadia Corrigan-Webb"
BLAYLOCK = "Teresa Blaylock-Ortiz"
NACT = "National Association of Classroom Teachers|The National Association of Classroom Teachers|NACT"
GALLACHER = "Fiona Gallacher-Reid"
AMERSHAM = "Bridget Amersham"
PEVERELL = "Jonathan Peverell-Sykes"
TENNANT = "Morag Tennant"
OYELARAN = "Simon Oyelaran-Hale"
DALGLEISH = "Ruth Dalgleish"
DFE = "|Department for Education|The Department for Education"
BELLMERE = "Bellmere University"
STRACHAN = "Helen Strachan-Obi"
STUDENT_UNION = "Bellmere University Student Union|The Bellmere University Student Union"
TRAN = "Jasmine Tran-Kowalski"
TESA = "Tertiary Education Staff Association|The Tertiary Education Staff Association|TESA"
ILUNGA = "Marcus Ilunga-Hoare"
ALDANA = "Gregory Aldana-Price"
HADDAD = "Priscilla Haddad-Moore"
KEALOHA = "Andrew Kealoha-Finch"
JOINT_COUNCIL = "Joint Examinations Council|The Joint Examinations Council"
NWOSU = "Patricia Nwosu-Hart"
FEATHERSTONEHAUGH = "Graham Featherstonehaugh"
BRANNIGAN = "Oliver Brannigan-Shah"
ADEYEMI = "Funmi Adeyemi-Cross"
DORRIGO = "Kathleen Dorrigo-Vance"
TUIASOSOPO = "Mark Tuiasosopo-Green"
RADOVANOVIC = "Tim Radovanovic-Lee"
FEDERATION = "Public School Teachers’ Federation|The Public School Teachers’ Federation"
WARRICK = "Angela Warrick-Soto"
VANTONGEREN = "Elise Vantongeren"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives, without Professor, Dr, Dame, Senator or Superintendent; "the principal", "the head",
#: "the minister" and "the council" are the person or the body the story gave that post or name. A pupil, a student or
#: a parent named by a first name only ("Maya, 11", "Tom, a Year 11 student", "Kristen", "Sam") is named by it. What a
#: superintendent "wrote" in a letter to families and a vice-chancellor "wrote" in an email to staff is theirs; a union,
#: a university, a council and a federation that "said", "said in a statement" or "welcomed … but said" speak as
#: institutions. What "figures … showed" is no quote, nor is a vote, a rally that a union "called" or what a minister
#: "congratulated". A quotation that goes on after its cue with no new one is the same quote, and so is the second
#: clause of "said … and that …". "X voted against, saying …" is X's quote; "who said …" after a named researcher is
#: hers. "called for" a review is a quote (GUIDELINES.md lists "call for"). Borderline and optional: unnamed sources (a
#: father who did not give his name, a mother who did not want to be named, a department spokesperson), what a body or
#: a minister "called" before being named, "accused … of" and "asked … to" with their objects, what a body "welcomed"
#: (a judgement with a noun for its object, as the seed's "praised the growing trade relations"), and the second
#: clause of "said … and warned that …".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "board": [
        (MARCHETTI, "the vote was", False),
        (MARCHETTI, "We have tried the other way", False),
        (OSEI, "the district was", False),
        (BYRNE, "the board had rushed a decision", False),
        (FIRTH, "the new materials would be in classrooms", False),
        (FIRTH, "I know that many of you came", False),
        ("Kristen", "her son had been", False),
        ("", "kids can read just fine", True),
        ("", "stop experimenting on them", True),
        ("Maya", "I like reading now", False),
        ("Eli", "he liked the old books better", False),
        (CHEA, "respects the board’s decision", False),
        (HAUGLAND, "many teachers had already taught themselves", False),
        (CORRIGAN, "Cedar Hollow was one of more than 200", False),
        (CORRIGAN, "The evidence for explicit phonics", False),
        (BLAYLOCK, "nervous but ready", False),
        (BLAYLOCK, "she expected scores to dip", False),
        (BLAYLOCK, "Any change does that", False),
    ],
    "ballot": [
        ("|" + NACT, "a real-terms cut", True),
        (NACT, "its executive had voted unanimously", False),
        (GALLACHER, "once again announced a pay rise", False),
        (GALLACHER, "Heads are already cutting", False),
        (AMERSHAM, "fair, affordable", False),
        (AMERSHAM, "I would urge every teacher", False),
        (PEVERELL, "lost control of the schools budget", False),
        (PEVERELL, "hiding behind heads", True),
        (TENNANT, "an independent review of how pay awards are funded", False),
        (OYELARAN, "he had already cut two teaching posts", False),
        (OYELARAN, "I support my staff", False),
        (OYELARAN, "he would not tell staff how to vote", False),
        ("Tom", "wouldn’t blame", False),
        ("Tom", "We missed half of Year 7", False),
        ("Aisha", "does three people’s jobs", False),
        (DALGLEISH, "her analysis suggested", False),
        (DALGLEISH, "The award itself is not generous", False),
        (DFE, "We have delivered the largest increase", True),
    ],
    "fees": [
        (BELLMERE, "fees for international students and fee-paying postgraduates", False),
        (STRACHAN, "the most difficult financial position", False),
        (STRACHAN, "a further 180 positions would be cut", False),
        (STRACHAN, "No vice-chancellor wants to send an email", False),
        (STUDENT_UNION, "the rise would price out students", False),
        (TRAN, "treated like cash machines", False),
        (TRAN, "International students pay for this university", False),
        ("Rohan", "his family had taken a loan", False),
        ("Rohan", "My parents will read this news", False),
        (TESA, "gut teaching", False),
        (ILUNGA, "staff had learnt of the latest cuts", False),
        (ALDANA, "universities set their own fees", False),
        (ALDANA, "Every university in this country", False),
        (HADDAD, "the fee rise was", False),
        (HADDAD, "other universities would follow", True),
        (KEALOHA, "The international student market", False),
    ],
    "results": [
        (JOINT_COUNCIL, "entries in computing had risen", False),
        (NWOSU, "fair and consistent", False),
        (NWOSU, "A grade 7 this year", False),
        ("Lily", "I revised every single night", False),
        ("Jayden", "I got a 5", False),
        (FEATHERSTONEHAUGH, "results at the school", False),
        (FEATHERSTONEHAUGH, "People write off schools like ours", False),
        (AMERSHAM, "the results showed", False),
        (AMERSHAM, "the government’s new maths hubs", False),
        (BRANNIGAN, "the regional gap showed", False),
        (ADEYEMI, "the gap between London and the North East", False),
        (ADEYEMI, "This isn’t about the talent", False),
        (NACT, "a testament to teachers", False),
        ("", "her son had got the grades", True),
        ("", "I’m going to frame that envelope", True),
    ],
    "plan": [
        (DORRIGO, "the biggest investment in the early years", True),
        (DORRIGO, "the specialists would be in every public primary school", False),
        (DORRIGO, "If a child can’t read", False),
        (TUIASOSOPO, "his school had funded two reading specialists", False),
        (TUIASOSOPO, "the new money would let him", False),
        (TUIASOSOPO, "We’ve been robbing Peter", False),
        ("Mia", "she used to", False),
        ("Mia", "Now I read Harry Potter", False),
        ("Sam", "he had been told by another school", False),
        ("Sam", "She didn’t catch up on her own", False),
        (RADOVANOVIC, "the plan was", False),
        (RADOVANOVIC, "Families will believe it", False),
        (FEDERATION, "the plan", True),
        (FEDERATION, "it would not fix a shortage", False),
        (WARRICK, "You can announce 1,600 new jobs", False),
        (VANTONGEREN, "Half of this plan is very good", False),
        (VANTONGEREN, "early reading help was among the best value", False),
        (DORRIGO, "The plan will be funded partly", False),
    ],
}

ARTICLES = {
    "board": BOARD,
    "ballot": BALLOT,
    "fees": FEES,
    "results": RESULTS,
    "plan": PLAN,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 7 of 75 required when the batch was written (blind), by pattern: a weekday that opens the sentence taken
#: for the speaker ("Outside the library on Thursday, Rohan, 24, a master's student …, said …"), so the student's two
#: quotes are missed and one is given to "Thursday" (3); "the principal told reporters in the parking lot that …" after
#: the principal was named, missed (1); "the largest teaching union said …" before the union is named, given to the
#: description as if it were a name (1, optional in the gold); "that the Education Minister called “…”" before the
#: minister is named, left with no speaker (1, optional in the gold); "welcomed the plan in a statement but said …" read
#: as a quote of "the plan in a statement" (1). Then 6 with one gold slip mended: "welcomed the plan" had no gold,
#: though a judgement on a noun is a quote as the seed's "praised …" is (optional now, as "welcome" is not in the
#: guidelines' list). Then 3: a given name set beside an age is a person's, who spoke after an opening phrase, and a
#: day of the week is no one a description makes a person (named_after_opening, mislabelled_people). Then 2: a body a
#: one-sentence lede describes is the one the next paragraph names (named_speakers.body_named_next). Left, by pattern:
#: "told reporters in the parking lot that she expected scores to dip …" parsed as a relative clause of "lot" (1; the
#: same cue with other places or clauses is found, so no rule was written for it); "the Education Minister called “…”"
#: in the lede, then "Minister X said" with fewer words of the title, left with no speaker (1, optional in the gold).
#: Then 1: the lede's "the Education Minister called “…”" is the minister who speaks, named for the first time, at
#: the start of the next paragraph ("Minister X said"; lede_people_named_next, 1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_student_named_by_an_age_after_a_day_is_who_spoke(nlp):
    """ "At the bus stop on Friday, Tevita, 19, a nursing student, said …": the parser hangs the name on the day and
    the recogniser takes a given name for a firm or a place, but a name set beside an age is a person's, and who spoke
    (named_after_opening, mislabelled_people)."""
    said = said_by(
        nlp,
        "At the bus stop on Friday, Tevita, 19, a first-year nursing student from Apia, said the new timetable had "
        "added an hour to her day. “I leave home in the dark,” she said.",
    )
    assert said == [
        ("Tevita", "the new timetable had added an hour to her day"),
        ("Tevita", "“I leave home in the dark,”"),
    ]


def test_a_day_of_the_week_is_no_one_though_a_description_hangs_on_it(nlp):
    """ "Outside the court on Monday, a neighbour, a retired teacher, said …": the parser hangs the neighbour on the
    day, which names no person to give her words to (mislabelled_people)."""
    said = said_by(
        nlp,
        "Outside the court on Monday, a neighbour, a retired teacher, said the family had kept to themselves. “They "
        "were quiet people,” she said.",
    )
    assert "Monday" not in [speaker for speaker, _ in said]


def test_a_body_a_lede_of_its_own_describes_is_the_one_the_next_paragraph_names(nlp):
    """ "… after the province's biggest nursing union said …" as a paragraph of its own, then "The Federation of
    Registered Nurses said …": the lede describes the body whom the next sentence names, though a paragraph break
    stands between them (named_speakers.body_named_next)."""
    said = said_by(
        nlp,
        "Nurses in Ontario will vote on strike action after the province’s biggest nursing union said a 2% pay offer "
        "was an insult to its members.",
        "The Federation of Registered Nurses said its board had approved the ballot on Sunday.",
    )
    assert ("Federation of Registered Nurses", "a 2% pay offer was an insult to its members") in said


def test_a_body_a_lede_does_not_rank_is_not_the_one_the_next_paragraph_names(nlp):
    """ "In April, the state administration announced …" then "The Riverside News Service reported …": a description
    that neither ranks nor places the body is no lede's stand-in for the one named next, who may well be a reporter of
    it (lede_descriptions)."""
    said = said_by(
        nlp,
        "In April, the state administration announced that it had met its target of placing 6,500 newcomers in homes.",
        "The Riverside News Service reported that most of them had been housed in three cities.",
    )
    assert "Riverside News Service" not in [speaker for speaker, q in said if "6,500" in q]
