"""Quotes of a thirtieth batch of blind probes (longform_probes_thirtieth.py, Canadian long-form web features): the
whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_thirtieth import ARENA, BUSES, GROCERY, INQUEST, LIBRARY

HOCKEY = "Birch Hollow Minor Hockey Association|association|The association|group|The group"
PROVINCE = (
    "Saskatchewan’s Ministry of Government Relations|Ministry of Government Relations|ministry|The ministry"
    "|Government Relations"
)
ADVOCATES = "Justicia Norte|group|The group"
LABOUR = "Ontario’s Ministry of Labour|Ministry of Labour|ministry|The ministry"
DEPARTMENT = "Crown-Indigenous Relations and Northern Affairs Canada|Northern Affairs Canada|department|The department"
COMPANY = "Maritime Student Coach|company|The company"
BOARD = "Fort Ridley Public Library Board|Library Board|board|The board"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A quotation split by its cue is
#: one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is the same
#: quote; a quotation a speaker recalls inside their own is optional, to its speaker or to nobody; a post's or a
#: report's words are its author's; "speaks through his granddaughter" is a cue of the elder's, and what she says as
#: she translates may go to either; "called the recommendations a start" is borderline (optional), and so is what
#: "the districts" (named by no proper name) say. One correction made after the first run, by GUIDELINES.md:
#: "according to the library’s own count" is a borderline source (a count is a document, the library's), optional.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "arena": [
        ("Darrel Kuzyk", "I came in on the Saturday to flood the ice", False),
        ("Darrel Kuzyk", "he checks the roof from the road", False),
        ("Colette Aubry-Lind", "I looked up during the second period", False),
        ("Gerald Ostrowski", "It wasn’t a close call", False),
        ("Gerald Ostrowski", "the town’s reserve fund holds about", False),
        ("Tanya Beaudry", "We eat supper in the truck", False),
        ("Cole Beaudry", "It’s not the same rink", False),
        ("Tanya Beaudry", "three families have already pulled", False),
        (HOCKEY, "it would finish the year by renting ice", False),
        (HOCKEY, "We are not folding", False),
        (HOCKEY, "its rental bill for the winter", False),
        ("Owen Nakamura-Ruis", "the association would rather spend", False),
        ("Owen Nakamura-Ruis", "Every dollar we send", False),
        (PROVINCE, "small communities can apply", False),
        (PROVINCE, "Birch Hollow has not yet applied", False),
        ("Gerald Ostrowski", "the town will", False),
        ("Gerald Ostrowski", "You can’t ask for half", False),
        ("Elsie Moran", "We skated in mitts", False),
        ("Elsie Moran", "it will reopen", False),
        ("Darrel Kuzyk", "I kept my keys", False),
    ],
    "inquest": [
        ("Mateo Tzul", "He asked for water twice", False),
        ("Mateo Tzul|", "At the end of the row", True),
        ("Mateo Tzul", "his brother had been sick for two days", False),
        ("Mateo Tzul", "If you are sick you do not work", False),
        ("Adrienne Castonguay", "the farm had no written plan", False),
        ("Adrienne Castonguay", "Shade is not a luxury", False),
        ("Bryce Holloway", "the owners had bought coolers", False),
        ("Bryce Holloway", "My clients grieve this man", False),
        ("Bryce Holloway", "Tzul had a heart condition", False),
        ("Nadine Okimaw", "an inquest does not find fault", False),
        ("Nadine Okimaw", "You are not here to blame anyone", False),
        ("", "the coolers were real", False),
        ("", "Nobody walks ten minutes", False),
        (ADVOCATES, "the recommendations a start", True),
        (ADVOCATES, "Seventeen recommendations and not one", False),
        (ADVOCATES, "it would ask the province", False),
        (LABOUR, "it would review the verdict", False),
        ("Mateo Tzul", "he would go back to the farm in April", False),
        ("Mateo Tzul", "I have three children", False),
        ("Adrienne Castonguay", "the family will consider a civil claim", False),
        ("Adrienne Castonguay", "The jury heard him", False),
    ],
    "grocery": [
        ("Jordan Flett", "People look at a picture of this shelf", False),
        ("Jordan Flett", "the freight on a pallet", False),
        ("Tamara Flett", "We buy three months of flour", False),
        ("Marlene Sinclair-Keeper", "the federal subsidy meant to lower", False),
        ("Marlene Sinclair-Keeper", "The subsidy goes to the retailer", False),
        ("Marlene Sinclair-Keeper", "the band wants the money paid directly", False),
        ("Kiana|Abel Sinclair", "He says when he was young", False),
        ("Abel Sinclair", "there are fewer fish now", False),
        ("Gemma Halvorsen", "diabetes is now the most common reason", False),
        ("Gemma Halvorsen", "I can tell a mother", False),
        (DEPARTMENT, "the subsidy program lowered prices", False),
        (DEPARTMENT, "it is reviewing the program", False),
        ("Tracy Oduya-Belcourt", "the receipts tell only part", False),
        ("Tracy Oduya-Belcourt", "The subsidy is real", False),
        ("Tracy Oduya-Belcourt", "a family of four in Kinosew Lake", False),
        ("Rory Bighetty-Lam", "The first year we grew", False),
        ("Rory Bighetty-Lam", "the school hopes to sell greens", False),
        ("Jordan Flett", "he would stock them", False),
        ("Jordan Flett", "Anything that doesn’t come on a plane", False),
        ("Marlene Sinclair-Keeper", "the greenhouse is a start", False),
        ("Marlene Sinclair-Keeper", "You can’t grow a winter", False),
    ],
    "buses": [
        ("Shauna Doiron", "You get the message at 6:55", False),
        ("Shauna Doiron", "she has been late for work 19 times", False),
        ("Émilie Doiron|Émilie", "I like the bus", False),
        ("Émilie Doiron|Émilie", "her mother drives too fast", False),
        ("Raymond LeBlanc", "to get out of the house", False),
        ("Raymond LeBlanc", "The kids on the second route", False),
        ("Raymond LeBlanc", "is not the problem so much as the hours", False),
        (COMPANY, "it is short 31 drivers", False),
        (COMPANY, "We have buses", False),
        (COMPANY, "it has raised its starting wage", False),
        ("Pierre-Luc Gallant", "the company trains new drivers for free", False),
        ("Pierre-Luc Gallant", "They find out what 6:30", False),
        ("|districts|The districts|Anglophone and Francophone districts", "they share the problem", True),
        ("Karine Thériault", "families on cancelled routes get a text", False),
        ("Karine Thériault", "We know the text is not a solution", False),
        ("Martin Cormier", "the split shift is why no one stays", False),
        ("Martin Cormier", "Pay a driver for the whole", False),
        ("Martin Cormier", "the union put that idea to the province", False),
        ("|minister|education minister|The minister", "studying all options", False),
        ("Shauna Doiron", "We are three mothers", False),
    ],
    "library": [
        ("Hana Mirza", "I remember thinking", False),
        ("Central Library|Fort Ridley Public Library|library|The library", "employees have reversed 27", True),
        ("Everett Cole", "She saved my life", False),
        ("Everett Cole", "he has been sober since the summer", False),
        ("Delroy Baptiste", "At first I was scared", False),
        ("Delroy Baptiste", "the hardest part is the hour after", False),
        (BOARD, "the program costs about $6,000", False),
        (BOARD, "Libraries have always been", False),
        ("Brent Halloran", "he supports the training", False),
        ("Brent Halloran", "We hired these people", False),
        ("Brent Halloran", "council will be asked this spring", False),
        ("Simone Delacroix-Wu", "no one is made to do it", False),
        ("Simone Delacroix-Wu", "Every person who carries a kit", False),
        ("Lena Okafor-Grant", "naloxone cannot hurt someone", False),
        ("Lena Okafor-Grant", "If you are not sure, give it", False),
        ("Lena Okafor-Grant", "she has trained about 300 library workers", False),
        ("Lena Okafor-Grant", "a month later", False),
        ("Lena Okafor-Grant|", "I hope I never use it", True),
        ("Hana Mirza", "she came in early", False),
        ("Yvonne Petrakis", "I wrote it in libraries", False),
        ("Yvonne Petrakis", "she will read the last chapter", False),
        ("Hana Mirza", "I’ll bring a kit", False),
    ],
}

ARTICLES = {"arena": ARENA, "inquest": INQUEST, "grocery": GROCERY, "buses": BUSES, "library": LIBRARY}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 23 of 99 required when the batch was written (blind; the one correction after the first run left it at 23).
#: Then 14 after six mends, each a fictional test below: "knelt beside a man … into his nose" made the librarian a man,
#: and her "she says" went to another woman, though she had spoken earlier in the paragraph (only a topic who spoke in
#: that sentence counted) (2, `genders._other_person_noun_before` and `recent_topics.latest_topic`); "Kuzyk, asked
#: whether …, does not answer" made the question his quote (1, `put_questions`); "The mother of two says" had no speaker
#: (2, `counted_parents`); "the boy says" had no speaker, and "His mother says" none after it (4, `described_children`
#: and the quotation step-back of `recent_topics._sentence_before`). Then 12: "the manager says" went to a teacher "who
#: runs the project", named after the manager "who has managed the store" (2, `relative_roles._own_verb`). Left: "who
#: says the town’s reserve fund holds …", cut at "fund" by the parse (2); "reminded the jurors that" (1: "remind" as a
#: cue lost more than it found on train, tried and dropped); "insists the town will, once …" (1); "because he fears
#: losing his place" a quote of the wrong man (1); an elder "speaks through his granddaughter, Kiana" and her "she says"
#: went to the chief, his "He adds" to another man (4); "Maritime Student Coach, the company that …, says" unnamed, the
#: name untagged (2); "according to the library’s own count" unnamed (1). 9 after an untagged name that an apposition
#: right after it calls a body ("X, the company that …,") spoke as that organisation (`apposed_bodies`).
#: Then 8: "Ostrowski insists the town will, once it knows …", a subject and a modal whose verb is left out, is said
#: with the condition set off after it (elided_clauses, 1).
WRONG_TODAY = 8


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_his_after_another_man_named_tells_nothing_of_the_named_womans_gender(nlp):
    """ "librarian Hana Mirza knelt beside a man … and pushed naloxone into his nose": the "his" was counted as the
    librarian's, she was taken for a man, and her later "she says" went to another woman."""
    rows = said_by(
        nlp,
        "Nurse Jo Abara knelt beside a man who had collapsed on the platform and checked his pulse.",
        "Her colleague on the night shift, Yvonne Varga, called the paramedics. “They came in six minutes,” says "
        "Varga. Abara stayed with the man until they came. “He was breathing, barely,” she says.",
    )
    assert rows[-1] == ("Jo Abara", "“He was breathing, barely,”")


