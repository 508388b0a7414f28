"""Quotes of an eighth batch of blind long-form probes (longform_probes_eighth.py): the shapes the batch found wrong
and now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_eighth import COOP, LOBSTER, SOCCER, STARTUP, STRIKE, VETS

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings ("Maya|Maya Ashoona"); an empty one is an unnamed source.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "startup": [
        ("Anjali Moorthy", "the hardest decision I", False),
        ("Anjali Moorthy", "We hired for a world that did not arrive", False),
        ("", "the call as abrupt", True),
        ("", "You got an email at 8:52", True),
        ("", "the severance offered was four weeks", True),
        ("Grant Eberhardt", "personally help anyone who was laid off", False),
        ("Grant Eberhardt", "If you were on my team", False),
        ("Kestrel Ledger", "the cuts fall mostly on its sales", False),
        ("Kestrel Ledger", "it would not seek new funding", False),
        ("", "the cuts are part of a wider reckoning", True),
        ("Rebecca Szeto", "Farm software was the hot thing", False),
        ("Rebecca Szeto", "she expects more layoffs in the sector", False),
        ("Rebecca Szeto", "possible, but not this winter", False),
        ("Marcus Oduya", "he had already sent out 30 applications", False),
        ("Marcus Oduya", "I have a mortgage and a", False),
        ("Marcus Oduya", "he does not blame Moorthy", False),
        ("Marcus Oduya", "She cried on the call", False),
        ("Anjali Moorthy", "the company would keep paying health benefits", False),
        ("Anjali Moorthy", "she would not take a salary", False),
        ("Anjali Moorthy", "It is a gesture", False),
    ],
    "coop": [
        ("|Larkspur Housing Co-operative", "can only be paid for", True),
        ("Delphine Arcand", "It’s the only way the numbers work", False),
        ("Tobias Wynne", "a betrayal of what a co-op is for", True),
        ("Tobias Wynne", "My kids grew up in this unit", False),
        ("Delphine Arcand", "every household that is moved", False),
        ("Farah Qureshi", "I have a son in a wheelchair", False),
        ("Farah Qureshi", "she understands why some neighbours", False),
        ("Farah Qureshi", "It’s their home", False),
        ("Ezra Lindqvist", "construction could start in 2026", False),
        ("Ezra Lindqvist", "The city has been supportive", False),
        ("|Tobias Wynne", "to review the vote", True),
        ("Co-operative Housing Federation of Canada", "it had received the request", False),
    ],
    "lobster": [
        ("Kerrigan Paul", "My grandfather fished here", False),
        ("Fisheries and Oceans Canada|Fisheries and Oceans", "remains committed to implementing", False),
        ("Fisheries and Oceans Canada|Fisheries and Oceans", "fishery officers would be on the water", False),
        ("Roseanne Bernard", "the band will not back down", False),
        ("Roseanne Bernard", "The Supreme Court told Canada in 1999", False),
        ("Roseanne Bernard", "Every day", False),
        ("Mary Louise Sack", "When I was a girl the Indian agent", False),
        ("Devon Sack", "his grandmother had insisted on coming", False),
        ("Devon Sack", "She said she wanted the boats", False),
        ("Laurent Dufresne", "Enforcement decisions are made by officers", False),
        ("Laurent Dufresne", "Our door is open", False),
        ("Laurent Dufresne", "A moderate livelihood fishery has to work", False),
        ("Kerrigan Paul", "Door’s open", False),
        ("Kerrigan Paul", "he did not know who took them", False),
        ("Kerrigan Paul", "Could be the tide", False),
        ("|Fisheries and Oceans Canada|Fisheries and Oceans", "it had not seized any traps", True),
        ("RCMP", "officers were present", False),
    ],
    "vets": [
        ("Wade Halvorsen", "By the time I got a vet out", False),
        ("Saskatchewan Veterinary Medical Association", "one large-animal veterinarian for every", False),
        ("Helen Kowalski", "the province needs at least 40 more", False),
        ("Helen Kowalski", "We graduate good vets", False),
        ("Saskatchewan Veterinary Medical Association", "it is lobbying the province", False),
        ("Chantal Dubé", "I knew what I was signing up for", False),
        ("Chantal Dubé", "He left me his phone number", False),
        ("Chantal Dubé", "Ask me in February", False),
        ("|Saskatchewan", "help is coming", True),
        ("Travis Kerluke", "the government would fund 10 more seats", False),
        ("Travis Kerluke", "the seats would come with a condition", False),
        ("Travis Kerluke", "If we pay for your seat", False),
        ("", "that will take too long", True),
        ("Naomi Ferris", "A student who starts next fall", False),
        ("Bonnie Halvorsen", "her husband now keeps a calving kit", False),
        ("Bonnie Halvorsen", "He watches YouTube videos", False),
    ],
    "soccer": [
        ("Maya Ashoona", "I like the quiet", False),
        ("Maya Ashoona", "she learned to dive on gym mats", False),
        ("Maya Ashoona", "There was no grass field in Iqaluit", False),
        ("Ingrid Solheim", "she first saw Ashoona on a grainy video", False),
        ("Ingrid Solheim", "She was 15, she was maybe", False),
        ("Leetia Ashoona", "When she was small she would stand", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Leetia Ashoona", "I told her, if you are going to break things", False),
        ("", "they have not been paid for travel", True),
        ("Atlantic Women’s Soccer League", "all player salaries are now current", False),
        ("Atlantic Women’s Soccer League", "secured new investment", False),
        ("Keisha Morrow", "We hear a lot of statements", False),
        ("Maya Ashoona", "she does not listen to it", False),
        ("Maya|Maya Ashoona", "her goal is simple", False),
        ("Maya Ashoona", "Every day I think about that shirt", False),
        ("Ingrid Solheim", "If she keeps this up", False),
    ],
    "strike": [
        ("", "prepared to stay out until Christmas", True),
        ("Rhonda Fehr", "We didn’t want this", False),
        ("City of Riverbend|Riverbend", "it cannot afford more", False),
        ("City of Riverbend|Riverbend", "fair, competitive and final", False),
        ("City of Riverbend|Riverbend", "the union’s demand would add", False),
        (
            "Municipal Workers’ Union|Local 1120|Local 1120 of the Municipal Workers’ Union",
            "the city’s numbers were",
            False,
        ),
        (
            "Municipal Workers’ Union|Local 1120|Local 1120 of the Municipal Workers’ Union",
            "the city had found $4 million",
            False,
        ),
        (
            "Municipal Workers’ Union|Local 1120|Local 1120 of the Municipal Workers’ Union|",
            "Funny how the money shows up",
            True,
        ),
        ("Gordon Pylypchuk", "Our negotiators are available", False),
        ("Gordon Pylypchuk", "Council sets the budget", False),
        ("Gordon Pylypchuk", "the city has hired a private contractor", False),
        ("Gordon Pylypchuk", "he did not have the figure", False),
        ("Ilse Gunderson", "she has never seen it like this", False),
        ("Ilse Gunderson", "The crows are having a festival", False),
        ("Kevin", "he supports the workers", False),
        ("Kevin", "I’d want a raise too", False),
        (
            "Municipal Workers’ Union|Local 1120|Local 1120 of the Municipal Workers’ Union",
            "it would allow workers to collect garbage",
            False,
        ),
        ("Gordon Pylypchuk", "a stunt", True),
        ("Rhonda Fehr", "it was nothing of the kind", False),
        ("Rhonda Fehr", "Those are our parents", False),
    ],
}


def test_a_clause_the_parser_hung_on_the_cue_after_its_speaker_is_narration_not_what_was_said(nlp):
    """ "“…,” said Nell Varga, president of the guild, standing outside the public works yard": "works", taken for
    a second clause of "said" after the speaker, is the narrator's; the quotation is what was said, and the next one
    continues it."""
    rows = said_by(
        nlp,
        f"The library has been closed for a week. {L}Nobody wanted a strike,{R} said Nell Varga, president of the "
        "Stacks Guild, standing beside a picket line outside the public works yard on Monday. "
        f"{L}But the offer on the table is an insult.{R}",
    )
    assert rows == [("Nell Varga", f"{L}Nobody wanted a strike,{R} {L}But the offer on the table is an insult.{R}")]


def test_a_name_described_as_a_start_up_is_an_organisation_that_the_company_then_means(nlp):
    """ "Pell Orchard, a Moncton start-up that …": the recogniser took the name for a person's; described as a
    business, it is an organisation's, which "The company said" then means."""
    rows = said_by(
        nlp,
        "Pell Orchard, a Moncton start-up that sells irrigation sensors, cut 30 jobs on Friday. Pell Orchard said in "
        "a statement that the cuts fall on its sales team. The company said it would not seek more funding.",
    )
    assert rows == [
        ("Pell Orchard", "the cuts fall on its sales team"),
        ("Pell Orchard", "it would not seek more funding"),
    ]


