"""A currency told as the unit of a sum ("a deficit of 7.3 billion riyals", "sends 4,000 pesos a month"): the sum is
what the paragraph is about (a budget, a wage, a price at home), not the currency, whose value against others is what
the guidelines count as trade ("the peso weakened past 20 to the dollar", "a windfall from the weaker peso"). Only the
currencies listed here are read this way: the dollar, the euro and the yen carry their own weights, set on the dev gold
with their sums counted."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of

#: Currencies that count for trade only when they are not the unit of a sum.
VALUED_CURRENCIES = frozenset(
    [
        "peso", "rupee", "lira", "naira", "shekel", "hryvnia", "zloty", "rial", "riyal", "dinar", "baht", "ringgit",
        "rupiah", "cedi", "kwacha",
        # a fine, a wage or a budget in roubles is a sum at home ("a captain was fined 500,000 roubles")
        "rouble", "ruble",
    ]
)  # fmt: skip
#: Words that scale the number before a currency ("7.3 billion riyals").
SCALES = frozenset(["thousand", "million", "billion", "trillion", "mln", "bln", "bn", "mn"])


def sums(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of the listed currencies that follow a number: units of a sum. Only the
    currencies' places are read as Tokens, and a paragraph without any of them is passed over at once."""
    if VALUED_CURRENCIES.isdisjoint(words_of(doc)):
        return []
    spans = []
    for i in lemma_places(doc, VALUED_CURRENCIES):
        if i == 0:
            continue
        before = doc[i - 1]
        if before.like_num or before.lower_ in SCALES:
            spans.append((i, i + 1))
    return spans
