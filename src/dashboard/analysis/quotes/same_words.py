"""Objects of a cue that only point at words said elsewhere: "has said much the same thing at every meeting", "said
something similar last year". Like "repeats it back", such a cue reports no new statement; its words are the quotation
before it, or words the story never gives. Not "said the same of the governor" nor "the same thing about the levy"
(what was said of someone, which PolNeAR counts), nor "said the same rules apply" (a clause)."""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns and pronouns that, with "same" or "similar" on them, stand for words said elsewhere.
_HEADS = frozenset({"thing", "something"})
#: Words on them that make them the words said elsewhere ("the same thing", "something similar").
_LIKE = frozenset({"same", "similar"})
#: Prepositions that say of whom or what the words were said ("the same thing about the levy").
_OF = frozenset({"of", "for", "about", "on", "regarding"})


def same_words(obj: Token) -> bool:
    """Whether a cue's object is "the same thing" or "something similar", said of nobody in particular."""
    if obj.lemma_.lower() not in _HEADS or not any(c.lower_ in _LIKE for c in obj.children if c.dep_ == "amod"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _OF for c in obj.children)