def test_an_organisation_named_with_words_the_recogniser_left_out_speaks_under_its_whole_name(nlp):
    """ "Parks and Waterways Canada", "the Co-operative Tenants Federation of Canada": the words before "and", and
    a hyphenated word before the name, belong to it; "the federation" is the federation named before."""
    docs = [
        nlp("Fisheries and Oceans Canada does not recognize the plan."),
        nlp("The tenants asked the Co-operative Housing Federation of Canada to review the vote."),
    ]
    names = [r["canonical"] for r in entity_rows("a", docs) if r["label"] == "ORG"]
    assert names == ["Fisheries and Oceans Canada", "Co-operative Housing Federation of Canada"]
    rows = said_by(
        nlp,
        "The tenants asked the Co-operative Housing Federation of Canada to review the vote. The federation said it "
        "had received the request and would reply within a month.",
    )
    assert rows[-1] == (
        "Co-operative Housing Federation of Canada",
        "it had received the request and would reply within a month",
    )


def test_saying_little_says_nothing_that_is_a_quote(nlp):
    """ "has said little in public since …": how much was said, not what; "said nothing would change" is said."""
    rows = said_by(
        nlp,
        "Mayor Colm Ferriter has said little in public since the strike began. Ferriter said nothing would change "
        "until the union returned to the table.",
    )
    assert rows == [("Colm Ferriter", "nothing would change until the union returned to the table")]


