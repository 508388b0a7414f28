"""Which of the people who share a surname "the younger X" or "the elder X" is: the one the article gave the lower
or the higher age ("Jordan Meekis, 26, and his uncle, Abel Meekis, 51"), else the one it introduced as a child or as
a parent ("Their son, Marc Lapointe, …"), and which of them the words quoted around a cue speak of rather than
speak."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.paragraph_people import named_in

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

_YOUNGER = frozenset({"younger", "youngest"})
_OLDER = frozenset({"elder", "older", "eldest", "oldest"})
#: Kinship nouns that make the one they introduce the younger or the elder of a family ("Their son, Marc Lapointe").
_JUNIOR_KIN = frozenset({"son", "daughter", "grandson", "granddaughter", "nephew", "niece", "child"})
_SENIOR_KIN = frozenset({"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "parent"})


def by_seniority(people: People, p: int, token: Token, names: list[str]) -> str:
    """Of `names` (full names sharing the surname `token` stands for), the one "the younger" or "the elder" before it
    means, by the ages given after their names before paragraph p's token; "" when the word is not there or the
    article does not give every one of them an age."""
    words = {c.lower_ for c in token.children if c.dep_ == "amod"}
    if not words & (_YOUNGER | _OLDER) or not names:
        return ""
    if len(set(names)) < 2:  # "His son, Tyler, …. “…,” the younger Halverson said": the son named by given name
        return _kin_by_given_name(people, p, token.i, names[0], bool(words & _YOUNGER))
    ages = ages_given(people, p, token.i)
    if not all(name in ages for name in set(names)):
        return _by_kinship(people, p, token.i, set(names), bool(words & _YOUNGER))
    pick = min if words & _YOUNGER else max
    return pick(set(names), key=lambda name: ages[name])


def _by_kinship(people: People, p: int, i: int, names: set[str], younger: bool) -> str:
    """Of `names`, the one person the article introduced, before token i of paragraph p, as a child ("Their son,
    Marc Lapointe,") for "the younger", or as a parent for "the elder", or, of two, the one that is not introduced as
    the other's kin of the opposite generation; "" when that does not single one out."""
    kin = _kin_words(people, p, i)
    wanted, other = (_JUNIOR_KIN, _SENIOR_KIN) if younger else (_SENIOR_KIN, _JUNIOR_KIN)
    picked = {n for n in names if kin.get(n, set()) & wanted}
    if not picked and len(names) == 2:
        picked = (
            {n for n in names if not kin.get(n, set()) & other}
            if any(kin.get(n, set()) & other for n in names)
            else set()
        )
    return picked.pop() if len(picked) == 1 else ""


def _kin_by_given_name(people: People, p: int, i: int, named: str, younger: bool) -> str:
    """The one person named by a given name alone whom the article introduced, before token i of paragraph p, as a
    child ("His son, Tyler,") for "the younger" or as a parent for "the elder", when the one full name with the
    surname, `named`, is no such kin itself; "" otherwise."""
    kin = _kin_words(people, p, i)
    wanted = _JUNIOR_KIN if younger else _SENIOR_KIN
    picked = {n for n, words in kin.items() if " " not in n and words & wanted}
    return picked.pop() if len(picked) == 1 and not kin.get(named, set()) & wanted else ""


def _kin_words(people: People, p: int, i: int) -> dict[str, set[str]]:
    """The kinship nouns each person is introduced with in apposition ("Their son, Marc Lapointe,", "Marc Lapointe,
    their son,"), up to token i of paragraph p."""
    found: dict[str, set[str]] = {}
    for q, doc in enumerate(people.docs[: p + 1]):
        for ent in doc.ents:
            if (q == p and ent.start >= i) or people.label(q, ent) != "PERSON":
                continue
            root = ent.root
            nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
            words = {t.lemma_.lower() for t in nouns} & (_JUNIOR_KIN | _SENIOR_KIN)
            if words:
                found.setdefault(people.name_of(q, ent), set()).update(words)
    return found


def quoted_in_sentence(people: People, p: int, i: int) -> set[str]:
    """The people named inside quotation marks in the sentence of token i of paragraph p: whom the words quoted there
    speak of, not who speaks them ("“Kim said so,” the elder Nguyen says" is not Kim Nguyen)."""
    sent = people.docs[p][i].sent
    return {n for pos, n, _ in named_in(people.people, p) if sent.start <= pos[1] < sent.end and people.quoted(pos)}


def ages_given(people: People, p: int, i: int) -> dict[str, int]:
    """The age the article gives right after each person's name ("Abel Meekis, 51,"), up to token i of paragraph p."""
    found: dict[str, int] = {}
    for q, doc in enumerate(people.docs[: p + 1]):
        for t in doc[: i if q == p else len(doc)]:
            age = t.text.isdigit() and 0 < int(t.text) < 120
            if not age or t.i < 2 or doc[t.i - 1].text != ",":
                continue
            ent = people.entity(q, doc[t.i - 2])
            if ent is not None and people.label(q, ent) == "PERSON":
                found[people.name_of(q, ent)] = int(t.text)
    return found
