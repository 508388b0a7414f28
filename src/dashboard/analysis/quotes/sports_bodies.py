"""Bodies of sport named with a word that usually marks a state body ("Danish Olympic Committee", "Rugby Football
Council"): they speak for their clubs, athletes and member federations, no state, so their presidents hold no public
office; and a league's commissioner ("league commissioner", "commissioner of the Y Hockey League") runs a league for
its clubs' owners, as an executive runs a company, whatever "commissioner" means in a government. A name with a word
only a state's body carries ("Ministry of Sport", "State Athletic Commission") stays a state body."""

from __future__ import annotations

import re

from dashboard.analysis.names import words

#: Words of the sports (and the Games) a body of sport is named by.
_SPORT_WORDS = words("""
olympic olympics paralympic paralympics sport sports football soccer hockey basketball baseball rugby cricket tennis
golf athletics cycling skiing swimming boxing volleyball handball
""")
#: The initials of the big professional leagues, which name no sport.
_LEAGUE_INITIALS = words("nfl nba mlb nhl mls wnba")
#: Last words of the names of bodies that a sport's words make its own, no state's.
_BODY_HEADS = words("committee council board club federation association league confederation union")
#: Words only a state's body carries, which outweigh the sport it oversees.
_STATE_ONLY = words("""
ministry ministries minister department agency commission authority office service bureau government state federal
tribunal court parliament directorate
""")
_WORD = re.compile(r"[a-z][a-z'-]*")


def is_sports_body(tokens: list[str]) -> bool:
    """Whether the folded words of a name are a body of sport's ("danish olympic committee", "nhl")."""
    found = {t.rstrip("'").removesuffix("'s") for t in tokens}
    sport = found & _SPORT_WORDS and tokens and tokens[-1] in _BODY_HEADS or found & _LEAGUE_INITIALS
    return bool(sport) and not found & _STATE_ONLY


def commissions_a_league(role_words: set[str], affiliation: str) -> bool:
    """Whether a commissioner is a sports league's ("league commissioner", "commissioner" of a body of sport)."""
    tokens = _WORD.findall(affiliation.casefold())
    return "commissioner" in role_words and ("league" in role_words or is_sports_body(tokens))
