"""A name with a lower-case particle stays whole when the article goes on to call the person by the words before the
particle (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_with_its_particle_is_not_read_as_a_headline_overrun_of_the_shorter_name(nlp):
    """ "Rahman bin Yusof", then "Rahman Hakim" twice: the longer name is the person's, not the shorter one running on
    into words after it as a headline in capitals would (those words are capitalised; "bin" is not)."""
    rows = said_by(
        nlp,
        "The two countries will open a new border crossing in May, said Transport Minister Datuk Seri Rahman Hakim bin "
        "Yusof.",
        "Rahman Hakim told reporters the crossing would cut travel times by half.",
        "Rahman Hakim added that a second crossing was being studied.",
    )
    assert {speaker for speaker, _ in rows} == {"Rahman Hakim bin Yusof"}
