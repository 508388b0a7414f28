"""Who interprets for a speaker is not who speaks: "She spoke in Cree, and her granddaughter, Tanis, translated.
“…,” she said." The words are the elder's, though the granddaughter is the woman named last. A person who is the
subject of "translate" or "interpret" in the sentence before a "he" or "she" cue (or in its own sentence) is passed
over for that pronoun; one who speaks on her own after it ("Her grandson adds that …") is named anew by that cue."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import words_of
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.paragraph_people import named_in

#: Verbs of putting another's words into another language.
_INTERPRETING = frozenset({"translate", "interpret"})


def interpreters_before(cast, p: int, pronoun: Token) -> frozenset[str]:
    """The people of paragraph p who interpret, as the subject of "translate" or "interpret", in the pronoun's own
    sentence or the narrated sentence before it (past a quotation it opens with)."""
    doc = pronoun.doc
    if _INTERPRETING.isdisjoint(words_of(doc)):
        return frozenset()  # most paragraphs: asked at every he/she, answered from the kept words
    start = pronoun.sent.start
    while start > 0 and cast.quoted((p, start)):  # "“…. …,” she said": back to the narration before the quotation
        start = doc[start - 1].sent.start
    if start == pronoun.sent.start and start > 0:  # "She says …": the sentence before
        start = doc[start - 1].sent.start
    window = doc[start : pronoun.i]
    if not any(t.lemma_.lower() in _INTERPRETING and t.pos_ == "VERB" for t in window):
        return frozenset()
    found = set()
    for (_, i), name, _ in named_in(cast.people, p, pronoun.i):
        if i < start:
            continue
        head = name_head(doc[i])
        subject = head.head if head.dep_ == "appos" else head  # "her granddaughter, Tanis," is the subject
        if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in _INTERPRETING and subject.head.pos_ == "VERB":
            found.add(name)
    return frozenset(found)
