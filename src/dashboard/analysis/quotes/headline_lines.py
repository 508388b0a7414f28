"""A headline left among the paragraphs: a short line with no final punctuation that a reader did not split off as
the title or mark as a heading ("Ferry captain tells commission he was ordered to sail", "Appeals court says the
levy was unlawful"). The title itself is read by headline.py, which quotes only a person the body names; such a
line is read the same way. A speaker it only describes, an unnamed source or a body called by a common noun, gives
no quote there: the story names that person or body below and says the same in its lede, where the rules find it."""

from __future__ import annotations

from dashboard.analysis.quotes.debris_lines import debris_line
from dashboard.analysis.quotes.quote import Quote


def named_in_headline_line(found: list[Quote], text: str, cast) -> list[Quote]:
    """The quotes of a paragraph, without those of a speaker no name of the article's `cast` gives (an unnamed source,
    "Tribunal", "appeals court") when the paragraph is a headline's line."""
    if not debris_line(text):
        return found
    names = {name for _, name, _ in cast.people} | {name for _, name, _ in cast.orgs}
    return [q for q in found if q.speaker.name in names]
