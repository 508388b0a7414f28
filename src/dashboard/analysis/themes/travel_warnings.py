"""Whether a paragraph tells of a state advising against travel to a place ("Austria has advised against all travel to
Zamfara", "the Foreign Office advises against all but essential travel to the border area", "Japan warned against
travel to the region"): a travel advisory told with no word of the nationals it speaks to, a state's act towards
another country all the same (see `advisories`), and as plainly one as the words "travel advice", so it carries the
theme alone. The one who advises must be a state named within a few words before the verb, or a foreign ministry or
office ("the Foreign Office", "the State Department"), and the travel must be to a place ("travel to"), so a doctor, a
guide, the police or a county's roads department advising against travel, or a state against travel on snowy roads,
is none. Read from lemmas, parts of speech and entities: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import entities_of, lemma_places
from dashboard.analysis.themes.names import SENTENCE_ENDS
from dashboard.analysis.themes.states import is_state

#: Verbs by which a state advises against travel.
WARNING = frozenset(["advise", "warn", "caution"])
#: The bodies of a state that speak for it abroad, told by the word before them ("Foreign Office", "State Department").
BODIES = frozenset(["ministry", "office", "department"])
FOREIGN = frozenset(["foreign", "state", "external"])
#: How many words may stand between "against" and "travel" ("against all but essential travel").
MAX_GAP = 4
#: How the reading ends, by which its weight is told from an advice to a state's nationals.
AGAINST_TRAVEL = " against travel"
#: How many words before the verb the state may stand ("Austria has since 2021 advised").
MAX_BEFORE = 6


def advised_against_travel(doc: Doc | Span) -> str:
    """How a state advises against travel, as "Austria advise against travel", or "" when none does."""
    for i in lemma_places(doc, WARNING, "VERB"):
        if i + 1 >= len(doc) or doc[i + 1].lower_ != "against":
            continue
        for j in range(i + 2, min(i + 2 + MAX_GAP, len(doc))):
            if doc[j].text in SENTENCE_ENDS:
                break
            if doc[j].lemma_.lower() == "travel":
                state = _state_before(doc, i) if j + 1 < len(doc) and doc[j + 1].lower_ == "to" else ""
                if state:
                    return f"{state} {doc[i].lemma_.lower()}{AGAINST_TRAVEL}"
                break
    return ""


def _state_before(doc: Doc | Span, i: int) -> str:
    """The state named within a few words before the verb at i, in the same sentence, or ""."""
    start = i
    while start > max(0, i - MAX_BEFORE) and doc[start - 1].text not in SENTENCE_ENDS:
        start -= 1
    offset = doc.start if isinstance(doc, Span) else 0
    for ent in entities_of(doc):
        if ent.label_ == "GPE" and start + offset <= ent.start and ent.end <= i + offset and is_state(ent.text):
            return ent.text
    for k in range(start, i):
        token = doc[k]
        if token.lemma_.lower() in BODIES and k > start and doc[k - 1].lower_ in FOREIGN:
            return f"{doc[k - 1].text} {token.text}"
    return ""


def advice_weight(advised: str, acting_weight: float, threshold: float) -> float:
    """What an advisory adds to a theme's score: advice against travel to a place as much as the threshold (it tells a
    travel advisory alone), advice to a state's nationals its acting weight."""
    return max(acting_weight, threshold) if advised.endswith(AGAINST_TRAVEL) else acting_weight
