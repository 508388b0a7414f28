"""Whether the unnamed voice of the article's own state ("the government", "the foreign ministry", "the president")
does one of a theme's verbs to a named state or people: "The government accused Rwanda of backing the rebels", "The
foreign ministry summoned the Chinese ambassador", and through a verb joined by "and" to one it did first ("The
government recruited soldiers and asked Rwanda for help"). Newswire names the other state and leaves its own unsaid; the
verb still joins two states. Read from words and parts of speech only: no parser."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.names import BEFORE_VERB, SENTENCE_ENDS
from dashboard.analysis.themes.objects import object_party

#: The nouns by which a state's own voice is told without its name, after "the".
HOME_VOICES = frozenset(
    ["government", "ministry", "president", "minister", "premier", "chancellor", "cabinet", "administration"]
)
#: How many words may stand between "the" and the voice ("the foreign ministry", "the prime minister").
MAX_BEFORE_VOICE = 2


def home_acting(doc: Doc | Span, parties: list[Span], verbs: list[int]) -> str:
    """How an unnamed voice of the home state does one of the verbs (positions of the theme's verb terms) to a named
    party (see `objects`), as "government accuse Rwanda", or "" when none does."""
    offset = doc.start if isinstance(doc, Span) else 0
    end = doc.end if isinstance(doc, Span) else len(doc)
    tokens = doc.doc if isinstance(doc, Span) else doc
    by_start = {ent.start: ent for ent in parties}
    for verb in (v + offset for v in verbs):
        if tokens[verb].pos_ != "VERB" or not (voice := _home_voice(tokens, verb, offset)):
            continue
        if (other := object_party(tokens, verb, by_start, end)) is not None:
            return f"{voice} {tokens[verb].lemma_} {other.text}"
    return ""


def _home_voice(tokens: Doc, verb: int, offset: int) -> str:
    """The voice noun just before the verb when it is told as "the government" with no name before it."""
    i = verb - 1
    while i >= offset and tokens[i].pos_ in BEFORE_VERB:
        i -= 1
    if i >= offset and tokens[i].lower_ == "and":  # "The government recruited soldiers and asked Rwanda for help"
        return _shared_voice(tokens, i, offset)
    if i < offset or tokens[i].pos_ != "NOUN" or tokens[i].lemma_.lower() not in HOME_VOICES:
        return ""
    voice = tokens[i].lemma_.lower()
    for j in range(i - 1, max(i - MAX_BEFORE_VOICE - 2, offset - 1), -1):
        if tokens[j].lower_ == "the":
            return voice
        if tokens[j].pos_ not in ("ADJ", "NOUN"):
            return ""
    return ""


def _shared_voice(tokens: Doc, conjunction: int, offset: int) -> str:
    """The home voice of the nearest earlier verb of the sentence, for a verb joined to it by "and"."""
    for i in range(conjunction - 1, offset - 1, -1):
        if tokens[i].text in SENTENCE_ENDS:
            return ""
        if tokens[i].pos_ == "VERB":
            return _home_voice(tokens, i, offset)
    return ""
