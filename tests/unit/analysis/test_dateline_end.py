"""Where a dateline in capitals ends (quotes.marks.dateline_end), and that a paragraph with no dash has none."""

import pytest
import spacy

from dashboard.analysis.quotes.marks import dateline_end


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("VELMORA (Wirepress) \u2014 The port reopened on Monday.", 5),
        ("OSTRAVIN - Talks on the canal resumed.", 2),
        ("Harbour Chief Ona Pell \u2014 who retired in May \u2014 spoke.", 0),  # no place in capitals
        ("The ferry left late, and a long-term plan was read out.", 0),  # a dash far from the start
        ("VELMORA (Wirepress) The port reopened on Monday.", 0),  # no dash at all
    ],
)
def test_a_dateline_ends_after_its_dash(text, end):
    assert dateline_end(spacy.blank("en")(text)) == end