def test_a_description_after_a_quotation_is_the_one_person_named_and_speaking_there(nlp):
    """ "Margaret Olsen, 74, … says she has never seen it like this. “…,” the retired nurse said": a description the
    article never tied to her, with adjectives, is the one person the paragraph named, who just spoke; and "The
    teenager says …" is the one person named before it, who spoke."""
    rows = said_by(
        nlp,
        "Margaret Olsen, 74, has lived on the street for 40 years and says she has never seen it like this. "
        f"{L}The gulls are having a party,{R} the retired nurse said.",
        f"{L}I like the quiet,{R} Tessa Nuk said before the game. The 18-year-old from Rankin Inlet is the "
        "youngest keeper in the league. The teenager says she learned to dive on gym mats.",
    )
    assert [speaker for speaker, _ in rows] == ["Margaret Olsen", "Margaret Olsen", "Tessa Nuk", "Tessa Nuk"]


def test_a_bare_answer_after_a_question_is_the_person_named_before_the_question(nlp):
    """ "We put two questions to the minister, Hugo Ferland. Will officers seize traps? “…” Is the door open?
    “…”": each quotation with no cue after a question of the narration is the answer of the person named before."""
    rows = said_by(
        nlp,
        "The Gazette put two questions to the Fisheries Minister, Hugo Ferland, through his office. Will officers "
        f"seize traps this week? {L}Enforcement decisions are made by officers on the water.{R} Is the department "
        f"talking to the band? {L}Our door has always been open to them.{R}",
    )
    assert rows == [
        ("Hugo Ferland", f"{L}Enforcement decisions are made by officers on the water.{R}"),
        ("Hugo Ferland", f"{L}Our door has always been open to them.{R}"),
    ]


def test_a_union_local_named_by_its_number_alone_is_the_local_named_in_full_before(nlp):
    """ "Local 88 of the Parks Workers’ Union … Local 88 said …": the number alone is the local named before."""
    rows = said_by(
        nlp,
        "Nell Varga is president of Local 88 of the Parks Workers’ Union. Local 88 said the city had found $4 "
        "million for a new council chamber last year.",
    )
    assert rows == [
        ("Local 88 of the Parks Workers’ Union", "the city had found $4 million for a new council chamber last year")
    ]


