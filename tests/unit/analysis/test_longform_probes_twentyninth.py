"""Quotes of a twenty-ninth batch of blind probes (longform_probes_twentyninth.py, long-form web features): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_twentyninth import HOUSING, MARKET, ORCHARD, RADIO, WATER

ASSOCIATION = "North End Business Association|association|The association|group|The group"
CORPORATION = "Pedernales Ridge Water Supply Corporation|corporation|The corporation"
WATER_BOARD = "Texas Water Development Board|board|The board|agency|The agency"
UNION = "Cabot Ridge Students’ Union|Students’ Union|union|The union|group|The group"
UNIVERSITY = "Cabot Ridge University|university|The university"
SOCIETY = "Barrow Lake Community Broadcasting Society|society|The society"
COMMISSION = "Canadian Radio-television and Telecommunications Commission|commission|The commission|CRTC"
COUNCIL = "Washington Tree Fruit Growers’ Council|council|The council|group|The group"
AGENCY = (
    "U.S. Department of Agriculture’s Risk Management Agency|Risk Management Agency|agency|The agency"
    "|Department of Agriculture|U.S. Department of Agriculture"
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A quotation split by its cue is
#: one quote (its first piece is the anchor); a quotation a speaker recalls inside their own is optional, to its
#: speaker or to nobody; a letter's or a notice's words are its author's; "says through his daughter" is a cue of the
#: father's, and what the daughter says as she translates may go to either; "estimates that" and "announced the
#: closing" are borderline (optional), and so is "asked members to cut their use" (a request). Two corrections made
#: after the first run, both by GUIDELINES.md: "it believes the real number is higher" is a quote ("believe" is a cue),
#: and the request was first left out.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "market": [
        ("Lesia Hryniuk", "He would tell you the wood matters", False),
        ("Lesia Hryniuk", "I thought I was coming for six months", False),
        ("Lesia Hryniuk", "criticizes everything", False),
        ("Bohdan Hryniuk", "She changed the recipe for the kovbasa", False),
        ("Lesia Hryniuk", "Nobody asked for less garlic", False),
        ("Lesia Hryniuk", "the recipe is the one he wrote", False),
        ("Lesia Hryniuk", "Sales are up by about a third", False),
        ("Lesia Hryniuk", "My mother did the books", False),
        ("Marko Hryniuk", "he was never considered as a successor", False),
        ("Marko Hryniuk", "Dad asked me once", False),
        ("Marko Hryniuk|", "I faint when I see blood", True),
        ("Walter Pankiw", "the new vacuum-sealed packages", False),
        ("Walter Pankiw", "The meat is the same", False),
        ("Amira Haddad-Fournier", "I can order on Thursday night", False),
        (ASSOCIATION, "family businesses like the Hryniuks", False),
        (ASSOCIATION, "When a shop like that changes hands", False),
        (ASSOCIATION, "at least nine shops on Selkirk Avenue", False),
        ("Bohdan Hryniuk", "he worries less about the shop", False),
        ("Bohdan Hryniuk", "She works like I worked", False),
        ("Lesia Hryniuk", "she has hired a second butcher", False),
        ("Dmytro Savchuk", "the smokehouse was the reason", False),
        ("Dmytro Savchuk", "In Ukraine every village", False),
        ("Lesia Hryniuk", "He likes the sausage", False),
    ],
    "water": [
        ("Charlene Hollister", "You turn on the tap", False),
        ("Wade Hollister", "I tell people I’m in the water business", False),
        (CORPORATION, "it could no longer guarantee service", False),
        ("Teodoro Villarreal", "We are not out of water", False),
        ("Teodoro Villarreal", "the aquifer has dropped 38 feet", False),
        ("Teodoro Villarreal", "he looks at it more than he should", False),
        ("Teodoro Villarreal", "Every Monday I write down", False),
        (CORPORATION, "members to cut their use", True),
        (CORPORATION, "it may have to ration water", False),
        (CORPORATION, "This is not a decision the board takes lightly", False),
        ("Ingrid Sorensen-Maes", "the board was slow to act", False),
        ("Ingrid Sorensen-Maes", "We hoped May would save us", False),
        ("Ingrid Sorensen-Maes", "she now gets about 40 phone calls", False),
        ("Ingrid Sorensen-Maes", "I said", False),
        ("Ingrid Sorensen-Maes|", "Not this year", True),
        ("", "Then who can", True),
        (WATER_BOARD, "small rural systems are the most exposed", False),
        ("|Texas Water Development Board|agency|The agency", "applied for a loan in June", False),
        ("Marisol Echeverría-Lund", "deeper wells buy time", False),
        ("Marisol Echeverría-Lund", "You can chase the water down", False),
        ("Marisol Echeverría-Lund", "the region’s population has nearly doubled", False),
        ("Marisol Echeverría-Lund", "The rain we get in a wet year", False),
        ("Wade Hollister", "he has sold 40 of their 110 cows", False),
        ("Wade Hollister", "My father sold down", False),
        ("Charlene Hollister", "more hopeful", True),
        ("Charlene Hollister", "It’s rained in September before", False),
        ("Teodoro Villarreal", "he is counting on nothing but the readings", False),
        ("Teodoro Villarreal", "Hope isn’t a water plan", False),
    ],
    "housing": [
        ("Priyanka Venkataraman", "I had a membership", False),
        ("Priyanka Venkataraman", "the landlord had rented it twice", False),
        ("Priyanka Venkataraman", "He was very nice about it", False),
        ("", "One of you is going to be disappointed", True),
        (UNION, "at least 85 students told it", False),
        (UNION, "the real number is higher", False),
        (UNION, "Students don’t come to us first", False),
        (UNION, "it wants the university to convert", False),
        (UNION, "it has started a list of landlords", False),
        ("Rhiannon Achebe-Whitford", "the university knows the numbers", False),
        ("Rhiannon Achebe-Whitford", "We have 1,900 beds", False),
        ("Rhiannon Achebe-Whitford", "has no working fire-suppression system", False),
        ("Rhiannon Achebe-Whitford", "If I put a student in that building", False),
        ("Rhiannon Achebe-Whitford", "rented 40 rooms in two motels", False),
        (UNIVERSITY, "it plans to build a 600-bed residence", False),
        (UNIVERSITY, "asked the town to allow secondary suites", False),
        ("Cormac Delahunty-Shaw", "council will vote on that in January", False),
        ("Cormac Delahunty-Shaw", "People in this town complain", False),
        ("Eunice MacPhail", "dormitories with lawns", False),
        ("Eunice MacPhail", "There were families in every one", False),
        ("Oksana Venkataraman", "I saw the name on the class list", False),
        ("Priyanka Venkataraman", "she will pay more when she can", False),
        ("Priyanka Venkataraman", "She won’t take it", False),
        (UNION, "stories like hers should not depend on luck", False),
        ("Jasper Okonkwo-Reid", "A spare room over a garage", False),
        ("Jasper Okonkwo-Reid", "the union will bring its list", False),
        ("Jasper Okonkwo-Reid", "Then we come back in January", False),
    ],
    "radio": [
        ("Harold Lindgren", "The coffee takes longer to warm up", False),
        (SOCIETY, "the closing last week", True),
        (SOCIETY, "We looked at every option", False),
        (SOCIETY, "it has about $9,000 in the bank", False),
        ("Harold Lindgren", "he is not angry at the board", False),
        ("Harold Lindgren", "They’re good people", False),
        ("Margit Lindgren", "Thirty-one years he’s given that station", False),
        ("Margit Lindgren", "her husband did not sleep", False),
        ("Harold Lindgren", "he slept fine", False),
        ("Delphine Oakes-Mbeki", "the station reaches about 2,400 listeners", False),
        ("Delphine Oakes-Mbeki", "When the highway closes", False),
        ("Delphine Oakes-Mbeki", "Lindgren stayed on the air for 19 hours", False),
        ("Delphine Oakes-Mbeki", "A woman phoned in and said", False),
        ("", "Tell Harold my mother’s furnace is out", True),
        (COMMISSION, "it does not fund stations", False),
        (COMMISSION, "it has received no such application", False),
        ("Ross Tremblay-Kaur", "the town cannot afford to buy a transmitter", False),
        ("Gus Ferreira-Boyd", "he has listened to the show", False),
        ("Gus Ferreira-Boyd", "You were the weather", False),
        ("Noor Al-Hakim", "a group of students can raise enough", False),
        ("Noor Al-Hakim", "It wouldn’t be the same", False),
        ("Harold Lindgren", "Half the people who listen to me", False),
        ("Harold Lindgren", "If there are no cancellations", False),
    ],
    "orchard": [
        ("Gloria Santangelo", "You walk out and the blossoms look fine", False),
        ("Nick Santangelo", "We had four machines going", False),
        ("Gloria Santangelo", "she has seen frosts before", False),
        ("Gloria Santangelo", "My father-in-law used to say", False),
        ("", "The orchard gives you one bad year", True),
        ("Nick Santangelo", "the orchard lost about $310,000", False),
        (COUNCIL, "the April frost damaged blossoms", True),
        (COUNCIL, "This is the worst spring freeze", False),
        (COUNCIL, "it wants federal disaster aid", False),
        ("Anneliese Vukovic-Harrow", "the damage is uneven", False),
        ("Anneliese Vukovic-Harrow", "Cold air behaves like water", False),
        ("Anneliese Vukovic-Harrow", "A grower on a slope", False),
        ("Anneliese Vukovic-Harrow", "frosts after bloom have become more damaging", False),
        ("Anneliese Vukovic-Harrow", "The freeze wasn’t unusual", False),
        (AGENCY, "adjusters have been assigned", False),
        ("Nick Santangelo", "the family’s policy will cover", False),
        ("Nick Santangelo", "Insurance keeps the lights on", False),
        ("Efraín Ocampo", "he understands", False),
        ("Yesenia Ocampo|Efraín Ocampo", "He says it is nobody’s fault", False),
        ("Efraín Ocampo", "he will call the Santangelos", False),
        ("Ron Delgado-Marsh", "he is laying off a shift", False),
        ("Ron Delgado-Marsh", "We’ll run one line instead of three", False),
        ("Gloria Santangelo", "My husband planted the Rainiers", False),
    ],
}

ARTICLES = {"market": MARKET, "water": WATER, "housing": HOUSING, "radio": RADIO, "orchard": ORCHARD}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 32 of 113 required when the batch was written (blind); 30 by the gold as corrected (above). Then 11 after
#: eight mends, each a fictional test below: "says Santangelo" went to the owner of the surname named before it, not
#: to her son named in full only after it (2, `later_namesakes`); "says family businesses like the Hryniuks’ are …"
#: kept the subject the parser gave the cue (2, `second_subjects`); "A teenager who volunteers on Saturdays, Noor
#: Al-Hakim, says" went to the name (2, `relative_named`); "The agency says" went to the agency named since the
#: council spoke (2, `named_since`); "Lesia laughs. “…”" went to the one person named in full with that given name (2,
#: `given_name_owners`); "Villarreal, asked if …, says" made no quote of the question (1,
#: `around.question_put_to_subject`); "the 20-year-old, a … student" was no person of its own, so "says the
#: 20-year-old" and "the student says" went to the person named before (4, `mislabelled_people`); the regulator's name
#: that the recogniser cut at its "and" is one name (4, `split_bodies`). Then 9: "She had signed …, she says, and
#: arrived to find …" kept its first half (2, `set_off_cues.tail_of_the_clause`). Then 7: "Cold air behaves like
#: water, she explains: it runs …" kept only what follows the colon (2, `unattached_clauses`). Then 5: "the letter
#: says" after "The corporation has banned …, asked … and, in a letter …, warned" had no speaker (2,
#: `written_by._subject_of_joined`). Then 3: "Her father adds" after "says Yesenia Ocampo" missed the father, the
#: one other Ocampo named before (2, `family_parents._parent_sharing_surname`). Left: the parenthetical "his daughter
#: says" (1); "announced the closing" read from "last week" (1); "says through his daughter, who translates, that …"
#: (1) missed the father.
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_lone_surname_is_the_owner_named_before_not_one_named_only_after(nlp):
    """ "Gloria Santangelo knew … “…,” says Santangelo, 66, …. Her son, Nick Santangelo, …": the quote went to the son,
    whom the article names in full more often, though he was named only after it."""
    rows = said_by(
        nlp,
        "At dawn the fields behind the Marchetti dairy were white, and Rosa Marchetti knew the first cut was lost. "
        "“The grass just lies down and goes brown,” says Marchetti, 58, who has milked cows here since 1990. Her "
        "nephew, Luca Marchetti, 30, had moved the herd to the barn the night before.",
        "Luca Marchetti says the co-op will buy hay from Alberta this year.",
    )
    assert rows[0] == ("Rosa Marchetti", "“The grass just lies down and goes brown,”")


def test_a_subject_the_parser_gave_the_cue_after_it_is_part_of_what_was_said(nlp):
    """ "The association, which …, says family businesses like the Hryniuks’ are the reason …": the parser hung
    "businesses" on "says" as a second subject, and the quote began at "are"."""
    rows = said_by(
        nlp,
        "The Eastside Retailers Association, which represents about 90 stores along the street, says family shops "
        "like the Duquettes’ are the reason the street has survived.",
    )
    assert [quote for _, quote in rows] == ["family shops like the Duquettes’ are the reason the street has survived"]


def test_a_name_set_off_after_a_descriptions_relative_clause_is_the_speaker(nlp):
    """ "A teenager who volunteers on Saturdays, Noor Al-Hakim, says …": the parser hung the name on "Saturdays", and
    the speaker was an unnamed teenager."""
    rows = said_by(
        nlp,
        "A student who works at the front desk on Sundays, Tariq Bensaleh, says the library should stay open late.",
    )
    assert [speaker for speaker, _ in rows] == ["Tariq Bensaleh"]


def test_the_noun_of_a_body_named_since_another_spoke_is_that_body(nlp):
    """ "The growers’ council says …. The program, run by the X Risk Management Agency, covers …. The agency says …":
    the agency's statement went to the council, which had spoken last."""
    rows = quote_rows_of(
        nlp,
        "The Prairie Beekeepers’ Council says its members lost half their hives over the winter. The replacement "
        "program, run by the province’s Farm Recovery Agency, covers some losses, but few keepers apply. The agency "
        "says in a statement that claims are paid within six weeks.",
    )
    assert [r["speaker"] for r in rows] == ["Prairie Beekeepers’ Council", "Farm Recovery Agency"]


