""" "Y said it would appeal to the Z Tribunal. Its general counsel, X, said": "its" is Y's, the speaker whose name the
recogniser left untagged, not the tribunal it spoke of (`spoken_owners`; real pipeline, texts of our own)."""

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
