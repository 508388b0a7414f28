"""The province, state or region a governor named by a bare title of that level serves: the one the article names.

"Floods hit Pakistan's Sindh province … Provincial Governor X said": no place stands beside the title, yet X governs
Sindh, as "the state governor" in a story about "Zulia state" governs Zulia, and "the state's chief minister" in a
story about "the state of Karnataka" serves Karnataka. A governor whose title says the level
("provincial", "state", "regional") serves the one province, state or region of that level the article names up to
the speaker's paragraph ("Sindh province", "the province of Sindh"); none when it names two or none. A bare
"Governor" (a central bank's as often) and a governor whose affiliation is written are left as they were. A word that
opens a sentence before the noun ("The state's economic development commissioner") names no place.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.quotes.subject_provinces import place_subject_before

#: The level a governor's title says -> the nouns news names a place of that level by.
_LEVELS = {
    "provincial": ("province",),
    "state": ("state",),
    "regional": ("region", "governorate", "oblast"),
}
#: Possessives of a level that open an official's title ("the state's chief minister") -> the level.
_OWNERS = {"state's": "state", "province's": "provincial", "region's": "regional"}
#: Words that may stand beside the level in the title ("the acting provincial governor").
_BESIDE = frozenset({"the", "acting", "deputy", "interim"})
_NAME = r"((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)"


def with_governed_province(profile: tuple[str, str, str], docs: list[Doc], p: int) -> tuple[str, str, str]:
    """(kind, role, affiliation) with the one province, state or region of the title's level that the article names
    up to paragraph p, for an official governor with no affiliation (a level word tagged one is none); as it was
    otherwise."""
    kind, role, affiliation = profile
    if affiliation.casefold() in _LEVELS:  # "State Governor X" with "State" tagged an organisation: no body's name
        role, affiliation = f"{affiliation} {role}", ""
    words = role.casefold().replace("\u2019", "'").split()
    owned = kind == "official" and not affiliation and len(words) > 1 and words[0] in _OWNERS
    if owned:  # "the state's chief minister, X," in a story of "the state of Karnataka"
        named = {place for doc in docs[: p + 1] for place in places_named(text_of(doc), _LEVELS[_OWNERS[words[0]]])}
        subject = "" if named else place_subject_before(docs[p], words[0])  # "Balochistan has been hit hardest."
        return (kind, role, named.pop()) if len(named) == 1 else (kind, role, subject) if subject else profile
    if kind != "official" or affiliation or len(words) < 2 or words[-1] != "governor":
        return profile
    levels = [w for w in words[:-1] if w in _LEVELS]
    if len(levels) != 1 or not set(words[:-1]) - set(levels) <= _BESIDE:
        return profile
    named = {place for doc in docs[: p + 1] for place in places_named(text_of(doc), _LEVELS[levels[0]])}
    return (kind, role, named.pop()) if len(named) == 1 else (kind, role, affiliation)


def places_named(text: str, nouns: tuple[str, ...]) -> set[str]:
    """The places a text names by one of these nouns, after the name ("Sindh province") or before it with "of" ("the
    province of Sindh"); the noun in lower case, so "Islamic State" names no state, and no country's adjective ("the
    southern Indian state of Kerala" names Kerala alone), nor a word that opens a sentence ("The state's", "This
    province")."""
    alternatives = "|".join(nouns)
    after = re.findall(rf"\b{_NAME} (?:{alternatives})\b", text)
    before = re.findall(rf"\b(?:{alternatives}) of {_NAME}", text)
    names = {name.removeprefix("The ") for name in (*after, *before)}
    return {name for name in names if not country_of(name) and name.casefold() not in STOP_WORDS}  # "Indian state"
