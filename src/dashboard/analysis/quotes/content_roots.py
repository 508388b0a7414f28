"""The clause heads a cue's content stands on, for telling whether a short content says something whole.

A cue records the dependents of its verb that hold what was said. A clause said after the setting of a cue ("He said
after the verdict that he would appeal") hangs on no such dependent: the parser made it a relative clause of the
setting's noun, and the cue found it by reading on past the setting. Its heads are then the words of the content
whose own head stands outside it ("appeal"), so a clause of three words is judged as one the cue holds would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.cues import Cue


def content_roots(cue: Cue) -> list[Token]:
    """The cue's clause heads, or, when it has none, the words of its content that hang on a word outside it."""
    if cue.heads or not cue.content:
        return cue.heads
    inside = {t.i for t in cue.content}
    return [t for t in cue.content if t.head.i not in inside or t.head == t]
