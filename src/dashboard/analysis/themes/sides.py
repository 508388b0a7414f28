"""Whether a paragraph tells two states as sides: a state named by its people as "the side" that acts ("the commission
will meet in May, the Tajik side said", "the Chinese side has proposed ..."), or two sides acting on each other ("each
side accused the other of breaking it", "one side fires and the other side answers"). Diplomats and wire reports tell
relations between states this way, through procedure, with no word of talks. A side is a party, not a place: "on the
Armenian side of the border" or "on either side of the road" is where something is, so it tells nothing. A people
that is no state's ("the Democratic side") is no side of relations, nor is a team in a paragraph about sport ("a club
record for the Portuguese side"). Read from words and parts of speech: no parser.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.names import SENTENCE_ENDS

#: How the explanation of sides opens ("sides: the Tajik side").
SIDES = "sides: "
#: Share of the acting weight that two sides acting on each other add: the sides of a war may be a government and
#: rebels ("each side blamed the other for the shelling"), so they need the article's relations to carry them; a
#: state named as a side adds it all.
RECIPROCAL_SHARE = 0.5
#: Words before "side" by which two sides act on each other, "the other" following in the same sentence.
RECIPROCAL = frozenset(["each", "either", "one"])
#: Words before a side that make it a place ("on the Armenian side", "from either side").
PLACE_WORDS = frozenset(["on", "from", "at", "to", "across", "along", "in", "into", "onto", "toward", "towards"])
#: Words of sport by which a side is a team, not a state ("signed a striker from the Portuguese side", "the Brazilian
#: side's coach"): sport writing names clubs and national teams as sides.
SPORT = frozenset(
    [
        "striker", "goalkeeper", "midfielder", "winger", "coach", "squad", "league", "derby", "tournament",
        "championship", "stadium", "footballer", "cricketer", "innings",
    ]
)  # fmt: skip

#: How the explanation of two sides acting on each other ends ("sides: each side ... the other").
RECIPROCAL_END = " ... the other"


def sided(doc: Doc | Span) -> str:
    """The words by which a paragraph tells states as sides ("sides: the Tajik side", "sides: each side ... the
    other"), or ""."""
    if "side" not in words_of(doc):
        return ""  # most paragraphs
    tokens = [t for t in doc if not t.is_space]
    sport: bool | None = None
    for k, token in enumerate(tokens):
        if token.lemma_.lower() != "side" or token.tag_ != "NN" or k == 0:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].lower_ == "of":
            continue  # "the Armenian side of the border", "either side of the road": a place
        if sport is None:
            sport = any(t.lemma_.lower() in SPORT for t in tokens)
        if sport:
            return ""  # a team: "a club record for the Portuguese side"
        before = tokens[k - 1]
        if before.lower_ in RECIPROCAL and not _placed(tokens, k - 1) and _other(tokens, k + 1):
            return f"{SIDES}{before.lower_} side{RECIPROCAL_END}"
        if k >= 2 and tokens[k - 2].lower_ == "the" and _state_people(before) and not _placed(tokens, k - 2):
            return f"{SIDES}the {before.text} side"
    return ""


def side_share(found: str) -> float:
    """The share of the acting weight that what `sided` (or another rule of acting) found adds."""
    return RECIPROCAL_SHARE if found.startswith(SIDES) and found.endswith(RECIPROCAL_END) else 1.0


def _state_people(token: Token) -> bool:
    """Whether a word names a state's people ("Tajik", "Chinese"), not a party's ("Democratic"), whatever entity the
    recogniser took it for (a rare one is read as a person's name)."""
    return token.pos_ in ("ADJ", "PROPN") and bool(country_of(token.text))


def _placed(tokens: list[Token], i: int) -> bool:
    """Whether the words from i are a place, after a preposition ("on the Armenian side")."""
    return i > 0 and tokens[i - 1].lower_ in PLACE_WORDS


def _other(tokens: list[Token], start: int) -> bool:
    """Whether "the other" follows a side in its sentence ("each side accused the other")."""
    for j in range(start, len(tokens) - 1):
        if tokens[j].text in SENTENCE_ENDS:
            return False
        if tokens[j].lower_ == "the" and tokens[j + 1].lower_ == "other" and not _placed(tokens, j):
            return True
    return False
