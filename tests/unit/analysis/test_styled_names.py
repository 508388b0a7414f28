"""People named after a Malaysian style of address or a cleric's style are the name after the style (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_name_after_a_malaysian_style_is_the_speaker_without_the_style(nlp):
    """ "Datuk Seri" read as a person of its own, "Tan Sri" kept in the name, "Datuk Farah binti Ismail" cut at
    "binti" into a person and an organisation: each speaker is the name after the style."""
    rows = said_by(
        nlp,
        "The two states will open a new border crossing in May, said Transport Minister Datuk Seri Rahman Hakim bin "
        "Yusof.",
        "Port Authority chairman Tan Sri Lim Boon Keat said the new berths would be ready by the end of the year.",
        "Meanwhile, Perak Tourism Board chief executive officer Datuk Farah binti Ismail said the board would host a "
        "travel fair in Ipoh in October.",
    )
    assert [speaker for speaker, _ in rows] == ["Rahman Hakim bin Yusof", "Lim Boon Keat", "Farah binti Ismail"]


def test_the_name_after_a_clerics_style_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Hojatoleslam Reza Kamali-Far, a member of the parliament's energy committee, told reporters that the bill "
        "would be put to a vote next week.",
    )
    assert [speaker for speaker, _ in rows] == ["Reza Kamali-Far"]


def test_a_name_with_a_particle_left_out_of_both_its_parts_is_one_speaker(nlp):
    """ "Prof Dr Aminah binti Rosli": the recogniser may tag the parts on either side of "binti" as two people."""
    rows = said_by(
        nlp,
        "Universiti Sains economist Prof Dr Siti Aminah binti Rosli said the levy could help small traders sell "
        "abroad.",
    )
    assert [speaker for speaker, _ in rows] == ["Siti Aminah binti Rosli"]
