"""Quotes of a fifth batch of blind long-form probes (longform_probes_fifth.py): the shapes the batch found wrong and
now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_fifth import FESTIVAL, HOUSING, LIBRARY, SAWMILL, SENTENCING, TICKS

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Carol|Carol Lindqvist"); an empty one is an unnamed source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "library": [
        ("Rosalind Achterberg", "had never seen a picture book float", False),
        ("City of Pine Hollow|Pine Hollow", "a sump pump failed during the storm", False),
        ("Ernie Paquette", "The smell was the worst part", False),
        ("Ernie Paquette", "he spent a week with fans", False),
        ("Rosalind Achterberg", "We are a library without a building", False),
        ("Hana Sorensen", "the gym is loud", False),
        ("Hana Sorensen", "They used to come home with a stack", False),
        ("Walter Brezinski", "the board will ask council for $2.3 million", False),
        ("Walter Brezinski", "a mistake we made in", True),
        ("Walter Brezinski", "We are not going to put books in a basement", False),
        ("Walter Brezinski", "the insurance payout would cover", False),
        ("CUPE Local 3381", "the flood exposed years of neglect", False),
        ("CUPE Local 3381", "members had reported water stains", False),
        ("CUPE Local 3381", "Management was told", True),
        ("Darlene Moose", "no staff have lost their jobs", False),
        ("Darlene Moose", "People are paying their rent", False),
        ("|City of Pine Hollow|Pine Hollow", "the city had no record", True),
        ("|City of Pine Hollow|Pine Hollow", "an independent engineer is reviewing", True),
        ("Rosalind Achterberg", "Some of those books had been read", False),
        ("Rosalind Achterberg", "donations have poured in", False),
        ("Rosalind Achterberg", "I have boxes in my office", False),
    ],
    "sentencing": [
        ("Priya Venkataraman", "the sentence had to send a message", False),
        ("Priya Venkataraman", "The roads of this province are not a racetrack", False),
        ("Alana Fitzsimmons", "Brandvold had two previous convictions", False),
        ("Alana Fitzsimmons", "This was not a mistake", False),
        ("Raymond Osei-Bonsu", "his client had taken responsibility", False),
        ("Raymond Osei-Bonsu", "He does not ask for forgiveness", False),
        ("Priya Venkataraman", "she accepted that Brandvold was remorseful", False),
        ("Priya Venkataraman", "Remorse is real", False),
        ("Marguerite Leblanc", "her son as a second-year nursing student", True),
        ("Marguerite Leblanc", "I still keep my phone on the table", False),
        ("Marguerite Leblanc", "not enough, but it is something", False),
        ("Sophie Leblanc", "the family would push for tougher rules", False),
        ("Sophie Leblanc", "Two convictions, and he still had a truck", False),
        ("|Manitoba Justice", "the province is reviewing its ignition interlock", True),
        ("|Manitoba Justice", "the review will be finished", True),
        ("Kyle Brandvold", "I think about Julien every day", False),
        ("Raymond Osei-Bonsu", "his client would not appeal", False),
        ("Raymond Osei-Bonsu", "He wants this to be over for the family", False),
        ("Marguerite Leblanc", "We will stand where he stood", False),
    ],
    "sawmill": [
        ("Northwood Forest Products Ltd.|Northwood Forest Products|Northwood", "it will close the operation", True),
        ("Northwood Forest Products Ltd.|Northwood Forest Products|Northwood", "a shortage of timber", False),
        ("Graham Tessier", "the decision was painful", False),
        ("Graham Tessier", "This is a mill with a proud history", False),
        ("Northwood Forest Products Ltd.|Northwood Forest Products|Northwood", "it will offer severance", False),
        ("Unifor Local 1127|Unifor", "it was blindsided", False),
        ("Unifor Local 1127|Unifor", "it learned of the closure", False),
        ("Bernadette Kowalchuk", "They had months to plan this", False),
        ("Bernadette Kowalchuk", "the union would ask the province to find a buyer", False),
        ("Bernadette Kowalchuk", "can still make money under an owner", False),
        ("|Arjun Dhillon", "had spoken with Northwood", True),
        ("Lise Fortier", "roughly one in four households", False),
        ("Lise Fortier", "It’s not just 212 jobs", False),
        ("Lise Fortier", "she had called the premier", False),
        ("Lise Fortier", "the town would lose about $900,000", False),
        ("Devika Raman", "situation is common across the north", False),
        ("Devika Raman", "When a single-industry town loses its industry", False),
        ("Devika Raman", "towns that have found new employers", False),
        ("Pete Lindqvist", "he is too young to retire", False),
        ("Pete Lindqvist", "Where am I going to go?", False),
        ("Carol|Carol Lindqvist", "the couple had been planning a trip", False),
        ("Carol|Carol Lindqvist", "go to the lake instead", False),
        ("Pete Lindqvist", "For now", False),
    ],
    "housing": [
        ("Tamsin Okafor-Reid", "the province will miss its target", False),
        ("Tamsin Okafor-Reid", "high interest rates and a shortage of skilled trades", False),
        ("Tamsin Okafor-Reid", "I would rather be honest with Ontarians", False),
        ("Tamsin Okafor-Reid", "the province would publish a revised timeline", False),
        ("Daniel Mbeki-Strand", "finally admitted what every renter", False),
        ("Daniel Mbeki-Strand", "This minister has had two years", False),
        ("Daniel Mbeki-Strand", "to build public housing directly", True),
        ("Colleen Arbuthnot", "the announcement confirmed the need", False),
        ("Colleen Arbuthnot", "the first honest thing this government has said", False),
        ("Ontario Home Builders’ Association", "it welcomed the minister", False),
        ("Ravi Castellano", "builders are ready to build", False),
        ("Ravi Castellano", "two-bedroom condo in the GTA", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Ravi Castellano", "Until governments at every level", False),
        ("Association of Municipalities of Ontario|AMO", "cities had approved more housing", False),
        ("Association of Municipalities of Ontario|AMO", "Shovels are", True),
        ("Gerald Nakashima", "the province should let cities charge", False),
        ("Tamsin Okafor-Reid", "a question for the premier", False),
        ("Douglas Whitmore", "full confidence", False),
        ("Douglas Whitmore", "She is doing exactly what I asked her to do", False),
    ],
    "ticks": [
        ("Ingrid Halvorsen", "the numbers her students collect", False),
        ("Ingrid Halvorsen", "When I started, we would drag", False),
        ("Ingrid Halvorsen", "warmer winters are letting ticks survive", False),
        ("Office of the Chief Medical Officer of Health", "reached 412 last year", False),
        ("Office of the Chief Medical Officer of Health", "the true number is likely higher", False),
        ("Yusuf Adeyemi-Clarke", "the province is expanding free testing", False),
        ("Yusuf Adeyemi-Clarke", "We want people to send us the tick", False),
        ("Public Health Agency of Canada", "its models show that by 2050", False),
        ("Public Health Agency of Canada", "only the", False),
        ("Melanie Comeau", "I went to three different doctors", False),
        ("Lyme NB", "doctors in the province still miss early cases", False),
        ("Bernard Thibodeau", "the group has asked the College", False),
        ("Bernard Thibodeau", "We are not anti-doctor", False),
        (
            "College of Physicians and Surgeons of New Brunswick",
            "Lyme disease is already part of continuing education",
            False,
        ),
        ("Ingrid Halvorsen", "most bites do not transmit the disease", False),
        ("Ingrid Halvorsen", "stop going outside", False),
        ("Ingrid Halvorsen", "Long pants, light colours", False),
        ("Tessa Lunn", "Check behind your knees", False),
        ("Tessa Lunn", "she finds ticks on herself", False),
    ],
    "festival": [
        ("Fionnuala MacPhee", "the Gathering came within a week of cancelling", False),
        ("Fionnuala MacPhee", "I had the letter written", False),
        ("Atlantic Mutual Insurance", "refocusing its community investment", False),
        ("Atlantic Mutual Insurance", "many wonderful years", True),
        ("Fionnuala MacPhee", "the news came by email", False),
        ("Fionnuala MacPhee", "Eighty-five thousand dollars is a third", False),
        ("Rhona Beaton", "the money came from everywhere", False),
        ("Rhona Beaton", "A woman in New Zealand sent us", False),
        ("Kenneth Oyelaran", "the Gathering brings an estimated", False),
        ("Kenneth Oyelaran", "This is not charity", False),
        ("Fionnuala MacPhee", "she does not know what will happen in 2027", False),
        ("Alasdair Gillis", "the festival is now looking for several smaller sponsors", False),
        ("Alasdair Gillis", "We put all our eggs in one basket", False),
        ("Ewan MacKinnon", "I was shaking the whole time", False),
        ("Hector MacKinnon", "He plays better than I did", False),
        ("Fionnuala MacPhee", "she finally let herself believe", False),
        ("Fionnuala MacPhee", "That boy is the reason we do this", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Fionnuala MacPhee", "\u201cHim.\u201d", False),
    ],
}


def test_a_question_put_to_the_speaker_before_a_manner_cue_is_not_what_she_said(nlp):
    """ "Asked whether the missed target put her job at risk, Okafor-Reid laughed.": the participle's clause is the
    question she was asked, not her words."""
    rows = said_by(
        nlp,
        "Housing Minister Ada Okonjo-Price spoke to reporters on Wednesday. Asked whether the missed target put her "
        f"job at risk, Okonjo-Price laughed. {L}That is a question for the premier,{R} she said.",
    )
    assert rows == [("Ada Okonjo-Price", f"{L}That is a question for the premier,{R}")]


def test_a_relatives_full_name_taken_for_an_organisation_is_a_person_a_pronoun_may_stand_for(nlp):
    """ "Marguerite Leblanc" and "Sophie Leblanc" tagged organisations beside Julien Leblanc: people, so "she told the
    court" after "She described her son …" is the mother, not the judge named before."""
    rows = said_by(nlp, SENTENCING[0], SENTENCING[2])
    assert (
        "Marguerite Leblanc",
        f"{L}I still keep my phone on the table at ten o{chr(0x2019)}clock,{R} {L}I know it "
        f"won{chr(0x2019)}t ring. I keep it there anyway.{R}",
    ) in rows
    assert ("Sophie Leblanc", "the family would push for tougher rules for drivers with previous convictions") in rows


