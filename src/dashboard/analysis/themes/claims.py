"""Whether a paragraph tells of a state claiming land or waters: "China claims almost all of the waterway", "the line
Cambodia claims", "Pyongyang, which claims waters further south", "Vietnam's claim to the islands", "waters claimed
by both Vietnam and China". A state's claim to a territory is a relation between states even when no other state is
named: the land or sea is someone else's too. The claimant must be a state by its name, its people or its capital (a
firm that claims an oil field holds 2 billion barrels, or a player who claims a goal, is none), and the thing claimed
a place: a word of land or sea ("waters", "island", "territory") or a named place. States counted rather than named
claim too when they are more than one ("an island claimed by both countries", "waters two states claim"): the claim is
then between them. Read from the parse and the entities."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, lemma_places, words_of
from dashboard.analysis.quotes.capitals import CAPITALS
from dashboard.analysis.themes.states import is_state

#: How the explanation of a claim opens ("claim: China waterway").
CLAIM = "claim: "
#: The lemma of a claim, verb or noun.
CLAIMS = frozenset(["claim"])
#: Words of land and sea that a state claims.
PLACES = frozenset(
    [
        "water", "waters", "sea", "island", "islet", "archipelago", "atoll", "reef", "shoal", "territory", "land",
        "region", "waterway", "strait", "gulf", "bay", "coast", "coastline", "seabed", "enclave", "province",
        "peninsula", "border", "line", "area", "zone", "exclave", "headland", "mountain", "valley", "desert",
    ]
)  # fmt: skip
#: Entity labels of places.
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
#: Entity labels of a claimant state, by its name or its people ("Chinese claims").
STATE_LABELS = frozenset(["GPE", "NORP"])
#: Nouns of states counted rather than named ("both countries", "the two nations").
STATE_NOUNS = frozenset(["country", "state", "nation", "neighbour", "neighbor"])
#: Words that count states as more than one.
SEVERAL = frozenset(["both", "two", "three", "four", "several", "rival"])
#: How far below the claimed noun a place may sit ("almost all of the waterway", "most of the sea").
MAX_DEPTH = 3


def claimed(doc: Doc | Span) -> str:
    """How a state claims a place, as "claim: China waterway", or "" when none does."""
    if "claim" not in words_of(doc):
        return ""  # most paragraphs
    for i in lemma_places(doc, CLAIMS):
        token = doc[i]
        if token.pos_ == "VERB":
            found = _verb_claim(token)
        elif token.pos_ == "NOUN":
            found = _noun_claim(token)
        else:
            found = None
        if found:
            return f"{CLAIM}{found[0]} {found[1]}"
    return ""


def _verb_claim(verb: Token) -> tuple[str, str] | None:
    """ "China claims the waterway", "Pyongyang, which claims waters", "the line Cambodia claims"."""
    if any(c.dep_ == "agent" for c in verb.children):
        return _passive_claim(verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subject = verb.head
    state = _state(subject) if subject is not None else ""
    if not state:
        return None
    objects = [_antecedent(c) for c in verb.children if c.dep_ == "dobj"]
    if not objects and verb.dep_ == "relcl" and verb.head is not subject:
        objects = [verb.head]
    place = next(filter(None, (_place(o, 0) for o in objects)), "")
    return (state, place) if place else None


def _passive_claim(verb: Token) -> tuple[str, str] | None:
    """ "waters claimed by both Vietnam and China", "the reef, which is claimed by the Philippines", "the islands are
    claimed by China": the state after "by" (the first that is one), the place the claim's subject or the noun it
    qualifies."""
    claimants = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    claimants += [c for o in claimants for c in o.conjuncts]
    state = next(filter(None, map(_state, claimants)), "")
    if not state:
        return None
    subjects = [c for c in (verb.head if verb.dep_ == "conj" else verb).children if c.dep_ == "nsubjpass"]
    if verb.dep_ in ("acl", "relcl"):
        subjects = [verb.head]  # "waters claimed by ...", "the reef, which is claimed by ..."
    place = next(filter(None, (_place(s, 0) for s in subjects)), "")
    return (state, place) if place else None


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the shoal that Malaysia claims"), else the word itself."""
    if token.lower_ in ("that", "which") and token.i > 0 and token.doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
        return token.doc[token.i - 1]
    return token


def _noun_claim(noun: Token) -> tuple[str, str] | None:
    """ "Vietnam's claim to the islands", "Chinese claims over the sea"."""
    owner = next((c for c in noun.children if c.dep_ in ("poss", "amod", "compound") and _state(c)), None)
    if owner is None:
        return None
    after = [noun.doc[noun.i + 1]] if noun.i + 1 < len(noun.doc) else []  # "to" the parser hung on the verb
    for prep in [*noun.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "over", "on"):
            place = next(filter(None, (_place(o, 0) for o in prep.children if o.dep_ == "pobj")), "")
            if place:
                return _state(owner), place
    return None


def _place(token: Token, depth: int) -> str:
    """The place a claimed noun names: itself, a named place, or a place below a share of it ("all of the sea")."""
    if token.lemma_.lower() in PLACES or token.lower_ in PLACES or token.ent_type_ in PLACE_LABELS:
        return token.lower_
    if depth >= MAX_DEPTH:
        return ""
    below = (o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return next(filter(None, (_place(o, depth + 1) for o in below if o.dep_ == "pobj")), "")


def _state(token: Token) -> str:
    """The state a word names by its name, its people or its capital, as written, or the states it counts ("both
    countries"), or ""."""
    if token.lemma_.lower() in STATE_NOUNS and any(c.lower_ in SEVERAL for c in token.children):
        return " ".join(t.text for t in token.subtree)
    if token.ent_type_ not in STATE_LABELS:
        return ""
    ent = entity_of(token)
    if ent is None:
        return ""
    name = ent.text.removeprefix("the ")
    if ent.label_ == "NORP" or is_state(name) or name.casefold() in CAPITALS:
        return name
    return ""
