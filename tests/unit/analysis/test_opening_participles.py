"""The speaker after a participle that opens the sentence and that the parser may take for the cue's subject, alone
("Reacting, the Governor, Mr X, said") or with a phrase of its own ("Briefing the Council, X, the aid chief, said",
"Arriving for the talks, the bloc's envoy, X, told reporters") (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_name_after_a_participle_with_an_object_is_who_spoke(nlp):
    rows = said_by(
        nlp,
        "Briefing the Council, Odile Varnay-Kessler, Under-Secretary-General for Relief Operations, said that aid "
        "trucks had reached fewer than half of the camps in Marrow Valley.",
    )
    assert rows == [("Odile Varnay-Kessler", "aid trucks had reached fewer than half of the camps in Marrow Valley")]


def test_the_described_name_after_a_participle_of_arrival_is_who_told_reporters(nlp):
    rows = said_by(
        nlp,
        "Arriving for the Coastal Affairs Council, the bloc’s High Representative, Liesel Tammsaar, told reporters "
        "that she expected ministers to agree the fishing quotas by the end of the day.",
    )
    assert rows == [
        ("Liesel Tammsaar", "she expected ministers to agree the fishing quotas by the end of the day"),
    ]


def test_a_participle_that_opens_a_name_is_no_participle(nlp):
    """ "Turning Point Artists, a booking agency, says …": a name, not an opening participle; "a booking agency" is no
    speaker of its own."""
    rows = said_by(
        nlp,
        "Turning Point Artists, a music and film booking agency, says that Okafor, who asks $8,000 a talk, has lost "
        "about $40,000 this year.",
    )
    assert all(speaker != "music and film booking agency" for speaker, _ in rows)


def test_the_governor_after_an_opening_participle_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Reacting, the state Governor, Mr Ifeanyi Chidozie Anyanwu, who was represented by his Deputy, Dr Zainab "
        "Musa-Kolo, said the government would rebuild the Obodo market within a year.",
    )
    assert [speaker for speaker, _ in rows] == ["Ifeanyi Chidozie Anyanwu"]
