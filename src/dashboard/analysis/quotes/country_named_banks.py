"""Banks named by "Bank" and their country ("Bank Indonesia", "Bank Negara Malaysia"), as central banks often are:
when the recogniser tags only the country, the subject of a cue is the country, and the bank's words went to it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.countries import is_country


def bank_of_its_country(token: Token) -> str:
    """ "Bank Indonesia said", with "Indonesia" the subject and "Bank" a word of its name before it: the bank's whole
    name; "" when the token is no country or no "Bank" opens the name it ends."""
    if not is_country(token.text):
        return ""
    start = token.i
    while start > max(token.left_edge.i, token.i - 3) and token.doc[start - 1].dep_ == "compound":
        start -= 1  # "Bank Negara Malaysia": each word before the country a word of the bank's name
    name = token.doc[start : token.i + 1]
    return name.text if name[0].text == "Bank" and all(t.text[:1].isupper() for t in name) else ""
