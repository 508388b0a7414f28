"""Quotes of a fourth batch of blind long-form probes (longform_probes_fourth.py): the shapes the batch found wrong
and now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_fourth import ARENA, COUNCIL, FERRY, GROCER, PHARMACY, THEATRE

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Maple Crest|Maple Crest Foods"); an empty one is an unnamed
#: source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "arena": [
        ("Dale Prokopchuk", "I remember thinking, this is a joke", False),
        ("Sheila Nakamura", "the town of 2,400 sold more of them", False),
        ("Sheila Nakamura", "People were excited", False),
        ("Saskatchewan Junior Hockey League", "it was the first time in its history", False),
        ("Tom Ferland", "allowed the Ravens to move their games to Wynyard", False),
        ("Tom Ferland", "Nobody wanted to see Kestrel Lake fold", False),
        ("Colton Reimer", "drove over and sat in the parking lot", False),
        ("Colton Reimer", "the only place I", False),
        ("Irene Dubois", "They eat like horses", False),
        ("Gordon Ashdown", "council has approved $1.8 million", False),
        ("Gordon Ashdown", "the most important thing this council will do", True),
        ("Lorraine Whitecap", "water treatment plant is in worse shape", False),
        ("Lorraine Whitecap", "I love hockey as much as anyone", False),
        ("Gordon Ashdown", "the water plant is next on the list", False),
        ("Sheila Nakamura", "1,100 people came through the doors", False),
        ("Sheila Nakamura", "I cried at the anthem", False),
        ("Dale Prokopchuk", "We gave up two goals in the third period", False),
        ("Colton Reimer", "as the people under it", False),
        ("Colton Reimer", "You look up and you see your grade-three teacher", False),
    ],
    "ferry": [
        ("Salish Coast Ferries|Salish Coast", "would cut the last sailing", True),
        ("Marjorie Keeling", "like telling a town on the mainland", False),
        ("Salish Coast Ferries|Salish Coast", "sailing carries an average of eleven vehicles", False),
        ("Salish Coast Ferries|Salish Coast", "regrets the impact on island residents", False),
        ("Salish Coast Ferries|Salish Coast", "has lost 60 deckhands", True),
        ("Anil Chaudhry", "the cut will put lives at risk", False),
        ("Anil Chaudhry", "the last ferry is how patients", False),
        ("Anil Chaudhry", "I had a man with a bowel obstruction", False),
        ("Rebecca Thornbury", "a decision made by people who will never have to live with it", True),
        ("Kevin Mah", "the government had asked the company to review the change", False),
        ("Kevin Mah", "the province does not run the ferries day to day", False),
        ("Kevin Mah", "been clear with the company", False),
        ("Tomas Eriksen", "he started closing an hour earlier", False),
        ("Tomas Eriksen", "I lose maybe three hundred dollars a week", False),
        ("Claire Bouchard", "the cut means she can no longer stay", False),
        ("Claire Bouchard", "The kids ask me why I leave", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Claire Bouchard", "They already know the boat", False),
        ("Marjorie Keeling", "the company has agreed to meet the committee", False),
        ("Dana Whitford", "the operator is running a recruitment campaign", False),
        ("Dana Whitford", "We know how much the island depends on us", False),
        ("Salish Coast Ferries|Salish Coast", "it would add a water taxi", False),
        ("Marjorie Keeling", "a Band-Aid", True),
        ("Marjorie Keeling", "she would take it", False),
        ("Marjorie Keeling", "A Band-Aid is better than bleeding", False),
    ],
    "grocer": [
        ("", "has agreed to be bought by Maple Crest", True),
        ("Maple Crest Foods Inc.|Maple Crest Foods|Maple Crest", "it would keep the Ferreira", False),
        ("Luis Ferreira", "My grandfather sold cabbages", False),
        ("Luis Ferreira", "he will stay on as an adviser", False),
        ("Ana Ferreira-Wong", "the decision was the hardest the family had ever made", False),
        ("Ana Ferreira-Wong", "We had the conversation at my mother", False),
        ("", "the deal was no surprise", True),
        ("Priyanka Deol", "Independent grocers have struggled to compete", False),
        ("Priyanka Deol", "A seven-store chain simply can", False),
        ("Priyanka Deol", "she expected Maple Crest to use the stores", False),
        ("Graham Oduya", "exactly the kind of neighbourhood grocer", False),
        ("Beatrice Lam", "the staff carry her bags to the car", False),
        ("Beatrice Lam", "Will the new people know that?", False),
        ("Raj Menon", "most employees were relieved", False),
        ("Raj Menon", "I told them the truth", False),
        ("UFCW Local 175", "it would seek a meeting with Maple Crest", False),
        ("UFCW Local 175", "a good start, not a guarantee", True),
        ("Luis Ferreira", "three customers hugged him", False),
        ("Luis Ferreira", "One lady told me I was a traitor", False),
        ("Luis Ferreira", "he has no plans to retire", False),
        ("Luis Ferreira", "probably end up working in somebody", False),
    ],
    "council": [
        ("Jon Petrakis", "the decision was about safety, not politics", False),
        ("Jon Petrakis", "Two people were killed on that street", False),
        ("Derek Hollis", "a solution looking for a problem", False),
        ("Derek Hollis", "they had cost businesses on the avenue", False),
        ("Derek Hollis", "My phone has not stopped ringing", False),
        ("Natalie Gruber", "sales at member businesses had fallen", False),
        ("Princess Avenue Business Improvement Area|BIA", "it surveyed its members in the spring", False),
        ("Omar Siddiqui", "found no measurable change", False),
        ("Omar Siddiqui", "Our counts show more people", False),
        ("Natalie Gruber", "The city counted bicycles in June", False),
        ("Fiona Carmichael", "to keep the lanes", False),
        ("Stan Whitlock", "the province should have the power to overrule councils", False),
        ("Stan Whitlock", "If a city can", False),
        ("Helen Brandt", "she would vote with the evidence", False),
        ("Helen Brandt", "I ride a bike", False),
        ("Helen Brandt", "council would ask staff to look at adding loading zones", False),
        ("Hamid Rahimi", "he had lost customers", False),
        ("Hamid Rahimi", "They are old people", False),
        ("Grace Olufemi", "the lanes had changed her life", False),
        ("Grace Olufemi", "Before, I took the bus", False),
        ("Derek Hollis", "he will bring the issue back", False),
        ("Derek Hollis", "This isn", False),
    ],
    "theatre": [
        ("Geneviève Lacombe", "We have eleven days until opening", False),
        ("Geneviève Lacombe", "it had a deficit of $180,000", False),
        ("Geneviève Lacombe", "I learned to say no", False),
        ("Marc-André Bisson", "said everything I have to say", False),
        ("Solange Mercier", "the play reminded her of her father", False),
        ("Solange Mercier", "a speech in the second act", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Solange Mercier", "My mother used to stand at the kitchen window", False),
        ("Ontario Arts Council", "it had increased support for francophone organizations", False),
        ("Ontario Arts Council", "recognizes the unique role", True),
        ("Geneviève Lacombe", "a rounding error", True),
        ("Patrick Gauthier", "are often the only place young francophones", False),
        ("Patrick Gauthier", "If the Rocher goes", False),
        ("Patrick Gauthier", "about a third of the program", False),
        ("Denis Rainville", "the Rocher is in good shape for now", False),
        ("Denis Rainville", "the company had already raised $450,000", False),
        ("Geneviève Lacombe", "That’s the play", False),
    ],
    "pharmacy": [
        ("Kwame Asante", "the change has transformed his days", False),
        ("Kwame Asante", "I used to spend half my time on the phone", False),
        ("Kwame Asante", "done more than 1,100 assessments", False),
        ("Department of Health", "about 74,000 New Brunswickers", False),
        ("New Brunswick Pharmacists’ Association", "210 pharmacies now offer the service", False),
        ("Hélène Cormier", "the numbers show pent-up demand", False),
        ("Hélène Cormier", "People were going without care", False),
        ("Stephen Mallory", "some conditions will be missed", True),
        ("Stephen Mallory", "A sore throat is usually a sore throat", False),
        ("New Brunswick Medical Society", "it supports expanded pharmacy services", False),
        ("New Brunswick Medical Society", "vague", True),
        ("Leah Donovan", "she assumed she would spend the night", False),
        ("", "to try the pharmacy", True),
        ("Leah Donovan", "I was in and out in twenty minutes", False),
        ("Joan Donovan", "need a doctor for my blood pressure pills", False),
        ("Claudette Arseneau", "the government plans to add ten more conditions", False),
        ("Claudette Arseneau", "the program had saved the health system", False),
        ("Ben Sawatsky", "the program is a good idea but no substitute", False),
        ("Ben Sawatsky", "Pharmacists are doing great work", False),
        ("Kwame Asante", "he would like the province to pay pharmacists", False),
        ("Kwame Asante", "the fee barely covers the cost", False),
        ("Kwame Asante", "happy to do it", False),
    ],
}


def test_a_short_first_part_of_a_split_quotation_is_the_speakers_not_a_scare_quote(nlp):
    """ "“Okay,” she says finally. “Okay. That's the play.”": one word in marks, a cue and another quotation make a
    split quote of the one who says it, not a continuation of the quote before."""
    rows = said_by(
        nlp,
        f"Director Mona Lachance watches the scene. The board chair, Denis Roy, says the company is in good shape. "
        f"Lachance stops the actors twice. {L}Okay,{R} she says finally. {L}Okay. That{chr(0x2019)}s the play.{R}",
    )
    assert rows[-1] == ("Mona Lachance", f"{L}Okay,{R} {L}Okay. That{chr(0x2019)}s the play.{R}")


def test_a_bare_word_for_a_doer_after_a_quotation_continues_the_paragraphs_speaker(nlp):
    """ "“…,” the pharmacist said" after Osei spoke in the paragraph, no one else named since: Osei."""
    rows = said_by(
        nlp,
        "Kwabena Osei owns a drugstore in Moncton. Osei says he would like the province to pay for the time the "
        f"assessments take. Right now, he says, the fee barely covers the rent. {L}We are happy to do it,{R} the "
        f"pharmacist said. {L}We just cannot do it for free forever.{R}",
    )
    assert rows[-1] == ("Kwabena Osei", f"{L}We are happy to do it,{R} {L}We just cannot do it for free forever.{R}")


def test_a_description_with_more_words_or_an_office_stays_as_the_news_gold_leaves_it(nlp):
    """ "the Florida senator", "the president": descriptions of a title are not resolved by the speaker before."""
    rows = said_by(
        nlp,
        f"Senator Carl Voss said the bill was dead. {L}I stand by everything I said in the campaign,{R} the Florida "
        "senator said.",
    )
    assert rows[-1][0] != "Carl Voss"


def test_a_sentence_after_a_quotation_that_tells_of_something_else_does_not_take_it(nlp):
    """ "“I don't think so.” Store manager Raj Menon, who …, told staff about the sale at a meeting …": Menon's
    sentence goes on well past its verb, so the quotation continues the question's speaker."""
    rows = said_by(
        nlp,
        f"Beatrice Lam, 81, has shopped at the store since 1979. {L}Will the new people know that?{R} she asked. "
        f"{L}I don{chr(0x2019)}t think so.{R} Store manager Raj Menon, who has worked there for 22 years, told staff "
        "about the sale at a meeting before the doors opened Monday.",
    )
    assert rows == [("Beatrice Lam", f"{L}Will the new people know that?{R} {L}I don{chr(0x2019)}t think so.{R}")]


