"""Whom a kinship noun names: "Her father insists …" after "His daughter, Abena, …" is the man "his" meant there;
"his wife says" after "Doug Ferreira and his wife, Linda Ferreira," is Linda Ferreira, and so is one before "His
wife, Linda, …" later in the same paragraph.

Either the owner of "her" is described as the inverse kin of someone ("His daughter") and that someone is meant, or a
person described as this kin ("his wife") belongs to the same owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.kin_named_in_full import same_relative
from dashboard.analysis.quotes.lexicon import PERSON_POSSESSIVES, PERSON_PRONOUNS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.paragraph_people import named_in

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

PARENTS = ("father", "mother", "parent", "dad", "mom", "mum")
_CHILDREN = ("son", "daughter", "child")
SPOUSES = ("husband", "wife", "partner", "spouse")
_SIBLINGS = ("brother", "sister", "sibling")
#: Each kinship noun and the nouns of the kin it is the inverse of ("father" of a "daughter").
KIN_INVERSES = dict.fromkeys(PARENTS, _CHILDREN) | dict.fromkeys(_CHILDREN, PARENTS) | dict.fromkeys(SPOUSES, SPOUSES)
KIN_INVERSES |= dict.fromkeys(_SIBLINGS, _SIBLINGS) | dict.fromkeys(("uncle", "aunt"), ("nephew", "niece"))
KIN_INVERSES |= dict.fromkeys(("nephew", "niece"), ("uncle", "aunt"))  # "His uncle said" after "his uncle, Abel X"
_GRANDPARENTS = ("grandfather", "grandmother", "grandparent")
_GRANDCHILDREN = ("grandson", "granddaughter", "grandchild")
KIN_INVERSES |= dict.fromkeys(_GRANDPARENTS, _GRANDCHILDREN) | dict.fromkeys(_GRANDCHILDREN, _GRANDPARENTS)
#: The gender a kinship noun tells of the one it describes ("Her mother, Edna Calder,").
KIN_GENDERS = dict.fromkeys(("mother", "wife", "daughter", "sister", "mom", "mum", "aunt", "niece"), "f")
KIN_GENDERS |= dict.fromkeys(("father", "husband", "son", "brother", "dad", "uncle", "nephew"), "m")
KIN_GENDERS |= {"grandmother": "f", "granddaughter": "f", "grandfather": "m", "grandson": "m"}


def kin_speaker(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The named person a "his/her <kin>" subject is, or None when the article tells no such tie."""
    kin = noun.lemma_.lower()
    owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES]
    if kin not in KIN_INVERSES or not owners or noun.tag_ != "NN":
        return None
    gender = PERSON_POSSESSIVES[owners[0].lower_]
    owner = _kin_named_last(cast, p, noun, gender) or cast.resolve_person(p, owners[0].i, gender)
    if owner is None:
        return None
    for position, name in _first_mentions(cast):
        words = cast.profiles[name].role.lower().split() if name in cast.profiles else []
        later = position >= (p, noun.i)  # "…, his wife says, … His wife, Claudette, …": named later in this paragraph
        if len(words) != 2 or words[0] not in PERSON_POSSESSIVES or later and (position[0] != p or words[1] != kin):
            continue
        tied = cast.resolve_person(*position, PERSON_POSSESSIVES[words[0]])  # whom "his" meant where the role was given
        if tied is None:
            continue
        if same_relative(name, owner.name, tied.name) and words[1] in KIN_INVERSES[kin] and tied.name != owner.name:
            return tied  # "His daughter, Abena" … "Her father": the man "his" meant
        if tied.name == owner.name and words[1] == kin and name != owner.name:
            return cast.person(name)  # "Ferreira and his wife, Linda Ferreira" … "his wife"
    return None


def _kin_named_last(cast: Cast, p: int, noun: Token, gender: str) -> Speaker | None:
    """ "His wife, Carol, works at the town office. … “…,” her husband added": the person named last, in this
    paragraph or the one before, when the article gave them as a kin of that gender ("his wife"), is whom "her"
    means, though the article tells no gender of their name."""
    before = [m for m in cast.people if (p - 1, 0) <= m[0] < (p, noun.i) and not cast.quoted(m[0])]
    if not before:
        return None
    name = before[-1][1]
    words = cast.profiles[name].role.lower().split() if name in cast.profiles else []
    if len(words) == 2 and words[0] in PERSON_POSSESSIVES and KIN_GENDERS.get(words[1]) == gender:
        return cast.person(name)
    return None


def _first_mentions(cast: Cast) -> list[tuple[tuple[int, int], str]]:
    """Where each person of the article is first mentioned."""
    first: dict[str, tuple[int, int]] = {}
    for position, name, _ in cast.people:
        first.setdefault(name, position)
    return [(position, name) for name, position in first.items()]


def kin_of_owner(cast: Cast, p: int, pronoun: Token) -> frozenset[str]:
    """ "His eldest, Ava, is in Grade 7. Without it, he says, …": the people paragraph p names before a "he" (or "she")
    only in apposition to a kin noun that "his" (or "her") owns are the kin of the one the pronoun means, not that
    one; not one named again on her own ("Her daughter, Ava, … Ava says …, she adds"), nor kin of the pronoun's own
    gender named in a sentence before ("His son, Ed, …, he said" may be the son). Kin of the pronoun's own gender
    named in the very sentence the pronoun reports are whom the speaker speaks of ("Her mother, Abena, taught her to
    cook, she recalls": the one "her" means recalls it)."""
    gender = PERSON_PRONOUNS.get(pronoun.lower_)
    owned, alone = set(), set()
    for (_, i), name, _ in named_in(cast.people, p, pronoun.i):
        token = name_head(cast.docs[p][i])
        kin = token.head if token.dep_ == "appos" else None
        owners = [c for c in kin.children if c.dep_ == "poss"] if kin is not None and _a_kin(kin) else []
        mine = any(PERSON_POSSESSIVES.get(o.lower_) == gender for o in owners)
        mine = mine and (KIN_GENDERS.get(kin.lower_) != gender or token.sent == pronoun.sent)
        (owned if mine else alone).add(name)
    return frozenset(owned - alone)


def _a_kin(noun: Token) -> bool:
    """A noun for kin ("son", "wife") or for a child by birth order ("eldest", "youngest")."""
    return noun.lemma_.lower() in KIN_INVERSES or noun.lower_ in _BIRTH_ORDER


#: Words for a child by birth order, nouns when they stand alone ("His eldest, Ava,").
_BIRTH_ORDER = frozenset({"eldest", "oldest", "youngest"})
