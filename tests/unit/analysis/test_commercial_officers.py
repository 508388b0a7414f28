"""A chief commercial officer runs a firm's sales (texts of our own): at a firm whose name sounds of finance
("Halden Capital") the officer is an executive, `other`, as a chief financial officer is; a chief investment officer
there still speaks on markets as an expert."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("chief commercial officer", "other"),
        ("chief financial officer", "other"),
        ("chief investment officer", "analyst"),
    ],
)
def test_an_officer_of_a_finance_firm_is_an_executive_unless_of_investment(nlp, role, kind):
    text = f"Ines Marlow, {role} at the aircraft lessor Halden Capital, said lease rates would rise next year."
    assert profiles_of(nlp, text) == [("Ines Marlow", kind, "Halden Capital")]
