"""Quotes of a hundred-and-seventh batch of blind probes (longform_probes_hundredseventh.py, a long-form Canadian
feature on a coastal Atlantic town that lost its last family doctor and the nurse-practitioner clinic that replaced
him as public-broadcaster web features and regional dailies write it: the retiring doctor, his wife, the nurse
practitioner, a retired fish-plant worker and the pharmacist in three long blocks; the province's wait-list in a
regional daily; and a couple who drive three hours for care, a health-policy researcher, the mayor, the nurse
practitioner, the plant worker and the doctor in three long blocks): the whole batch against its gold, whose count of
wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredseventh import LAST_DOCTOR, THE_DRIVE, WAIT_LIST

DOCTOR = "Aldous Pettigrew-MacLeish"
DOCTOR_BY_SURNAME = "Pettigrew-MacLeish|Aldous Pettigrew-MacLeish"
WIFE = "Philippa|Philippa Pettigrew-MacLeish"
NURSE = "Roisin Kavanagh-Oduya"
NURSE_BY_SURNAME = "Kavanagh-Oduya|Roisin Kavanagh-Oduya"
PLANT_WORKER = "Wendell Fougère-Lacey"
PHARMACIST = "Harriet Nakamura-Stead"
MINISTER = "Delphine Arsenault-Wick"
AUTHORITY = "Eastern Shore Health Authority|the Eastern Shore Health Authority"
MAYOR = "Clement Ashdown-Fraser"
SOCIETY = "Maritime Rural Physicians’ Society|the Maritime Rural Physicians’ Society|Maritime Rural Physicians' Society"
PRESIDENT = "Fenella Sørbye-MacInnis"
GERALD = "Gerald Tolliver-Kerrigan|Gerald"
MARJORIE = "Marjorie Tolliver-Kerrigan|Marjorie"
RESEARCHER = "Tobias Lindqvist-Ahern"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.",
#: "Mayor", "Health Minister") are no part of it; a description that refers back ("the doctor", "the 71-year-old",
#: "the retired doctor", "the pharmacist", "the researcher", "the mayor", "the authority") and a pronoun that carries on
#: ("he says", "she says", "she said", "He navigates …,” she says" after a sentence about her husband) are the person
#: or body named before. The doctor's wife, named "His wife, Philippa", is "Philippa" or that name with his surname;
#: the couple, named "Gerald and Marjorie Tolliver-Kerrigan" and then by their first names, are each their first name
#: or their full name. In the third article the doctor and the nurse practitioner are named only by their surnames,
#: and are that there. Cues: present-tense and inverted ("says the retired plant worker, who turned 68 in March", a
#: description first used at the cue for the man named and described as working on the line at the crab plant;
#: "recalls the pharmacist", "Nakamura-Stead adds", "says Marjorie", "her husband adds", "says the researcher, whose
#: …", "says the mayor, who …"), a cue set in mid-sentence ("… and, he says, to drink her coffee", "The clinic in
#: Halifax is busy and kind, she says, but …", "… the share is closer to one in four, he says", "Clinics run by nurse
#: practitioners, he notes, can handle …"), a quotation split by its cue and a participle ("“I told the province …,”
#: Pettigrew-MacLeish says, pulling the brass plate off …, “and then I gave them …”"), which is one quote. A name inside
#: a relative clause after the speaker's description ("whose survey of rural clinics Kavanagh-Oduya answered", "who sat
#: on the clinic's board with Pettigrew-MacLeish") is no speaker. A quotation that follows "“…,” X says." with no new
#: cue, the mayor's quotation that takes a paragraph of its own with no cue, a second "that" clause of one speaker in
#: one sentence and the second part of a split quotation belong to the quote before and are optional as quotes of
#: their own. No quote at all: a doctor who signed certificates "by his own count", "figures released Wednesday", a
#: husband who "laughs at that", a plant worker who "is one of her regulars", an authority that "has not posted the
#: job".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "last_doctor": [
        (DOCTOR, "stop at 70", False),
        (DOCTOR, "gave them one more year", True),
        (DOCTOR, "retire from a place like this", False),
        (DOCTOR, "stop being able to do it", True),
        (WIFE, "wakes at six", False),
        (DOCTOR, "what he will do with his mornings", False),
        (NURSE, "when the real doctor is coming", False),
        (NURSE, "stuck with me", True),
        (DOCTOR, "drink her coffee", False),
        (NURSE, "by its grandparents", False),
        (NURSE, "lost without those Thursdays", True),
        (DOCTOR, "get out of the house", False),
        (DOCTOR, "need me", False),
        (DOCTOR, "three more of herself", True),
        (PLANT_WORKER, "now I have a number", False),
        (PLANT_WORKER, "still on it", True),
        (PHARMACIST, "lineup out the door", False),
        (PHARMACIST, "look at them", True),
        (PHARMACIST, "stays for the gossip", False),
        (PHARMACIST, "Most of them do", True),
    ],
    "wait_list": [
        (MINISTER, "recruited 41 family doctors", False),
        (MINISTER, "fill the gaps", True),
        (MINISTER, "pretend that a nurse practitioner", False),
        (MINISTER, "leave a town with nobody", True),
        (AUTHORITY, "posted the Petrel Harbour position 14 times", False),
        (AUTHORITY, "most difficult challenge", False),
        (MAYOR, "free house", False),
        (MAYOR, "house had a view", False),
        (MAYOR, "It does not have a doctor", True),
        (MAYOR, "second nurse practitioner", False),
        (SOCIETY, "breaking point", False),
        (PRESIDENT, "not alone", False),
        (PRESIDENT, "only doctor for 50 kilometres", False),
        (PRESIDENT, "they will come", True),
        (NURSE, "added 300 patients", False),
        (MINISTER, "open mind", False),
    ],
    "the_drive": [
        (MARJORIE, "wrong about every exit", False),
        (MARJORIE, "still wrong about the exits", True),
        (GERALD, "right about the coffee stops", False),
        (MARJORIE, "asleep in our chairs", False),
        (MARJORIE, "busy and kind", False),
        (GERALD, "new face", False),
        (RESEARCHER, "becoming the norm on the coast", False),
        (RESEARCHER, "one in four", False),
        (RESEARCHER, "one doctor, one town", False),
        (RESEARCHER, "stop expecting them to", True),
        (RESEARCHER, "most of what a family doctor sees", False),
        (RESEARCHER, "order the scan", False),
        (RESEARCHER, "any faster", True),
        (NURSE_BY_SURNAME, "does not mind being compared", False),
        (NURSE_BY_SURNAME, "alone for 43 years", False),
        (MAYOR, "pay the salary itself", False),
        (MAYOR, "fire truck with bake sales", False),
        (MAYOR, "find a salary", True),
        (PLANT_WORKER, "Still on the list", False),
        (PLANT_WORKER, "take both", True),
        (DOCTOR_BY_SURNAME, "misses the patients more than the work", False),
        (DOCTOR_BY_SURNAME, "blood pressure by the look", False),
        (DOCTOR_BY_SURNAME, "part doesn't retire", True),
    ],
}

ARTICLES = {
    "last_doctor": LAST_DOCTOR,
    "wait_list": WAIT_LIST,
    "the_drive": THE_DRIVE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 16 of 41 required when the batch was written (blind). By pattern: "The 71-year-old says …", an age first
#: given at the cue, read as the nurse practitioner who spoke before rather than the doctor the block is about (2);
#: "says the retired plant worker, who …" and "recalls the pharmacist", descriptions first used at the cue for a person
#: named just before in other words, read as unnamed sources (4); "The Maritime Rural Physicians’ Society said" read as
#: a speaker named "Society", the name cut at the plural possessive (2); "her husband adds" after the wife's quotes read
#: as an unnamed source, not the husband named with her (2); "Pettigrew-MacLeish misses the patients …, he says." given
#: to the plant worker who spoke before, not the man named in the sentence, and "the retired doctor says" after it given
#: to him too (4); a headline whose town "says goodbye to its only family doctor" read as a quote (1); and "according to
#: figures released Wednesday" read as an unnamed source's quote (1).
#: Then 14: the mark of a plural possessive before a body's noun ("Physicians’ Society") is read as part of a name the
#: recogniser missed (possessive_name_marks.py), so the society speaks under its whole name (2).
#: Then 12: a couple named together with a double-barrelled surname ("Gerald and Marjorie Tolliver-Kerrigan"), which
#: the tokenizer splits at the hyphen, is found as a couple (couples.py), so "her husband adds" is the husband (2).
#: Then 8: a description given nowhere before, at an inverted cue ("says the retired plant worker, who …", "recalls
#: the pharmacist"), is the person last named as the subject of the paragraph when the article gives them no role
#: (described_at_cue.py) (4).
WRONG_TODAY = 8


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
