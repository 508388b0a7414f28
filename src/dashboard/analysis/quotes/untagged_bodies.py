"""The body "the <noun>" or a judge's title means when the recogniser missed its name: "NAIROBI (Reuters) - Kenya's
High Court on Monday suspended an order … The court said in its ruling …" is the High Court, and "Justice X" a few
lines on sits on it, though a dateline kept the recogniser from tagging the court. A run of capitalised words that
ends in the very noun, just before, is the body's name. A page calls such a body back by the kind of body its name ends
with, anywhere later ("The Marrick Bay Port Authority approved … The port authority said", paragraphs on): "the
<word> <noun>" whose two words close the one such name before is that body."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.missed_names import proper_run

#: Titles of the bench, and the last words of the names of the bodies they sit on.
_BENCH_TITLES = frozenset({"judge", "justice", "magistrate"})
_COURT_WORDS = frozenset({"court", "tribunal"})


def untagged_body_named(docs: list[Doc], p: int, token: Token) -> str:
    """The name a bare "the <noun>" stands for ("the court" -> "High Court") when the recogniser tagged it no
    organisation, in this paragraph before the noun or in the one before; "" when none."""
    if not definite(token) or token.tag_ != "NN":
        return ""
    words = [t.lower_ for t in token.subtree]
    if words == ["the", token.lower_]:
        return untagged_name_ending(docs, p, token.i, {token.lemma_.lower()})
    if len(words) != 3 or words[0] != "the" or token.i < 2 or token.doc[token.i - 1].tag_ != "NN":
        return ""  # "the port authority": a kind of body of two words, no "the new authority"
    kind = f" {words[1]} {token.lower_}"
    names = _untagged_names_ending(docs, p, token.i, token.lemma_.lower())
    return next((name for name in names if name.lower().endswith(kind)), "")


def _untagged_names_ending(docs: list[Doc], p: int, end: int, head: str) -> list[str]:
    """The names of two or more capitalised words, tagged as no organisation or person, ending in the word `head`,
    before token `end` of paragraph p in any paragraph, the last first."""
    return [untagged_name_ending(docs, q, end if q == p else len(docs[q]), {head}, back=0) for q in range(p, -1, -1)]


def untagged_court(docs: list[Doc], p: int, i: int, role: str, back: int) -> str:
    """The court a judge's title ("Justice", "Judge") sits on when the article named one the recogniser missed, in
    this paragraph before token i or up to `back` paragraphs before; "" for another title or none named."""
    if not role or role.split()[-1].casefold() not in _BENCH_TITLES:
        return ""
    return untagged_name_ending(docs, p, i, _COURT_WORDS, back)


def untagged_name_ending(docs: list[Doc], p: int, end: int, heads: Collection[str], back: int = 1) -> str:
    """The last name of two or more capitalised words, tagged as no organisation or person, ending in one of these
    words (lower-cased lemmas), before token `end` of paragraph p or in the `back` paragraphs before; "" when none."""
    found = ""
    for q in range(max(p - back, 0), p + 1):
        for word in docs[q][: end if q == p else len(docs[q])]:
            if word.lemma_.lower() not in heads or not word.is_title or word.ent_type_ in ("ORG", "PERSON"):
                continue
            run = proper_run(word)
            if len(run) > 1 and run[-1] == word and all(t.is_title and t.tag_ == "NNP" for t in run):
                found = " ".join(t.text for t in run)
    return found
