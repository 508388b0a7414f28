"""A name set off after the maker of a good ("the drug's Swiss maker, Aldenmatt,", "the vaccine's maker, Brellwood,")
is a company's in every mention of the article, though the recogniser may take its other mentions for a person's
("Aldenmatt said it would appeal"): no person is written as the maker a drug or a vaccine has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.makers import made_by_company

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dashboard.analysis.entities import Mention


def named_as_goods_maker(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is a name set off after a good's maker ("the drug's maker, Y,"): the words before it are
    read first, so the parse is only looked at after "maker," or "makers,"."""
    if not text_of(doc)[max(mention.start_char - 8, 0) : mention.start_char].rstrip().endswith(("maker,", "makers,")):
        return False
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and made_by_company(span)
