"""The organisation "its" opening a sentence means when the recogniser tagged no organisation before it: the name no
list knows that was the subject of the sentence before ("Lumora said it would appeal. Its general counsel, X, said"),
untagged or one word tagged a person's, which "its" shows is none (a person has "his" or "her" general counsel); or a
union named by its members' trade ("The pilots' union said … Its president, X, said")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dashboard.analysis.quotes.missed_names import proper, proper_run
from dashboard.analysis.quotes.roles import noun_phrase

#: Nouns of unions, which a sentence may name by what their members do alone ("the pilots' union"), whose officers
#: hold no public office.
_UNIONS = frozenset({"union", "guild"})


def untagged_owner(docs: list[Doc], p: int, its: Token, names_a_person: Callable[[str], bool]) -> str:
    """The untagged name (or one word tagged a person), no surname of a person the article names, that is the
    subject of the main clause of the sentence before the one "its" opens (in its paragraph or, when it opens the
    paragraph, the paragraph before)."""
    if its.lower_ != "its" or its.dep_ != "poss" or not its.is_sent_start:
        return ""
    if its.i > 0:
        before = its.doc[its.i - 1].sent
    elif p > 0 and len(docs[p - 1]):
        before = docs[p - 1][-1].sent
    else:
        return ""
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head == before.root), None)
    if subject is not None and subject.lemma_.lower() in _UNIONS and subject.text.islower():
        return noun_phrase(subject).removeprefix("the ")  # "The pilots' union said … Its president, X,"
    if subject is None or not proper(subject) or any(c.dep_ == "det" for c in subject.children):
        return ""
    run = proper_run(subject)
    one_person_word = len(run) == 1 and subject.ent_iob_ == "B" and subject.ent_type_ == "PERSON"
    one_person_word = one_person_word and (subject.i + 1 == len(subject.doc) or subject.nbor().ent_iob_ != "I")
    if not run or run[-1] != subject or any(t.ent_type_ for t in run) and not one_person_word:
        return ""
    name = subject.doc[run[0].i : run[-1].i + 1].text  # as written: "ZANU-PF", not "ZANU - PF"
    return "" if names_a_person(subject.text) else name
