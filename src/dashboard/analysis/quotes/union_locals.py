"""Union locals named by a number ("Unifor Local 4410"): the recogniser often tags the number a date or leaves the
name untagged, and the parser may make the number the head, so a name taken from the parse stops at "Local" or is
the number alone; this gives the name back whole, and tells which local "the union" is."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS

#: A union local's name: capitalised words, "Local" and its number ("CUPE Local 3381", "Unifor Local 4410"); a
#: union's own name may join its trades with "and" or "of" ("Food and Commercial Workers Local 2290", "Brotherhood of
#: Electrical Workers Local 58"), which belong to the name as much as its capitalised words do; no word that ends a
#: sentence ("Friday.") starts it.
_LOCAL = re.compile(r"\b(?:[A-Z][\w&.\u2019'-]*(?<![a-z]{2}\.)\s+(?:(?:and|of)\s+(?=[A-Z]))?){1,5}Local\s+\d+[A-Z]*\b")
_ARTICLES = ("The ", "A ")
#: The end of a sentence inside a match ("… Workers’ Union. Local 88"): no name runs over it.
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s")


def _name(match: str) -> str:
    """A local's name as matched, without its article and without the people a sentence opens with ("Members of
    Unifor Local 4410 voted …" is Unifor Local 4410: "Members" is capitalised only because it opens the sentence)."""
    name = " ".join(match.split())
    name = next((name[len(a) :] for a in _ARTICLES if name.startswith(a)), name)
    people, of, rest = name.partition(" of ")
    return _name(rest) if of and people.lower().removesuffix("s") in PEOPLE_NOUNS else name


def numbered_local(docs: list[Doc], p: int, name: str) -> str:
    """`name` with the number that follows it in paragraph p or one before, when it ends with "Local" ("Unifor
    Local" -> "Unifor Local 4410"); else `name` itself."""
    if not name.endswith(" Local"):
        return name
    pattern = re.compile(rf"\b{re.escape(name)} (\d+[A-Z]*)\b")
    for q in range(min(p, len(docs) - 1), -1, -1):
        if found := pattern.findall(text_of(docs[q])):
            return f"{name} {found[-1]}"
    return name


def local_of_number(token: Token) -> str:
    """ "Unifor Local 2207 says" parsed with the number as the subject: the local's whole name, or ""."""
    if not token.like_num or not token.i or token.nbor(-1).lower_ != "local":
        return ""
    end = token.idx + len(token.text)
    text = text_of(token.doc)[: end + 1]
    found = [m for m in _LOCAL.finditer(text) if m.end() == end and not _SENTENCE_END.search(m.group())]
    return _name(found[-1].group()) if found else ""


def local_named_before(docs: list[Doc], p: int, i: int) -> str:
    """ "the union" at token i of paragraph p: the union local named last before it, there or in the paragraph
    before; "" when none is."""
    for q in (p, p - 1):
        if q < 0:
            continue
        text = text_of(docs[q]) if q < p else text_of(docs[q])[: docs[q][i].idx]
        if found := _LOCAL.findall(text):
            return _name(found[-1])
    return ""


def local_by_number(docs: list[Doc], p: int, token: Token) -> str:
    """The union local a number after "Local" speaks for: "Unifor Local 2207 says" by the name before it
    (`local_of_number`); "Local 1120 said" with no union's name before "Local" as the article named it in full before
    ("Local 1120 of the Municipal Workers’ Union", "CUPE Local 1120"), else "Local 1120"; "" for no such number."""
    if token.text == "Local" and token.i + 1 < len(token.doc) and token.nbor(1).like_num:
        token = token.nbor(1)  # "Local 88 said" parsed with "Local" as the subject
    if not token.like_num or not token.i or token.nbor(-1).text != "Local":
        return ""
    if local := local_of_number(token):
        return local
    number = re.escape(token.text)
    of_union = re.compile(rf"\bLocal\s+{number}\s+of\s+the\s+(?:[A-Z][\w&.\u2019'-]*\s*)+")
    named = re.compile(rf"\b(?:[A-Z][\w&.\u2019'-]*\s+){{1,4}}Local\s+{number}\b")
    for q in range(p, -1, -1):
        text = text_of(docs[q]) if q < p else text_of(docs[q])[: token.nbor(-1).idx]
        found = [m.group() for pattern in (of_union, named) for m in pattern.finditer(text)]
        if found:
            return _name(found[-1].rstrip(" ,.;:"))
    return f"Local {token.text}"
