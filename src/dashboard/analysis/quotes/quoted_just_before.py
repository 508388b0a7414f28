"""A bare description of a doer that opens a paragraph ("The broker says some sellers …") right after a paragraph
that quoted one person by name and named no one else ("“…,” says Wendell Ashby, who has sold homes here for 22
years."): features and local news go on about the one they just quoted, in words they had not used of them yet, so
the description is that person; the filters of described_people.speaker_continued keep out offices, bodies and
anyone's nouns ("the official")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.turn_descriptions import one_person_noun

#: People's nouns that stand for no one person ("The jury called the novel …", "The report says …").
_NOT_ONE_PERSON = words("jury staff report media medium someone")


def quoted_alone_before(cast, p: int, noun: Token, *, spoke: bool = True) -> str:
    """The one person the paragraph before named, outside quotations, by name as the subject of a verb of saying,
    when the description `noun`, a noun of one person, opens its own paragraph; "" otherwise. Without `spoke`, the
    one person it named, whatever they did there: a description that calls back to someone already in the story
    ("The veteran diplomat, who …, said", epithet_descriptions.py) needs no verb of saying before it."""
    lemma = noun.lemma_.lower()
    if p == 0 or noun.left_edge.i != 0 or not one_person_noun(lemma) or lemma in _NOT_ONE_PERSON:
        return ""  # "The broker says", "The retired schoolteacher says", not "The paper says" nor "The order said"
    named = [(i, name) for (q, i), name, _ in cast.people if q == p - 1 and not cast.quoted((q, i))]
    if len({name for _, name in named}) != 1:
        return ""
    doc = cast.docs[p - 1]
    said = not spoke or any(_says(name_head(doc[i])) for i, _ in named)
    return named[-1][1] if said else ""


def _says(name: Token) -> bool:
    """Whether a name, itself (not a pronoun or a description the cast resolved to it: "she added", "this Trump
    look-alike declared"), is the subject of a verb of saying."""
    return name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.lemma_.lower() in CUE_VERBS
