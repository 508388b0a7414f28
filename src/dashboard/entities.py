"""Named-entity mentions of body paragraphs, each with a canonical name within its article.

"Li" and "Premier Li" map to "Li Qiang" when the article names him in full; titles and a leading
"the" are stripped, so one entity has one name wherever the article mentions it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

#: Entity labels worth filtering on; numbers, dates and amounts are left out.
NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}

TITLES = {
    "president", "premier", "prime", "minister", "chancellor", "secretary", "general", "gen", "gen.",
    "admiral", "adm", "adm.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "major", "maj", "maj.",
    "captain", "capt", "capt.", "sergeant", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
    "prof", "prof.", "professor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess",
    "senator", "sen", "sen.", "rep", "rep.", "representative", "governor", "gov", "gov.", "mayor",
    "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
    "vice", "deputy", "foreign", "defense", "defence", "state", "judge", "justice", "pope", "sheikh",
    "crown", "emir", "sultan", "director", "ceo", "former", "acting", "interim", "commander",
}
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Mention:
    """One entity mention in a paragraph, with offsets into the paragraph text."""

    paragraph: int
    text: str
    label: str
    start_char: int
    end_char: int


def mentions(docs: list[Doc]) -> list[Mention]:
    """Named-entity mentions of the paragraphs, in reading order."""
    found = []
    for index, doc in enumerate(docs):
        for ent in doc.ents:
            if ent.label_ in NAMED_LABELS and any(ch.isalpha() for ch in ent.text):
                found.append(Mention(index, ent.text, ent.label_, ent.start_char, ent.end_char))
    return found


def clean_name(text: str, label: str) -> str:
    """A mention without a leading article, titles (for people), possessive ending or extra white space."""
    name = _SPACE.sub(" ", text).strip()
    name = _POSSESSIVE.sub("", name).strip()
    words = name.split(" ")
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if label == "PERSON":
        while len(words) > 1 and words[0].lower().rstrip(".") in {t.rstrip(".") for t in TITLES}:
            words = words[1:]
    return " ".join(words)


def canonical_names(found: list[Mention]) -> dict[tuple[str, str], str]:
    """(cleaned name, label) -> the fullest name of the same entity in the article.

    A person's short name ("Putin", "Li") maps to the longest full name that contains it as a word
    (the most frequent such name if several do); other entities keep their cleaned name.
    """
    cleaned = [(clean_name(m.text, m.label), m.label) for m in found]
    counts = Counter(cleaned)
    people = sorted(dict.fromkeys(name for name, label in cleaned if label == "PERSON"), key=lambda n: -len(n.split()))
    mapping: dict[tuple[str, str], str] = {}
    for name, label in counts:
        canonical = name
        if label == "PERSON":
            words = name.split()
            fuller = [p for p in people if len(p.split()) > len(words) and _contains_words(p.split(), words)]
            if fuller:
                canonical = max(fuller, key=lambda p: (counts[(p, "PERSON")], len(p)))
        mapping[(name, label)] = canonical
    return mapping


def entity_rows(article_id: str, docs: list[Doc]) -> list[dict]:
    """Rows of the entities table for one article's paragraph docs."""
    found = mentions(docs)
    names = canonical_names(found)
    canonical = [names[(clean_name(m.text, m.label), m.label)] for m in found]
    label_of = majority_labels(canonical, [m.label for m in found])
    return [
        {
            "article_id": article_id,
            "paragraph": m.paragraph,
            "text": m.text,
            "label": label_of[name],
            "canonical": name,
            "start_char": m.start_char,
            "end_char": m.end_char,
        }
        for m, name in zip(found, canonical, strict=True)
    ]


def majority_labels(names: list[str], labels: list[str]) -> dict[str, str]:
    """The label each name carries most often in the article, so one entity has one type ("Belarus" GPE)."""
    votes: dict[str, Counter[str]] = {}
    for name, label in zip(names, labels, strict=True):
        votes.setdefault(name, Counter())[label] += 1
    return {name: counter.most_common(1)[0][0] for name, counter in votes.items()}


def _contains_words(full: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))
