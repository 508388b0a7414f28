"""The person a recording shows speaking (texts of our own): "The ad uses footage of X asking, “…?”" and "followed
by a clip of X saying …" are parsed with the participle hung on the sentence's verb; X, not the ad, spoke. The ad's
narrator who speaks next is nobody the ad shows."""

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


def test_the_narrator_of_an_ad_is_not_the_person_it_shows(nlp):
    rows = said_by(
        nlp,
        "Last month, Rep. Ada Brasher released a web ad compiling some of Greaves's worst lines. In it, Sen. Dale "
        f"Hatterly says he will support the Republican nominee. {L}We need leaders to stand up to Tom Greaves,{R} the "
        "narrator says.",
    )
    assert [speaker for speaker, _ in rows] == ["Dale Hatterly", ""]
