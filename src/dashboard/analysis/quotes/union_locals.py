"""Union locals named by a number ("Unifor Local 4410"): the recogniser often tags the number a date or leaves the
name untagged, and the parser may make the number the head, so a name taken from the parse stops at "Local" or is
the number alone; this gives the name back whole, and tells which local "the union" is."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

#: A union local's name: capitalised words, "Local" and its number ("CUPE Local 3381", "Unifor Local 4410").
_LOCAL = re.compile(r"\b(?:[A-Z][\w&.\u2019'-]*\s+){1,4}Local\s+\d+[A-Z]*\b")
_ARTICLES = ("The ", "A ")


def _name(match: str) -> str:
    name = " ".join(match.split())
    return next((name[len(a) :] for a in _ARTICLES if name.startswith(a)), name)


def numbered_local(docs: list[Doc], p: int, name: str) -> str:
    """`name` with the number that follows it in paragraph p or one before, when it ends with "Local" ("Unifor
    Local" -> "Unifor Local 4410"); else `name` itself."""
    if not name.endswith(" Local"):
        return name
    pattern = re.compile(rf"\b{re.escape(name)} (\d+[A-Z]*)\b")
    for q in range(min(p, len(docs) - 1), -1, -1):
        if found := pattern.findall(docs[q].text):
            return f"{name} {found[-1]}"
    return name


def local_of_number(token: Token) -> str:
    """ "Unifor Local 2207 says" parsed with the number as the subject: the local's whole name, or ""."""
    if not token.like_num or not token.i or token.nbor(-1).lower_ != "local":
        return ""
    end = token.idx + len(token.text)
    text = token.doc.text[: end + 1]
    found = [m for m in _LOCAL.finditer(text) if m.end() == end]
    return _name(found[-1].group()) if found else ""


def local_named_before(docs: list[Doc], p: int, i: int) -> str:
    """ "the union" at token i of paragraph p: the union local named last before it, there or in the paragraph
    before; "" when none is."""
    for q in (p, p - 1):
        if q < 0:
            continue
        text = docs[q].text if q < p else docs[q].text[: docs[q][i].idx]
        if found := _LOCAL.findall(text):
            return _name(found[-1])
    return ""
