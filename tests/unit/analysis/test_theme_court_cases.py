"""A trial for bribes taken at a border post is a court case, not trade (bribes, judges and defendants are cues against
it), while a trial for breaking sanctions still tells trade. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_customs_bribery_trial_gets_no_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Former Port Customs Chief Jailed Over Bribes",
        [
            "A court in Varna sentenced the former head of the port's customs office to six years in prison on Friday "
            "for taking bribes to let smuggled alcohol through.",
            "Judges found that he took at least 200,000 euros from a gang that declared the goods as bottled water.",
            "Nine other defendants, among them three customs officers, were given terms of two to four years.",
        ],
    )
    assert all("trade" not in labels for labels in found), found


def test_a_trial_for_breaking_sanctions_still_tells_trade(themes, nlp):
    found = article(
        themes,
        nlp,
        "Businessman Jailed For Shipping Machine Tools To Russia",
        [
            "A court in Riga jailed a businessman for five years on Monday for exporting machine tools to Russia in "
            "breach of European Union sanctions.",
            "Judges found that he had shipped the goods through Kazakhstan and Armenia to hide where they were going.",
        ],
    )
    assert "trade" in found[0]
    assert "trade" in found[1]
