"""The front of a hyphenated word that the parser split from what was said. The small model at times reads "said
small co-ops had been squeezed" as "said small co" (an object) and "-ops had been squeezed" (the clause), so what was
said would open inside a word ("ops had been …"). The word's front ("co"), with the words that lead into it
("small"), belongs to what was said when it is glued to the rest by a hyphen and nothing but its own modifiers stands
between it and the cue."""

from __future__ import annotations

from spacy.tokens import Token


def front_of_split_word(first: Token) -> list[Token]:
    """The tokens before `first`, the opening of what was said, that belong to its word: "small co -" before "ops"
    (empty when `first` opens a word of its own)."""
    doc, i = first.doc, first.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    front = doc[i - 2]
    words = doc[front.left_edge.i : i - 1]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
        return []
    return [*words, doc[i - 1]]
