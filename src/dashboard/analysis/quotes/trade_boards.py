"""Boards of members named by the trade they gather ("Lakemoor Regional Real Estate Board", "Westvale Board of
Trade"): "board" usually heads a state's body ("Gaming Board", "Parole Board"), but a board named by a trade's own
members (realtors, an estate agency's business) or a town's "board of trade" is the local business association of
its members, which holds no public office; its presidents and spokespeople run it as a company's do. A bare "Board of
Trade", with no town before it, may be a government's committee and stays a state's body."""

from __future__ import annotations

import re

#: A board named by the trade of its members ("real estate board", "Board of Realtors"), or a town's board of trade
#: (a word before "board of trade").
_TRADE_BOARD = re.compile(r"\b(?:real estate board|board of realtors)\b|\w board of trade\b")


def is_trade_board(text: str) -> bool:
    """Whether a folded name is a board of a trade's members ("lakemoor regional real estate board", "westvale board
    of trade"), no state body."""
    return bool(_TRADE_BOARD.search(text.removeprefix("the ")))