def test_a_given_name_the_recogniser_missed_is_the_one_person_named_in_full_with_it(nlp):
    """ "Lesia laughs when she hears this. “…”" after "Lesia Hryniuk": the recogniser took "Lesia" for a nationality,
    and the quote went to a "Lesia" the article never named in full."""
    rows = said_by(
        nlp,
        "“He would tell you the rye matters more than the starter,” says Lesia Marchuk, 36, who took over the bakery "
        "from her father. “She changed the recipe for the babka,” Petro Marchuk says, shaking his head. “Less sugar. "
        "Who asked for less sugar?” Lesia laughs when she hears this. “Nobody asked for less sugar, Tato. I didn’t "
        "change it.”",
    )
    assert rows[-1][0] == "Lesia Marchuk"


def test_a_question_set_off_between_a_speaker_and_the_cue_is_no_quote(nlp):
    """ "Villarreal, asked if he is counting on it too, says …": the parser read "asked" as the speaker's own past
    tense, and the question put to him was a quote of his."""
    rows = said_by(
        nlp,
        "Okafor, asked if she expects the ferry back soon, says she stopped expecting anything in March.",
    )
    assert [quote for _, quote in rows] == ["she stopped expecting anything in March"]


def test_an_age_described_as_a_student_is_no_person_of_its_own(nlp):
    """ "“…,” says the 20-year-old, a second-year biology student at …": the age, described as a person's, was taken
    for a person's name ("20-year-old"), and the quote went to it (in the batch, a later "the student says" too)."""
    rows = said_by(
        nlp,
        "All winter, Maria Kowalczyk slept on a friend’s couch and went to her lab as if nothing were wrong. “I had a "
        "key, I had a desk, and I had a stipend. What I didn’t have was a bed,” says the 24-year-old, a first-year "
        "chemistry student at Marlowe College in Peterborough.",
    )
    assert [speaker for speaker, _ in rows] == ["Maria Kowalczyk"]


