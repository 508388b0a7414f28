"""A named state that answers through a voice the tagger reads as proper nouns ("China's commerce ministry said it
firmly opposed the listings", "Vietnam's Foreign Ministry rejected the report"): it speaks alone as it does through
"China's government" (see `voices.state_speaking`), and its answer takes the whole acting weight (see
`speaking.alone_share`). Such a voice that only tells what it saw ("Japan's Defense Ministry said the missile fell
outside its waters") is a body reporting, not a state answering: only an answer counts. Read from words, parts of
speech and entities only."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.themes.names import BEFORE_VERB, STATE_SPEECH
from dashboard.analysis.themes.speaking import alone_share
from dashboard.analysis.themes.state_voices import voice_end
from dashboard.analysis.themes.states import is_state

#: The parts of speech of the words of such a voice: the tagger takes "commerce ministry" for a proper noun.
PROPER_VOICE = ("NOUN", "PROPN", "ADJ")


def answering_voice(doc: Doc | Span, names: list[Span]) -> str:
    """How a named state answers through a voice of proper nouns ("China's commerce ministry say"), or ""."""
    end = doc.end if isinstance(doc, Span) else len(doc)
    tokens = doc.doc if isinstance(doc, Span) else doc
    for ent in names:
        voice = voice_end(tokens, ent.end, end, PROPER_VOICE) if is_state(ent.text) else ent.end
        verb = voice
        while verb < end and (tokens[verb].pos_ in BEFORE_VERB or tokens[verb].is_quote):
            verb += 1
        if voice == ent.end or verb == end or tokens[verb].pos_ != "VERB":
            continue
        spoken = f"{tokens[ent.start : voice].text} {tokens[verb].lemma_.lower()}"
        if tokens[verb].lemma_.lower() in STATE_SPEECH and alone_share(doc, spoken) == 1.0:
            return spoken
    return ""
