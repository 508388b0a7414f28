"""The parent a "his mother" / "her father" subject names when the sentence ties the child to a family by its plural
name ("The Ruizes' youngest, Pablo, 12, wants to be a chef, his mother says"): the one person of that family the
article named whose gender is the parent's ("Ana Ruiz" of "Tomas and Ana Ruiz"); or, when "her" means a person named
in full, the one other person named before with her surname ("Her father adds" after "says Yesenia Ocampo"); or
the person "the mother of two" stands for (counted_parents.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import surname
from dashboard.analysis.quotes.counted_parents import parent_of_count
from dashboard.analysis.quotes.kinship import KIN_GENDERS, PARENTS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Parents and the gender each tells.
_PARENT_GENDERS = {kin: gender for kin, gender in KIN_GENDERS.items() if kin in PARENTS}


def family_parent(cast: Cast, p: int, noun: Token) -> Speaker | None:
    """The named parent a "his/her <parent>" subject is, when its sentence names the child's family in the plural
    possessive; None otherwise."""
    if (counted := parent_of_count(cast, p, noun)) is not None:  # "The mother of two says"
        return counted
    gender = _PARENT_GENDERS.get(noun.lemma_.lower(), "")
    if (
        not gender
        or noun.tag_ != "NN"
        or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)
    ):
        return None
    if (parent := _parent_sharing_surname(cast, p, noun, gender)) is not None:
        return parent
    doc = noun.doc
    plural_owners = [t for t in noun.sent if t.i < noun.i and doc[t.i + 1].text in ("\u2019", "'")]  # "the Ruizes'"
    families = {_family_name(t) for t in plural_owners}
    families = {f for f in families if f}
    known = {name for pos, name, _ in cast.people if pos < (p, noun.i) and " " in name and surname(name) in families}
    fitting = [name for name in sorted(known) if cast.gender_of(name) == gender]
    return cast.person(fitting[0]) if len(fitting) == 1 else None


def _parent_sharing_surname(cast: Cast, p: int, noun: Token, gender: str) -> Speaker | None:
    """ "Her father adds …" after "Efraín Ocampo … says through his daughter" and "says Yesenia Ocampo": the one other
    person named before with the surname of the one "her" means, whose gender is the parent's or untold; "her" named
    in this paragraph, and the parent in no sentence that names her (two named together are a couple as often)."""
    owner = next(c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her"))
    child = cast.resolve_person(p, owner.i, "m" if owner.lower_ == "his" else "f")
    if child is None or not child.name or " " not in child.name:
        return None
    before = [((q, cast.docs[q][i].sent.start), name) for (q, i), name, _ in cast.people if (q, i) < (p, noun.i)]
    childs = {sentence for sentence, name in before if name == child.name}
    if not any(q == p for q, _ in childs):
        return None
    together = {name for sentence, name in before if sentence in childs}  # "Hassan and Mariam Darwish": a couple
    known = {name for _, name in before if " " in name and surname(name) == surname(child.name)}
    fitting = [name for name in sorted(known - together) if cast.gender_of(name) in ("", gender)]
    return cast.person(fitting[0]) if len(fitting) == 1 else None


def _family_name(token: Token) -> str:
    """The surname a family's plural name stands for ("Ruizes" -> "Ruiz", "Khatibs" -> "Khatib"), or ""."""
    word = token.text
    if not word[:1].isupper() or not word.endswith("s"):
        return ""
    return word[:-2] if word.endswith(("zes", "ses", "shes", "ches", "xes")) else word[:-1]
