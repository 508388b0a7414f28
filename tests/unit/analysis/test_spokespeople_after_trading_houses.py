"""A spokesperson named after the business the role serves ("A spokesman for the trading house Y, X, said"), whose
name the parser hangs on the business's name rather than on the role, is the speaker, of that business, however the
recogniser tagged its name; a spokesperson for a body named alone stays unnamed. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_named_spokesman_for_a_trading_house_speaks_for_it(nlp):
    found = profiles_of(
        nlp,
        "A spokesman for the trading house Kestrel Resources Trading, Anton Verhoeven-Lasko, said the firm had lost "
        "money on cancelled trades.",
    )
    assert found == [("Anton Verhoeven-Lasko", "other", "Kestrel Resources Trading")]


def test_a_named_spokeswoman_for_a_fashion_house_tagged_a_person_speaks_for_it(nlp):
    found = profiles_of(
        nlp,
        "A spokeswoman for the fashion house Maison Verel, Claire Dufaux-Binet, said the show would go ahead.",
    )
    assert found == [("Claire Dufaux-Binet", "other", "Maison Verel")]


def test_a_spokesman_named_after_a_company_named_alone_is_unchanged(nlp):
    found = profiles_of(
        nlp,
        "A spokesman for Kestrel Resources Trading, Anton Verhoeven-Lasko, said the firm had lost money on "
        "cancelled trades.",
    )
    assert found == [("Anton Verhoeven-Lasko", "other", "Kestrel Resources Trading")]


def test_a_spokeswoman_for_a_parent_named_in_apposition_stays_unnamed(nlp):
    found = profiles_of(nlp, "A spokeswoman for its parent, Karoo Holdings, said the sale would close in June.")
    assert [(speaker, kind) for speaker, kind, _ in found] == [("", "unnamed")]
