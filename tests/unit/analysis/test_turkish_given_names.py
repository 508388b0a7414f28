"""A Turkish double given name is the speaker's whole, though the recogniser leaves its first name out (fictional
text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_turkish_double_given_name_is_part_of_the_speakers_name(nlp):
    """ "Mehmet Emin Sarıkaya": the recogniser may tag only "Emin Sarıkaya"; both given names are the lexicon's."""
    rows = said_by(
        nlp, "The rail link would open in 2028, Deputy Transport Minister Mehmet Emin Sarıkaya said on Friday."
    )
    assert [speaker for speaker, _ in rows] == ["Mehmet Emin Sarıkaya"]
