"""The organisation "its" opening a sentence means after one in which a company spoke under the short name it is
called by ("Trevalon said it would appeal to the Federal Court of Justice. Its chief executive, X, said" after "the
drugmaker Trevalon Biosciences"): the tagger reads a strange word that opens a sentence as a common noun and the
recogniser often leaves it untagged, but the article named the company in full before, and the court named in what it
said is no subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.spoken_owners import sentence_before

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def short_speaker_its_means(cast: People, p: int, token: Token) -> list[str]:
    """[the organisation named in full before] whose first word, untagged and alone, is the one subject of the verb of
    speaking of the sentence before the one "its" opens; [] when that word names no such organisation or a person, or
    a name is the subject of a clause of what was said."""
    if token.lower_ != "its" or token.i != token.sent.start:
        return []
    q, sentence = sentence_before(cast, p, token)
    if sentence is None or sentence.root.lemma_.lower() not in CUE_VERBS:
        return []
    subjects = [t for t in sentence.root.children if t.dep_ in _SUBJECTS]
    if len(subjects) != 1 or (word := subjects[0]).ent_type_ or not word.is_title or list(word.children):
        return []
    if any(t.dep_ in _SUBJECTS and t is not word and (t.ent_type_ or t.pos_ == "PROPN") for t in sentence):
        return []  # "Trevalon said Corvane Labs had copied its pills. Its chief": maybe Corvane's
    full = cast.organisation_called(word.text)
    return [full] if full != word.text and not cast.surname_of_someone(word.text) else []
