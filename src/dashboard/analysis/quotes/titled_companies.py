"""A company's name of several words the recogniser tagged a person's, set before an executive's capitalised title
and the executive's name: "Sahel Mobile Chief Executive Ravi Menon", "Kestrel Foods Managing Director Ann Roe". No
person's name stands before a company title and another person's name, so the first name is the company."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words
from dashboard.analysis.quotes.kinds import EXECUTIVE_WORDS

#: Words of an executive's title written capitalised between a company's name and the executive's.
_TITLE_WORDS = EXECUTIVE_WORDS | words("chief vice officer director managing financial operating general manager")
#: Most words such a title has ("Chief Financial Officer", "Executive Vice Chairman").
_LONGEST = 4


def company_before_executive(ent: Span) -> bool:
    """Whether a name of several words is followed by a capitalised executive's title and then a person's name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < _LONGEST and doc[end].is_title and doc[end].lower_ in _TITLE_WORDS:
        end += 1
    person = end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"
    return len(ent) > 1 and end > ent.end and person
