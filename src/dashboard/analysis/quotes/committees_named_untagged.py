"""The committee "the committee's chair" means when the story named it only in lower case, which the recogniser tags
as nothing: "told parliament's culture, media and sport committee that …. The committee's chair, X, said" is that
committee's chair, not the chair of the commission or the company named last. Political news names a legislature's
committees so ("the assembly's public accounts committee"), and "the committee" then means the last one it named."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Words that join the lower-case words of a committee's name ("culture, media and sport committee").
_JOINING = frozenset({",", "and", "&"})
#: Houses whose committees these are, written in lower case before them ("parliament's ... committee"), kept in the
#: name, which says so whose committee it is (a "sport committee" alone might be a club's).
_HOUSES = frozenset({"parliament", "assembly", "legislature", "congress", "senate", "house", "chamber"})


def committee_named_untagged(docs: list[Doc], p: int, token: Token, reach: int) -> str:
    """The lower-case name of the committee named last before "the committee" (`token`), in its paragraph or up to
    `reach` paragraphs before, with the words before "committee" that name it; "" when none was so named."""
    if token.lower_ not in ("committee", "committee's") or not any(c.lower_ == "the" for c in token.children):
        return ""
    for q in range(p, max(p - reach, 0) - 1, -1):
        doc = docs[q]
        if "committee" not in doc.text:  # a text test first: most paragraphs name no committee
            continue
        for word in reversed(doc[: token.i] if q == p else doc):
            if (name := _named(word)) and word.ent_type_ == "":
                return name
    return ""


def _named(word: Token) -> str:
    """ "culture, media and sport committee" of "parliament's culture, media and sport committee": the lower-case
    nouns and adjectives right before "committee" and the commas and "and" between them, read off the text (a parser
    may hang them anywhere); "" for a committee with no such words before it or one that names another noun
    ("committee members")."""
    if word.lower_ != "committee" or word.dep_ == "compound":
        return ""
    start = word.i
    while start > 0 and _naming(word.doc[start - 1]):
        start -= 1
    while start < word.i and word.doc[start].lower_ in _JOINING:
        start += 1
    if start == word.i:
        return ""
    doc = word.doc
    house = start > 1 and doc[start - 1].tag_ == "POS" and doc[start - 2].lower_ in _HOUSES and doc[start - 2].is_lower
    return doc[start - 2 * house : word.i + 1].text


def _naming(token: Token) -> bool:
    """Whether a word may be part of a committee's lower-case name: a noun or adjective in lower case, or a joiner."""
    return token.lower_ in _JOINING or token.is_lower and token.is_alpha and token.pos_ in ("NOUN", "ADJ")
