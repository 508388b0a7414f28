"""A peer's name after "Lord" or "Baroness", which the recogniser may tag an organisation (peer_names)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_peer_after_lord_is_a_person_whose_he_said_is_his(nlp):
    """ "Lord Ashdown-Creel, who was a minister, told BBC Radio 4 that …. “…,” he said": the peer speaks, as a person,
    and the "he said" after is his, not the author's named before."""
    said = said_by(
        nlp,
        "Sir Miles Garrow-Pendle says he sent eleven telegrams.",
        "Lord Ashdown-Creel, who was a Foreign Office minister at the time, told BBC Radio 4 that the book was "
        "“a very good novel”. “Ambassadors always remember the telegrams they sent,” he said.",
    )
    assert ("Ashdown-Creel", "“Ambassadors always remember the telegrams they sent,”") in said


def test_a_baroness_speaks_under_her_name_without_the_title(nlp):
    """ "Baroness Whitcombe …. “…,” she said": the title stays out of the speaker's name, as "Lord" does."""
    said = said_by(
        nlp,
        "Baroness Whitcombe, a former trade minister, told the committee that the deal would cost farmers dearly.",
        "“We were promised better,” she said.",
    )
    assert ("Whitcombe", "“We were promised better,”") in said
