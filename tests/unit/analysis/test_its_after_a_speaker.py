""" "Its" opening a sentence after a person of a body has spoken, with no organisation named since the paragraph before
(texts of our own): "The association's director general, X, said … “…,” X said. Its chief economist, Y, said" is the
association's economist, the body X was tied to."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_after_a_speaker_of_a_body_means_that_body(nlp):
    rows = profiles_of(
        nlp,
        "Ferry operators will carry a record 90 million passengers this year, the Nordic Ferry Federation said on "
        "Monday at its annual meeting in Bergen.",
        "The federation's director general, Henrik Saari, said fuel costs were eating most of the gains.",
        '"We sail full and still earn almost nothing," Saari said. "That is not a business. That is a habit."',
        "Its chief economist, Marta Lind, said passenger numbers would grow 5% a year until 2030.",
    )
    assert rows[-1] == ("Marta Lind", "analyst", "Nordic Ferry Federation")
