"""A name set off after a noun, with "the" and a company's trade right before it ("The mill's owner, the paper maker
Y, said"), is a company speaking as itself, whatever the recogniser tagged it (trade_led_names); an owner named with
no trade stays a person. "The" and a nation's words before "maker" ("the Swedish maker Y") make a company of Y as
well, wherever it is named (makers), so that a named spokeswoman for Y later speaks for it."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_owner_set_off_as_a_maker_speaks_as_the_company(nlp):
    text = (
        "The mill's owner, the paper maker Ostrander Fibres, said it would reopen the mill in May after repairs to "
        "the boiler."
    )
    assert profiles_of(nlp, text) == [("Ostrander Fibres", "institution", "")]


def test_an_owner_set_off_by_name_alone_stays_a_person(nlp):
    text = "The cinema's owner, Dana Whitlock-Moore, said she would keep the doors open through the winter."
    assert [kind for _, kind, _ in profiles_of(nlp, text)] == ["other"]


def test_a_spokeswoman_for_a_company_named_after_a_nations_maker_speaks_for_the_company(nlp):
    rows = profiles_of(
        nlp,
        "Brazil ordered 90 buses from the Swedish maker Kolmarden Fordon on Tuesday.",
        "A spokeswoman for Kolmarden Fordon, Lena Birgersdotter, said the buses would be built in Curitiba.",
    )
    assert rows == [("Lena Birgersdotter", "other", "Kolmarden Fordon")]
