"""A body named again by the last word of its name, capitalised after "the": "the Nation said" after "Kinosao Lake Cree
Nation" was named, "the Commission said" after the Harbour Pilots Commission, "the Assembly" after a territory's
Legislative Assembly. The recogniser tags the lone word an organisation of its own, and the speaker would be a bare
"Nation"; GUIDELINES.md wants the institution's name, which the article gave in full before. The entities table
calls a body back only by a few heads of names, and only when one body fits (body_back_references); a speaker is
called back by any last word ("the Times said" after the New York Times), to the body of that ending named last."""

from __future__ import annotations

from spacy.tokens import Span


def body_named_by_last_word(ent: Span, named: list[tuple[tuple[int, int], str]], here: tuple[int, int]) -> str:
    """The organisation of several words, named before `here` (`named` holds each name with its place), whose last
    word `ent` is, when `ent` is that one capitalised word after "the"; the one named last; "" otherwise."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or doc[ent.start - 1].lower_ != "the" or not ent[0].is_title:
        return ""
    word = ent[0].text
    longer = [(pos, name) for pos, name in named if pos < here and len(name.split()) > 1 and name.split()[-1] == word]
    return max(longer)[1] if longer else ""
