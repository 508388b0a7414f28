"""An "it" inside a sentence whose own subject is a common noun, when the last name before it is only a place (texts
of our own): "his team in Ohio is preparing … for a race that it says will …" is the team's word, and "The Nordland
constitution contains no reference …, although it does say …" the constitution's (a document: no speaker), not the
place's; a place named only as a word of a title ("the onetime U.S. senator") is no antecedent of a later "it"."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_an_it_takes_up_its_sentences_subject_not_a_place_named_in_passing(nlp):
    rows = said_by(
        nlp,
        "Now, his team in Ohio is preparing volunteers for a long race that it says will reward the senator's stamina.",
        "The Nordland constitution contains no explicit reference to atomic weapons, although it does say that "
        f"Nordland agrees to {L}renounce war.{R}",
    )
    assert not [speaker for speaker, _ in rows if speaker in ("Ohio", "Nordland")]


def test_a_place_named_only_as_a_word_of_a_title_is_no_antecedent_of_it(nlp):
    rows = said_by(
        nlp,
        "During the primaries, the Ledger gave Bramwell a warm endorsement.",
        "She has mastered the fine print of farm policy. The onetime first lady and U.S. senator plans everything.",
        f"Meanwhile, it attacked Greaves, saying he {L}has offended farmers and veterans with his insults.{R}",
    )
    assert "U.S." not in [speaker for speaker, _ in rows]
