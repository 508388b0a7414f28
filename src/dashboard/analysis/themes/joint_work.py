"""Whether a paragraph tells two states working as one through "joint" before both their names: "joint U.S. and
Vietnamese teams dug at the crash site", "a joint Polish-Lithuanian commission", "joint Indian and Nepali patrols". News
tells the work two states do together this way, with no verb between them and no word of talks: relations between
states, as a treaty or a visit is. The states must stand between "joint" and the thing they share, with nothing but
their names (and the first words of one: "South Korean"), "and" and a hyphen between ("joint ventures of Chinese firms"
names no two states). Read from words and entities only: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.themes.states import state_named

#: How the explanation of joint work opens ("joint: U.S. + Vietnamese").
JOINT = "joint: "
#: The word of joint work, and what may stand between two states' names after it.
JOINT_WORDS = ("joint",)
JOINERS = frozenset(["and", "-", "&"])
#: How many words the states' names may take after "joint" ("joint U.S. and South Korean").
MAX_WORDS = 6


def joint_work(doc: Doc | Span) -> str:
    """The two states that "joint" names before the thing they share, as "joint: U.S. + Vietnamese", or ""."""
    for i in places_of(doc, JOINT_WORDS, lower=True):
        states: dict[str, str] = {}
        j = i + 1
        while j < len(doc) and j - i <= MAX_WORDS:
            token = doc[j]
            state = state_named(token.text)
            if state:
                states.setdefault(state, token.text)
            elif token.pos_ != "PROPN" and token.lower_ not in JOINERS:
                break  # the thing they share, or words that are no state's name
            j += 1
        if len(states) > 1:
            return JOINT + " + ".join(list(states.values())[:2])
    return ""
