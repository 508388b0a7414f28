"""Themes: explainable paragraph labels from the terms of a themes file (`data/themes.toml`).

`terms` matches a theme's words and phrases in a parsed text, `names` tells the named parties of a theme from
names that only say where or who, and whether one party does a theme's verb to another (`objects`: the party a verb
is done to, "thanked the government of Brazil"), `held` tells a national of one state held in another (a consular
case), `cases` a paragraph that goes on with such a case ("He was arrested at the airport"), `home` an unnamed voice
of the home state ("the government") acting on a named one, `scoring` turns the matches into a score, a label and
the terms that decided them, `context` lifts a paragraph that continues its article's, section's or neighbours'
theme (`Themes.score_article`), `continuation` tells a paragraph that refers back to what its article told ("He ...",
"the decision"), `quoted` one that opens on a quotation of a speaker already named ('"...," he said'), `states` the
states known by name, `leaders` the heads of state and government named,
`counts` a paragraph that counts its lead's event ("It was the fourth violation this year"),
`advisories` a state advising its nationals abroad (`travel_warnings`: or against travel to a place),
`programme` a visit told through what the visitor does,
`markets` goods sold to a state as a market, `goods` the goods whose origin is no party, `claims` a state claiming land
or waters, `airspace` a state closing its airspace to another's planes, `deeds_abroad` such deeds of one state
bearing on another,
`speaking` what a state speaking adds, `quote_themes` which of a paragraph's themes a quote carries, `loading`
reads and checks the file.
"""

from dashboard.analysis.themes.loading import ThemesError, load_themes
from dashboard.analysis.themes.quote_themes import quote_labels, spanning_quote_labels
from dashboard.analysis.themes.scoring import Themes, ThemeScore, labels

__all__ = ["ThemeScore", "Themes", "ThemesError", "labels", "load_themes", "quote_labels", "spanning_quote_labels"]
