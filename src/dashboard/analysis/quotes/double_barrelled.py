"""A double-barrelled surname written alone, whose first part the recogniser tagged as an organisation or a place
("Maalouf-Strand, the sociologist, says": "Maalouf" an organisation, "Strand" untagged): the capitalised words joined
by hyphens with no space around them, up to the name's last word, are one name, and its first part opens it; and the
person so named, set off as a person, is one whom a later "she" or "he" may stand for, as one known by a given name
alone is ("Ellie, 19,")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lone_given_names import lone_given_name
from dashboard.analysis.quotes.marks import HYPHENS


def one_hyphenated_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens `start` to `end` are capitalised words joined by tight hyphens and nothing else."""
    if end == start or (end - start) % 2:
        return False
    words = all(doc[i].is_title and doc[i].is_alpha for i in range(start, end + 1, 2))
    return words and all(
        doc[i].text in HYPHENS and not doc[i].whitespace_ and not doc[i - 1].whitespace_
        for i in range(start + 1, end, 2)
    )


def named_alone(name: str, token: Token) -> bool:
    """Whether `name` is the one word, or the double-barrelled word, that ends at `token`, set off as a person's
    ("Ellie, 19,", "Maalouf-Strand, the sociologist,", "Roy-Dubé, who …")."""
    start = token.i - 2 * sum(name.count(h) for h in HYPHENS)
    if start < 0 or token.doc[start : token.i + 1].text != name:
        return False
    if start == token.i:
        return lone_given_name(token)
    titled = any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_WORDS for c in token.rights)  # "the sociologist"
    return one_hyphenated_name(token.doc, start, token.i) and (titled or lone_given_name(token))
