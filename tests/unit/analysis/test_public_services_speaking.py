"""A "service" named by a field of public work speaks as a state's body ("The public prosecution service said",
"Austria's security service says"), as "the statistics office said" does; "the memorial service" says nothing."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_prosecution_service_speaks_as_itself(nlp):
    paragraph = "The public prosecution service said it would appeal because it had asked for a longer sentence."
    assert profiles_of(nlp, paragraph) == [("public prosecution service", "institution", "")]


def test_a_state_s_security_service_speaks_as_itself(nlp):
    paragraph = "Austria's security service said it had expelled two men who had posed as journalists."
    [(_, kind, _)] = profiles_of(nlp, paragraph)
    assert kind == "institution"
