"""A quotation after a gesture: "Okafor leans back in his chair. “…”", "She shrugs. “…”": a quotation with no cue
of its own that opens a sentence right after a short one whose subject is a person doing something is that person's
quote, a turn of its own even when the quote before it is theirs too. The parser often takes a name and its verb for
one noun phrase ("Lindqvist chuckles" as a kind of chuckles), so the subject is read off the sentence's first words:
a person of the article by name, or "he" or "she" resolved to one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS, PERSON_PRONOUNS, QUESTION_CUES
from dashboard.analysis.quotes.marks import QUOTE_MARKS, sentences_of, word_count
from dashboard.analysis.quotes.quote import Quote
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: A gesture is told in a few words ("She shrugs.", "Okafor leans back in his chair.").
MAX_WORDS = 8
#: Tags the parser gives the verb of a gesture: a finite verb, or a plural noun when it read the name as its modifier.
_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "NNS"})
#: Words of speech or of reading aloud: a sentence with one says or asks something itself ("He reads me one.").
_SPEECH = CUE_VERBS | QUESTION_CUES
#: Cues of words read out, not one's own: what follows a gesture after them is a statement of its own.
_READ = frozenset({"read"})


def gesture_quote(cast: Cast, p: int, span: tuple[int, int], quotes: list[Quote]) -> Quote | None:
    """The quote of the person whose gesture the sentence right before the quotation `span` tells, if it does.

    Not when the quote before it in the paragraph (`quotes`) is that person's own speech: "“…,” said Ann. Ann
    paused. “…”" is one statement, consecutive quoted sentences with no new cue; after words read aloud ("she reads
    from the rules: “…”") what comes after the gesture is her own, a new statement.
    """
    sents = cast.sentences[p]
    if not any(span[0] - 1 <= s.start_char <= span[0] + 1 for s in sents):
        return None  # the quotation goes on a sentence, it opens none
    before = [s for s in sents if 0 <= span[0] - s.end_char <= 2]
    if not before or not _gesture(before[-1]):
        return None
    speaker = _gesturer(cast, p, before[-1])
    if speaker is None:
        return None
    last = max((q for q in quotes if q.end <= span[0]), key=lambda q: q.end, default=None)
    if last is not None and last.speaker.name == speaker.name and last.cue not in _READ:
        return None  # her own words go on: the quote before takes the quotation
    return Quote(speaker, "say", [span], True, sentences_of(sents, [span]))


def _gesture(sentence: Span) -> bool:
    """A short sentence outside quotation marks that says nothing itself (no cue of speech) and ends in a full stop."""
    text = sentence.text.strip()
    if any(mark in text for mark in QUOTE_MARKS) or not text.endswith(".") or word_count(text) > MAX_WORDS:
        return False
    return not any(t.lemma_.lower() in _SPEECH or t.lower_ in _SPEECH for t in sentence)


def _gesturer(cast: Cast, p: int, sentence: Span) -> Speaker | None:
    """The person the sentence opens with, when a verb follows: "He grins", "Okafor leans", "Ann Lee nods"."""
    first = sentence[0]
    if first.lower_ in ("he", "she"):
        verb = _next_word(sentence, 1)
        if verb is None or verb.tag_ not in _VERB_TAGS:
            return None
        speaker = cast.resolve_person(p, first.i, PERSON_PRONOUNS[first.lower_])
        return speaker if speaker is not None and speaker.name else None
    words = [t for t in sentence[:3] if t.text[:1].isupper() and t.is_alpha]
    words = words[: next((k for k, t in enumerate(words) if t.i != first.i + k), len(words))]  # only the first run
    if not words or (verb := _next_word(sentence, len(words))) is None or verb.tag_ not in _VERB_TAGS:
        return None
    if not verb.text.islower():
        return None
    name = cast.person_named(" ".join(t.text for t in words))
    return cast.person(name) if name else None


def _next_word(sentence: Span, k: int) -> Token | None:
    return sentence[k] if k < len(sentence) and sentence[k].is_alpha else None
