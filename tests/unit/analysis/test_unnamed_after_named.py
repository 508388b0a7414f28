"""An unnamed source quoted again as "the diplomat" right after "A Western diplomat …, speaking on condition of
anonymity, said …" stays unnamed even when a named person spoke earlier in the paragraph: the bare description is the
unnamed one who just spoke with that noun, not the last person named (described_people.speaker_continued, through
unnamed_again). Fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_diplomat_quoted_again_is_the_unnamed_diplomat_not_the_editor_named_before(nlp):
    found = said_by(
        nlp,
        "The magazine’s editor, Rosalind Petrakis, said it would appeal. A European diplomat in Tashkent, speaking on "
        f"condition of anonymity, said two embassies had raised the case. {L}Nobody expects a quick answer,{R} the "
        "diplomat said.",
    )
    assert found == [
        ("Rosalind Petrakis", "it would appeal"),
        ("", "two embassies had raised the case"),
        ("", f"{L}Nobody expects a quick answer,{R}"),
    ]


def test_the_grocer_after_a_named_grocer_is_still_her(nlp):
    found = said_by(
        nlp,
        f"Mina Okafor says trade has halved since the road closed. {L}We are hanging on,{R} the grocer said.",
    )
    assert found == [
        ("Mina Okafor", "trade has halved since the road closed"),
        ("Mina Okafor", f"{L}We are hanging on,{R}"),
    ]
