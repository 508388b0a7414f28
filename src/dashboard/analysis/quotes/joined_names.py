"""Organisations whose names join capitalised words by lower-case ones ("Nurses Without Frontiers", "Friends of the
Marsh", "Feed the Valleys"): found before a possessive that opens a role, where the parser and `missed_names` stop
at the small word and keep only the last part ("Frontiers", "Marsh", "Valleys")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.found import Found
from dashboard.analysis.quotes.missed_names import TITLE_WORDS

#: Small words that join the capitalised words of one name ("Friends of the Marsh", "Teachers for Peace").
_CONNECTING = frozenset({"the", "of", "for", "without", "against"})
#: Tags a name's first word may not have: a preposition, article or pronoun opens no name ("On Monday the X's"),
#: nor does a past or present participle ("Asked the Bank's chief", "Speaking for the Union's members").
_NOT_FIRST = frozenset({"ADP", "DET", "PRON", "SCONJ", "CCONJ", "AUX", "PART"})
_PARTICIPLES = frozenset({"VBD", "VBN", "VBG", "VBZ"})


def joined_name(found: Found) -> Found:
    """The whole name of an organisation found before a possessive, when capitalised words joined by small words
    stand before it in one run ("Nurses Without Frontiers' head of mission"); the found one when none do, or when
    the run holds a title, a date or a person's name ("Secretary of State Ann Ross's aide"), or opens the sentence on
    its main verb ("Call the Bank's spokesman and ask")."""
    if found.place or found.party or not found.tokens:
        return found
    tokens = sorted(found.tokens, key=lambda t: t.i)
    doc, first, last = tokens[0].doc, tokens[0].i, tokens[-1].i
    if last + 1 >= len(doc) or doc[last + 1].tag_ != "POS" or any(t.ent_type_ == "PERSON" for t in tokens[1:]):
        return found  # no possessive, or a person's full name ("Ann Ross's")
    start = first
    while start > 0 and _joins(doc[start - 1]):
        start -= 1
    while start < first and not _opens(doc[start]):
        start += 1  # back to the first capitalised word that may open a name
    run = doc[start:first]
    if not any(t.lower_ in _CONNECTING for t in run) or not run or run[-1].lower_ not in _CONNECTING:
        return found  # only small words join the found name to what stands before it
    if any(t.lower_ in TITLE_WORDS or t.ent_type_ in ("PERSON", "DATE", "TIME", "GPE") for t in run):
        return found  # "Secretary of State Ann Ross's aide", "Friday of the Union's ..."
    if doc[start].pos_ == "VERB" and doc[start].dep_ == "ROOT":
        return found  # "Call the Bank's spokesman, and he ...": a sentence that does open on a verb
    span = doc[start : last + 1]
    return Found(span.text, tuple(span))


def _joins(token: Token) -> bool:
    """A word that may stand inside a joined name: a capitalised word, or a small connecting word in any case."""
    if token.lower_ in _CONNECTING:
        return True
    return token.is_alpha and token.text[:1].isupper() and not (token.is_sent_start and token.tag_ in _PARTICIPLES)


def _opens(token: Token) -> bool:
    """A capitalised word that may open a name ("Nurses", "Friends", "Feed" read as a verb), not a small word."""
    return token.lower_ not in _CONNECTING and token.pos_ not in _NOT_FIRST and token.text[:1].isupper()
