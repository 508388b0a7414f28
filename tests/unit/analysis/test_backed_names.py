"""A speaker named after a participle that names another person (texts of our own): in "One pastor backing Mr.
Quillen, Dale Whitcomb of Grace Chapel, said" the parser hangs Whitcomb on Quillen, the object of "backing", as his
apposition; a name set beside a name is no description of it, so Whitcomb is the pastor who spoke, not an unnamed
pastor."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_set_off_after_the_name_a_participle_takes_names_the_speaker(nlp):
    rows = said_by(
        nlp,
        "One pastor backing Mr. Quillen, Dale Whitcomb of Grace Chapel in Dunmore, said he had made more than 90 "
        "calls to other pastors before the caucuses.",
        "A volunteer working for Senator Ada Brasher, Tom Okafor, said the campaign had knocked on 4,000 doors.",
    )
    assert [speaker for speaker, _ in rows] == ["Dale Whitcomb", "Tom Okafor"]
