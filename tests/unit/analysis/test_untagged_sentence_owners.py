""" "Its" after a sentence that names its body without an organisation's tag: a name a "which" clause sets off, or
"the regulator" speaking (quotes/untagged_sentence_owners.py)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_its_after_a_name_set_off_by_which_is_that_body(nlp):
    """ "Pact Loom, which represents weavers, said …" with the name left untagged: "Its chief executive" serves
    that body, not the party named a paragraph before."""
    profiles = profiles_of(
        nlp,
        "The shadow arts secretary, Mina Torvald of the Green Party, said the grant cut was a mistake.",
        "Pact Loom, which represents independent weavers, said the cut would close small workshops outside Leeds. Its "
        "chief executive, Martin Hale, said members sold a third of their cloth abroad.",
    )
    assert ("Martin Hale", "other", "Pact Loom") in profiles


def test_its_after_a_body_described_by_a_trade_noun_and_which_is_that_body(nlp):
    """ "Most races will be shown by the pay broadcaster Tarn Sport, which kept …": the recogniser takes the name for
    a person's, but "which" shows it a body's, and "Its head of sport" serves it, not the league named before."""
    profiles = profiles_of(
        nlp,
        "The Northern Cycling League sold the rights to its races for 40 million euros, the league said on Monday.",
        "Most races will be shown by the pay broadcaster Tarn Sport, which kept the largest package. Its head of "
        "sport, Ilse Marquardt, said every race would also be on its app.",
    )
    assert ("Ilse Marquardt", "other", "Tarn Sport") in profiles


def test_its_after_the_regulator_said_is_the_regulator(nlp):
    """ "The regulator said the station had …. Its chief executive, X, said": the chief of the regulator that the
    sentence before has speaking, not of the station the article named last."""
    profiles = profiles_of(
        nlp,
        "In a separate decision, the media regulator Brovacom ruled that a talk station, Radio Kestrel, had misled its "
        "listeners.",
        "The regulator said the station had aired paid advertising as news. Its chief executive, Benedikt Orr, said "
        "the station would be fined.",
    )
    assert ("Benedikt Orr", "official", "Brovacom") in profiles
