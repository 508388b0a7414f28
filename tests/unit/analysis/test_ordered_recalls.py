"""A carmaker told or ordered to recall things counted ("regulators ordered Y to recall 310,000 vehicles") calls them
back and says nothing: the infinitive's subject is the one ordered (recallers), as it is the carmaker's own in "Y
recalled 5,000 cars". A person who recalls aloud what happened still says it."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_carmaker_ordered_to_recall_vehicles_is_no_quote(nlp):
    text = (
        "Road safety regulators on Monday ordered Brevik Motors to recall about 84,000 minivans because their "
        "sliding doors can open while the van is moving."
    )
    assert said_by(nlp, text) == []


def test_one_who_recalls_aloud_still_says_it(nlp):
    text = "Ilse Drummond, who worked on the line for 30 years, recalled that the plant once built 900 cars a day."
    assert said_by(nlp, text) == [("Ilse Drummond", "the plant once built 900 cars a day")]
