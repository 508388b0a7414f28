"""People named after a style of address of Malaysia and Brunei ("Datuk Seri", "Tan Sri", "Dato'", "Tun") or of a
Shia cleric ("Hojatoleslam", "Ayatollah"), as the national news agencies of those countries write every official and
notable. The recogniser reads such a style as a name or a person of its own ("Datuk Seri" and "Ahmad Faizal bin
Osman"), takes it into the name, and cuts a Malay name at its "binti" ("Datuk Noraini" and an organisation "Hashim").
This pipeline step, run after the recogniser, tags the name after the style a person (its capitalised words, joined
by hyphens or by the particles of a Malay or Arabic patronymic, bin and binti), and drops the entities that hold the
style alone: the style is no part of the name (GUIDELINES: speakers without titles), and "Tan", a common Chinese
surname, cannot be stripped as a title word by itself."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import forget_entities, text_of
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities, set_entities

#: The name of the pipeline step.
STEP = "styled_names"
#: Styles of address, longest first; further academic or pilgrim titles may follow them ("Datuk Dr", "Tan Sri Haji").
_STYLE = (
    r"(?:Tan Sri|Puan Sri|Toh Puan|Datuk Seri Panglima|Datuk Seri|Datuk Patinggi|Dato['’] Sri|Dato Sri|Datuk|"
    r"Dato['’]|Dato|Datin Seri|Datin Paduka|Datin|Tun|Hojatoleslam val-Moslemin|Hojatoleslam|Grand Ayatollah|"
    r"Ayatollah)(?: (?:Dr|Prof|Haji|Hajah|Ir)\.?)*"
)
#: A capitalised word of a name, perhaps joined to others by hyphens ("Ali-Reza", "Mousavi-Nejad").
_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
#: A style and the name after it: capitalised words, with "bin", "binti" and the like between two of them.
_STYLED_NAME = re.compile(rf"\b(?P<style>{_STYLE}) (?P<name>{_WORD}(?: (?:(?:bin|binti|binte|bte|ibni) )?{_WORD})*)")


@Language.component(STEP)
def styled_names(doc: Doc) -> Doc:
    """The document with the name after each style of address tagged a person, and no entity left on the style."""
    text = text_of(doc)
    if "Tan Sri" not in text and not any(
        word in text for word in ("Dat", "Tun ", "Toh Puan", "Hojatoleslam", "Ayatol")
    ):
        return doc  # most documents name no one so
    names, styles = [], []
    for match in _STYLED_NAME.finditer(text):
        name = doc.char_span(match.start("name"), match.end("name"))
        style = doc.char_span(match.start("style"), match.end("style"), alignment_mode="expand")
        if name is None or style is None:
            continue
        names.append(Span(doc, name.start, name.end, label="PERSON"))
        styles.append(style)
    if not names:
        return doc
    with_entities(doc, names)
    kept = [e for e in current_entities(doc) if not any(s.start <= e.start and e.end <= s.end for s in styles)]
    if len(kept) < len(current_entities(doc)):
        set_entities(doc, kept)
        forget_entities(doc)
    return doc
