""" "Y said it would appeal to the Z Tribunal. Its general counsel, X, said": "its" is Y's, the speaker whose name the
recogniser left untagged, not the tribunal it spoke of (`spoken_owners`); and after "The regulator said …", the body
"the regulator" means (`untagged_sentence_owners`; real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_counsel_is_the_untagged_speakers_not_the_court_it_will_appeal_to(nlp):
    rows = profiles_of(
        nlp,
        'Hurrydash said it was "deeply disappointed" and would appeal to the Competition Appeal Tribunal. Its general '
        "counsel, Sophie Brandt, said the regulator had ignored evidence from supermarkets.",
    )
    assert rows[-1] == ("Sophie Brandt", "other", "Hurrydash")


def test_a_tagged_body_as_subject_keeps_its_own_rules(nlp):
    rows = profiles_of(
        nlp,
        "Hurrydash said the Competition Appeal Tribunal would hear the case in May. Its registrar, Paul Dane, said "
        "the hearing would last a week.",
    )
    assert rows[-1][2] != "Hurrydash"


def test_its_chief_after_the_regulator_said_is_the_regulators(nlp):
    """ "The regulator said …" means the regulator named before; "Its chief executive" opening the next sentence is
    that regulator's, not the channel it ruled on, named after it."""
    rows = profiles_of(
        nlp,
        "The media regulator Brightcast ruled that a news channel, Harbour News, had breached impartiality rules.",
        "The regulator said the channel had given a sitting lawmaker a weekly show without balancing views.",
        "Its chief executive, Simon Adeyemi, said the channel would be fined 250,000 pounds.",
    )
    assert rows[-1][0] == "Simon Adeyemi"
    assert rows[-1][2] == "Brightcast"


def test_its_after_a_body_named_beside_the_speaking_noun_is_that_body(nlp):
    """ "The nurses' union, the Federation of X, said …. Its president": the union is named beside the subject, so
    "its" is the named body, not the words "nurses' union"."""
    rows = profiles_of(
        nlp,
        "The nurses' union, the Federation of Coastal Nurses, said its members would walk out next month.",
        "Its president, Alma Ruiz, said the wards had been short of staff for three winters.",
    )
    assert rows[-1][0] == "Alma Ruiz"
    assert rows[-1][2] == "Federation of Coastal Nurses"
