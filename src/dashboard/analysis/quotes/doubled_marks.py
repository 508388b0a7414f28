"""Archive news text sets quotations in doubled apostrophes (''…'') where other pages use curly or straight marks,
and runs a quotation on into the next paragraph the same way: the paragraph leaves its doubled mark unclosed and the
next one opens with it (''… in the bank. Is that fast enough?'' then ''Nobody will wait another winter.''). These
tell the opening and the unclosed end of such paragraphs, beside the curly and straight marks, for `spanning`."""

from __future__ import annotations

from dashboard.analysis.quotes.carried_over import first_mark

#: Two apostrophes standing for a double quotation mark.
DOUBLED = "''"


def opening_mark(text: str) -> int:
    """Where a paragraph that opens with a quotation mark (curly, straight or doubled apostrophes) has it; -1 when it
    opens otherwise."""
    at = first_mark(text)
    if at >= 0:
        return at
    stripped = len(text) - len(text.lstrip())
    return stripped if text.startswith(DOUBLED, stripped) else -1


def left_open_doubled(text: str) -> bool:
    """Whether a paragraph that opens a quotation in doubled apostrophes leaves one open at its end: an odd number of
    doubled marks (a single quotation mark inside one, ''… 'Look,' …'', is no doubled mark)."""
    return opening_mark(text) >= 0 and text.count(DOUBLED) % 2 == 1
