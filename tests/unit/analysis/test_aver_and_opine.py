"""The verbs "aver" and "opine", cues of the English-language press of West Africa and South Asia ("He averred
that …", "she opined that …"), give what was said like "maintain" and "contend" (lexicon.CUE_VERBS)."""

from __future__ import annotations

from tests.quoting import said_by


def test_averred_gives_the_clause_to_the_speaker(nlp):
    paragraph = (
        "The commissioner, Mr Tunde Afolabi, toured the market on Friday. He averred that the state would rebuild "
        "every stall."
    )
    assert ("Tunde Afolabi", "the state would rebuild every stall") in said_by(nlp, paragraph)


def test_opined_gives_the_clause_to_the_speaker(nlp):
    paragraph = "A lecturer, Dr Nabila Qureshi, opined that the canal had silted up years ago."
    assert ("Nabila Qureshi", "the canal had silted up years ago") in said_by(nlp, paragraph)
