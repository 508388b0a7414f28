"""A person's name that the parser hangs on the body noun ending a role's "for" phrase ("Its lead analyst for the
company, Priya Nair, said"), which the recogniser tagged a person's and which opens with a given name, is the one the
role describes, not a name for that company; a company's name set there ("A spokeswoman for its parent, Karoo Telecom
Holdings, said") stays the body an unnamed spokeswoman speaks for. Fictional sentences on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of

_OPENING = (
    "Rating agency Orlebar Credit said it had cut Wenlan Property to restricted default after the missed payment."
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Its lead analyst for the company, Priya Sethuram, said the cash would last three months.",
            "Priya Sethuram",
            "analyst",
        ),
        (
            "Its lead analyst for the firm, Maria Ostrowska, said the cash would last three months.",
            "Maria Ostrowska",
            "analyst",
        ),
        (
            "A spokesman for the agency, David Mendelsohn-Ray, said the rating could be cut again.",
            "David Mendelsohn-Ray",
            "other",
        ),
    ],
)
def test_a_given_name_set_beside_the_body_noun_is_the_role_holders(nlp, text, name, kind):
    assert (name, kind, "Orlebar Credit") in profiles_of(nlp, _OPENING, text)


def test_a_company_set_beside_the_body_noun_stays_the_body(nlp):
    text = "A spokeswoman for its parent, Karoo Telecom Holdings, said the cash would last three months."
    assert ("", "unnamed", "Karoo Telecom Holdings") in profiles_of(nlp, _OPENING, text)
