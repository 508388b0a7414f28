"""Bodies a lower-case noun names: a state's armed services and staff bodies, and a company's arm (armed_services.py).
Every text is fictional."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_air_force_and_a_general_staff_speak_as_themselves_not_as_the_state_or_unnamed(nlp):
    """ "Ostland's air force said" is the air force, named with its owner; "it said" after it is the air force, not
    the state; "the general staff said" is that body, not an unnamed source."""
    rows = profiles_of(
        nlp,
        "Ostland's air force said on Sunday that it shot down four drones over the coast.",
        "Two more drones fell into the sea, it said in a statement.",
        "The general staff said its troops had held the line near Varna.",
    )
    assert rows == [
        ("Ostland's air force", "institution", ""),
        ("Ostland's air force", "institution", ""),
        ("general staff", "institution", ""),
    ]


def test_other_services_speak_as_bodies_but_one_of_their_members_is_a_person(nlp):
    """ "Ostland's navy", "the coast guard" and "the national guard" are bodies; "a border guard" is a person."""
    rows = profiles_of(
        nlp,
        "Ostland's navy said a frigate had been damaged by a mine.",
        "The coast guard said three fishermen were rescued off Brindle Point.",
        "A border guard said the crossing was closed.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows] == [
        ("Ostland's navy", "institution"),
        ("coast guard", "institution"),
        ("", "unnamed"),
    ]


def test_the_arm_of_a_named_company_speaks_as_that_arm(nlp):
    """ "Vantor Motors' US arm said", "Halcrow Bank's insurance subsidiary said": the company's part, named with the
    company, speaks as an institution, not as an unnamed source."""
    rows = profiles_of(
        nlp,
        "Vantor Motors' US arm said it would recall 40,000 vans over faulty brakes.",
        "Halcrow Bank's insurance subsidiary said claims rose sharply in the quarter.",
    )
    assert rows == [
        ("Vantor Motors' US arm", "institution", ""),
        ("Halcrow Bank's insurance subsidiary", "institution", ""),
    ]


def test_a_role_a_service_modifies_serves_that_service(nlp):
    """ "air force spokesman Ivo Brandt", "a national guard commander", "a general staff officer": the person serves
    the service the words name, as "a coast guard spokesman" serves the coast guard."""
    rows = profiles_of(
        nlp,
        "“The threat is growing,” air force spokesman Ivo Brandt said.",
        "A national guard commander, Col. Rita Hale, said 300 troops were on the way.",
        "“We are ready,” said Maj. Ott Lind, a general staff officer.",
    )
    assert rows == [
        ("Ivo Brandt", "official", "air force"),
        ("Rita Hale", "official", "national guard"),
        ("Ott Lind", "official", "general staff"),
    ]


def test_a_border_service_speaks_as_itself_but_one_of_its_officers_is_a_person(nlp):
    """ "Ostland's border service said" and "the border service said" are the service, as "the border guard" is;
    "a border service officer said" is a person."""
    rows = profiles_of(
        nlp,
        "Ostland's border service said on Monday that it had detained 14 people at the crossing.",
        "The border service said the road would reopen on Friday.",
        "A border service officer said the queue was long.",
    )
    assert [(speaker, kind) for speaker, kind, _ in rows] == [
        ("Ostland's border service", "institution"),
        ("border service", "institution"),
        ("", "unnamed"),
    ]


def test_a_state_named_before_its_capitalised_command_stays_in_the_name(nlp):
    """ "Finland's Joint Chiefs of Staff said", "Chile's General Staff said": the state written before a command the
    recogniser tagged alone belongs to the command's name, as it does to a ministry's ("Finland's Defence
    Ministry"), whether the command speaks or a spokesman serves it."""
    rows = profiles_of(
        nlp,
        "Three patrol boats left the harbour at dawn, Finland's Joint Chiefs of Staff said.",
        "Chile's General Staff said the exercise in the southern fjords would last a week.",
        "Chile's General Staff spokesman Colonel Tomas Reyes said two ships would join later.",
    )
    assert rows == [
        ("Finland's Joint Chiefs of Staff", "institution", ""),
        ("Chile's General Staff", "institution", ""),
        ("Tomas Reyes", "official", "Chile's General Staff"),
    ]


def test_a_coast_guard_tagged_a_proper_noun_after_its_words_speaks_as_the_body(nlp):
    """ "…, the coast guard said Saturday": the tagger takes the lower-case words for a proper noun and the recogniser
    for an organisation; the service still speaks as the body it is, as "The coast guard said …" does."""
    rows = profiles_of(nlp, "More than 1,900 migrants reached the island in 48 hours, the coast guard said Saturday.")
    assert rows == [("coast guard", "institution", "")]
