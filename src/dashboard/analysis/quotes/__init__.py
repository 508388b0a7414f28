"""Quotes: who said what, direct and reported, with the speaker's name, role, affiliation and kind.

`marks` finds quoted stretches, `cues` and `subjects` the verbs of speech and who spoke in the parse,
`mentions`, `people`, `roles` and `speakers` resolve a subject to a speaker, and `finder` puts them together
into the rows of the quotes table; `lexicon` holds the word lists they share.
"""

from dashboard.analysis.quotes.finder import quote_rows

__all__ = ["quote_rows"]
