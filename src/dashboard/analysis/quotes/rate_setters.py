"""A seat on a central bank's rate-setting board or committee named by the seat alone ("Board member X dissented",
"X, one of two members who voted to hold", "rate-setter X"): after the central bank acted, the seat is on its board,
as "Governor X" governs it. GUIDELINES.md makes central bankers officials; the seat names no other body, so only a
central bank the article spoke of just before gives it one (`titled_bodies`), and a company's board member, named
after the company acted, keeps none."""

from __future__ import annotations

import re

from dashboard.analysis.names import words
from dashboard.analysis.quotes.central_banks import is_central_bank

#: Last words of a seat on a rate-setting body.
SEATS = words("member members policymaker policymakers policy-maker policy-makers rate-setter rate-setters")
#: Words a seat may carry before it: its body's kind, its standing, a count ("two members").
_SEAT_WORDS = words(
    "board committee council policy monetary rate-setting voting external internal outside dissenting one two three "
    "four five six seven eight nine the a an of"
)
_WORD = re.compile(r"[\w'-]+")


def holds_a_rate_seat(role: str) -> bool:
    """Whether a role is a seat alone ("board member", "two members", "external MPC member"), with no other body."""
    found = _WORD.findall(role.casefold())
    return bool(found) and found[-1] in SEATS and all(w in _SEAT_WORDS or w.isdigit() for w in found[:-1])


#: A central bank's policy-making bodies, whose members are central bankers ("a member of Y's governing council").
_POLICY_BODIES = words("council committee board")


def central_bank_seat(found: set[str], role: str, affiliation: str) -> bool:
    """Whether a role of these words is a seat on the policy body of the central bank it is tied to ("a member of the
    bank's monetary policy committee", "board member", "two members")."""
    seat = "member" in found and found & _POLICY_BODIES or holds_a_rate_seat(role)
    return bool(seat) and is_central_bank(affiliation)
