"""A group of people the article names by what it calls itself: "The hackers, who call themselves Quiet Ferret,
posted …. “…,” the hackers wrote" and "militants calling themselves the Dawn Brigade … the militants said" are that
group speaking under its own name, as "a group calling itself X … the group said" is, not an unnamed group of people
(GUIDELINES.md leaves a speaker empty only for a group the article does not name). The name so given is no quote:
"a group that calls itself Harbor Watch" names the group, it reports nothing said."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.people import Speaker

#: The objects of "call" that make it a name the group gives itself.
_SELF = frozenset({"themselves", "itself"})


def names_itself(verb: Token, children: list[Token]) -> bool:
    """Whether `verb` is "call" with a group's reflexive object and a proper name after it ("a group that calls itself
    Harbor Watch"): a name given, not a quote. Not "a man calling himself X", whose cue the parser may have joined to
    the quotation he wrote."""
    if verb.lemma_ != "call" or not any(c.dep_ == "dobj" and c.lower_ in _SELF for c in children):
        return False
    return any(c.dep_ == "oprd" and (c.pos_ == "PROPN" or c.text.istitle()) for c in children)


def group_calling_itself(cast, p: int, noun: Token, found: Speaker | None) -> Speaker | None:
    """The name that "the <noun>" gave itself before, in this paragraph or an earlier one ("the hackers, who call
    themselves X"), in place of `found` when that is none or an unnamed group; `found` otherwise."""
    if found is not None and (found.name or found.kind != "unnamed"):
        return found
    if noun.pos_ != "NOUN" or [c.lower_ for c in noun.children] != ["the"]:
        return found
    names = [name for q in range(p + 1) for name in _names_given(cast.docs[q], noun, p == q)]
    return Speaker(names[-1], "institution") if names else found


def _names_given(doc, noun: Token, same_paragraph: bool) -> list[str]:
    """The names that a noun of the same lemma as `noun` gives itself in `doc` ("who call themselves X", "calling
    itself X"), before the noun when `doc` is its own paragraph."""
    if not any(word in text_of(doc) for word in _SELF):
        return []  # most paragraphs: no group names itself
    names = []
    for verb in doc[: noun.i] if same_paragraph else doc:
        if verb.lemma_ != "call" or verb.dep_ not in ("relcl", "acl") or verb.head.lemma_ != noun.lemma_:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _SELF for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ == "oprd" and c.text.istitle()), None)  # "Ridge Wolves"
        if name is not None:
            words = [t for t in doc[name.left_edge.i : name.i + 1] if t.dep_ != "det"]  # not "the" of "the X"
            names.append(doc[words[0].i : name.i + 1].text)
    return names
