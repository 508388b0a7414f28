"""Secretaries whom only a state appoints: an under secretary, whatever follows the title ("Under Secretary for
Arms Control"), and a secretary of a portfolio ("Secretary of Commerce", "Assistant Secretary of State for Africa").
The recogniser often runs the portfolio and the office after it into one name ("Commerce for Industry and Security")
that reads as a company's, whose secretary would keep its minutes; a union's or a company's secretary is named with
"the" ("secretary of the union") or by no portfolio ("company secretary"), and stays with its organisation."""

from __future__ import annotations

import re

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import PORTFOLIOS

_UNDER_SECRETARY = re.compile(r"\bunder[- ]?secretary\b|\bundersecretary\b")
#: A secretary's title of a portfolio written as a title, with capitals ("Secretary of Commerce"); written in lower
#: case it mostly describes a post held before ("when she was secretary of state"), which makes no official now.
_SECRETARY_OF = re.compile(r"\bSecretary (?:of|for) (?:the )?([A-Z][a-z]+)")
#: Portfolios of a secretary of state's department, beyond those a minister holds ("Secretary of the Treasury").
_PORTFOLIOS = PORTFOLIOS - words("and of public social") | words("state treasury war navy army air commerce")


def holds_state_secretaryship(role: str) -> bool:
    """Whether a role is an under secretary's, or a secretary's of a state's portfolio written as a title."""
    portfolio = _SECRETARY_OF.search(role)
    under = _UNDER_SECRETARY.search(role.casefold())
    return bool(under) or portfolio is not None and portfolio.group(1).casefold() in _PORTFOLIOS
