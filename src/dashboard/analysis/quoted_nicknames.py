"""Names with a nickname in quotation marks between the given name and the surname, as feature and sports stories
give them: Jordan “Tank” Ferreira, Angus “Gus” MacPhail. The recogniser reads the marks as breaking the name (an
organisation, or the surname alone), so the surname met later finds no full name, or a namesake's. This pipeline step
tags each such name a person over its whole span; its canonical name is the given name and surname
(`without_nickname`, read by names.clean_name), and the nickname, alone or before the surname ("Gus MacPhail says"),
names that person wherever the article uses it (`labels_named_by_nicknames`). A capitalised word in marks after an
article or a title ("The “Cobalt” Collective", "Coach “Big” Walsh"), or before a common word ("Felt “Invisible” As"
in a headline set in capitals), is no nickname in a name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.retagged import with_entities

if TYPE_CHECKING:
    from dashboard.analysis.entities import Mention

#: The name of the pipeline step.
STEP = "quoted_nicknames"
_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-’'][A-Z]?[a-z]+)?"
#: A given name, one or two capitalised words in straight or curly double quotation marks that face the right way,
#: and a surname of one or two hyphenated capitalised words, with nothing but a space between them.
_NICKNAMED = re.compile(rf"\b({_WORD}) [“\"]({_WORD}(?: {_WORD})?)[”\"] ({_WORD}(?:-{_WORD})?)\b")


@Language.component(STEP)
def quoted_nicknames(doc: Doc) -> Doc:
    """The document with each name that holds a nickname in quotation marks tagged a person over its whole span."""
    return with_entities(doc, [span for _, span in _nicknamed_names(doc)])


def without_nickname(name: str) -> str:
    """A person's name with a nickname in quotation marks taken out ("Jordan “Tank” Ferreira" -> "Jordan
    Ferreira"); any other name as it is."""
    match = _NICKNAMED.fullmatch(name)
    return f"{match.group(1)} {match.group(3)}" if match else name


def labels_named_by_nicknames(docs: list[Doc], found: list[Mention], canonical: list[str]) -> list[str]:
    """The mentions' labels, each mention of a nickname given in quotation marks inside a name, alone or before the
    surname, made the person it names: a person's label, and that person's canonical name (in place). A nickname given
    to two people is nobody's."""
    from dashboard.analysis.names import clean_name

    owners: dict[str, set[str]] = {}
    for doc in docs:
        for match, _ in _nicknamed_names(doc):
            full = f"{match.group(1)} {match.group(3)}"
            for nick in (match.group(2), f"{match.group(2)} {match.group(3)}"):
                owners.setdefault(nick, set()).add(full)
    nicknames = {nick: names.pop() for nick, names in owners.items() if len(names) == 1}
    labels = [m.label for m in found]
    for i, m in enumerate(found):
        if nicknames and (owner := nicknames.get(clean_name(m.text, "PERSON"))) is not None:
            canonical[i], labels[i] = owner, "PERSON"
    return labels


def _nicknamed_names(doc: Doc) -> list[tuple[re.Match, Span]]:
    """Each name of the document with a nickname in quotation marks inside, and its span, when the word before the
    marks can be a given name and the word after them is no common word ("Felt “Invisible” As": a headline)."""
    from dashboard.analysis.untagged_people import NOT_GIVEN

    text = text_of(doc)
    if "“" not in text and '"' not in text:
        return []
    found = []
    for match in _NICKNAMED.finditer(text):
        span = doc.char_span(match.start(), match.end(), label="PERSON")
        if span is not None and not span[0].is_stop and not span[-1].is_stop and span[0].lower_ not in NOT_GIVEN:
            found.append((match, span))
    return found
