"""Lines of page debris between paragraphs (debris_lines.py): a label, a promotion or a captioned photo credit ends no
quotation, and a quotation after it with no cue is still the last speaker's."""

from __future__ import annotations

import pytest

from dashboard.analysis.quotes.debris_lines import debris_line
from tests.quoting import L, R, quote_rows_of

LEDE = "Pia Lindqvist has grown apples on the slopes above Vell for thirty years."
SAID = f"{L}The orchard lost half its trees to the frost,{R} Lindqvist said. {L}We replanted in April."
MORE = f"{L}Then the frost came again in May.{R}"


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Story continues below",
        "Read more: Vell growers ask the province for frost relief",
        "Apple blossom on the slopes above Vell. (Tor Brand/Vell Weekly)",
    ],
)
def test_a_line_of_debris_between_paragraphs_of_a_quotation_is_passed_over(nlp, line):
    rows = [r for r in quote_rows_of(nlp, LEDE, SAID, line, MORE) if r["speaker"]]
    assert [(r["speaker"], "We replanted" in r["quote"], "came again" in r["quote"]) for r in rows] == [
        ("Pia Lindqvist", True, True)
    ]


def test_a_quoted_paragraph_after_a_line_of_debris_is_the_last_speakers(nlp):
    said = "Lindqvist said the frost had killed half the trees in her orchard."
    rows = quote_rows_of(nlp, LEDE, said, "Advertisement", MORE)
    assert [(r["speaker"], r["paragraph"], r["direct"]) for r in rows] == [
        ("Pia Lindqvist", 1, False),
        ("Pia Lindqvist", 3, True),
    ]


@pytest.mark.parametrize(
    ("text", "debris"),
    [
        ("Sign up for our weekly farm newsletter", True),
        ("The frost came again in May.", False),
        (f"{L}Then the frost came again in May", False),
        ("The growers met the minister on Friday and asked for help with the cost of new trees", False),
    ],
)
def test_what_a_line_of_debris_is(text, debris):
    assert debris_line(text) is debris
