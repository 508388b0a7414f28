"""Which pacts a paragraph tells in full by what they ban or cap: "the treaty banning nuclear test explosions", "an
accord limiting warheads", "a pact on intermediate-range missiles". Such a pact is named by its head noun alone, with
no word of its theme, where the story goes on ("The treaty, signed by 187 states, has never come into force"), so its
head counts as told in full through the strong term of its aim, as "arctic council" tells "council" (see
`named_again`). The aim must follow the noun at once ("banning", "to limit", "that caps", "on", "against") and the
strong term come within a few words of it, with no punctuation between but a word's hyphen ("ground-launched"): "a
treaty, and on Monday missiles ..." tells no treaty on missiles. Read from words and lemmas only: no parser."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from dashboard.analysis.doc_text import lemma_places, words_of

#: The nouns of pacts told by what they ban or cap.
AIMED = frozenset(["treaty", "pact", "accord", "agreement", "deal", "convention"])
#: The words of the aim right after the noun, by lemma ("banning", "limits", "on").
AIMS = frozenset(["ban", "limit", "cap", "prohibit", "curb", "outlaw", "restrict", "reduce", "on", "against"])
#: The words that may stand between the noun and its aim ("a treaty to ban", "an accord that limits").
LINKS = frozenset(["to", "that", "which"])
#: How many words after the aim the strong term may end within.
REACH = 6
#: The words that point back to a pact already told, and the endings that make it the owner of what follows.
POINTERS = frozenset(["the", "this", "that"])
POSSESSIVES = frozenset(["'s", "’s", "'"])


def aimed_heads(doc: Doc, strong: Sequence[str]) -> list[str]:
    """The lemmas of the pact nouns that the paragraph tells by an aim holding one of the `strong` terms (as shown,
    lemmas joined by spaces: "test explosion")."""
    if not strong or AIMED.isdisjoint(words_of(doc)):
        return []  # most paragraphs: no pact, or no strong term
    wanted = [f" {term} " for term in strong]
    heads = []
    for i in lemma_places(doc, AIMED, "NOUN"):
        j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in LINKS else i + 1
        if j >= len(doc) or doc[j].lemma_.lower() not in AIMS:
            continue
        aim = []
        for token in doc[j + 1 : j + 1 + REACH]:
            if token.is_punct and token.text != "-":  # "ground-launched" is one word of the aim
                break
            aim.append(token.lemma_.lower())
        told = f" {' '.join(aim)} "
        if any(term in told for term in wanted):
            heads.append(doc[i].lemma_.lower())
    return heads


def named_itself(doc: Doc, head: str) -> bool:
    """Whether the paragraph names the pact itself after a pointer ("The treaty, signed by 187 states, ..."), not a
    thing of it ("The treaty's organisation has a budget of ..."): the body or the money of a pact on arms is no
    weapon."""
    for i in lemma_places(doc, frozenset([head]), "NOUN"):
        after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if i and doc[i - 1].lower_ in POINTERS and after not in POSSESSIVES:
            return True
    return False