def test_she_is_the_subject_just_before_who_spoke_earlier_in_the_paragraph(nlp):
    """ "Mirza says the morning after she revived Cole, she came in early …. [a poet speaks] Mirza plans to be in the
    front row. “I’ll bring a kit,” she says.": the librarian, whose gender the article never told, had spoken in the
    paragraph, and the quote went to the poet, known to be a woman, who spoke just before."""
    rows = said_by(
        nlp,
        "On a Sunday in April, in the quiet reading room on the third floor of the Eastgate branch in Moose Jaw, "
        "Sask., librarian Robin Oyelaran knelt beside a man who was not breathing and pushed a dose of naloxone into "
        "his nose. “I remember thinking, this is the archives,” says Oyelaran, 41. The man woke up about two minutes "
        "later. His name is Tomas Reale, and he comes back to the library most days.",
        "Lena Grant-Ashby, a public health nurse who runs the training sessions, notes that naloxone cannot hurt "
        "someone who has not taken opioids. “If you are not sure, give it. That is the whole lesson,” says the nurse."
        " Grant-Ashby says she has trained about 300 library workers across the province. “They say, ‘I hope I never "
        "use it,’ and then, a month later, they call me and say they did,” she says. Oyelaran says the morning after "
        "she revived Reale, she came in early and sat in her car for twenty minutes before she could go inside. She "
        "went in anyway. The library’s spring reading series opens next month with Yvonne Varga, a poet from Regina "
        "whose second book, Agnes on the Stairs, is about her mother’s addiction. “I wrote it in libraries, so it "
        "belongs in one,” Varga says. She says she will read the last chapter, which is set in a library washroom. "
        "Oyelaran plans to be in the front row. “I’ll bring a kit,” she says. “I always do.”",
    )
    assert rows[-1][0] == "Robin Oyelaran"


