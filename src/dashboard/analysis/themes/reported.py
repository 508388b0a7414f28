"""A pronoun that opens what a party said stands for that party: in "Germany and France said they stood with
Lithuania" the doer of "stood with" is the doer of "said"."""

from __future__ import annotations

from spacy.tokens import Doc

#: The pronouns by which wire copy lets a state go on in its own reported speech.
REPORTED_DOERS = frozenset(["it", "they"])
#: The verbs of speech that report what a state said it does.
SPEECH = frozenset(["say", "tell", "announce", "declare"])


def speech_of(tokens: Doc, i: int, offset: int) -> int | None:
    """The position of the verb of speech whose reported clause the pronoun at i opens ("said they", "said that it"),
    or None when the word at i is no such pronoun."""
    if tokens[i].lower_ not in REPORTED_DOERS:
        return None
    j = i - 1 if i - 1 >= offset and tokens[i - 1].lower_ != "that" else i - 2
    if j < offset or tokens[j].pos_ != "VERB" or tokens[j].lemma_.lower() not in SPEECH:
        return None
    return j