def test_a_second_that_clause_joined_to_the_cue_is_said_too(nlp):
    """ "wrote in a post … that he was “gutted” and that he would help …": the parser joined the second "that"
    clause to the cue by "and"; it is said as much as the first."""
    rows = said_by(
        nlp,
        "Oskar Lindahl wrote in a LinkedIn post on Monday night that he was “gutted” and that he would personally "
        "help anyone who was laid off find a new job.",
    )
    assert len(rows) == 1 and rows[0][0] == "Oskar Lindahl" and "he would personally help anyone" in rows[0][1]


def test_the_first_name_an_unnamed_speaker_gave_is_theirs(nlp):
    """ "Her neighbour, a father of three who gave only his first name, Kevin, because …, said …": the name set
    beside "name" in the speaker's description names the speaker."""
    rows = said_by(
        nlp,
        "On Alder Street, the bins stand at the curb. Her neighbour, a father of three who gave only his first "
        "name, Kevin, because he works for a city contractor, said he supports the workers.",
    )
    assert rows == [("Kevin", "he supports the workers")]


def test_a_first_name_taken_for_an_organisation_is_the_one_person_named_in_full_with_it(nlp):
    """ "Marcus Oduya, a data analyst …. “…,” Marcus said": the first name, which the recogniser took for an
    organisation, is the person named in full before with it."""
    docs = [
        nlp("Marcus Oduya, a data analyst who was laid off on Monday, said he had sent out 30 applications."),
        nlp(f"Oduya said he does not blame the founder. {L}She cried on the call,{R} Marcus said."),
    ]
    rows = entity_rows("a", docs)
    assert [(r["canonical"], r["label"]) for r in rows if r["text"] == "Marcus"] == [("Marcus Oduya", "PERSON")]


def test_a_surname_shared_by_two_people_is_the_one_it_meant_before_the_other_was_named(nlp):
    """ "Maya Ashoona said …. saw Ashoona …. Ashoona’s mother, Leetia, …. Ashoona says she does not listen": the
    surname, taken for a place, is Maya Ashoona until her mother is named, and the one it meant last after."""
    rows = said_by(
        nlp,
        f"{L}I like the quiet,{R} Maya Ashoona said before the game.",
        "Her coach said she first saw Ashoona on a grainy video from a youth tournament in Ottawa.",
        f"Ashoona’s mother, Leetia, flew down for the opener. {L}She broke two lamps in the hallway,{R} Leetia "
        "Ashoona said.",
        "Ashoona has heard the talk and says she does not listen to it.",
    )
    assert [speaker for speaker, _ in rows] == ["Maya Ashoona", "", "Leetia Ashoona", "Maya Ashoona"]


def test_the_town_that_speaks_is_its_government_named_beside_it(nlp):
    """ "The town says it cannot afford more. In a statement, the Town of Elmvale said …": "the town" that speaks is
    the local government named "Town of …" there, though in the sentence after; not a "City of …" for "the town"."""
    rows = said_by(
        nlp,
        "Garbage has piled up for a week.",
        "The town says it cannot afford more. In a statement, the Town of Elmvale said its offer is final.",
    )
    assert rows == [("Town of Elmvale", "it cannot afford more"), ("Town of Elmvale", "its offer is final")]


ARTICLES = {
    "startup": STARTUP,
    "coop": COOP,
    "lobster": LOBSTER,
    "vets": VETS,
    "soccer": SOCCER,
    "strike": STRIKE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 32 when the batch was written (blind); 28 after a slip of the gold was mended (the union speaks under
#: its full name as the article gives it, "Local 1120 of the Municipal Workers’ Union"); 21 after a clause the parser
#: hung on the cue after its inverted speaker was narration, a start-up described as one was an organisation ("the
#: company said"), "has said little" said nothing, "the retired nurse" and "The teenager says" were the one person
#: named and speaking there, and "the federation" spoke; 17 after bare answers after a question of the narration were
#: the answers of the person named before it; 11 after "Fisheries and Oceans Canada" and "the Co-operative …
#: Federation" kept the words the recogniser left off; 9 after "Local 1120 said" was the local named in full; 6 after
#: a second "that" clause joined to the cue by "and" was said and "a father who gave only his first name, Kevin,"
#: named him; 4 after "Marcus said" (tagged an organisation) was Marcus Oduya; 2 after "Ashoona" meant Maya Ashoona
#: until her mother was named, and the one it meant last after; 0 after "The city says …" was the City of Riverbend
#: named in the sentence after.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
