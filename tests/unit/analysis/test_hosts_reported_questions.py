"""A programme's host who puts a question in reported speech ("Host X asked whether …") is not the "she" of the quoted
answer right after it: the guest is (questioners.py). Anyone else who asks whether … may go on to say more."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_answer_after_a_hosts_reported_question_is_the_guests(nlp):
    said = said_by(
        nlp,
        "Energy Minister Ingrid Salvesen-Amos told host Petra Vandermeer-Holt that the pipeline would open in May.",
        "Vandermeer-Holt asked whether the province could still block it. “They can try. The courts have ruled twice,” "
        "she said.",
    )
    assert said[-1] == ("Ingrid Salvesen-Amos", "“They can try. The courts have ruled twice,”")


def test_a_resident_who_asked_whether_goes_on_to_speak(nlp):
    said = said_by(
        nlp,
        "Councillor Ingrid Salvesen-Amos said the plan had been posted online for a month.",
        "Resident Petra Vandermeer-Holt asked whether anyone had knocked on doors. “Nobody came to my street,” she "
        "said.",
    )
    assert said[-1] == ("Petra Vandermeer-Holt", "“Nobody came to my street,”")
