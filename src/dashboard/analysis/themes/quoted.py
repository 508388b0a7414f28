"""A paragraph that opens on the words of a speaker the article has already brought in ('"Every time the border
closes, I hire another clerk," he said', '"...," Qureshi said'): the speaker goes on with what the paragraph that last
named them told, as "He said ..." goes on with the paragraph before (see `context.lifts`). A pronoun points to the
paragraph just before, a name to the last earlier paragraph that names that person; a speaker first named in the
quote's own paragraph refers back to nothing. Read from words, parts of speech and entities only: no parser."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entities_of, places_of, text_of
from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.themes.continuation import Reference

#: Verbs by which a speaker's quotation is told ('"...," he said').
SPEECH = frozenset(["say", "add", "tell", "explain", "recall", "insist", "continue"])
#: Pronouns that stand for the speaker of the paragraph just before.
SPEAKER_PRONOUNS = frozenset(["he", "she"])
#: How many words a quotation may run to before its speaker is named.
MAX_QUOTE = 80


def quoted_speakers(docs: Sequence[Doc | Span], references: Sequence[Reference | None]) -> list[Reference | None]:
    """The paragraphs' references, with a paragraph that opens on a quotation of a speaker already named, and has no
    other reference, referring back to the paragraph that last named that speaker."""
    result = list(references)
    for i, doc in enumerate(docs):
        if result[i] is not None or not i or (speaker := _speaker(doc)) is None:
            continue
        if speaker.lower_ in SPEAKER_PRONOUNS:
            result[i] = Reference(f"{speaker.lower_} said", previous_only=True, themed=True, quote=True)
            continue
        named = next((j for j in range(i - 1, -1, -1) if _names(docs[j], speaker.text)), None)
        if named is not None:
            result[i] = Reference(f"{speaker.text} said", True, themed=True, back=i - named, quote=True)
    return result


def _speaker(doc: Doc | Span) -> Token | None:
    """The pronoun or the last word of the name of whoever speaks the quotation a paragraph opens on, or None."""
    if not len(doc) or doc[0].text not in QUOTE_MARKS:
        return None  # most paragraphs: no quotation at their opening
    end = min(len(doc), MAX_QUOTE + 6)  # the words read: the closing mark found among the marks, no Token of the rest
    close = next((k for k in places_of(doc, QUOTE_MARKS) if 1 <= k < end), None)
    if close is None or close < 2 or doc[close - 1].text != ",":
        return None
    k = close + 1
    said_first = k < end and _speech(doc[k])  # '"...," said Qureshi'
    k += 1 if said_first else 0
    if k < end and doc[k].lower_ in SPEAKER_PRONOUNS:
        last = k
    else:
        last = k - 1  # the last word of a name: "Imran Qureshi"
        while last + 1 < end and doc[last + 1].pos_ == "PROPN":
            last += 1
        if last < k:
            return None
    if said_first:
        return doc[last]
    return doc[last] if last + 1 < end and _speech(doc[last + 1]) else None


def _speech(token: Token) -> bool:
    """Whether a word is a verb that tells a quotation ("said", "added")."""
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH


def _names(doc: Doc | Span, name: str) -> bool:
    """Whether a paragraph names a person by this word."""
    return any(ent.label_ == "PERSON" and name in text_of(ent).split() for ent in entities_of(doc))
