"""A chair of a legislature's subcommittee: "the House X subcommittee" that the recogniser cut before the lower-case
"subcommittee" is no company, and "Subcommittee Chair X" after a committee's subcommittee was named serves that
committee, the parent body, not a body called "Subcommittee" (GUIDELINES.md: legislators are officials; fictional
text)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_chair_of_a_chambers_subcommittee_is_an_official_of_it(nlp):
    profiles = profiles_of(
        nlp,
        '"We will hold hearings," said Nora Quill, chairwoman of the House Energy and Commerce subcommittee on health.',
    )
    assert profiles == [("Nora Quill", "official", "House Energy and Commerce subcommittee")]


def test_a_subcommittee_chair_serves_the_committee_named_before(nlp):
    profiles = profiles_of(
        nlp,
        "The Senate Banking Committee's subcommittee on housing met on Tuesday.",
        '"We will hold hearings," said Subcommittee Chair Nora Quill.',
    )
    assert profiles == [("Nora Quill", "official", "Senate Banking Committee")]
