"""Bodies that govern, judge or look into something, named before and then run or chaired by a person the article
brings in with a clause ("X, who heads the board," after "Peru's Air Accident Investigation Board", "X, who chairs the
commission," after "the Federal Trade Commission"): "the board" there is the body named before, as "the company" is."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Nouns of such bodies ("who heads the board", "who chairs the commission", "who sits on the council").
GOVERNING_BODIES = words("board commission council bureau panel directorate")
