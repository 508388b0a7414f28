"""What a speech participle in a "with" phrase reports when the parser hung the phrase on the clause said after the
setting of the cue ("…, with Ross telling reporters on Monday he saw …"), and a clause that the "with" phrase
truly qualifies (texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_clause_after_the_setting_of_a_with_participle_is_what_its_subject_told(nlp):
    paragraph = (
        "The storm reopened the argument over ferry safety, with Senator Ola Brandt telling reporters on Thursday "
        "he viewed the harbour board as responsible for the sinking."
    )
    assert said_by(nlp, paragraph) == [("Ola Brandt", "he viewed the harbour board as responsible for the sinking")]


def test_a_clause_after_a_with_phrase_and_a_comma_is_not_what_its_subject_told(nlp):
    paragraph = "With Senator Ola Brandt telling reporters about the storm on Thursday, the harbour board resigned."
    assert said_by(nlp, paragraph) == []


def test_a_clause_the_parser_hung_on_the_verb_above_the_with_phrase_is_what_its_subject_told(nlp):
    paragraph = (
        "The sinking reopened the argument over how the port authority handles ferry safety at night, with Senator "
        "Ola Brandt telling reporters on Thursday he viewed the harbour board as directly responsible for the loss."
    )
    said = "he viewed the harbour board as directly responsible for the loss"
    assert said_by(nlp, paragraph) == [("Ola Brandt", said)]
