"""The words a parser hangs on a name it split: "Park Min-ho, president of Y," is parsed with the hyphen and "ho" apart
from "Min", so the description after the name hangs on the lower-case syllable after the hyphen, not the name's root;
so may a hyphenated surname ("Richard Gordon-Reyes, secretary general of Y," or "Kwame Asante-Darko of Y"). A phrase
that the parser hangs on the name as its apposition across the verb the name is subject of ("X said on Monday, the
largest order in the history of the navy") is the narrator's comment on the sentence, not the name's description."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: How a description after a name hangs on it: an apposition, "of Y"/"at Y", "who heads Y".
_DESCRIBING = frozenset({"appos", "prep", "relcl"})


def name_children(root: Token, ent: Span) -> list[Token]:
    """The children of a name's root, and the descriptions after the name that hang on a word after a hyphen inside
    it ("ho" of "Min-ho", "Reyes" of "Gordon-Reyes"); none on a word of "pro-Hale, which is a problem", tagged a
    name."""
    doc = ent.doc
    syllables = [t for t in ent[1:] if t.is_alpha and doc[t.i - 1].text == "-" and t.i > root.i]
    hung = [c for t in syllables for c in t.children if c.i >= ent.end and c.dep_ in _DESCRIBING]
    children = sorted([*root.children, *hung], key=lambda t: t.i) if ent[0].is_title else list(root.children)
    verb = root.head
    if verb.i <= root.i or verb.pos_ not in ("VERB", "AUX"):
        return children  # most names: no verb between the name and what follows it
    return [c for c in children if not (c.dep_ == "appos" and c.left_edge.i > verb.i)]