def test_a_bodys_name_the_recogniser_cut_at_its_and_is_one_name(nlp):
    """ "The Canadian Radio-television and Telecommunications Commission … says …": the recogniser tagged two
    organisations either side of "and", and the statement went to "Telecommunications Commission"; the parser reads
    one noun phrase, the first part hung on the second's head."""
    rows = said_by(
        nlp,
        "The Canadian Radio-television and Telecommunications Commission, which licenses broadcasters, says in a "
        "statement that it will hold hearings in Halifax this spring.",
    )
    assert [speaker for speaker, _ in rows] == ["Canadian Radio-television and Telecommunications Commission"]


def test_a_past_verb_after_a_present_cue_set_off_inside_the_clause_is_what_was_said(nlp):
    """ "She had signed for a room in August, she says, and arrived to find the landlord had rented it twice.": the
    parser hung "and arrived …" on the cue, and the quote kept only what came before it."""
    rows = said_by(
        nlp,
        "Tomas Greer still keeps the ticket in his wallet. He had booked a berth on the night ferry in March, he says, "
        "and reached the pier to find the crossing "
        "cancelled for the week.",
    )
    assert [quote for _, quote in rows] == [
        "He had booked a berth on the night ferry in March and reached the pier to find the crossing cancelled for "
        "the week"
    ]


