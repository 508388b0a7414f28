"""Quotes of a ninety-third batch of blind probes (longform_probes_ninetythird.py, a long-form Canadian city feature
on homelessness, encampments and rents as city dailies' web pages deliver it, in long blocks: a council vote to clear
a park encampment, why rents keep climbing while towers go up, and a cold snap that fills a shelter): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetythird import ENCAMPMENT, RENTS, SHELTER

VASQUEZ = "Marguerite Vasquez-Thorold"
OUTREACH = "city’s outreach team|the city’s outreach team|outreach team"
OKAFOR = "Desmond Okafor-Lindqvist"
PREWITT = "Janelle Prewitt-Sagan"
MALINOWSKI = "Oskar Malinowski-Dunne"
ACHEBE = "Bernard Achebe-Lowry"
MINISTRY = (
    "Ministry of Municipal Affairs and Housing|Ontario’s Ministry of Municipal Affairs and Housing|the Ministry of "
    "Municipal Affairs and Housing|ministry|the ministry|The ministry"
)
NETWORK = (
    "Calder Valley Tenants’ Network|the Calder Valley Tenants’ Network|network|the network|The network|group|the "
    "group|tenants’ network|the tenants’ network"
)
SETHURAMAN = "Priyanka Sethuraman-Boyd"
FERREIRA = "Gideon Ferreira-Masson"
DUMONT = "Rochelle Dumont-Abiodun"
BRZEZINSKI = "Walter Brzezinski-Holm"
PROVINCE = "Ontario|province|the province|The province"
ACHTERBERG = "Rosalind Achterberg-Nye"
ABERNATHY = "Fiona Abernathy-Quist"
NAKAMURA = "Curtis Nakamura-Bell"
LAFRAMBOISE = "Denise Laframboise-Tate"
CITY = "City of Greyhaven|The City of Greyhaven|the City of Greyhaven|city|the city|Greyhaven"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Coun.",
#: "Housing Minister") are no part of it; a description that refers back ("the councillor", "the director", "the
#: economist", "the developer", "the minister") and a pronoun that carries on ("She said …", "she says", "He also …",
#: "She added that …") are the person named before. A provincial ministry ("said in a statement", "the ministry said",
#: "It added that …"), a tenants' network named again as "the group" and "the network", and a city are institutions
#: that speak. Cues: present-tense and inverted ones ("says X", "notes the economist", "says the developer"),
#: "told council", "told reporters", "shot back that", a parenthetical "…, she said, …", and a quotation split by its
#: cue ("“…,” she said, “and that …”"), which is one quote. A quotation that follows "“…,” X said." with no new cue
#: and a second "that" clause of one speaker in one sentence ("… but that …", "… and that …") belong to the quote
#: before and are optional as quotes of their own. No quote at all: what "its supporters called overdue", "Developers
#: tell a different story", "sees it from the other side", "is not convinced", "welcomed the money", "Neither of them
#: wanted". Borderline and optional: figures "according to" an outreach team or a network that tracks listings, "the
#: province says it is doing its part", "calling for vacancy control", the words of a quotation set inside a cue
#: ("would “let the market catch up.”"), and a reporter's question in reported speech ("Asked whether …").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "encampment": [
        ("|" + OUTREACH, "60 people live", True),
        (VASQUEZ, "unsafe for the people", False),
        (VASQUEZ, "a tent is a home", False),
        (VASQUEZ, "Leaving people in the mud", True),
        (VASQUEZ, "offer every resident", False),
        (VASQUEZ, "bylaw officers", False),
        (OKAFOR, "full every night", False),
        (OKAFOR, "no bed to offer", False),
        (OKAFOR, "turned away 31 people", False),
        (PREWITT, "indoors means a mat", False),
        (MALINOWSKI, "robbed twice", False),
        (MALINOWSKI, "who is next to me", False),
        (ACHEBE, "clearing the one place", False),
        (VASQUEZ, "120 new shelter spaces", False),
        (VASQUEZ, "knows those numbers", False),
        (MINISTRY, "matter for municipalities", False),
        (MINISTRY, "$14 million", True),
        (MINISTRY, "every dollar", False),
        (MINISTRY, "reviewing the city’s request", False),
    ],
    "rents": [
        ("|" + NETWORK, "$1,940", True),
        (SETHURAMAN, "building condos for investors", False),
        (SETHURAMAN, "studios and one-bedrooms", False),
        (SETHURAMAN, "the business model", False),
        (SETHURAMAN, "one in ten", False),
        (FERREIRA, "numbers only work for condos", False),
        (FERREIRA, "loses money", False),
        (FERREIRA, "No pension fund", True),
        (FERREIRA, "build rentals tomorrow", False),
        (FERREIRA, "Every rezoning costs", False),
        (NETWORK, "short of rules", False),
        (NETWORK, "vacancy control", True),
        (NETWORK, "1,300 affordable units", False),
        (DUMONT, "hotline every day", False),
        (BRZEZINSKI, "property taxes went up", False),
        (BRZEZINSKI, "Of course I raise", True),
        (BRZEZINSKI, "never evicted anyone", False),
        (BRZEZINSKI, "push small landlords", True),
        ("|" + PROVINCE, "doing its part", True),
        (ACHTERBERG, "cut the sales tax", False),
        (ACHTERBERG, "let the market catch up", True),
        ("|" + ACHTERBERG, "enough for cities like", True),
        (ACHTERBERG, "only lasting answer", False),
        (SETHURAMAN, "supply at what price", False),
        (SETHURAMAN, "built social housing themselves", False),
        (SETHURAMAN, "should do the same", True),
    ],
    "shelter": [
        (ABERNATHY, "never seen a December", False),
        (ABERNATHY, "mats in the hallway", False),
        (ABERNATHY, "still opening the door", True),
        (ABERNATHY, "frostbite", False),
        (ABERNATHY, "double shifts", False),
        (NAKAMURA, "never thought I would be here", False),
        (LAFRAMBOISE, "housing office every month", False),
        (LAFRAMBOISE, "4,000-something", False),
        (CITY, "two warming centres", False),
        (VASQUEZ, "This is an emergency", False),
        (ACHTERBERG, "extra $2 million", False),
        (ABERNATHY, "single new bed", False),
        (ABERNATHY, "overtime and blankets", False),
        (ABERNATHY, "somewhere for people to go", True),
    ],
}

ARTICLES = {
    "encampment": ENCAMPMENT,
    "rents": RENTS,
    "shelter": SHELTER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 28 of 45 required when the batch was written (blind). By pattern: "Coun. Marguerite Vasquez-Thorold", a
#: given name after the abbreviated title "Coun.", is cut to "Vasquez-Thorold", and then "she said", "The councillor
#: said" and "She added" after her go to the dateline's "Ont" and her reply to a resident (12); a ministry's name with
#: "and" in it ("Ministry of Municipal Affairs and Housing") cut at "and" (6); "the director" for a woman who "has run"
#: a shelter, not resolved (4); "“…,” says the developer." given to a body quoted two sentences on (2); "Its
#: co-chair, X, says …" with no speaker (2); a councillor's "she said" after a reply given to the resident quoted
#: before (2). Then 14: a joined surname taken for a place is a person's, with the given name before it, where a
#: person's sign stands around it (", who", a title, a description), as one taken for an organisation already was
#: (given_before_hyphen, 14, the two "she said" after her reply among them). Left by pattern: the ministry's name cut at
#: "and" (6), "the director" for the woman who runs the shelter (4), "says the developer" (2) and "Its co-chair, X,
#: says" (2). Then 8: a public body's last field after "and" that the recogniser tagged as an organisation of its own
#: joins the body's name when it is a field of government the parser joins to the body's fields (cut_and_names, 6).
#: Then 6: the name set off after a hyphenated title the tokenizer split ("co", "-", "chair"), whose front the parser
#: made the cue's subject, is the speaker (split_title_holders, 2). Left: "the director" for the woman who runs the
#: shelter (4) and "says the developer" (2), which goes to the body only in this article's context. Then 2: "the
#: director" is the person an earlier sentence said "has run" the shelter, a named place, when no one was called the
#: director (predicated_people, 4). Left "says the developer" (2).
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
