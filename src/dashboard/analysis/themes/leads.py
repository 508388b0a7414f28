"""The subject a news story sets in its first lines: a lead that carries a theme on its own under a headline with a
word of that theme ("After The Strike On Kresnovo, A Town Waits" over "A drone struck the compressor station ...")
makes the theme the article's subject, however many later paragraphs tell it through what people saw, lost or fear
("The blast woke people across the valley", "The school has moved its lessons to the basement"). A long piece's
mean strength dilutes its subject; its lead and headline do not. The headline must have a word of the theme, not
carry it: a lead alone may open on a passing theme ("Hours after a drone attack, the mayor cut the ribbon ...").
A feature's headline often has no word of its subject ("The Waiting Room: A Mother's Year Of Lists"); there the
paragraph after the lead bears it out instead: a piece whose first two paragraphs carry the theme on their own is
about it, and a passing theme seldom fills two.
"""

from __future__ import annotations

from collections.abc import Sequence


def led(strong: Sequence[float], title: float, i: int, weight: float) -> float:
    """The article profile (0 to `weight`) that the lead and the headline give paragraph i: `weight` for a later
    paragraph when the lead carries the theme on its own (strength 1) and the title has a word of it (score above
    0) or the second paragraph carries it on its own too, else 0. `strong` are the paragraphs' strengths, `title`
    the title's own score; a weight of 0 turns it off."""
    opened = title > 0 or (len(strong) > 1 and strong[1] >= 1.0)
    return weight if weight and i > 0 and strong and strong[0] >= 1.0 and opened else 0.0
