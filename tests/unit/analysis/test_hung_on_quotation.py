"""A quotation with no cue after a sentence that hangs reported speech on a quotation in marks (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_quotation_after_an_adding_that_clause_goes_on_the_words_in_marks(nlp):
    """ "“…,” she said, adding that …. “…”": the second quotation has no cue of its own and is more of the first
    (one statement, GUIDELINES: consecutive quoted sentences of one speaker without a new cue); it was a quote of its
    own, hung after the reported clause."""
    rows = said_by(
        nlp,
        f"{L}The harbour will reopen by spring,{R} Mara Quint said, adding that the dredging contract had been signed. "
        f"{L}We have waited long enough.{R}",
        f"{L}The orchard is finished,{R} said Tilda Varga, who said the frost had killed most of the young trees. "
        f"{L}We start again in April.{R}",
    )
    assert rows == [
        ("Mara Quint", f"{L}The harbour will reopen by spring,{R} {L}We have waited long enough.{R}"),
        ("Mara Quint", "the dredging contract had been signed"),
        ("Tilda Varga", f"{L}The orchard is finished,{R} {L}We start again in April.{R}"),
        ("Tilda Varga", "the frost had killed most of the young trees"),
    ]


def test_a_quotation_after_another_speakers_clause_is_not_joined_to_the_first(nlp):
    """The clause hung on the quotation must be the same speaker's: after "“…,” Ivo said, while Bo said …" the
    quotation with no cue is not joined to Ivo's words."""
    rows = said_by(
        nlp,
        f"{L}The bridge is safe,{R} Ivo Laine said, while the engineer Bo Marsh said the bolts had held. "
        f"{L}We checked every bolt.{R}",
    )
    assert rows[0] == ("Ivo Laine", f"{L}The bridge is safe,{R}")
