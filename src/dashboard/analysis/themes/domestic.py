"""Whether the sides of a paragraph's talks are bodies inside one state rather than states: political parties forming a
government ("negotiators from four parties", "the largest party", "party leaders"), a union and employers, a province
and the federal government, a head of government and the premiers of its provinces, workers on strike ("the dockers
stayed on strike", "their strike over pay"), the rival bidders for a company and its shareholders, an association of
a town's people ("the residents' associations", "the growers' association") and gangs. Talks, a mediator or an
agreement between them are no relations between states, nor is the "peace treaty" or the "summit" they hold. Read
from words, parts of speech and entities only: no parser."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.themes.names import parties

#: Sides of talks that are always inside one state; so is a union written in lower case outside a name ("the nurses'
#: union", not the African Union or "the Union"), but for a "customs union" or "monetary union" of states. Gangs are
#: crime's sides: the truce, the pact or the "treaty between criminals" they keep is no state's ("a truce between two
#: street gangs broke down").
INNER_SIDES = frozenset(["employer", "employers", "gang", "gangs"])
#: Sides of a contest for a company: they make "a peace treaty between two bidders" or meet at "an investor summit".
MARKET_SIDES = frozenset(["bidder", "bidders", "shareholder", "shareholders"])
#: An association written in lower case after a possessive of its members ("the residents' association", "the
#: farmers' associations"): a body of people inside one state (an "association agreement" of states has no such
#: possessive, and the Association of Southeast Asian Nations is a name).
ASSOCIATIONS = frozenset(["association", "associations"])
POSSESSIVES = frozenset(["'", "'s"])
#: Words before "union" that make it a union of states.
STATE_UNIONS = frozenset(["customs", "monetary", "currency", "economic", "political", "postal", "banking"])
#: Words before "party" that make it a political party ("the largest party", "the ruling party").
PARTY_KINDS = frozenset(
    ["largest", "biggest", "ruling", "governing", "opposition", "main", "smaller", "junior", "senior", "political"]
)
#: Words after "party" that make it a political party ("party leaders", "party chiefs", "the two parties governing the
#: region").
PARTY_PEOPLE = frozenset(["leader", "leaders", "chief", "chiefs", "member", "members", "list", "lists", "governing"])
#: Heads of the regions of one state, told as a group ("the 10 premiers", "provincial premiers", "state governors"):
#: a federal government meeting them holds talks at home.
REGION_HEADS = frozenset(["premiers", "governors"])
#: Words before such heads that make them a region's ("provincial premiers").
REGION_KINDS = frozenset(["provincial", "state", "regional"])
#: Words before "strike" that make it a stoppage of work, not an attack ("went on strike", "their strike over pay").
LABOUR_STRIKE_MARKS = frozenset(["on", "their"])
#: Words after "strike" that make it an attack whatever comes before it ("their strike on the depot").
ATTACK_TARGETS = frozenset(["on", "against", "at"])
#: Hours of the day after such a word that time a walkout rather than aim an attack ("on strike at dawn"), as a date
#: or a time the recogniser tags does ("on strike on Monday", "at 6 a.m.").
HOURS = frozenset(["dawn", "midnight", "noon", "midday", "dusk", "daybreak", "sunrise"])
#: How many parties a number must count for them to be political parties forming a government (states at talks are
#: "the two parties" as often).
MIN_PARTIES = 3


#: The lower-case words that may name a side inside one state, each read further below.
_SIDE_WORDS = (
    INNER_SIDES
    | REGION_HEADS
    | MARKET_SIDES
    | ASSOCIATIONS
    | {"union", "unions", "party", "parties", "province", "provinces", "provincial", "strike"}
)


def domestic_sides(doc: Doc | Span) -> str:
    """The word naming a side of talks inside one state ("union", "four parties", "federal"), or "" when none is."""
    tokens = doc  # read by index: a Token is made only for the words that may name a side, and those around them
    for i in places_of(doc, _SIDE_WORDS, lower=True):
        token = tokens[i]
        if token.ent_type_ or token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            continue
        lower = token.lower_
        before = tokens[i - 1].lower_ if i else ""
        after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
        if lower in INNER_SIDES | MARKET_SIDES or (token.text in {"union", "unions"} and before not in STATE_UNIONS):
            return lower
        if token.text in ASSOCIATIONS and before in POSSESSIVES:
            return f"{tokens[i - 2].lower_}{before} {lower}" if i > 1 else lower
        if lower in {"party", "parties"} and (
            before in PARTY_KINDS or after in PARTY_PEOPLE or _counted(tokens[i - 1] if i else None)
        ):
            return f"{before} {lower}" if before in PARTY_KINDS or i and tokens[i - 1].like_num else f"{lower} {after}"
        if lower in REGION_HEADS and (before in REGION_KINDS or _counted(tokens[i - 1] if i else None)):
            return f"{before} {lower}"
        if lower == "strike" and before in LABOUR_STRIKE_MARKS and token.pos_ == "NOUN" and not _attack(tokens, i):
            return f"{before} strike"
        if lower in {"province", "provinces", "provincial"} and places_of(doc, ("federal",), lower=True):
            return f"{lower} and federal"
    return ""


def _attack(tokens: Doc | Span, i: int) -> bool:
    """Whether the strike at i is aimed at a target ("their strike on the depot"), not dated or timed by the words after
    its preposition ("went on strike at midnight", "on strike on Monday": a walkout's hour is no target)."""
    after = i + 1
    if after >= len(tokens) or tokens[after].lower_ not in ATTACK_TARGETS:
        return False
    timed = after + 1 < len(tokens) and (
        tokens[after + 1].ent_type_ in {"DATE", "TIME"} or tokens[after + 1].lower_ in HOURS
    )
    return not timed


def _counted(token: Token | None) -> bool:
    """Whether a word before "parties" counts at least MIN_PARTIES of them ("four parties", "5 parties")."""
    if token is None or not token.like_num:
        return False
    words = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
    text = token.lower_
    return words.get(text, int(text) if text.isdigit() else 0) >= MIN_PARTIES


def inner_talks(
    doc: Doc | Span, counts: Counter[str], words: frozenset[str], states: int, lead: str = ""
) -> tuple[Counter[str], str]:
    """The paragraph's term counts without the theme's words of talks (`words`) when its talks are between sides
    inside one state (named in it, or in its article's lead: `lead`) and it names fewer than two states, with the side
    that told it ("" when the counts stand)."""
    if not words & set(counts) or states > 1 or not (side := domestic_sides(doc) or lead):
        return counts, ""
    return Counter({t: n for t, n in counts.items() if t not in words}), side


def state_count(names: list[Span]) -> int:
    """How many distinct states, not peoples, a paragraph's parties name."""
    return len(parties([name for name in names if name.label_ != "NORP"]))
