"""A name after the title "Advocate", which the recogniser may take for an organisation, is a person, without the
title (advocate_names.py, names.TITLES)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_after_the_title_advocate_is_a_person(nlp):
    doc = nlp("Under cross-examination, Advocate Karin de Villiers put it to him that the invoices had been forged.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Karin de Villiers"]


def test_the_title_is_no_part_of_the_speakers_name(nlp):
    said = said_by(
        nlp,
        "Testifying on Monday, Sipho Dlamini-Nkosi said he had approved the payments in good faith.",
        "Under cross-examination, State prosecutor Advocate Anri du Preez put it to him that the invoices had been "
        "forged by his cousin. ‘You knew the invoices were false, didn’t you?’ she asked.",
    )
    assert said[-1] == ("Anri du Preez", "‘You knew the invoices were false, didn’t you?’")
