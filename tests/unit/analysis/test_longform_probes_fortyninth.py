"""Quotes of a forty-ninth batch of blind probes (longform_probes_fortyninth.py, Canadian local and community news of a
multicultural city): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyninth import (
    MARKHAM_PLAZA,
    MOSQUE_SIGN,
    NORTH_END,
    PARADE_ROUTE,
    SETTLEMENT_FUNDS,
)

GURDWARA = "Gurdwara Sahib Nirmal Darbar|The management committee of the Gurdwara Sahib Nirmal Darbar"
GREWAL = "Jaspal Singh Grewal"
DHILLON = "Harpreet Kaur Dhillon"
SIDHU_BHANGU = "Manpreet Sidhu-Bhangu"
MORROW = "Kelsey Morrow"
AUJLA = "Rajinder Pal Singh Aujla"
SOCIETY = "Fraser Valley Newcomer Services Society|The Fraser Valley Newcomer Services Society"
SANTOS_REYES = "Maria Luisa Santos-Reyes"
WARSAME = "Abdirahman Warsame"
BALASINGAM = "Tharshini Balasingam"
IRCC = "Immigration, Refugees and Citizenship Canada"
REHAL = "Daljit Singh Rehal"
CHEN = "Chen Xiuying"
LAU = "Wai-keung Lau"
PARK = "Jun-seo Park"
BIA = "Unionville-Highway 7 Business Improvement Area|The Unionville-Highway 7 Business Improvement Area"
TAM = "Vivian Tam"
SIVANESAN = "Kavitha Sivanesan"
HARBOURLINE = "Harbourline Properties"
HNATYSHYN = "Mykola Hnatyshyn"
NGUYEN = "Nguyen Thi Lan"
MELNYCHUK = "Oksana Melnychuk"
MANSA = "Manitoba Association of Newcomer Settlement Agencies|The Manitoba Association of Newcomer Settlement Agencies"
KOWALCHUK = "Ray Kowalchuk"
AL_NOOR = "Al-Noor Islamic Centre|The Al-Noor Islamic Centre|The board of the Al-Noor Islamic Centre"
HADDAD = "Samira Haddad"
ABDELRAHMAN = "Yusuf Abdelrahman"
PEEL_POLICE = "Peel Regional Police"
QURESHI = "Adnan Qureshi"
KOWALSKI = "Elaine Kowalski"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives ("Dhillon" and "the grandmother" are Harpreet Kaur Dhillon, "Chen" is Chen Xiuying,
#: whose surname comes first, and "Nguyen" and "Lan Nguyen" are Nguyen Thi Lan); Coun., Regional Coun., MPP, MP,
#: Const. and Imam are titles. A quote given "through an interpreter", "in Punjabi, translated by her granddaughter"
#: or "in Mandarin, translated by her daughter" is the speaker's, not the translator's. A community body that speaks
#: (a gurdwara's committee, a settlement society, a business improvement area, a mosque's board, a department, a
#: police service) is an institution. Borderline and optional: an agency first described and named only in the next
#: sentence, the clause after "but warned that" that continues a quote, "asked anyone … to come forward", the
#: headline's "Brampton gurdwara says" (a body described, not named), and a quotation that follows the one before it
#: past its cue with no cue of its own ("“…,” Chen said in Mandarin, translated by …. “…”"), which joins that quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "parade_route": [
        (GURDWARA, "new parade rules put", True),
        (GURDWARA, "could force it to shorten", False),
        (GURDWARA, "written without a single conversation", False),
        (GREWAL, "the gurdwara had run the procession", False),
        (GREWAL, "We are not asking for special treatment", False),
        (GREWAL, "volunteers already paid", False),
        (DHILLON, "My feet are old", False),
        (DHILLON, "she would walk the old route", False),
        (SIDHU_BHANGU, "she would bring a motion", False),
        (SIDHU_BHANGU, "Nobody on council wants", False),
        (MORROW, "reviewing the feedback", False),
        (MORROW, "no permit had yet been refused", False),
        (AUJLA, "a solution in search of a problem", False),
        (AUJLA, "he had raised it with", False),
    ],
    "settlement_funds": [
        (SOCIETY, "it will close four", True),
        (SOCIETY, "180 adult learners", False),
        (SANTOS_REYES, "These are the classes", False),
        (SANTOS_REYES, "the agency had been told of the cut", False),
        (SANTOS_REYES, "staff would try to move", False),
        (SANTOS_REYES, "volunteers could not replace", True),
        (WARSAME, "he needed English", False),
        (WARSAME, "In the camp I drove", False),
        (WARSAME, "his eldest daughter already translated", False),
        (BALASINGAM, "the waiting list would hit women hardest", False),
        (BALASINGAM, "The fathers go to work", False),
        (IRCC, "settlement funding in British Columbia", False),
        (IRCC, "committed to supporting newcomers", False),
        (REHAL, "the numbers did not add up", False),
        (REHAL, "Ottawa is counting heads", False),
        (REHAL, "he had written to the minister", False),
        ("Linda Pham", "the city could not fill the gap", False),
    ],
    "markham_plaza": [
        (CHEN, "I built this place", False),
        (CHEN, "If they take it", True),
        ("Wendy Zhao", "her mother had been offered no space", False),
        (LAU, "A plaza like this cannot stay", False),
        (LAU, "he had met the developer", False),
        (PARK, "about 60 small businesses", False),
        (PARK, "These shops are the reason", False),
        (BIA, "it wanted the city to make the developer pay", False),
        (TAM, "she shared the tenants", False),
        (TAM, "My job is to get the best deal", False),
        (SIVANESAN, "almost no tools", False),
        (SIVANESAN, "she would table a private member", False),
        (HARBOURLINE, "committed to keeping the plaza", False),
    ],
    "north_end": [
        (HNATYSHYN, "We pointed at everything", False),
        (NGUYEN, "she recognised the look", False),
        (NGUYEN, "It was my mother", False),
        (NGUYEN, "sales had nearly doubled", False),
        (MELNYCHUK, "a kind of second community centre", False),
        (MELNYCHUK, "the families had arrived", False),
        (MELNYCHUK, "People talk about integration", False),
        (MANSA, "more than 8,000 Ukrainians", False),
        ("Ahmed Farouk Nasser", "older immigrant neighbourhoods", False),
        (KOWALCHUK, "the city should help small stores", False),
        (KOWALCHUK, "Selkirk Avenue has always", False),
        (NGUYEN, "she did not expect thanks", False),
        (NGUYEN, "Somebody helped my parents", False),
        (HNATYSHYN, "he still shops there", False),
    ],
    "mosque_sign": [
        (AL_NOOR, "will install security cameras", False),
        (AL_NOOR, "shaken but not afraid", False),
        (HADDAD, "worshippers arriving for dawn prayers", False),
        (HADDAD, "Our children read", False),
        (HADDAD, "the centre had reported the first attack", False),
        (ABDELRAHMAN, "anger should not become hatred", False),
        (ABDELRAHMAN, "We answer with open doors", False),
        (PEEL_POLICE, "its hate crime unit was investigating", False),
        (PEEL_POLICE, "anyone with video", True),
        ("Tanya Fernandes", "officers had stepped up patrols", False),
        (QURESHI, "the attack was an attack", False),
        (QURESHI, "Mississauga is not going", False),
        (KOWALSKI, "she had lived beside the mosque", False),
        (KOWALSKI, "They shovel my driveway", False),
    ],
}

ARTICLES = {
    "parade_route": PARADE_ROUTE,
    "settlement_funds": SETTLEMENT_FUNDS,
    "markham_plaza": MARKHAM_PLAZA,
    "north_end": NORTH_END,
    "mosque_sign": MOSQUE_SIGN,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 23 of 68 required when the batch was written (blind); 22 of 67 once a gold slip was mended (a quotation
#: that follows Chen's past her cue with no cue of its own joins her quote, as GUIDELINES.md has it; the headline's
#: quote, left out, is now optional). Then 14: a board or committee "of" a named body speaks as that body, and so does
#: "the board" or "the committee" said later (governing_organs). Then 10: a riding and a title in capitals read with a
#: four-word name as one organisation ("Brampton North MPP Rajinder Pal Singh Aujla") give the person's name after the
#: title (occupied_names), so his "He said" is his. Then 8: a street named for a king ("King George Boulevard") is no
#: person "George Boulevard" for "the 44-year-old said" to mean (names._PLACE_HEADS). Left: the headline's "Brampton
#: gurdwara says" (unnamed; the body described, not named); "A Surrey settlement agency says" before the society is
#: named; "BIA" (the initials of the name's last words) and the quote that takes in "to council that". (6 once later
#: mends resolved "Sidhu-Bhangu", first tagged an organisation.) Then 4: "Lan Nguyen" (given name first) is Nguyen Thi
#: Lan, a name with its first and last words swapped and its middle dropped (person_name_variants.swapped_orders).
#: Then 2: initials of the last words of a body's name name that body (tail_initials). Left: the two quotes before the
#: bodies are named.
#: Then 1: a headline set as a paragraph quotes only a person or body the article names (headline_lines), so the
#: headline's "Brampton gurdwara says" gives no quote. Left: the settlement agency's quote before it is named.
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
