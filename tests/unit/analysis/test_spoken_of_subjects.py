"""A "he" or "she" cue set off by commas inside the clause it reports ("Turnout, she said, was 58 percent", "Ruiz, he
said, had lost fairly") is not the clause's own subject: a speaker names others, not herself, in what she says, and a
word the recogniser took for a name there is no speaker either (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_subject_before_a_set_off_cue_is_not_the_speaker(nlp):
    found = said_by(
        nlp,
        "The commission’s chairwoman, Tamar Ozolina-Berg, told a news conference that the vote had been calm. "
        "Turnout, she said, was 58.4 percent.",
    )
    assert ("Tamar Ozolina-Berg", "Turnout was 58.4 percent") in found


def test_a_named_subject_before_a_set_off_cue_is_not_the_speaker(nlp):
    found = said_by(
        nlp,
        "Greta Vilkaite-Moss, who chairs the party, spoke after Arvid Tennholt conceded.",
        "Tennholt, she said, had lost fairly.",
    )
    assert ("Greta Vilkaite-Moss", "Tennholt had lost fairly") in found


def test_the_owner_of_the_subject_may_be_the_speaker(nlp):  # a guard: she speaks of her own presidency
    found = said_by(
        nlp,
        "Speaking to a crowd of farmworkers in Fresno, Marisol Quintavalle listened to their complaints and promised "
        "change.",
        "A Quintavalle administration, she promised, would fix the roads and reopen the rail line.",
    )
    said = "A Quintavalle administration would fix the roads and reopen the rail line"
    assert ("Marisol Quintavalle", said) in found