def test_a_quotation_opened_inside_what_was_said_is_said_to_its_closing_mark(nlp):
    """ "she said the sentence was “not enough, but it is something.”": the parser hangs "but it is something" on the
    cue; the words inside the marks are hers all the same."""
    rows = said_by(
        nlp, f"Outside the courthouse, Ines Marchetti said the sentence was {L}not enough, but it is something.{R}"
    )
    assert rows == [("Ines Marchetti", f"the sentence was {L}not enough, but it is something.{R}")]


def test_a_surname_two_people_share_is_a_person_the_latest_named(nlp):
    """ "the elder MacKinnon said" after Ewan and then his grandfather Hector MacKinnon: the surname is a person's
    though the recogniser took it for an organisation, and the one named last is meant."""
    rows = said_by(nlp, FESTIVAL[3])
    assert rows[1][0] == "Hector MacKinnon"


def test_an_organisations_name_cut_before_of_and_a_country_keeps_it(nlp):
    """ "The Public Health Agency of Canada also tracks the spread. The agency says …": the recogniser stopped the name
    before "of Canada"."""
    rows = said_by(nlp, TICKS[1])
    assert [speaker for speaker, quote in rows if "only the beginning" in quote] == ["Public Health Agency of Canada"]


def test_a_paragraph_of_one_short_quoted_sentence_goes_on_quoting_the_speaker_before(nlp):
    """ "“Not the money. Not the tourists." and then a paragraph of its own, "“Him.”": one word, but the whole
    paragraph and a sentence, so the words of who spoke before, not a name in marks: the end of her quote, which
    runs on into it with no cue (spanning)."""
    rows = said_by(nlp, *FESTIVAL)
    assert rows[-1][0] == "Fionnuala MacPhee" and rows[-1][1].endswith(f"Not the tourists. {L}Him.{R}")


