"""People a story names by their initials only, as courts, and the papers that report them, name asylum seekers,
children and victims whose names the law or the story keeps back ("identified in the ruling only as S.T.", "known
only as A.B.", "referred to by the initials J.M."). The recogniser takes the initials for a place or a body, as it
rightly takes "U.S." and "U.N."; once the story says they stand for someone, every mention of them in the article is
that person's, and a "he said" after them is theirs."""

from __future__ import annotations

import re

#: "identified in the ruling only as S.T.", "known only as A.B.", "referred to by the initials J.M.": a verb that says
#: what someone is called, up to five words, then "as" or "by the initials", then two or three initials.
_INTRODUCED = re.compile(
    r"\b(?:identified|known|named|referred to|called)\b(?:\s+[\w’']+){0,5}?\s+"
    r"(?:as|by (?:the|his|her|their) initials)\s+((?:[A-Z]\.){2,3})"
)

#: The verbs `_INTRODUCED` opens with: a paragraph without one of them has no match.
_NAMING_VERBS = ("identified", "known", "named", "referred to", "called")


def people_named_by_initials(texts: list[str], canonical: list[str], labels: list[str]) -> None:
    """Give every mention whose name is initials an article introduces as what someone is called to that person, in
    place (`canonical` and `labels` run along the article's mentions)."""
    texts = [text for text in texts if any(verb in text for verb in _NAMING_VERBS)]  # most paragraphs: no scan
    introduced = {_letters(m.group(1)) for text in texts for m in _INTRODUCED.finditer(text)}
    if not introduced:
        return
    for i, name in enumerate(canonical):
        if _letters(name) in introduced and re.fullmatch(r"(?:[A-Z]\.?){2,3}", name):
            labels[i] = "PERSON"


def _letters(name: str) -> str:
    """The letters of initials, without their full stops ("ST" of "S.T.")."""
    return name.replace(".", "")
