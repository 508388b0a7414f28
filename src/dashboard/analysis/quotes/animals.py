"""Names a story gives animals ("a German shepherd named Rocco", "His mare, Duchess,", "Rocco, a four-year-old
shepherd,"): the recogniser tags them as people, but an animal speaks no quotation and is no antecedent of the "he"
or "she" who does. The names so introduced anywhere in the article are left out of its people."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.name_heads import name_head

#: Nouns for animals a feature story names.
ANIMALS = words("""
dog puppy pup shepherd retriever labrador collie spaniel terrier poodle beagle hound husky malinois bulldog
cat kitten horse mare stallion gelding pony foal colt filly mule donkey cow bull calf heifer pig goat sheep ram
parrot bird falcon hawk eagle owl gorilla chimpanzee elephant whale orca dolphin bear cub wolf tortoise turtle
camel llama alpaca ferret rabbit
""")


def animal_names(docs: list[Doc], people: list[tuple[tuple[int, int], str, int]]) -> set[str]:
    """The names of `people` (position, name, rank) whose mention a story ties to an animal noun."""
    found = set()
    for (p, i), name, _ in people:
        if _names_an_animal(docs[p][i]):
            found.add(name)
    return found


def _names_an_animal(first: Token) -> bool:
    """Whether the name that starts at `first` is an animal's: after "named"/"called" on an animal noun, in
    apposition to one ("His mare, Duchess," or "Rocco, a shepherd,")."""
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ in ("named", "called") and _animal(before.head):
        return True
    root = name_head(first)
    if root.dep_ == "appos" and _animal(root.head):
        return True
    return any(c.dep_ == "appos" and _animal(c) for c in root.children)


def _animal(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in ANIMALS
