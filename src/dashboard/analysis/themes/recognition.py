"""Whether a paragraph tells of one state recognising another, or its government, or withholding that ("Tajikistan
has not recognised the new government", "No country has recognised its independence", "a region that is not
recognised by any state"): diplomatic recognition, the act by which states take each other for states, told with no
other word of relations. The verb's doer must be a state named just before it (past its auxiliaries and adverbs) or a
word for states ("no country", "few governments"), and what it recognises a government, a state, its independence or
sovereignty, or a state by name; in the passive, the recognising side after "by" must be so. An opposition that does
not recognise the government, a court that recognises a right and a firm recognised by its peers are none. Read from
lemmas and parts of speech: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of
from dashboard.analysis.themes.states import is_state

#: The verb of recognition, in both spellings.
RECOGNISE = frozenset(["recognise", "recognize"])
#: Words for states as doers or as the recognising side ("no country has recognised", "by any state").
STATES = frozenset(["country", "state", "government", "nation"])
#: Words that count states before a word for them ("no country", "few governments").
COUNTING = frozenset(["no", "any", "few", "other", "many", "most", "several", "every", "each", "some", "all"])
#: What one state recognises of another: its government, its statehood, its independence or its sovereignty.
RECOGNISED = frozenset(
    ["government", "state", "statehood", "independence", "sovereignty", "regime", "junta", "republic", "annexation"]
)
#: Parts of speech that may stand between the doer and the verb ("Tajikistan has not yet recognised").
_BETWEEN = frozenset(["AUX", "ADV", "PART"])
#: How many words after the verb what it recognises may stand ("recognised the Taliban's new government").
_REACH = 6
#: Words that end the reach: the sentence or a clause of its own.
_ENDS = frozenset([".", ";", ":", "!", "?", ","])


def recognition(doc: Doc | Span) -> str:
    """How one state recognises another, as "Tajikistan recognise government" or "recognise by state", or ""."""
    if words_of(doc).isdisjoint(RECOGNISE):
        return ""  # most paragraphs: no recognition
    for i in lemma_places(doc, RECOGNISE):
        if doc[i].pos_ != "VERB":
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ == "by":
            if side := _state_word(doc, i + 2, forward=True):
                return f"recognise by {side}"
            continue
        doer = _state_word(doc, i - 1, forward=False)
        what = _recognised(doc, i + 1)
        if doer and what:
            return f"{doer} recognise {what}"
    return ""


def _state_word(doc: Doc | Span, k: int, *, forward: bool) -> str:
    """The state, or states told as a number of them, that stands at k, past auxiliaries and adverbs going back or a
    determiner or number going forward ("has not", "any"), or "". A word for states counts only in the plural or
    after a word that counts states ("most governments", "no country", "by 40 states"): "the government" and "the
    state" of a recognition at home ("marriages not recognised by the state") are no other state."""
    step = 1 if forward else -1
    skip = frozenset(["DET", "NUM", "ADJ"]) if forward else _BETWEEN
    while 0 <= k < len(doc) and doc[k].pos_ in skip:
        k += step
    if not 0 <= k < len(doc):
        return ""
    token = doc[k]
    if token.pos_ == "NOUN" and token.lemma_.lower() in STATES:
        before = doc[k - 1] if k > 0 else None
        counted = before is not None and (before.lower_ in COUNTING or before.pos_ == "NUM")
        return token.lemma_.lower() if token.tag_ == "NNS" or counted else ""
    return _state_name(doc, k, step)


def _owner(doc: Doc | Span, j: int) -> bool:
    """Whether the word at j owns what follows it ("the state's right"): then it is not what is recognised."""
    return j + 1 < len(doc) and doc[j + 1].tag_ == "POS"


def _state_name(doc: Doc | Span, k: int, step: int) -> str:
    """The state's name whose proper nouns run from k in the direction of step ("Tajikistan", "the United States"),
    whatever entity the recogniser made of it, or "" when they name no state (a city, a person, a firm)."""
    end = k
    while 0 <= end + step < len(doc) and doc[end + step].pos_ == "PROPN":
        end += step
    first, last = min(k, end), max(k, end)
    if doc[k].pos_ != "PROPN":
        return ""
    name = doc[first : last + 1].text
    return name if is_state(name) else ""


def _recognised(doc: Doc | Span, start: int) -> str:
    """What the verb at start - 1 recognises: a word for a government or a state's standing within a few words, with
    no verb between, or a state named right after it ("recognised Kosovo"), or ""."""
    for j in range(start, min(start + _REACH, len(doc))):
        token = doc[j]
        if token.text in _ENDS or token.pos_ in ("VERB", "AUX"):
            return ""
        if token.pos_ == "NOUN" and token.lemma_.lower() in RECOGNISED and not _owner(doc, j):
            return token.lemma_.lower()
        if j == start and (state := _state_name(doc, j, 1)):
            return state
    return ""