def test_a_pronoun_in_a_clause_hung_on_a_named_subject_is_that_person(nlp):
    """ "Arsenault drew laughs when she described …": the subject of the clause the "when" clause hangs on."""
    rows = said_by(
        nlp,
        "The candidates are Peter Lindgren and Monique Arsenault. Lindgren pushed the talk toward transit. The "
        "independents stayed out of the fray, though Arsenault, a retired principal, drew laughs when she described "
        f"the debate as {L}six people agreeing that housing is expensive.{R}",
    )
    assert rows[-1][0] == "Monique Arsenault"


def test_the_body_an_organisation_named_before_ends_with_speaks_as_it(nlp):
    """ "The medical society said" after the New Brunswick Medical Society was named."""
    rows = said_by(
        nlp,
        "Dr. Stephen Mallory is a past president of the New Brunswick Medical Society. The medical society said in a "
        "statement that it supports expanded pharmacy services but wants clear rules.",
    )
    assert rows[-1] == ("New Brunswick Medical Society", "it supports expanded pharmacy services but wants clear rules")


def test_a_name_set_off_from_its_cue_by_a_participles_clause_speaks(nlp):
    """ "“…,” steward Ida Marsh, wearing a straw hat and “Go Tobin” badges, said …": the parser may leave the cue
    with no subject; the name before the clause is who said it, and the name in marks on the badges is no part of it."""
    rows = said_by(
        nlp,
        f"{L}The race was slower than last year,{R} steward Ida Marsh, wearing a straw hat and {L}Go "
        f"Tobin{R} badges, said matter-of-factly as the last boats drifted past her.",
    )
    assert rows == [("Ida Marsh", f"{L}The race was slower than last year,{R}")]
    rows = said_by(
        nlp,
        "Small protests, Mr. Tobin said, are acts of civic duty, whether it was sitting in at a town hall in the "
        "valley in the 1970s or holding up a sign printed with the words ''We need the mill,'' as Roy Vance, kneeling "
        "on the steps of the mill in Port Alder, said before he left.",
    )
    assert "Roy Vance" not in [speaker for speaker, _ in rows]  # a clause of "as" names no one for the cue after it


ARTICLES = {
    "arena": ARENA,
    "ferry": FERRY,
    "grocer": GROCER,
    "council": COUNCIL,
    "theatre": THEATRE,
    "pharmacy": PHARMACY,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 19 when the batch was written, 5 after the rules it brought, 3 after an object pronoun ("Kevin Mah told
#: her") was no longer taken for the subject's gender, 1 after a "she" right after "Her mother, Joan Donovan, …" was
#: taken for the mother. Left: "according to its annual report" makes an unnamed source of a document.
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
