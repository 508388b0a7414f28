"""Nouns by which a named organisation of one kind is spoken of again, which the lexicon's one-word lemmas cannot
hold: "the co-op" (which the tokenizer splits into three words) is the co-operative named before, and "the press"
(mostly the news media: "told the press") is only a publisher named before, one whose name reads as a publisher's
("Prairie Crow Books ... The small press said")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

#: Words whose presence in a name makes it a publisher's.
_PUBLISHER_WORDS = frozenset({"books", "press", "publishing", "publishers", "editions"})
#: Saints and mounts shortened in place names ("Sault Ste. Marie", "St. Cloud"), after which a parser may split.
_SHORT_SAINTS = frozenset({"St", "Ste", "Mt"})
#: Spellings of "co-operative" in a name or a description ("X, a co-operative of grain farmers").
_COOP_SPELLINGS = ("co-op", "coop", "cooperative")


def kind_noun(token: Token) -> str:
    """ "co-op" or "press" when the token is the head of "the co-op" or "the (small) press", else ""."""
    doc, i = token.doc, token.i
    if token.lower_ == "op" and i > 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co":
        return "co-op" if doc[i - 3].lower_ == "the" else ""
    if token.lemma_.lower() == "press" and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.children):
        return "press"
    return ""


def is_of_kind(noun: str, name: str, root: Token) -> bool:
    """Whether the organisation with this name, named at token `root`, is of the kind the noun tells: a publisher by
    its name; a co-operative by its name or by the description set beside it."""
    lower = name.lower()
    if noun == "press":
        return bool(_PUBLISHER_WORDS & set(lower.split()))
    described = [c for c in root.children if c.dep_ == "appos"]
    near = [root.doc[max(0, c.i - 2) : c.i + 3].text.lower().replace(" ", "") for c in described]
    return any(s in text for text in [lower.replace(" ", ""), *near] for s in _COOP_SPELLINGS)


def named_of_kind(docs: list[Doc], p: int, i: int, noun: str, back: int = 1) -> list[tuple[tuple[int, int], str]]:
    """The proper names, tagged or not, of the kind the noun tells ("Prairie Crow Books"; "Valley Millers, a
    co-operative of farmers"), before token i of paragraph p, in it or the paragraph before (or `back` paragraphs), in
    order, with where each was named."""
    found = []
    for q in range(max(0, p - back), p + 1):
        for t in docs[q]:
            if (q, t.i) >= (p, i) or t.tag_ not in ("NNP", "NNPS") or t.dep_ == "compound":
                continue
            start = t.i
            while start > 0 and docs[q][start - 1].tag_ == "NNP" and docs[q][start - 1].dep_ == "compound":
                start -= 1
            name = docs[q][start : t.i + 1].text
            if (start < t.i or t.lower_ not in _PUBLISHER_WORDS) and is_of_kind(noun, name, t):
                found.append(((q, t.i), name))
    return found


def kind_named_last(cast, p: int, token: Token) -> str:
    """ "Prairie Crow Books says … The small press said", "X, a co-operative of farmers … The co-op says": the
    organisation of the kind "the co-op" or "the press" tells that was named last, in this paragraph or the one
    before (else the only one of that kind named anywhere before: a story about a co-op's vote names it once and
    calls it "the co-op" paragraphs later); "" for other nouns, or when none of that kind was named (so "the press"
    of the news media is none), or when none was near and two were named far back, unless the article named one of
    them again near by the first word of its name ("Members of Clearbrook Dairy Cooperative voted to merge with
    Northern Pastures Cooperative. … Clearbrook's board … The co-op said")."""
    if not (noun := kind_noun(token)):
        return ""
    named = _of_kind_before(cast, p, token, noun, 1) or _of_kind_before(cast, p, token, noun, p)
    if len({n for _, n in named}) > 1 and max(named)[0][0] < p - 1:  # none near, and two of that kind far back
        near = {n.split()[0] for _, n in cast.orgs_just_before(p, token.i) if " " not in n}
        named = [(pos, n) for pos, n in named if n.split()[0] in near]  # "Clearbrook's board" since: Clearbrook's
        if len({n for _, n in named}) != 1:
            return ""
    acted = [(pos, n) for pos, n in named if cast.docs[pos[0]][pos[1]].dep_ == "nsubj"]
    return max(acted or named)[1] if named else ""


def _of_kind_before(cast, p: int, token: Token, noun: str, back: int) -> list[tuple[tuple[int, int], str]]:
    """The organisations of the kind the noun tells, tagged or not, named before the token in its paragraph or up to
    `back` paragraphs before, with where each was named."""
    tagged = cast.orgs_just_before(p, token.i, back=back)
    named = [(pos, n) for pos, n in tagged if is_of_kind(noun, n, cast.docs[pos[0]][pos[1]])]
    return named + named_of_kind(cast.docs, p, token.i, noun, back)  # untagged names too


def described_with(docs: list[Doc], p: int, token: Token) -> tuple[tuple[int, int], str] | None:
    """ "Lyme Watch, a patient group that lobbies …. The group says": the name set last beside "a … <noun>" (the noun
    of "the <noun>" at `token`), before it in its paragraph or the one before, with where it was named; None when
    none was."""
    found = names_described_with(docs, p, token)
    return found[-1] if found else None


def names_described_with(docs: list[Doc], p: int, token: Token, back: int = 1) -> list[tuple[tuple[int, int], str]]:
    """The names set beside "a … <noun>" (the noun of "the <noun>" at `token`), before it in its paragraph or the one
    before (or `back` paragraphs), in order, with where each was named."""
    lemma, found = token.lemma_.lower(), []
    for q in range(max(0, p - back), p + 1):
        for t in docs[q]:
            if (q, t.i) >= (p, token.i):
                break
            if t.dep_ != "appos" or t.lemma_.lower() != lemma or t.head.tag_ not in ("NNP", "NNPS"):
                continue
            if t.left_edge.lower_ not in ("a", "an") and not _owned_description(t):  # "a patient group"
                continue
            head = t.head
            start = head.left_edge.i
            while start < head.i and docs[q][start].tag_ not in ("NNP", "NNPS"):
                start += 1  # "the Lyme Watch": the name without its article
            named = next((e for e in docs[q].ents if e.start <= head.i < e.end), None)
            if named is not None and named.end == head.i + 1:  # "the Sault Ste. Marie Lakers", split by the parser
                start = min(start, named.start + (named[0].lower_ == "the"))
            while start > 2 and docs[q][start - 1].text == "." and docs[q][start - 2].text in _SHORT_SAINTS:
                start -= 2  # "the Sault Ste. Marie Lakers", which the parser took for two sentences
                while start > 0 and docs[q][start - 1].tag_ == "NNP":
                    start -= 1
            found.append(((q, head.i), docs[q][start : head.i + 1].text))
    return found


def _owned_description(noun: Token) -> bool:
    """ "the sport's governing body", "the region's largest union": a description that a possessive ties to its name
    as "a" does ("X, the sport's governing body, said")."""
    return noun.left_edge.lower_ == "the" and any(c.dep_ == "poss" for c in noun.children)
