"""Whether a paragraph tells of one state's coast guard turning force on another state's boats: "A Chinese coast guard
ship fired its water cannon at three Filipino fishing boats", "China's coast guard rammed a Philippine supply boat",
"Japanese coast guard cutters chased two Taiwanese trawlers". News tells a quarrel between states at sea this way, with
no word of relations: the boats stand for their state, as a national held abroad does (see `held_by`). The coast guard
is named with its state's name or people just before it, the verb (ramming, blocking, chasing, boarding, or firing or
turning a water cannon) a few words after, and another state's people or name a few words after the verb; a coast
guard that chases its own state's boats, or smugglers of no state, tells no such quarrel. Read from words only: no
parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of, words_of
from dashboard.analysis.themes.nearby import next_in_sentence
from dashboard.analysis.themes.states import state_named

#: How the explanation opens ("force at sea: Chinese fire Filipino").
FORCE_AT_SEA = "force at sea: "
#: The verbs of force a coast guard turns on boats by themselves ("rammed", "blocked", "boarded").
FORCE = frozenset(["ram", "block", "chase", "harass", "board", "intercept", "water-cannon", "sideswipe"])
#: The verbs that turn force on boats through a water cannon named just after them ("fired its water cannon at").
CANNON_VERBS = frozenset(["fire", "use", "turn", "spray", "aim", "blast"])
#: How many words may stand between the state and "coast guard" ("China's", "the Chinese"), between "coast guard" and
#: the verb ("coast guard ship", "coast guard vessels on Sunday"), and between the verb and the other state's people
#: ("fired its water cannon at three Filipino").
MAX_BEFORE = 2
MAX_VERB = 5
MAX_AFTER = 7


def forced_at_sea(doc: Doc | Span) -> str:
    """How one state's coast guard turns force on another's boats, as "force at sea: Chinese fire Filipino", or ""."""
    if "coast" not in words_of(doc) or "guard" not in words_of(doc):
        return ""  # most paragraphs: no coast guard
    tokens = doc.doc if isinstance(doc, Span) else doc
    start = doc.start if isinstance(doc, Span) else 0
    end = doc.end if isinstance(doc, Span) else len(doc)
    for i in places_of(doc, ("coast",), lower=True):
        at = start + i
        if at + 1 >= end or tokens[at + 1].lower_ != "guard":
            continue
        before = range(at - 1, max(start, at - 1 - MAX_BEFORE) - 1, -1)
        holder = next((tokens[j] for j in before if state_named(tokens[j].text)), None)
        if holder is None:
            continue
        verb = next_in_sentence(tokens, at + 2, end, lambda t: _force(tokens, t, end), MAX_VERB)
        if verb is None:
            continue
        other = next_in_sentence(tokens, verb + 1, end, lambda t, h=holder: _foreign(t, h), MAX_AFTER)
        if other is not None:
            return f"{FORCE_AT_SEA}{holder.text} {tokens[verb].lemma_.lower()} {tokens[other].text}"
    return ""


def _foreign(token: Token, holder: Token) -> bool:
    """Whether a word names a state that is not the coast guard's."""
    state = state_named(token.text)
    return bool(state) and state.casefold() != state_named(holder.text).casefold()


def _force(tokens: Doc, token: Token, end: int) -> bool:
    """A verb of force done ("rammed"), or one that turns a water cannon named within three words ("fired its water
    cannon")."""
    if not token.tag_.startswith("VB"):
        return False
    lemma = token.lemma_.lower()
    if lemma in FORCE:
        return True
    if lemma not in CANNON_VERBS:
        return False
    window = [t.lower_ for t in tokens[token.i + 1 : min(token.i + 5, end)]]
    return any(a == "water" and b.startswith("cannon") for a, b in zip(window, window[1:], strict=False))
