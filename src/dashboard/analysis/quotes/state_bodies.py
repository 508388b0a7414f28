"""The state body a noun of one means ("the department added", "a ministry spokeswoman"): the last body of the state
that spoke or acted before it, named ("Transport Canada said …") or described with the noun ("The Ruritanian
transport ministry said …"); never a company, bank or brokerage named in between, and none when the article names no
such body."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.lexicon import PORTFOLIOS, STATE_BODY_NOUNS, WHOLE_STATE_NOUNS
from dashboard.analysis.quotes.organisations import STATE, organisation_type
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.seated_missions import seat, seated_in_city
from dashboard.analysis.quotes.state_nouns_kept import kept_for_noun

#: How many paragraphs back the body may have spoken or acted.
REACH = 3

#: Where an organisation spoke or was a clause's subject, and its name.
Acted = list[tuple[tuple[int, int], str]]


def is_state_body_noun(token: Token) -> bool:
    """Whether a common noun names a body of the state ("ministry", "department")."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in STATE_BODY_NOUNS


def body_of_portfolios(token: Token) -> str:
    """ "Chile's mines and energy ministry said", parsed as "mines" and "energy ministry" speaking: the one body
    whose portfolios are joined, named whole; "" when the token opens no such body."""
    if token.lower_ not in PORTFOLIOS or token.pos_ not in ("NOUN", "PROPN"):
        return ""
    bodies = [c for c in token.children if c.dep_ == "conj" and is_state_body_noun(c)]
    joiners = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"]
    if not bodies or not joiners or any(t.lower_ not in PORTFOLIOS for t in token.doc[token.i + 1 : bodies[0].i]):
        return ""
    return token.doc[token.left_edge.i : bodies[0].i + 1].text.removeprefix("the ").removeprefix("The ")


def state_body_meant(docs: list[Doc], p: int, token: Token, acted: Acted, organisations: list[str]) -> str:
    """The body a state-body noun in a description means ("a ministry spokeswoman"): the one that spoke or acted
    last, else the last of the organisations named before that is a body of the state ("the regulator's director"
    after "the Harbour Conduct Authority"); "" when none is."""
    if spoke := state_body_that_spoke(docs, p, token, acted):
        return spoke
    return next((name for name in reversed(organisations) if organisation_type(name) == STATE), "")


def state_body_that_spoke(docs: list[Doc], p: int, token: Token, acted: Acted) -> str:
    """The last body of the state that spoke or acted before the token, in its paragraph or the few before: one of
    `acted` (organisations that spoke or were a clause's subject) that is a body of the state, unless the noun names
    the state whole, or one described with the token's noun that was a clause's subject ("The Ruritanian transport
    ministry said …" -> "Ruritanian transport ministry"); "" when none."""
    here, first, lemma = (p, token.i), max(p - REACH, 0), token.lemma_.lower()
    found = described_subjects(docs, first, here, lemma)
    if lemma not in WHOLE_STATE_NOUNS:
        found += [(pos, name) for pos, name in acted if (first, 0) <= pos < here and _of_state(name, lemma)]
    if not found:
        return ""
    kept = kept_for_noun(docs, p, token, max(found), lambda q, use: state_body_that_spoke(docs, q, use, acted))
    return kept or max(found)[1]  # "the agency" as the page called one before, not another named since


def _of_state(name: str, lemma: str) -> bool:
    """Whether a body that spoke is of the state and may be what the noun means: not one whose name ends in a noun of
    another kind of body ("the ministry said" after "the Harbour Tribal Council said": a council is no ministry), nor
    a head of state's or government's seat but as "the office" ("the ministry said" after "The Kremlin said")."""
    last = name.split()[-1].casefold() if name.split() else ""
    seat = heads_seat(name) and lemma != "office"
    return organisation_type(name) == STATE and (last == lemma or last not in STATE_BODY_NOUNS) and not seat


def heads_seat(name: str) -> bool:
    """Whether a name is the seat of a head of state or government ("the Kremlin"), which no ministry is: neither the
    last state body that acted nor the organisation named last is what "the ministry" means when it is one."""
    return name.casefold().removeprefix("the ") in _HEADS_SEATS


#: The seats of heads of state or government that news names for them ("the Kremlin", "Downing Street"): no ministry,
#: department or agency.
_HEADS_SEATS = frozenset(
    {"kremlin", "elysee", "élysée", "white house", "downing street", "number 10", "zhongnanhai", "blue house"}
)


def described_subjects(docs: list[Doc], first: int, here: tuple[int, int], lemma: str) -> Acted:
    """The subjects with that noun that words describe ("transport ministry"), from paragraph `first` up to `here`."""
    found = []
    for q in range(first, here[0] + 1):
        doc = docs[q]
        end = here[1] if q == here[0] else len(doc)
        for t in doc[:end]:
            subject = t.lemma_.lower() == lemma and t.dep_ in ("nsubj", "nsubjpass")
            seated = subject and seated_in_city(t)  # "China's embassy in Nairobi": its city names which one
            if subject and (seated or any(c.dep_ in ("amod", "compound") for c in t.lefts)):
                found.append(((q, t.i), f"{noun_phrase(t)} {seat(t)}" if seated else noun_phrase(t)))
    return found
