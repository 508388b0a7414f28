"""The person a recording shows speaking (texts of our own): "The ad uses footage of X asking, “…?”" and "followed
by a clip of X saying …" are parsed with the participle hung on the sentence's verb; X, not the ad, spoke."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_person_the_footage_shows_speaks(nlp):
    rows = said_by(
        nlp,
        f"The new ad uses footage of Nora Bramwell asking, {L}Why aren't I 50 points ahead, you might ask?{R}",
        "Last month, the party released a web ad compiling some of Greaves's worst lines, followed by a clip of "
        "Senator Dale Hatterly saying he will support the nominee.",
    )
    assert [speaker for speaker, _ in rows] == ["Nora Bramwell", "Dale Hatterly"]
