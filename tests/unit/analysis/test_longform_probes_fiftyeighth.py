"""Quotes of a fifty-eighth batch of blind probes (longform_probes_fiftyeighth.py, labour disputes and strikes around
the world as the wires, the British and Australian press and US labour reporters write them): the whole batch against
its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_fiftyeighth import (
    AXLES,
    NURSES,
    PLATINUM,
    SHIPYARD,
    WHARVES,
)

FHCW = "Federation of Health and Care Workers|The Federation of Health and Care Workers|FHCW"
HOLLOWAY = "Marian Holloway-Pratt"
FROBISHER = "Damian Frobisher-Lyle"
CONFEDERATION = "Hospital Employers’ Confederation|The Hospital Employers’ Confederation"
CONCILIATION = "National Conciliation Service|The National Conciliation Service"
ETTRICK = "Graham Ettrick-Boateng"
CORALINK = "Coralink Terminals|Coralink"
FARRUGIA = "Declan Farrugia-Moss"
KOWALCZYK = "Andrea Kowalczyk-Hume"
STEVEDORING = "Australian Stevedoring Employers’ Council|The Australian Stevedoring Employers’ Council"
TALLIS = "Bronwyn Tallis-Achebe"
RAVENSWORTH = "Helen Ravensworth-Diaz"
OKORO = "Mei-Lin Okoro"
LOCAL = "United Industrial Workers Local 1187|United Industrial Workers"
DELAHUNT = "Curtis Delahunt-Ruiz"
PRYCE = "Loretta Pryce-Adomako"
BRENNER = "Brenner Axle & Driveline|Brenner"
VARLAMOV = "Todd Varlamov-Peck"
FMCS = "Federal Mediation and Conciliation Service|The Federal Mediation and Conciliation Service"
GRUMMOND = "Sheila Grummond-Ayodele"
ASHWORTH = "Colin Ashworth-Yeboah"
QUINTRELL = "Harriet Quintrell-Oduya"
METALWORKERS = (
    "Korean Federation of Metal and Shipbuilding Workers|Hanmaru branch of the Korean Federation of Metal and "
    "Shipbuilding Workers|The Hanmaru branch of the Korean Federation of Metal and Shipbuilding Workers"
)
RYU = "Ryu Min-cheol"
HANMARU = "Hanmaru Heavy Industries|Hanmaru"
SEO = "Seo Hyun-joo"
NLRC = "National Labor Relations Commission|The National Labor Relations Commission"
YOON = "Yoon Seo-ah"
MATU = "Mineworkers and Allied Trades Union|The Mineworkers and Allied Trades Union|MATU"
MABASO = "Sipho Mabaso-Venter"
CCMA = (
    "Commission for Conciliation, Mediation and Arbitration|The Commission for Conciliation, Mediation and "
    "Arbitration|CCMA"
)
ODUYA = "Thandeka Oduya-Brandt"
KGORO = "Kgoro Platinum|Kgoro"
VAN_ROOYEN = "Pieter van Rooyen-Mokoena"
PRODUCERS = "Platinum Producers’ Association|The Platinum Producers’ Association"
HARTZENBERG = "Lindiwe Hartzenberg"
SITHEBE = "Nomvula Sithebe-Kruger"
MOKGADI = "Refilwe Mokgadi-Stone"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives; "the union leader", "the general secretary", "the chief negotiator" and "the union's
#: leader" are the person the story gave that post, and "the union", "the company" and "the commission" the body the
#: story named so. A union, a company, an employers' federation and a conciliation service that "said", "said in a
#: statement", "said in a regulatory filing", "confirmed", "countered" or "told workers" in a letter speak as
#: institutions; what a leader "wrote" in a letter to members is the leader's. A striker named by a first name or a
#: family name only ("Priya", "Tony", "Darnell", "Kim", "Thabo") is named by it. Placards, signs and banners that
#: "read" something, and a chant with no one to chant it, are no quotes; nor are a ballot's result, what "the union's
#: members voted", "according to a summary", "did not respond", and the stoppage's figures. A quotation that goes on
#: after its cue with no new one is the same quote. Borderline and optional: unnamed sources and groups (a nurse or a
#: worker who asked not to be named, "Government sources", "Analysts said", an unnamed commission official or
#: department spokesperson, workers who "chanted"), what a speaker "called" or "described as" in passing, "accused …
#: of", "urged … to", "called on … to" and "vowed to" with an infinitive, "who he said …" inside a relative clause,
#: what "the letter added" or how "the letter ended", and the second clause of "said … and that …" or "countered …
#: and said …" or "said … but warned …".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "nurses": [
        (HOLLOWAY, "an insult dressed up as a settlement", True),
        (HOLLOWAY, "the result of the ballot", False),
        (HOLLOWAY, "Nobody goes into nursing", False),
        (FHCW, "emergency departments, intensive care", False),
        (FROBISHER, "the offer was", False),
        (FROBISHER, "choosing headlines over patients", True),
        (FROBISHER, "This government has given nurses", False),
        (FROBISHER, "money for a larger rise", False),
        (CONFEDERATION, "deeply disappointed", False),
        (CONFEDERATION, "both sides to return to talks", True),
        ("", "she had taken a second job", True),
        ("", "I love this job", True),
        ("Priya", "she had never voted to strike before", False),
        ("Priya", "I voted yes with my hand shaking", False),
        (HOLLOWAY, "ready to talk at any hour", False),
        ("|" + HOLLOWAY + "|" + FHCW, "a further ballot", True),
        (CONCILIATION, "it had contacted both sides", False),
        (ETTRICK, "still a deal to be done", False),
        ("", "ministers were privately preparing", True),
        ("|Department of Health", "no more money on the table", True),
    ],
    "wharves": [
        (CORALINK, "final and best", True),
        (FARRUGIA, "members at Port Botany", False),
        (FARRUGIA, "Coralink has made record profits", False),
        (CORALINK, "its offer of 11 per cent", False),
        (CORALINK, "holding the national supply chain to ransom", True),
        (KOWALCZYK, "the stoppages would add weeks", False),
        (STEVEDORING, "the most serious disruption", False),
        (STEVEDORING, "the Fair Work Commission to intervene", True),
        (TALLIS, "she had spoken to both parties", False),
        (TALLIS, "them to settle", True),
        (TALLIS, "I am not going to pick a side", False),
        (TALLIS, "the government would not rule out", False),
        ("Tony", "he had worked 11 of the past 14 nights", False),
        ("Tony", "My kids ask me", False),
        ("", "We’re not greedy", True),
        (RAVENSWORTH, "will do everything it can", False),
        (FARRUGIA, "the union would attend the conference", False),
        (FARRUGIA, "running a campaign of fear", True),
        (OKORO, "the company had written to each worker", False),
        (OKORO, "an attempt to go around the union", True),
        (CORALINK, "will not be improved", False),
    ],
    "axles": [
        (LOCAL, "rejected the four-year deal", False),
        (DELAHUNT, "a message to the company", False),
        (DELAHUNT, "Our members told us", False),
        (PRYCE, "the bargaining committee would meet Tuesday", False),
        (PRYCE, "will be at the top of the list", False),
        (BRENNER, "disappointed", False),
        (BRENNER, "the richest in the history", True),
        (VARLAMOV, "continue to bargain in good faith", False),
        (VARLAMOV, "customers were already moving", True),
        (VARLAMOV, "Every week this goes on", False),
        ("Darnell", "he had voted no", False),
        ("Darnell", "I’ve been here 14 years", False),
        ("", "They froze my pension", True),
        (FMCS, "A federal mediator met with both sides", False),
        (GRUMMOND, "stay with the parties", False),
        (ASHWORTH, "fair contract, and a fast one", False),
        (ASHWORTH, "he had spoken with Delahunt-Ruiz", True),
        (ASHWORTH, "has the means to do right", False),
        (QUINTRELL, "rejections of tentative deals", False),
        (QUINTRELL, "Members have watched inflation", False),
        (DELAHUNT, "strike pay of $500 a week", False),
        ("|" + DELAHUNT, "Hold the line", True),
    ],
    "shipyard": [
        (METALWORKERS, "about 7,400 of its members", False),
        (RYU, "The company has had its best order book", False),
        (RYU, "the union was demanding", False),
        (RYU, "earn about 30% less", True),
        (HANMARU, "the strike could delay delivery", False),
        (HANMARU, "the best the company can sustainably afford", False),
        (HANMARU, "taking the yard hostage", True),
        (SEO, "respond sternly", False),
        (SEO, "resolve the dispute through dialogue", True),
        (SEO, "Shipbuilding is a pillar", False),
        (NLRC, "it was prepared to reopen mediation", False),
        ("", "the hardest knot to untie", True),
        ("", "Same ship, same work", True),
        ("Kim", "he had worked at the yard", False),
        ("Kim", "I weld the same seams", False),
        ("", "a prolonged strike could dent", True),
        (YOON, "A three-day strike is noise", False),
        (METALWORKERS, "it would decide on Thursday", False),
        (METALWORKERS, "fight until subcontracted workers", True),
    ],
    "platinum": [
        (MATU, "members had turned down the offer", False),
        (MABASO, "the union would not sign any deal", False),
        (MABASO, "We have been patient", False),
        (CCMA, "disappointed that the parties", False),
        (ODUYA, "the two sides were about 400 rand", False),
        (ODUYA, "bridgeable, with will", True),
        (KGORO, "the strike had cost it", False),
        (KGORO, "above inflation in every year", False),
        (VAN_ROOYEN, "We cannot pay wages", False),
        (PRODUCERS, "a prolonged strike at Kgoro risked", False),
        (HARTZENBERG, "Nobody in this industry wins", False),
        (SITHEBE, "police would be deployed", False),
        (SITHEBE, "certain elements", True),
        (SITHEBE, "violence on the picket line", False),
        ("Thabo", "he earned 11,200 rand", False),
        ("Thabo", "The company says it cannot afford us", False),
        ("", "some workers had begun borrowing", True),
        ("", "the strike was beginning to tighten", True),
        (MOKGADI, "Kgoro is a big enough share", False),
        (MOKGADI, "the company’s balance sheet could absorb", False),
        (MATU, "mass meetings would be held on Wednesday", False),
    ],
}

ARTICLES = {
    "nurses": NURSES,
    "wharves": WHARVES,
    "axles": AXLES,
    "shipyard": SHIPYARD,
    "platinum": PLATINUM,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 22 of 72 required when the batch was written (blind). Then 20 with two gold slips mended: what an
#: employers' body "urged both sides to" do and "called on the Fair Work Commission to" do had anchors that began with
#: the verb, which is the cue and not what was said (and so "urged them to settle"). Left, by pattern: "the union said"
#: given to the bare word "union", or to no one, instead of the union the story named ("the Hanmaru branch of the
#: Korean Federation of …"; "Members of United Industrial Workers Local 1187 …, the union said" named with its
#: "Members of") (7); "The union leader said" after the leader was named by name and post, left with no speaker (3);
#: "countered that …, and said in a statement that …" with the first cue missed and the second left with no speaker
#: (2); "what company X described as its “…”" inside a clause whose subject is the union, given to the union (1); "an
#: unnamed nurse … said …. “…,” she said" given to the named woman of the paragraphs before (1); a striker's "“The
#: company says …,” he said" given to the woman quoted before him (2); "who asked that only his family name be used"
#: and "before declaring them failed" read as statements (2); "according to a summary the union sent" read as an
#: unnamed source (1; kept on purpose, as PolNeAR counts them, see the eighteenth batch); "the union's leader called
#: “…”" before the leader is named, left with no speaker (1, optional in the gold). Then 17: "the union" is the union
#: named last anywhere before when none is near and none has "union" in its name (named_last). Left, of the union's
#: naming: "The Hanmaru branch of the Korean Federation of … said" left with no speaker (2) and "Members of United
#: Industrial Workers Local 1187 …, the union said" named with its "Members of" (2). Then 15: a branch or a chapter
#: of a body speaks as the body, as its board does (governing_organs). Then 12: "the union leader" is the person
#: named last with a leading post in a union, by the title's words or the organisation (union_leaders). Then 10:
#: "Members of X Local 1187 …" names the local without the people who open the sentence (union_locals). Then 8: a
#: lone capitalised word that opens a sentence, tagged a common noun, is the organisation named before whose name it
#: opens ("Coralink countered …" after "Coralink Terminals", bare_names). Left, by pattern: a striker named by a
#: given name the recogniser misses ("Thabo, a winch operator of 17 years,") taken for a body, as "operator" is a
#: company's trade too, so his "he said" goes to the woman quoted before him (2); "One nurse, who asked not to be
#: named, said …. “…,” she said" given to the woman named before (1; reading "one" as "a" was tried and dropped: on
#: real news it also gave a candidate's reply, a paragraph on, to "one questioner"); "what company X described as its
#: “…”" given to the subject of the clause around it (1); "who asked that only his family name be used" and "before
#: declaring them failed" read as statements (2); "according to a summary the union sent" (1, kept on purpose); "the
#: union's leader called “…”" before the leader is named (1, optional in the gold). Then 7 (by the sixty-fifth batch's
#: mend): "One nurse, who asked not to be named …, said …. “…,” she said" is the nurse, a noun counted as one being
#: someone new as "a nurse" is (descriptions), no longer the striker named before.
#: 6 as found by a later count (no mend of this batch's own): "who asked that only his family name be used" is no
#: longer read as a statement, by a later step that reads such a request as none. Tried: "rejected what company X
#: described as its “…” offer" as the company's words with no quote of the union's; dropped, as the news gold of dev
#: gives "denounced what X called “…”" whole to those who denounced (nested_cues leaves "what" clauses in the report).
#: Then 4: a speaker cued by one word read as a body is remembered as a person when a word for a person is set off
#: after it ("Thabo, a winch operator of 17 years,"; one_word_people), so his "he said" is his (2).
#: Then 3: the union's leader whose words the lede gives ("a pay offer that the union's leader called “…”") is the
#: person who speaks first, named for the first time, in the next paragraph ("X, the union's general secretary,
#: said"; lede_people_named_next, 1).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_the_union_is_the_union_named_paragraphs_before(nlp):
    """ "Members of the Pacific Federation of Cannery Workers walked out. … The union said …": a strike story names
    its union once and calls it "the union" to the end, though its name has no "Union" (named_last)."""
    said = said_by(
        nlp,
        "Members of the Pacific Federation of Cannery Workers walked off the job at three plants on Monday.",
        "The plants pack most of the province’s salmon, and buyers have begun to look elsewhere.",
        "Prices rose by a fifth in a week, according to figures from the fisheries ministry.",
        "The union said it would return to talks on Friday.",
    )
    assert ("Pacific Federation of Cannery Workers", "it would return to talks on Friday") in said


def test_a_branch_of_a_union_speaks_as_the_union(nlp):
    """ "The Harbourside branch of the Pacific Federation of Cannery Workers said …": a branch or a chapter is the
    body speaking where its members are, as a board is (governing_organs), not an unnamed source."""
    said = said_by(
        nlp,
        "The Harbourside branch of the Pacific Federation of Cannery Workers said about 900 of its members had joined "
        "the strike.",
    )
    assert ("Pacific Federation of Cannery Workers", "about 900 of its members had joined the strike") in said


def test_the_union_leader_is_the_one_named_with_a_post_of_the_union(nlp):
    """ "The union’s national secretary, X, said …. … The union leader said …" and "X, general secretary of the Y
    Union, said …. … The union leader said …": a union's head is named once by name and post and then called "the
    union leader", a word the post does not hold (union_leaders)."""
    said = said_by(
        nlp,
        "The union’s national secretary, Tessa Marlowe-Quaye, said pilots would refuse night shifts from Monday.",
        "The port authority said it had hired pilots from other harbours.",
        "The union leader said the union would meet the authority on Friday.",
    )
    assert ("Tessa Marlowe-Quaye", "the union would meet the authority on Friday") in said
    said = said_by(
        nlp,
        "Owen Grisedale-Fane, general secretary of the Harbour Pilots’ Union, said pilots would refuse night shifts.",
        "The port authority said it had hired pilots from other harbours.",
        "The union leader said the union would meet the authority on Friday.",
    )
    assert ("Owen Grisedale-Fane", "the union would meet the authority on Friday") in said


def test_members_who_open_a_sentence_are_no_part_of_the_locals_name(nlp):
    """ "Members of Harbour Trades Local 3302 rejected the deal, the union said": "Members" is capitalised only as the
    sentence's first word, so the local's name starts after "of" (union_locals)."""
    said = said_by(nlp, "Members of Harbour Trades Local 3302 rejected the deal by 58% to 42%, the union said.")
    assert [speaker for speaker, _ in said] == ["Harbour Trades Local 3302"]


def test_a_sentence_opened_by_the_first_word_of_a_company_named_before_is_the_company(nlp):
    """ "Quayline countered that …" after "stevedore Quayline Terminals": the tagger takes the unknown word that opens
    the sentence for a common noun, but it is the first word of the company the story named (bare_names)."""
    said = said_by(
        nlp,
        "Dock workers rejected what stevedore Quayline Terminals called its final offer.",
        "Quayline countered that its offer of 9 per cent was above what other stevedores had agreed.",
    )
    assert ("Quayline Terminals", "its offer of 9 per cent was above what other stevedores had agreed") in said
