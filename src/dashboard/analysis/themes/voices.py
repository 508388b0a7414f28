"""A state that speaks through a voice the paragraph does not name with its state ("The interior ministry said the
suspension was temporary", "He was in good health, the ministry said", "the foreign minister told reporters"): news
names the state once and then lets its ministry, government or embassy speak for it, as "Beijing said" does. Such a
paragraph is a state speaking alone (see `speaking`) that adds nothing to the score (no state is named, so the words
show no relations; "The prime minister welcomed the cuts" is as often a domestic story), but goes on with the
relations the paragraph just before told. Read from words and parts of speech only, when no named state or people speaks
(`names.capital_acting` reads those): "the ministry" must open the voice ("a ministry official", "ministries" are
no state speaking), and its verb must be one by which a state speaks (`names.STATE_SPEECH`).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column, places_of, words_of
from dashboard.analysis.themes.names import BEFORE_VERB, STATE_SPEECH, capital_acting

#: The nouns by which a state's own voice is named with no state: its ministries, government, cabinet, ministers and
#: missions ("the department", "the official", "the spokesman" as often speak for a company, a city or a party).
UNNAMED_VOICES = frozenset(["ministry", "government", "cabinet", "minister", "embassy", "consulate"])
#: How many words may stand between "the" and the voice ("the [Japanese foreign] ministry", "the [interior] ministry").
MAX_MODIFIERS = 3


def state_speaking(doc: Doc | Span, names: list[Span], known: frozenset[str] = frozenset()) -> str:
    """How a state speaks alone in a paragraph: through a named state, capital or head of the article (see
    `names.capital_acting`), or else through an unnamed voice ("the ministry say": "They were flown to Tallinn, the
    ministry said" names a place, not the speaker); "" when none speaks."""
    return (capital_acting(doc, names, countries=True, known=known) if names else "") or unnamed_voice(doc)


def unnamed_voice(doc: Doc | Span) -> str:
    """The first unnamed voice of a state that speaks in the words ("the interior ministry say"), or ""."""
    if words_of(doc).isdisjoint(UNNAMED_VOICES):
        return ""  # most paragraphs
    pos, lemmas, lower, strings = column(doc, POS), column(doc, LEMMA), column(doc, LOWER), doc.vocab.strings
    for i in places_of(doc, ("the",), lower=True):  # words read from the columns: a Token only for a voice's tag
        j = i + 1
        while j < len(pos) and j - i <= MAX_MODIFIERS and pos[j] in _MODIFIER_POS:
            if strings[lemmas[j]].lower() in UNNAMED_VOICES and doc[j].tag_ in ("NN", "NNP"):
                verb = _verb_after(pos, lemmas, strings, j + 1)
                if verb:
                    return f"{' '.join(strings[key] for key in lower[i : j + 1])} {verb}"
                break
            j += 1
    return ""


def unnamed(speaking: str) -> bool:
    """Whether a state speaking alone ("the ministry say", "Beijing say") speaks through an unnamed voice: all its
    words are lower case and it opens on "the" (a named voice keeps its state's or leader's name)."""
    return speaking.startswith("the ") and speaking == speaking.casefold()


#: The parts of speech of the words between "the" and a voice, and of those between a voice and its verb.
_MODIFIER_POS = frozenset(POS_IDS[tag] for tag in ("ADJ", "NOUN", "PROPN"))
_BEFORE_VERB_POS = frozenset(POS_IDS[tag] for tag in BEFORE_VERB)


def _verb_after(pos: list[int], lemmas: list[int], strings: StringStore, i: int) -> str:
    """The lemma of a verb of a state's speech right after a voice (past auxiliaries and adverbs), or ""."""
    while i < len(pos) and pos[i] in _BEFORE_VERB_POS:
        i += 1
    if i < len(pos) and pos[i] == POS_IDS["VERB"] and strings[lemmas[i]].lower() in STATE_SPEECH:
        return strings[lemmas[i]].lower()
    return ""