def test_a_quotation_alone_before_a_sentence_that_brings_in_a_speaker_is_that_speakers(nlp):
    """ "“The smell was the worst part.” Ernie Paquette, the branch's custodian, says he spent …": the person named for
    the first time right after, as the subject of a cue, said it; not the city that spoke before."""
    rows = said_by(nlp, LIBRARY[0])
    assert ("Ernie Paquette", f"{L}The smell was the worst part.{R}") in rows
    rows = said_by(
        nlp,
        f"Mayor Lena Fisk says the road will reopen in May. {L}We have heard that before.{R} Fisk says the contractor "
        "has been paid.",
    )
    assert rows[1] == ("Lena Fisk", f"{L}We have heard that before.{R}")  # named before: no one brought in


ARTICLES = {
    "library": LIBRARY,
    "sentencing": SENTENCING,
    "sawmill": SAWMILL,
    "housing": HOUSING,
    "ticks": TICKS,
    "festival": FESTIVAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 46 when the batch was written, 29 after the rules it brought, 20 after the sixth batch's (a union local
#: keeping its number, offices that speak for their holder, "the younger" and "the elder", "his lawyer"); 16 as
#: measured on main when the seventh batch was written (later mends had lowered it unrecorded); 15 after "That advice
#: comes from X" named the speaker of a quotation after another speaker's quote in the same block; 13 after "the
#: college" was the College of Physicians and Surgeons named before, the noun that heads its name before "of"; 11
#: after "“…,” the post said" and "the statement said" spoke for who said something "in a post" or "in a statement";
#: 4 after "her husband" after "His wife, Carol," was the man "his" meant, "Ontario's housing minister says" the
#: Housing Minister the next sentence names, "The group says" the one described as "a patient group" and "It said"
#: after "A spokesperson for the City of …" that city (quotes46); 2 after "the New Democrat wrote" was the person
#: just named as a subject, as "the Republican" is (quotes48).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
