"""A reported clause that a colon joins to the quotation after it: "The professor said spraying alone would not work:
“You cannot spray your way out of this.”" is one statement, its reported words as much a part of it as the quoted
ones, where the parser hung the clause on the quotation's verb and the cue took only the quotation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Dependencies of a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def joined_at_colon(doc: Doc, verb: Token, quotations: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations a cue's verb introduces, after the clause that stands between the verb and a colon right before
    the first of them ("said spraying alone would not work: “…”"), without a "that" opening it; the quotations alone
    when no colon stands right before the first or the words between are no whole clause with a subject of its own
    ("said on Tuesday: “…”")."""
    return _clause_before_colon(doc, verb, quotations[0]) + quotations


def _clause_before_colon(doc: Doc, verb: Token, quotation: tuple[int, int]) -> list[tuple[int, int]]:
    """The character span of the clause between the verb and the colon right before the quotation, or none."""
    if verb.idx > quotation[0]:
        return []
    words = []
    for token in doc[verb.i + 1 :]:
        if token.idx >= quotation[0]:
            break
        words.append(token)
    while words and words[-1].is_space or words and words[-1].text in ("\u201c", '"'):
        words.pop()  # the opening mark, when the quotation's span begins after it
    if len(words) < 3 or words[-1].text != ":":
        return []
    colon, words = words[-1], words[:-1]
    first = words[1] if words[0].lower_ == "that" else words[0]
    inside = range(words[0].i, colon.i)
    if any(t.text in ("\u201c", "\u201d", '"') for t in words) or not any(
        _whole_clause(t, first, colon, inside) for t in words
    ):
        return []
    return [(first.idx, words[-1].idx + len(words[-1]))]


def _whole_clause(token: Token, first: Token, colon: Token, inside: range) -> bool:
    """A verb whose clause, with its subject among the words (token indices `inside`), runs from the first word to
    the colon: "said demand would fall:", not "answered with words borrowed from X:" nor "said in an
    interview that she …:" (a phrase before the clause is no part of what was said)."""
    if token.pos_ not in ("VERB", "AUX") or token.left_edge.i != first.i or token.right_edge.i < colon.i - 1:
        return False
    return any(c.dep_ in _SUBJECTS and c.i in inside for c in token.children)
