"""The platform X named at the end of a sentence ("… said in a post on X. He added …") split from the full stop.

The tokenizer keeps a capital letter and its full stop together as an initial ("John X. Ruiz"), so "on X." became one
word: the sentence did not end there, the recogniser read "X. He" as a person, and the pronoun that opens the next
sentence was taken for a new speaker. A letter after "on" or "via" is no one's initial, so this tokenizer splits such
a word into the letter and the full stop, which then ends the sentence as any full stop does. The text stays as
written: only the words are cut differently.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of, with_text

#: Words after which "X." is the platform, never an initial.
_BEFORE_PLATFORM = frozenset({"on", "via"})
_PLATFORM = "X."


class PlatformStopsSplit:
    """A tokenizer that splits "X." after "on" or "via" into the letter and its full stop (see the module's
    docstring), after the tokenizer it wraps has split the text."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if _PLATFORM not in text:
            return doc
        cuts = [t.i for t in doc if t.text == _PLATFORM and t.i > 0 and doc[t.i - 1].lower_ in _BEFORE_PLATFORM]
        return _split_off_stops(doc, cuts) if cuts else doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def _split_off_stops(doc: Doc, cuts: list[int]) -> Doc:
    """A new Doc of the same text with the full stop of each word at `cuts` a word of its own."""
    words, spaces = [], []
    for token in doc:
        if token.i in cuts:
            words.extend((token.text[:-1], "."))
            spaces.extend((False, bool(token.whitespace_)))
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return with_text(Doc(doc.vocab, words=words, spaces=spaces), text_of(doc))
