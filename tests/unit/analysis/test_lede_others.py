"""A described body ("the army") is not the organisation the next sentence's subject names when its own sentence
already named that organisation as another party, in full or by its initials (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_party_named_in_what_the_body_said_is_not_the_body(nlp):
    rows = said_by(
        nlp,
        "The army said in a statement that the Northern Liberation Front had shelled its base near the river. The NLF "
        "denied that it had fired first.",
    )
    assert [speaker for speaker, _ in rows] == ["army", "Northern Liberation Front"]


def test_a_described_body_is_still_the_one_the_next_sentence_names_when_its_own_names_none(nlp):
    rows = said_by(
        nlp,
        "Three men were hurt in the crash, the province's rail watchdog said. The Ostvale Rail Safety Board said it "
        "would open an inquiry.",
    )
    assert [speaker for speaker, _ in rows] == ["Ostvale Rail Safety Board", "Ostvale Rail Safety Board"]
