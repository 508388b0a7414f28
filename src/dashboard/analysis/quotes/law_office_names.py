"""Law and accounting firms named in the French manner, "Cabinet" and their partners' names ("Cabinet Sarr Lemaître",
"Cabinet Diallo & Associés"), as business news from West Africa, the Maghreb and France calls them: a firm, no
government's cabinet, so its partners are lawyers and not officials. A state's cabinet has "Cabinet" alone, or with
the words of its offices ("Cabinet Office", "Cabinet Secretariat", "Cabinet of Ministers")."""

from __future__ import annotations

from dashboard.analysis.names import words

#: Words after "Cabinet" that name a state's cabinet or one of its offices, not a firm's partners.
_CABINET_PARTS = words("""
office secretariat secretary secretaries minister ministers of division committee committees meeting affairs council
member members department spokesman spokeswoman room war shadow kitchen
""")


def is_law_office(state_words: set[str], tokens: list[str]) -> bool:
    """Whether a name whose only state word is an opening "cabinet" goes on with names alone ("cabinet sarr lemaître",
    cased as the caller folds it), no word of a state's cabinet."""
    rest = tokens[1:]
    return state_words == {"cabinet"} and tokens[0] == "cabinet" and bool(rest) and not set(rest) & _CABINET_PARTS
