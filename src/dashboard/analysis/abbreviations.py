"""Abbreviated titles and offices written before a name ("Sgt.", "Coun.", "Sen.", "Gov."), and the words a later
description may call their holder by: "Sgt. X" is "the sergeant", "Sen. X" "the senator"."""

from __future__ import annotations

#: Abbreviated titles of councillors, police and armed forces, and the words a later description may call their
#: holder by ("Sgt. X" is "the sergeant"); spaCy's tokenizer does not keep them whole ("Coun. Maria Santos", "1st Lt.
#: Tom Reyes"). Kept apart from the offices below: a description finds its holder by them only when one person holds
#: the title (quotes/spelled_ranks.py).
TITLE_ABBREVIATIONS = {
    "coun": ("councillor", "councilor"),
    "ald": ("alderman", "alderwoman"),
    "const": ("constable",),
    "cst": ("constable",),
    "cpl": ("corporal",),
    "sgt": ("sergeant",),
    "det": ("detective",),
    "insp": ("inspector",),
    "supt": ("superintendent",),
    "lt": ("lieutenant",),
    "capt": ("captain",),
    "maj": ("major",),
    "col": ("colonel",),
    "cmdr": ("commander",),
    "brig": ("brigadier",),
    "pfc": ("private",),
    "pvt": ("private",),
    "spc": ("specialist",),
}
#: The same titles as written, with their full stop.
ABBREVIATED_TITLES = frozenset(f"{title}." for title in TITLE_ABBREVIATIONS)
#: Abbreviated titles of councils and of police in Canada and Britain ("Coun.", "Ald.", "Supt."), rare in the news the
#: parser learned from, unlike the ranks of US forces ("Lt.", "Capt."), so it may end a sentence at their full stop.
LOCAL_ABBREVIATED_TITLES = frozenset({"coun.", "ald.", "const.", "cst.", "det.", "insp.", "supt."})
#: Abbreviated offices and the words a later description may call their holder by ("Sen. X" is "the senator").
OFFICE_ABBREVIATIONS = {
    "sen": ("senator",),
    "gov": ("governor",),
    "rep": ("representative", "congressman", "congresswoman"),
    "amb": ("ambassador",),
    "gen": ("general",),
    "adm": ("admiral",),
    "atty": ("attorney",),
    "supt": ("superintendent",),
    "pope": ("pontiff",),  # no abbreviation, but another word for the office ("the pontiff said")
}


def offices(role_words: set[str]) -> set[str]:
    """A person's role words with the offices their abbreviations stand for ("gov." -> "governor")."""
    return role_words.union(*(OFFICE_ABBREVIATIONS.get(w.rstrip("."), ()) for w in role_words))
