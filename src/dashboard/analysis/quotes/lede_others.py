"""A body the sentence itself names is no body a lede describes: "The army said … that the Rapid Support Forces had
attacked its positions. The RSF denied …" names in the next sentence's subject a party the first sentence already
told apart from its speaker, by name or by the initials of that name, so the described speaker ("the army") is not
that body (`named_speakers.body_named_next` asks this)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.doc_text import text_of


def named_in(name: str, sentence: Span) -> bool:
    """Whether `sentence` names the body called `name`: the name itself, or, for initials ("RSF"), a run of
    capitalised words whose initials they are ("Rapid Support Forces")."""
    if not name:
        return False
    if name in text_of(sentence):
        return True
    if not (name.isupper() and name.isalpha() and len(name) >= 2):
        return False
    run = ""
    for token in sentence:
        if token.is_alpha and token.text[:1].isupper():
            run += token.text[0]
            if run.endswith(name):
                return True
        elif token.lower_ not in ("of", "for", "and", "the"):
            run = ""
    return False
