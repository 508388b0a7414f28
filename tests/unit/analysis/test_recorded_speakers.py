"""The person a recording shows speaking (texts of our own): "The ad uses footage of X asking, “…?”" and "followed
by a clip of X saying …" are parsed with the participle hung on the sentence's verb; X, not the ad, spoke. The ad's
narrator who speaks next is nobody the ad shows."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_person_the_footage_shows_speaks(nlp):
    rows = said_by(
        nlp,
        f"The new ad uses footage of Nora Bramwell asking, {L}Why is this race even close, you may wonder?{R}",
        "Last month, the party put out an online ad stitching together several of Greaves's worst lines, followed by "
        "a clip of Senator Dale Hatterly saying he will support the nominee.",
    )
    assert [speaker for speaker, _ in rows] == ["Nora Bramwell", "Dale Hatterly"]


def test_the_narrator_of_an_ad_is_not_the_person_it_shows(nlp):
    rows = said_by(
        nlp,
        "Last month, Rep. Ada Brasher put out an online ad stitching together several of Greaves's worst lines. In it, "
        "Sen. Dale Hatterly says he will support the Republican nominee. "
        f"{L}We need leaders who will face down Tom Greaves,{R} the narrator says.",
    )
    assert [speaker for speaker, _ in rows] == ["Dale Hatterly", ""]
