"""A surname that several people of the article share, given to the one of them the story has just named in full:
"Yonas and Senait Tesfaye arrived … Yonas Tesfaye had never seen it. …" and then "Tesfaye, 38, spoke through an
interpreter" is Yonas Tesfaye, named in full as the subject of a main clause, in this paragraph or the one before,
with no one named between. Otherwise the surname stays as the article wrote it (entities.canonical_names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.names import clean_name, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dashboard.analysis.entities import Mention


def surnames_of_the_latest(docs: list[Doc], found: list[Mention], canonical: list[str], labels: list[str]) -> None:
    """Give each lone surname left unresolved among several owners the owner named in full right before it as a main
    clause's subject, in this paragraph or the one before, in place."""
    full = {canonical[i] for i, m in enumerate(found) if labels[i] == "PERSON" and len(canonical[i].split()) > 1}
    owners: dict[str, set[str]] = {}
    for name in full:
        owners.setdefault(surname(name), set()).add(name)
    for i, m in enumerate(found):
        word = clean_name(m.text, m.label)
        if labels[i] != "PERSON" or " " in word or canonical[i] != word or len(owners.get(word, ())) < 2:
            continue
        j = next((j for j in range(i - 1, -1, -1) if labels[j] == "PERSON"), None)
        if j is None or found[j].paragraph < m.paragraph - 1 or canonical[j] not in owners[word]:
            continue
        if _main_subject(docs[found[j].paragraph], found[j]):
            canonical[i] = canonical[j]


def _main_subject(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT"
