"""Wars that are figures of speech: a war or a battle waged on something that cannot fight back ("declared war on the
city's potholes", "we are fighting a war against the mosquito", "the battle against inflation", "a war on rising
prices", "waging war on the poor"). Read on the tokens alone (no parser): the phrase after "on" or "against" names no
party (no entity: "the war on ISIS", "a war against Israel") and no word of those who fight wars ("the war on terror",
"a war against the rebels"), so "war" and the verb that wages it count for no theme. So is a weapon made of what a state
sells or lets through ("accused Moscow of using gas as a weapon", "using migrants as a weapon"): no arm of war (hunger
used as a weapon is one, and a truck). And so is a bill or a budget held hostage ("accused senators of holding the
appropriations hostage"): what is held is a thing of politics, not people, and "hostage" counts for no theme."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import lemma_places, words_of

#: The nouns of a war's figure.
WARS = frozenset(["war", "battle", "crusade"])
#: The prepositions that name what a war is waged on.
TARGETS = frozenset(["on", "against"])
#: The verbs that wage a war, masked with it ("declared war", "fighting a war").
WAGING = frozenset(["declare", "wage", "fight", "launch", "lose", "win"])
#: Those a real war is waged on: states and their forces, armed groups and what they do. A phrase with one of these
#: (or any named entity) is a war.
COMBATANTS = frozenset(
    [
        "terror", "terrorism", "terrorist", "militant", "rebel", "insurgent", "insurgency", "jihadist", "jihadi",
        "extremist", "extremism", "islamist", "guerrilla", "separatist", "militia", "invader", "occupier",
        "occupation", "enemy", "government", "regime", "state", "country", "nation", "army", "force", "troop",
        "soldier", "fighter", "group", "movement", "cartel", "gang", "people", "neighbour", "neighbor", "west",
        "ally", "coalition", "junta", "power", "civilian", "city", "town", "village", "territory", "region",
        "organization", "organisation", "network", "outfit", "faction", "clan", "tribe", "caliphate", "defender",
        "resistance", "opponent", "foe", "adversary", "aggressor", "aggression", "invasion",
    ]
)  # fmt: skip
#: What a state wields "as a weapon" in a figure: what it sells, supplies or lets through, not an arm.
WIELDED = frozenset(
    [
        "energy", "gas", "oil", "electricity", "trade", "tariff", "export", "import", "supply", "debt", "currency",
        "migrant", "migration", "refugee", "visa", "investment", "market", "access",
    ]
)  # fmt: skip
#: The verbs that hold or take a hostage.
HOLDING = frozenset(["hold", "take"])
#: Things of politics that a figure holds hostage ("holding the budget hostage"); people held are hostages.
HELD_THINGS = frozenset(
    [
        "budget", "appropriation", "bill", "legislation", "economy", "funding", "spending", "vote", "process",
        "agenda", "government", "nomination", "reform", "calendar", "debt", "ceiling", "talks", "negotiation", "deal",
        "treaty", "agreement", "senate", "house", "chamber", "committee", "congress", "parliament", "session",
    ]
)  # fmt: skip
#: How many words before "hostage" the verb that holds it may stand ("held the whole budget hostage").
HOLDING_REACH = 4
#: How many words before "as a weapon" the thing wielded may stand ("using its gas supplies as a weapon").
WIELDED_REACH = 4
#: Where the phrase after the preposition ends.
ENDS = frozenset(["PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"])


def figurative_wars(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of wars waged on what cannot fight back, with the verb that wages them."""
    if words_of(doc).isdisjoint(WARS):
        return []  # most paragraphs
    tokens = doc  # read by index: a Token is made only for the words around a war
    spans = []
    for i in lemma_places(doc, WARS, "NOUN"):
        if i + 1 >= len(tokens) or tokens[i + 1].lower_ not in TARGETS or not _figure(tokens[i + 2 :]):
            continue
        spans.append((_waged_from(tokens, i), i + 1))
    return spans


def figurative_weapons(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of "as a weapon" after what a state sells or lets through ("using gas as a
    weapon"), with that weapon."""
    words = words_of(doc)
    if "weapon" not in words or words.isdisjoint(WIELDED):
        return []  # most paragraphs
    tokens = list(doc)
    spans = []
    for i in range(2, len(tokens)):
        if tokens[i].lower_ != "weapon" or tokens[i - 1].lower_ not in ("a", "an") or tokens[i - 2].lower_ != "as":
            continue
        if any(t.lemma_.lower() in WIELDED for t in tokens[max(0, i - 2 - WIELDED_REACH) : i - 2]):
            spans.append((i - 2, i + 1))
    return spans


def figurative_hostages(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of things of politics held hostage ("holding the appropriations hostage"),
    from the verb that holds them to "hostage"."""
    if "hostage" not in words_of(doc):
        return []  # most paragraphs
    tokens = doc
    spans = []
    for i in lemma_places(doc, frozenset(["hostage"]), "NOUN"):
        held = [t for t in tokens[max(0, i - HOLDING_REACH) : i] if t.pos_ in ("NOUN", "PROPN", "VERB")]
        verb = next((t for t in reversed(held) if t.pos_ == "VERB"), None)
        nouns = [t for t in held if verb is not None and t.i > verb.i and t.pos_ in ("NOUN", "PROPN")]
        if verb is None or verb.lemma_.lower() not in HOLDING or not nouns:
            continue
        if nouns[-1].lemma_.lower() in HELD_THINGS or nouns[-1].lower_ in HELD_THINGS:
            start = verb.i - (doc.start if isinstance(doc, Span) else 0)
            spans.append((start, i + 1))
    return spans


def _figure(after: Span) -> bool:
    """Whether the phrase that opens `after` names a target that is no party to a war: its last noun a common noun
    that is no word of those who fight ("the city's potholes", not "the city's defenders"), and no entity in it."""
    phrase = []
    for k, token in enumerate(after):
        if token.pos_ in ENDS and token.tag_ != "POS" and not _describes(after, k):
            break
        phrase.append(token)
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns and _people(phrase):
        return True
    if not nouns or nouns[-1].pos_ == "PROPN" or nouns[-1].lemma_.lower() in COMBATANTS:
        return False
    return not any(t.ent_type_ for t in phrase)


def _describes(after: Span, k: int) -> bool:
    """Whether the participle at k describes the noun after it rather than ending the phrase ("war on rising food
    prices", "the battle against soaring rents")."""
    return after[k].tag_ in ("VBG", "VBN") and k + 1 < len(after) and after[k + 1].pos_ in ("NOUN", "ADJ")


def _people(phrase: list[Token]) -> bool:
    """Whether the phrase is "the" and an adjective that stands for the people it describes ("a war on the poor",
    "the battle against the young"): a target no party to a war."""
    return len(phrase) == 2 and phrase[0].lower_ == "the" and phrase[1].pos_ == "ADJ"


def _waged_from(tokens: Doc | Span, i: int) -> int:
    """Where the mask of a war at i starts: at the verb that wages it ("declared war", "fighting a war"), else at the
    war itself."""
    j = i - 1
    while j >= 0 and tokens[j].pos_ in ("DET", "ADJ"):
        j -= 1
    return j if j >= 0 and tokens[j].lemma_.lower() in WAGING else i
