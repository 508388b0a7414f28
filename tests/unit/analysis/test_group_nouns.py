"""A body of the state is no "group": "The group said …" after a rights group and then a ministry or an embassy is the
rights group, not the office of the state that spoke last (analysis/quotes/group_nouns.py; fictional text)."""

from __future__ import annotations

from tests.quoting import said_by

_RIGHTS_GROUP = (
    "Kestrel Rights Project, a rights group based in Geneva, said in a report that police had beaten detainees."
)


def test_the_group_after_a_foreign_ministry_is_the_rights_group(nlp):
    pairs = said_by(
        nlp,
        _RIGHTS_GROUP,
        "Japan’s foreign ministry said it was in contact with the authorities and urged restraint.",
        "The group called on the government to release all those held for peaceful protest.",
    )
    assert pairs[-1] == ("Kestrel Rights Project", "the government to release all those held for peaceful protest")


def test_the_group_after_an_embassy_is_the_rights_group(nlp):
    pairs = said_by(
        nlp,
        _RIGHTS_GROUP,
        "The U.S. Embassy urged its citizens to avoid the city centre.",
        "The group said the detainees should be freed at once.",
    )
    assert pairs[-1] == ("Kestrel Rights Project", "the detainees should be freed at once")


def test_the_group_after_a_company_called_a_group_stays_the_company(nlp):
    """The near miss: a company described as a group is what "the group" means, as before."""
    pairs = said_by(
        nlp, "Velmar Holdings, a mining group, said its profit fell.", "The group said it would cut 300 jobs."
    )
    assert [speaker for speaker, _ in pairs] == ["Velmar Holdings", "Velmar Holdings"]
