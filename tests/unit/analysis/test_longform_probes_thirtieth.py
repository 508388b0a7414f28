"""Quotes of a thirtieth batch of blind probes (longform_probes_thirtieth.py, Canadian long-form web features): the
whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtieth import ARENA, BUSES, GROCERY, INQUEST, LIBRARY

HOCKEY = "Birch Hollow Minor Hockey Association|association|The association|group|The group"
PROVINCE = (
    "Saskatchewan’s Ministry of Government Relations|Ministry of Government Relations|ministry|The ministry"
    "|Government Relations"
)
ADVOCATES = "Justicia Norte|group|The group"
LABOUR = "Ontario’s Ministry of Labour|Ministry of Labour|ministry|The ministry"
DEPARTMENT = (
    "Crown-Indigenous Relations and Northern Affairs Canada|Northern Affairs Canada|department|The department"
)
COMPANY = "Maritime Student Coach|company|The company"
BOARD = "Fort Ridley Public Library Board|Library Board|board|The board"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A quotation split by its cue is
#: one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is the same
#: quote; a quotation a speaker recalls inside their own is optional, to its speaker or to nobody; a post's or a
#: report's words are its author's; "speaks through his granddaughter" is a cue of the elder's, and what she says as
#: she translates may go to either; "called the recommendations a start" is borderline (optional), and so is what
#: "the districts" (named by no proper name) say.
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
#: measured.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