def test_a_clause_the_parser_left_unattached_before_a_set_off_cue_is_what_was_said(nlp):
    """ "Cold air behaves like water, she explains: it runs downhill and pools.": the parser took "behaves" for a noun
    and left the clause before the cue unattached, and the quote kept only what follows the colon."""
    rows = said_by(
        nlp,
        "Dr. Ines Wilder, a soil scientist at the county college, says the losses are patchy, and some farms on "
        "ridges were spared. Cold air behaves like water, she explains: it runs downhill and pools.",
    )
    assert [quote for _, quote in rows][1] == "Cold air behaves like water it runs downhill and pools"


def test_the_letter_speaks_for_the_subject_of_the_verb_its_issuing_verb_is_joined_to(nlp):
    """ "The corporation has banned …, asked … and, in a letter sent to …, warned …. “…,” the letter says.": the parser
    hung the letter on "asked", joined to "banned" and with no subject of its own, and the quotation had no speaker."""
    rows = said_by(
        nlp,
        "The Millbrook Ferry Authority has cut the evening sailings, asked riders to book ahead and, in a letter "
        "posted at every terminal on June 2, warned that fares may rise in the fall. “We know this is hard on "
        "commuters, and we will restore the sailings when the crews are back,” the letter says.",
    )
    assert rows[-1][0] == "Millbrook Ferry Authority"


def test_her_father_is_the_one_other_person_named_before_with_her_surname(nlp):
    """ "Efraín Ocampo … says through his daughter …. “…,” says Yesenia Ocampo …. Her father adds …": the article
    never calls her his daughter by name, and the father's statement had no speaker."""
    rows = said_by(
        nlp,
        "Tadeusz Wrona, 61, who has run the mill since 1998, speaks little English. “He says the river was kind to us "
        "for forty years,” says Kasia Wrona, 27, who teaches in Gdańsk. Her father adds, in English, that he will "
        "rebuild the wheel next spring.",
    )
    assert rows[-1] == ("Tadeusz Wrona", "he will rebuild the wheel next spring")
