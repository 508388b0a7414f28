"""Quotes of a thirty-eighth batch of blind probes (longform_probes_thirtyeighth.py, British, Irish and Australian
political and court news set with single quotation marks): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtyeighth import (
    BRIBERY_SENTENCING,
    DAIL_HOSPITAL,
    RAIL_DELAY,
    SENATE_ESTIMATES,
    TREASURY_MEMO,
)

NO10 = "|Downing Street"
JUDGE = "Harwood|Justice Harwood"
CONTRACTORS = "|Civil Contractors Alliance|the Civil Contractors Alliance"
MINISTERS_OFFICE = "|federal infrastructure minister’s office|the federal infrastructure minister’s office"
MINISTERS_SPOKESPERSON = "|Tom Ellery-Price"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional). "Told MPs", "told the Commons", "told the Dáil", "told senators", "told
#: the committee", "told the jury", "the judge told him", "interjected", "replied", "conceded" and "insisted" are
#: cues; "the court heard", "declined to say", "took the question on notice", "brushed off a question" and "shook his
#: head" are no quotes. A title named later ("the secretary of the Department …" in the lede, "a judge said" before
#: "Mr Justice Harwood") is that person; "Mr Justice", "KC", "Ms", "Dr", "Senator" and "Councillor" are titles, no
#: part of the name. Downing Street speaking is an institution; its unnamed spokesperson goes to nobody or to it, as a
#: lobby group's spokesperson goes to the group and a minister's office or spokesperson to nobody, the office or the
#: minister. Borderline and optional: unnamed sources (a senior Tory source, a former cabinet minister who asked not
#: to be named, government sources, his solicitor), a question ("asked whether …", "asked when …"), a request ("to
#: ask deputies to …"), the second clause of "said … and that …", "accused X of …", "accepted that …", and a denial
#: with no words ("denied the charges").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "treasury_memo": [
        ("Downing Street", "the chancellor, Rosalind Ashworth-Keane, retains", False),
        (NO10, "The chancellor has the prime minister’s full backing", False),
        ("Rosalind Ashworth-Keane", "the memo was", False),
        ("Rosalind Ashworth-Keane", "I’m not going to comment on every piece of paper", False),
        ("Rosalind Ashworth-Keane", "our fiscal rules will be met", True),
        ("Owain Pritchard", "lost control of the public finances", False),
        ("Owain Pritchard", "the memo be published in full", True),
        ("Owain Pritchard", "If there is nothing to hide", False),
        ("Graham Tolley", "does not reflect government policy", False),
        ("Graham Tolley", "talking down the economy", True),
        ("", "the mood among backbenchers was", True),
        ("", "People are asking why we found out", True),
        ("", "weeks, not months", True),
        ("Fenella Marsh", "voters would", False),
        ("Callum Dreghorn", "an emergency statement", False),
        ("Hannah Okoro-Lisle", "a gap of that size was", False),
        ("Hannah Okoro-Lisle", "The story here is the politics", False),
        ("Bethan Carrow-Hughes", "the prime minister had read the memo", True),
        ("Julian Stroud", "read everything I need to", False),
        ("Julian Stroud", "doing a superb job", True),
        ("Owain Pritchard", "a non-denial of the most transparent kind", False),
        ("Fenella Marsh", "not survive contact with the facts", False),
        ("Rosalind Ashworth-Keane", "never been more certain", False),
        ("Rosalind Ashworth-Keane", "Nobody is going to bounce me off course", False),
    ],
    "dail_hospital": [
        ("Declan Mulqueen", "every figure had been", False),
        ("Áine Mac Giolla Bhríde", "the project was now", False),
        ("Áine Mac Giolla Bhríde", "a consultant’s report for five months", True),
        ("Áine Mac Giolla Bhríde", "The Taoiseach knew, the", False),
        ("Áine Mac Giolla Bhríde", "That is not a mistake", True),
        ("Declan Mulqueen", "he had seen the report", False),
        ("Declan Mulqueen", "playing politics with a hospital", True),
        ("Seán Ó Floinn", "to allow the", True),
        ("Ciarán Dunleavy", "the overrun was", False),
        ("Ciarán Dunleavy", "Nobody in this House wants", False),
        ("Róisín Kehoe", "convince nobody on a trolley", False),
        ("Eoin Brannigan", "his party would table a motion", False),
        ("Martina Fahy-Rourke", "asking about this for two years", False),
        ("", "the report would be published", True),
        ("Ciarán Dunleavy", "he would bring the report to Cabinet", False),
        ("Ciarán Dunleavy", "I have a hospital to finish", False),
        ("Fergal Moynihan", "overruns on hospital projects were", False),
        ("Fergal Moynihan", "What is unusual here", False),
        ("Declan Mulqueen", "nothing to hide and nothing to fear", False),
    ],
    "senate_estimates": [
        ("Margaret Olufemi-Baird", "the department cannot say how many", False),
        ("Margaret Olufemi-Baird", "the department had", False),
        ("Margaret Olufemi-Baird", "nowhere near complete", True),
        ("Margaret Olufemi-Baird", "I’m not going to give the", False),
        ("Tessa Vanderloo", "answer was", False),
        ("Tessa Vanderloo", "These are not numbers", False),
        ("Brett Kilgallon", "when the minister had first been told", True),
        ("Louisa Thackeray-Ngata", "confident the minister acted", False),
        ("Anil Ramasubramanian", "the matching tool had been", False),
        ("Brett Kilgallon", "switched off after the horse had bolted", False),
        ("Deb Costigan", "talking over witnesses", False),
        ("Anil Ramasubramanian", "rebuilt the checks from the ground up", False),
        ("Gemma Strathairn", "38 staff had been moved", False),
        ("Gemma Strathairn", "We have people working weekends", False),
        ("Tessa Vanderloo", "the Greens would move to refer", False),
        (MINISTERS_SPOKESPERSON, "welcomes any scrutiny", False),
        ("Kate Lindqvist-Moore", "a department that still does not know", False),
    ],
    "rail_delay": [
        ("Jacinta Harrow-Bell", "the project had been", False),
        ("Jacinta Harrow-Bell", "I’m not going to sign a blank cheque", False),
        ("Jacinta Harrow-Bell", "Victorians expect us", True),
        ("Jacinta Harrow-Bell", "always been upfront about the risks", False),
        ("Nick Stavrakis", "contracts for the first stage", False),
        ("Matthew Quennell", "a betrayal of every family", False),
        ("Matthew Quennell", "The premier promised this line", False),
        ("Samira Haddad-Lowe", "the money should go to buses", False),
        ("Peter Ormsby", "deeply disappointed but not surprised", False),
        ("Lorraine Tsakalos", "consistent with advice", False),
        (CONTRACTORS, "costs had risen 30%", False),
        (MINISTERS_OFFICE, "working constructively", False),
        ("Jacinta Harrow-Bell", "My colleagues can count", False),
        ("Jacinta Harrow-Bell", "she had spoken to the prime minister", False),
        ("Jacinta Harrow-Bell", "understood the position completely", True),
        ("Nicole Varga", "the decision made sense on paper", False),
        ("Nicole Varga", "Delays are cheap in the budget papers", False),
    ],
    "bribery_sentencing": [
        (JUDGE, "sold the trust of an entire town", False),
        ("Imogen Fairweather", "corruption dressed up in an invoice", False),
        (JUDGE, "not a flicker of remorse", False),
        (JUDGE, "done nothing but their jobs", True),
        (JUDGE, "You were elected to serve the people", False),
        ("Tom Eastgate", "decades of genuine public service", False),
        ("Tom Eastgate", "a broken man", True),
        (JUDGE, "worse, not better", False),
        ("Priyanka Chaudhry-Wells", "her client had pleaded guilty", False),
        (JUDGE, "plea deserved credit", True),
        (JUDGE, "the engine of this scheme", False),
        ("Ruth Calloway", "send a message to anyone in public life", False),
        ("Joanne Pike", "completely overhauled", False),
        ("Joanne Pike", "We owe residents more than an apology", False),
        ("Desmond Akerley", "the charges", True),
        ("", "he would consider an appeal", True),
    ],
}

ARTICLES = {
    "treasury_memo": TREASURY_MEMO,
    "dail_hospital": DAIL_HOSPITAL,
    "senate_estimates": SENATE_ESTIMATES,
    "rail_delay": RAIL_DELAY,
    "bribery_sentencing": BRIBERY_SENTENCING,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 33 of 71 required when the batch was written (blind). Three were gold slips: an asked question's anchor
#: began with "whether", which is no part of what was asked (1 wrong); "said that answer was …" read as the
#: complementiser and a noun, where the rules read "that" as the determiner of "answer" (anchor "answer was"; 2 wrong);
#: and a quoted predicate after "told MPs that the government had" had its anchor outside the quotation marks, where
#: the rules keep the quoted words alone (anchor moved inside; 0 wrong then, 1 once single marks are read).
#: Then 30. Then 23: quotations set in single marks (‘…’) went unseen, a quoted sentence after its speaker lost and a
#: cue inside one ("and they said nothing") read as a statement; they are read as quotations now (7 rows, 7 wrong;
#: `single_marks`). Then 21: "The Taoiseach, X," with the title tagged an organisation gave X no role, and "The
#: Taoiseach later told reporters" was unnamed (1 row, 2 wrong; `lone_titles`, Irish titles in the lexicons). Then 19:
#: "Imogen Fairweather KC told the jury" read as a place and an organisation went to another barrister (1 row, 2
#: wrong; `honoured_names`). Then 14: an Irish given name with a surname of three words led by "Mac", and a person
#: named after "The Social Democrats’", tagged organisations, are people (2 rows, 5 wrong; `celtic_given_names`,
#: `given_named_people`); "the Independent TD for Clare, X," is X now ("TD" a legislator's title like "MP"), but its
#: quoted predicate after "said she had been" still loses its anchor outside the single marks (1 row, 2 wrong before
#: and after). Left (14): a lede's "The secretary of the Department …" and "a judge said" whose holders are never
#: named with the title, "Ms X, speaking on BBC Radio 4’s Today programme, said" (the parser takes the programme for
#: the subject), "the judge said" after a barrister's clause (given to the barrister), "the federal infrastructure
#: minister’s office" given to a state's minister, a warning inside "prompting the chair, X, to warn …", a lede's
#: "telling TDs that …", and the anchor of the quoted predicate above. Then 9: a name before ", speaking on <a
#: broadcaster's programme>," speaks though the parser made the programme the subject (2 wrong; `speaking_asides`); a
#: participle "telling TDs that …" the parser hung on the clause of "claims that …" is the main subject's (1 wrong;
#: `noun_clause_participles`); "X said …, but the judge said …" no longer gives the judge's words to X (2 wrong;
#: `joined_clause_subjects`). Left (9): the lede's secretary and judge named only later, the chair inside
#: "prompting the chair, X, to warn …", the federal minister's office, and the anchor of the quoted predicate.
#: Then 7: a gold slip mended as in the fortieth batch: the quoted predicate after "said she had been" has its anchor
#: inside the single marks now, where the rules keep the quoted words alone (2 wrong). Left (7): the lede's secretary
#: and judge named only later (4), the chair inside "prompting the chair, X, to warn …" (1), and the federal
#: minister's office given to a state's minister (2).
WRONG_TODAY = 7


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
