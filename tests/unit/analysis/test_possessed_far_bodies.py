"""A possessive noun of a kind of body ties an officer to the body named before it, where the lexicon of company nouns
cannot: "the co-op's general manager" (split by the tokenizer into "co", "-" and "op's") to the co-operative named
last, and "the service's advertising business" (or the studio's) to the one business the article named, however many
paragraphs of its other executives' quotes stand between. Two businesses named leave the noun unresolved. Fictional
texts on the real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_coops_manager_works_for_the_cooperative_named_before(nlp):
    rows = profiles_of(
        nlp,
        "The largest grant, $31 million, went to the Callowmere Rural Electric Cooperative, which plans to lay fibre "
        "along its power lines.",
        "The co-op's general manager, Idris Fenwold, said crews would start work in May.",
    )
    assert ("Idris Fenwold", "other", "Callowmere Rural Electric Cooperative") in rows, rows


def test_the_coops_chairwoman_works_for_the_dairy_cooperative(nlp):
    rows = profiles_of(
        nlp,
        "Farmers who own the Brackwater Dairy Cooperative voted on Friday to build a new cheese plant.",
        "The co-op's chairwoman, Ysolde Penhallow, said the plant would take two years to build.",
    )
    assert ("Ysolde Penhallow", "other", "Brackwater Dairy Cooperative") in rows, rows


_STREAMING_LEAD = (
    "LOS ANGELES -- Streamquill added 9.2 million paying subscribers in the third quarter, the streaming service said "
    "on Tuesday."
)
_EXECUTIVES = (
    '"Live sport did more for us in one weekend than a year of advertising," Dorian Quell, the chief executive, said.',
    "Odalys Brenneke, the finance chief, said costs would stay flat next year.",
)


def test_the_services_business_belongs_to_the_one_business_named_far_back(nlp):
    rows = profiles_of(
        nlp,
        _STREAMING_LEAD,
        *_EXECUTIVES,
        "Priya Sandhurst-Vale, who oversees the service's advertising business, said the cheaper plan now made up "
        "half of new sign-ups.",
    )
    assert ("Priya Sandhurst-Vale", "other", "Streamquill") in rows, rows


def test_the_services_sales_chief_belongs_to_the_one_business_named_far_back(nlp):
    rows = profiles_of(
        nlp,
        _STREAMING_LEAD,
        *_EXECUTIVES,
        "The service's head of advertising sales, Tamsin Ferrabee, said more brands were buying slots in live games.",
    )
    assert ("Tamsin Ferrabee", "other", "Streamquill") in rows, rows


def test_with_two_businesses_named_the_service_stays_unresolved(nlp):
    rows = profiles_of(
        nlp,
        "LOS ANGELES -- Streamquill agreed on Tuesday to buy Kestrowe Media for $4 billion in cash.",
        *_EXECUTIVES,
        "Priya Sandhurst-Vale, who oversees the service's advertising business, said the cheaper plan now made up "
        "half of new sign-ups.",
    )
    profile = next(row for row in rows if row[0] == "Priya Sandhurst-Vale")
    assert profile[2] not in ("Streamquill", "Kestrowe Media"), rows
