"""The predicate of "call X Y" that the parser hung on the object itself ("called her late son her hero", "called
the plan unfair to the towns"): a possessive noun phrase set right after the object as its apposition, or an
adjective after the object's head. Either makes the object with it what was said. And the infinitive of "called on X to
do Y" that the parser hung on "call" as an adverbial clause ("Its leader, Ann Ross, called on the chain to raise pay",
where "called" was read as a modifier of "leader"): what was called for, as the infinitive complement of the usual
parse is. A summons ("called lawmakers back") and a lone noun the parser made the predicate with no object before it
("correctly called the top of the market", "who called last year’s rally": foreseen, not named) say nothing."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.relative_predicates import predicate_of_relative
from dashboard.analysis.quotes.self_named import calls_self_by_name

#: Words that open a noun phrase as someone's ("her hero", "its worst week").
_POSSESSIVES = frozenset({"my", "your", "his", "her", "its", "our", "their"})


def predicate_on_object(head: Token) -> bool:
    """Whether the object `head` of a cue of naming carries its predicate: an apposition opened by a possessive
    with no comma before it ("his late father his hero", not "his brother, his closest adviser, …" which only names
    him twice), or an adjective after the head ("the plan unfair", not "the unfair plan"); or the object is itself the
    name given to the relative word before it ("a move that officials called a threat", relative_predicates)."""
    if predicate_of_relative(head):
        return True
    for child in head.rights:
        before = head.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if before is not None and before.text == ",":
            continue
        if child.dep_ == "appos" and child.left_edge.lower_ in _POSSESSIVES:
            return True
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.left_edge == child:
            return True
    return False


#: Adverbs that make "call X <adverb>" a summons, where the adverb says where X is called to, not what X is called.
_WHERE_CALLED = frozenset({"back", "home", "in", "up", "together", "out", "away", "off", "forward", "over"})


def call_says_nothing(child: Token) -> bool:
    """Whether `child`, the object or the parser's predicate of a "call", says nothing: a summons or a thing
    foreseen, or a name one goes by ("who calls himself Tomas Vey")."""
    return summoned(child) or foreseen(child) or calls_self_by_name(child)


def foreseen(child: Token) -> bool:
    """Whether `child` is a lone noun phrase the parser made the predicate of "call" with no object before it and no
    quotation in it, opened by one article or possessive right before its head, perhaps past adjectives or numbers
    ("called the top of the market", "called last year’s rally"): what a forecaster foresaw, as a market page
    writes, not a name given to anything ("called the move a mistake" has two phrases)."""
    if child.dep_ != "oprd" or child.pos_ != "NOUN":
        return False  # most dependents: their head is not read
    verb = child.head
    if verb.lemma_.lower() != "call" or child.i < verb.i:
        return False
    if any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children) or any(t.is_quote for t in child.subtree):
        return False
    openers = [c for c in child.lefts if c.dep_ in ("det", "poss")]
    if len(openers) != 1 or any(t.pos_ != "ADV" for t in child.doc[verb.i + 1 : openers[0].left_edge.i]):
        return False  # "called the move a mistake": two phrases; "called it, the top, …": no lone phrase
    return all(t.pos_ in ("ADJ", "NUM") for t in child.doc[openers[0].right_edge.i + 1 : child.i])


def summoned(child: Token) -> bool:
    """Whether `child`, the object or the parser's predicate of a "call", belongs to a summons ("called lawmakers back
    for a special session", "called the reserves up"), which says nothing: the predicate is an adverb of where to."""
    if child.dep_ not in ("dobj", "oprd"):
        return False  # most dependents: their head is not read
    verb = child.head
    if verb.lemma_.lower() != "call":
        return False
    return any(c.dep_ == "oprd" and c.pos_ in ("ADV", "ADP") and c.lower_ in _WHERE_CALLED for c in verb.rights)


def infinitive_of_call_on(child: Token) -> bool:
    """Whether `child` is the "to" infinitive after the "on" phrase of "call" that the parser made an adverbial clause
    of the verb ("called on the chain to raise pay"), not of another verb ("asked them to", "urged X to")."""
    if child.dep_ != "advcl" or child.tag_ != "VB":
        return False  # most dependents: their head is not read
    verb = child.head
    if verb.lemma_.lower() != "call":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.lefts):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and c.i < child.i for c in verb.children)