def test_a_question_put_to_a_person_before_a_verb_of_theirs_is_no_quote(nlp):
    """ "Kuzyk, asked whether he expects to flood that ice again, does not answer right away.": the parser read
    "asked" as his own past tense, and the question was a quote of his."""
    assert said_by(nlp, "Okafor, asked whether she will run again, does not answer right away.") == []


def test_the_mother_of_two_is_the_woman_the_story_follows(nlp):
    """ "“…,” says Doiron, who works … The mother of two says …": the description had no speaker."""
    rows = said_by(
        nlp,
        "“You learn to sleep in the afternoon,” says Lindqvist, who works nights at a bakery in Moncton. The mother "
        "of two says she has missed four school concerts this year.",
    )
    assert [speaker for speaker, _ in rows] == ["Lindqvist", "Lindqvist"]


def test_the_boy_is_the_child_named_with_his_age_before_a_quotation_of_two_sentences(nlp):
    """ "Cole Beaudry, 12, plays defence …. “It’s not the same rink. Nobody knows us there,” the boy says.": "the boy"
    had no speaker, and the child brought in just before the quotation was passed over for a man who spoke before,
    as the quotation's first sentence stood between them."""
    rows = said_by(
        nlp,
        "“The ice is fast here,” says coach Frank Miller. Miller has run the club since 2004, and he still drives the "
        "ice resurfacer himself. Rowan Lopez, 11, plays goal on the under-13 team. “The rink is cold. The coach is "
        "nice,” the boy says.",
    )
    assert rows[-1][0] == "Rowan Lopez"


def test_the_manager_is_the_one_who_manages_not_the_one_who_runs_something(nlp):
    """ "says Jordan Flett, who has managed the store …. “…,” says teacher Rory Bighetty-Lam, who runs the project.
    … “…,” the manager says.": "runs" gives a manager too, and the quote went to the teacher named last."""
    rows = said_by(
        nlp,
        "“We order every week,” says Jordan Kask, who has managed the store since 2019. “The first year we grew forty "
        "pounds of tomatoes,” says teacher Rory Lam, who runs the garden project. Kask says he would stock them. "
        "“Anything that does not come on a plane is a good day for me,” the manager says.",
    )
    assert rows[-1][0] == "Jordan Kask"
