"""The speaker of a pull quote signed with a dash: a paragraph that is a quotation and then only a dash and who said
it ("“We will not be rushed.” — Fed Chair Ann Ross", "“…” – Ann Ross, mayor of Tilden"). Web pages set the words of
the day or a highlight apart this way, with no verb of speech: the signature is the cue. A person named in the
signature is the speaker; a signature with a verb, or with no person in it, is left alone (a dash that opens the
writer's own sentence, or a caption)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import ORGANISATION_HEADS
from dashboard.analysis.quotes.continuation import AROUND_QUOTATION, NOT_SPEAKERS
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: A dash and a short signature that ends the paragraph, with no quotation, question or exclamation mark in it.
_SIGNATURE = re.compile(r"^\s*[\u2014\u2013\u2015-]{1,2}\s*(?=\S)[^\u201c\u201d\"!?]{3,80}$")


def signing_person(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The person who signs a quotation that makes up its whole paragraph but for the signature, or None."""
    sents = cast.sentences[p]
    if not sents:
        return None
    doc = sents[0].doc
    text = text_of(doc)
    if text[: span[0]].strip(AROUND_QUOTATION) or not _SIGNATURE.match(tail := text[span[1] :]):
        return None
    start = len(text) - len(tail)
    signature = [t for t in doc if t.idx >= start]
    if any(t.pos_ in ("VERB", "AUX") and t.is_alpha for t in signature):  # the tagger may take a dash for a verb
        return None  # "— and then the vote was called": the writer's narration, no signature
    name = _first_name(signature)
    if not name:
        return None
    speaker = cast.speaker(p, name[-1])
    if speaker is not None and speaker.kind == "institution" and _person_shaped(name):
        return Speaker(" ".join(t.text for t in name), "other")  # "”― Tobiah Farrand.", read as a company's name
    return speaker if speaker is not None and speaker.name and speaker.kind not in ("institution", "unnamed") else None


def _first_name(signature: list[Token]) -> list[Token]:
    """The words of the first name in a signature: a person the recogniser tagged, else the first run of two or more
    proper nouns it tagged no place ("– Ines Dolan, mayor", a name it may miss with no sentence around it)."""
    person = next((t for t in signature if t.ent_type_ == "PERSON"), None)
    if person is not None:
        return list(next(e for e in person.doc.ents if e.start <= person.i < e.end))
    run: list[Token] = []
    for token in signature:
        if token.pos_ == "PROPN" and token.ent_type_ not in NOT_SPEAKERS and token.is_alpha:
            run.append(token)
        elif run:
            break
    return run if len(run) > 1 else []


def _person_shaped(name: list[Token]) -> bool:
    """Whether a name the recogniser took for an organisation's reads as a person's: two to four capitalised words,
    none of them a word that heads organisations' names ("Tilden Ferry Company")."""
    return 1 < len(name) <= 4 and all(t.is_title and t.lower_ not in ORGANISATION_HEADS for t in name)
