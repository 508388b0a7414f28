"""Poll figures compared inside what another group said: "60 percent said X, compared with 25 percent who said Y".
The comparison is the writer's, and what the second group said is a statement of its own (a new cue, a new quote)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.cues import Cue

#: Nouns that count people in a poll ("a quarter who said", "the number who said").
_COUNTING = frozenset({"percent", "quarter", "third", "half", "fifth", "number", "majority", "share", "proportion"})
#: How a phrase hangs on the clause it modifies, when it is an aside of the writer's.
_ASIDES = frozenset({"prep", "appos", "npadvmod", "advcl"})
#: Links to a clause or a list of its own, past which a counted group is no longer the writer's comparison.
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "xcomp", "conj"})


def split_counted_relatives(cues: list[Cue]) -> None:
    """ "said they had booked, compared to a quarter who said they would stay home": the comparison with a counted
    group whose relative clause has a cue of its own leaves the first cue's content, so that the second cue is no
    longer nested in it. Changes the cues in place."""
    for outer in cues:
        inside = {t.i for t in outer.content}
        for inner in cues:
            verb = inner.verb
            if verb.i not in inside or verb.dep_ != "relcl" or inner.subject.lower_ not in ("who", "that"):
                continue
            if (aside := _aside_holding(verb.head, outer, inside)) is None:
                continue
            cut = {t.i for t in aside.subtree}
            kept = [t for t in outer.content if t.i not in cut]
            while kept and kept[-1].is_punct:
                kept.pop()
            outer.set_content(kept)
            inside = {t.i for t in outer.content}


def _aside_holding(group: Token, outer: Cue, inside: set[int]) -> Token | None:
    """The writer's phrase ("compared with …", "a drop from …") that holds a counted group inside a cue's content."""
    counted = group.lemma_.lower() in _COUNTING or any(c.dep_ == "nummod" for c in group.children)
    if not counted:
        return None
    top = group
    while top.head.i in inside and top.head.i != top.i and top.head not in outer.heads:
        if top.dep_ in _CLAUSES:
            return None  # "back the mayor over Hale, whose 9 percent and a further 30 percent who say …"
        top = top.head
    return top if top.dep_ in _ASIDES and top is not group and top.head.i in inside else None
