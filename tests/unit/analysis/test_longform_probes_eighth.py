"""Quotes of an eighth batch of blind long-form probes (longform_probes_eighth.py): the shapes the batch found wrong
and now right, each on its own, and the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import quote_rows_of, wrong_quotes
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
        ("Leetia Ashoona", "I told her, if you are going to break things", False),
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
#: its full name as the article gives it, "Local 1120 of the Municipal Workers’ Union").
WRONG_TODAY = 28


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = [w for name, text in ARTICLES.items() for w in wrong_quotes(quote_rows_of(nlp, *text), GOLD[name])]
    assert len(wrong) <= WRONG_TODAY, wrong
