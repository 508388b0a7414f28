"""Quotes: who said what, direct and reported, with the speaker's name, role, affiliation and kind.

`marks` finds quoted stretches, `cues` and `subjects` the verbs of speech and who spoke in the parse
(`around` what was said when the parser hung it elsewhere, `narration` the narrator's words it hung on a cue,
`regroup` content it shared out wrongly between cues), `turns` paragraphs that open with their speakers,
`mentions`, `people` (`topics` which mention a passage is about), `roles`, `institutions` (organisations and
groups that speak), `descriptions` (people described by numbers: an age, a share of those polled) and `speakers`
resolve a subject to a speaker (`antecedents` whom a "who" or "they" stands for when they cannot; `affiliations`
finds the organisation a description ties a person to, `missed_names` the names of organisations the recogniser
missed, `kinds` decides analyst, official or other from the role words and the type of that organisation,
`organisations` and `countries` hold what they know of organisations and states), `profiles` gives each speaker of
an article one profile, and `finder` puts them together into the rows of the quotes table, each quoted stretch
attributed on its own (`introductions` finds what introduces a quotation with no cue beside it, `continuation`
what a quotation with none at all continues or whose it is, `quote` is one statement, `headline` the quote a
headline carries: "Ross: …", "Ross Says …"); `parties` the party a description names, `lexicon` holds the word
lists they share.
"""

from dashboard.analysis.quotes.finder import quote_rows

__all__ = ["quote_rows"]
