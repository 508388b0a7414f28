"""Bodies whose name ends in a possessive "'s" of its own: a founder's name and "'s", as retail chains are named.

The recogniser tags "Pennington" of "Pennington's said" and leaves the "'s" out, so the chain would speak as
"Pennington". A body keeps its "'s" when the article writes its name with it every time and never bare, and one of
its mentions stands as a name in the sentence ("Pennington's said", "called on Pennington's to raise pay"), not only
as an owner of what follows ("Pennington's store", "NBC's Dana Reyes"): a person's possessive ("Smith's view") owns a
noun each time, and a person is named bare as well ("Smith said").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import POSSESSIVE_MARKS, without_possessive

#: Parts of speech after the "'s" that own nothing: a verb, "to", a comma, "and"… (not a preposition, which may open
#: what is owned: "the Treasury's under secretary")
_NOTHING_OWNED = {"VERB", "AUX", "PART", "PUNCT", "CCONJ"}
#: Dependencies of a word, whatever its part of speech, that describes the noun the "'s" owns.
_NOUN_MODIFIERS = frozenset({"amod", "compound", "nummod"})
#: Quotation marks after the "'s" open what it owns: a programme's title ("NBC's “Meet the Press”").
_QUOTE_MARKS = frozenset("\"'`\u2018\u2019\u201c\u201d\u00ab\u00bb")


def bodies_named_with_possessive(
    docs: list[Doc], texts: list[str], found: list, canonical: list[str], labels: list[str]
) -> None:
    """Give "'s" back, in place, to the canonical name of a body every mention of which is followed by it (`texts`:
    the docs' texts)."""
    at: dict[str, list[int]] = {}
    for i, name in enumerate(canonical):
        at.setdefault(name, []).append(i)
    for name, indexes in at.items():
        if without_possessive(name) != name or any(labels[i] != "ORG" for i in indexes):
            continue
        spans = [docs[found[i].paragraph].char_span(found[i].start_char, found[i].end_char) for i in indexes]
        names = [_without_possessive(s) if s is not None else None for s in spans]
        if any(n is None or n.text != name for n in names):
            continue  # only mentions written as the name itself ("Pennington"), not fuller or shorter ones
        following = [n.doc[n.end] if n.end < len(n.doc) else None for n in names]
        if any(t is None or t.text not in POSSESSIVE_MARKS for t in following):
            continue
        if not any(map(_owns_nothing, following)) or _written_bare(name, texts):
            continue
        for i in indexes:
            canonical[i] = name + following[0].text


def _without_possessive(span: Span) -> Span:
    """The span without the "'s" the recogniser took into it at times ("Marwood's" tagged whole)."""
    return span[:-1] if len(span) > 1 and span[-1].text in POSSESSIVE_MARKS else span


def _owns_nothing(mark: Token) -> bool:
    """Whether the "'s" ends the name, no noun after it owned ("Pennington's said", "Pennington's, the grocer",
    "called on Pennington's to"), unlike "NBC's Dana Reyes", "NBC's “Evening Desk”" or "Pennington's store"."""
    after = mark.doc[mark.i + 1] if mark.i + 1 < len(mark.doc) else None
    if after is None:
        return True
    modifies_a_noun = after.dep_ in _NOUN_MODIFIERS  # "the GOP's contested convention": a participle owned too
    return after.pos_ in _NOTHING_OWNED and not modifies_a_noun and not _QUOTE_MARKS.intersection(after.text)


def _written_bare(name: str, texts: list[str]) -> bool:
    """Whether the article writes the name somewhere without the "'s" after it."""
    bare = re.compile(rf"\b{re.escape(name)}\b(?!['\u2019]s\b)")
    return any(bare.search(t) for t in texts)
