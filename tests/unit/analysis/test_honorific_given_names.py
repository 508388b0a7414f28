"""A given name the recogniser cuts from a name after "Mr" or "Mrs" (texts of our own): the word between the
honorific and the tagged name is the person's first name, whether left untagged or tagged with the honorific."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_given_name_tagged_with_the_honorific_belongs_to_the_name_after_it(nlp):
    rows = said_by(nlp, "The union's treasurer, Mrs Nyaboke Kerubo Ombati, said the dues had not been paid.")
    assert [speaker for speaker, _ in rows] == ["Nyaboke Kerubo Ombati"]


def test_an_untagged_given_name_after_mr_belongs_to_the_name_after_it(nlp):
    rows = said_by(
        nlp,
        "Addressing the press in town, the Tana Union of Clinical Officers Kiboko branch secretary-general, Mr "
        "Wekesa Odhiambo Barasa, said the county had ignored a strike notice issued in March.",
    )
    assert "Wekesa Odhiambo Barasa" in [speaker for speaker, _ in rows]
