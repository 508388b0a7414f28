"""Whether a company officer's title given bare beside a name ("X, the finance director, said", "Chief financial
officer X said", the name set as an apposition to the title; "General counsel X" before it) leaves the firm to the
story: in business news such a title, held now and of no other firm, belongs to the company the sentences before
spoke of, as "Chief Executive X" before the name does (`People._body_spoken_of` finds it and checks the title serves
it). "X, a finance director," or "X, the former finance director," is no officer of that firm now, and keeps none."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PAST_POST_WORDS
from dashboard.analysis.quotes.organisations import BODIES_OF_TITLES, COMPANY, FINANCE
from dashboard.analysis.quotes.shared_titles import sole_title

#: Titles of the bodies titles serve (`BODIES_OF_TITLES`) and the titles of a firm's other officers, which only a
#: business has: "General counsel X", "Sales director X" after a firm spoke. A bare spokesman is not among them: in
#: political news he speaks for a campaign or a group the article never names, not for a firm it named.
TITLES_OF_BODIES = BODIES_OF_TITLES | dict.fromkeys(
    (
        "general counsel",
        "chief commercial officer",
        "chief technology officer",
        "chief marketing officer",
        "chief risk officer",
        "chief investment officer",
        "commercial director",
        "sales director",
        "marketing director",
        "operations director",
    ),
    frozenset({COMPANY, FINANCE}),
)

#: Words before a title that tie it to no firm now, or to some firm not named.
_NOT_THE_FIRMS = PAST_POST_WORDS | {"a", "an", "another", "retired"}


def bare_title_beside(root: Token, role: str) -> bool:
    """Whether the name whose root is `root` stands in apposition with `role`, a title of a company's or a union's
    officers (chief executive, finance director, general secretary: `TITLES_OF_BODIES`) that no article but "the",
    no "former" and no phrase of its own ties to another firm."""
    if sole_title(role.casefold()).rpartition(" and ")[2] not in TITLES_OF_BODIES:  # "the other co-chief executive"
        return False
    titles = [root.head] if root.dep_ == "appos" else []
    titles += [c for c in root.children if c.dep_ == "appos"]
    if len(titles) != 1 or titles[0].pos_ not in ("NOUN", "PROPN"):
        return False
    title = titles[0]
    words = {c.lower_ for c in title.children if c.dep_ in ("det", "amod", "advmod", "compound")}
    return not words & _NOT_THE_FIRMS and not any(c.dep_ in ("prep", "poss", "relcl") for c in title.children)
