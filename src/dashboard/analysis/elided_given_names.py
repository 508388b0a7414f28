"""The given name before a surname that opens with an elided particle, when the recogniser tagged it something else or
nothing: "Marie-Thérèse d’Anglade, who raises …, said" comes out as an organisation "Marie-Thérèse" and an untagged
"d’Anglade", so that the speaker was lost and "she said" went to someone before her. This pipeline step, run after
particle_names (which tags such a surname a person when it stands alone or after a person), tags a person the given
name and the surname: the capitalised word right before such a surname (with the capitalised word it is joined to by
a hyphen, as French given names are: "Jean-Luc", "Marie-Ève") is a given name when the lexicon of given names knows
one of its parts and no entity runs on past it; "Palme d’Or" and "Val d’Isère" hold no given name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.particle_names import ELIDED_SURNAME
from dashboard.analysis.quotes.given_names import gender_of_given_word
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "elided_given_names"


@Language.component(STEP)
def elided_given_names(doc: Doc) -> Doc:
    """The document with a given name the recogniser missed and the elided surname right after it as one person."""
    text = text_of(doc)
    if "’" not in text and "'" not in text:
        return doc  # no apostrophe: most paragraphs
    found = []
    for match in ELIDED_SURNAME.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span[0].ent_type_ not in ("", "PERSON") or span[0].ent_iob_ == "I":
            continue
        if span[0].ent_type_ and span[0].i + 1 < len(doc) and doc[span[0].i + 1].ent_iob_ == "I":
            continue  # the surname opens a longer person, which is no surname alone
        start = given_name_start(doc, span[0])
        if start is not None:
            found.append(Span(doc, start, span[0].i + 1, label="PERSON"))
    return with_entities(doc, found)


def given_name_start(doc: Doc, word: Token) -> int | None:
    """The start of the given name right before the elided surname `word`, or None when the word before is none."""
    if word.i == 0 or not doc[word.i - 1].whitespace_:
        return None
    last = doc[word.i - 1]
    if not _plain(last) or last.ent_iob_ == "I" and last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        return None
    start = last.i
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start = start - 2 if _plain(doc[start - 2]) else start
    parts = [doc[i].text for i in range(start, last.i + 1) if doc[i].text != "-"]
    return start if any(gender_of_given_word(p) for p in parts) else None


def _plain(token: Token) -> bool:
    """A capitalised word of letters that is no entity or one tagged other than a person."""
    return token.is_title and token.is_alpha and token.ent_type_ != "PERSON"
