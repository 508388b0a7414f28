"""The words of a person's description that may name whom they work for: the role noun's phrase, without the clauses
and asides inside it ("…, which entered Iraq in 2003") or where an organisation sits ("Aberdeen-based"), but with the
name a body's noun is given ("the aid group Relief Without Borders") and a clause of where they work ("a former
minister who now teaches at Y", "who is now a partner at Y"); never the wire dateline that opens the paragraph
("SAN DIEGO - Republican candidate X": no one works for the place a story was filed from)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import BUSINESS_BEFORE_NAME
from dashboard.analysis.quotes.firm_trades import firm_of_a_workplace
from dashboard.analysis.quotes.known_aid_groups import aid_group_at
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.marks import dateline_end
from dashboard.analysis.quotes.present_posts import named_work_now, present_part, role_at, role_now
from dashboard.analysis.quotes.trade_houses import trade_house
from dashboard.analysis.quotes.works_at import work_verb

#: Clauses and phrases inside a description that speak of something else ("…, which entered Iraq in 2003").
_ASIDES = frozenset({"relcl", "acl", "advcl", "appos", "conj", "cc"})
#: Nouns of bodies and businesses that a name may follow ("the aid group Y", "consultancy Y").
_BODIES = BODY_NOUNS | BUSINESS_BEFORE_NAME | {"opposition"}  # "of the opposition Social Democrats"


def description_tokens(noun: Token) -> list[Token]:
    """The tokens of a role noun's phrase in reading order, without the clauses and asides inside it."""
    kept, stack = [], [role_now(noun) or named_work_now(noun) or noun]  # "a former X official who is now a fellow at
    # Y", "a former X engineer who now advises insurers at Y": only Y's
    while stack:
        token = stack.pop()
        kept.append(token)
        stack.extend(
            present_part(c) or c  # "who commanded the fleet and now heads Y": only where the person works now
            for c in token.children
            if (c.dep_ not in _ASIDES or _names_body(c) or _works(c) or _gerund_compound(c) or present_part(c))
            and not _based(c)
        )
    opening = dateline_end(noun.doc)
    kept = sorted((t for t in kept if t.i >= opening), key=lambda t: t.i)
    return kept + _known_name_left_out(kept[-1]) if kept else kept


def _known_name_left_out(last: Token) -> list[Token]:
    """ "Save the Children" of "field director for the charity Save the Children": a known group's name right after
    the body's noun that ends the phrase, which the parser left out of it (taking "Save" for a verb)."""
    doc = last.doc
    if last.lemma_ not in _BODIES or not last.text.islower() or last.i + 1 >= len(doc):
        return []
    group = aid_group_at(doc[last.i + 1])
    return list(group.tokens) if group is not None and group.tokens[0].i == last.i + 1 else []


def _names_body(token: Token) -> bool:
    """ "Relief Without Borders" of "the aid group Relief Without Borders": a name right after a body's noun."""
    before = token.doc[token.left_edge.i - 1]  # the parser may hang the name on the role ("a partner at consultancy Y")
    body = before.lemma_ in _BODIES or firm_of_a_workplace(before)  # "director of the pollster Y": Y a firm
    body = body or trade_house(before)  # "a spokesman for the trading house Y"
    return token.dep_ == "appos" and token.pos_ == "PROPN" and body and before.text.islower()


def _gerund_compound(clause: Token) -> bool:
    """ "learning" of "director of the machine learning laboratory at Y": a noun made with a gerund ("machine
    learning", "data mining", "signal processing") that the parser reads as a verb whose object is the noun it
    names; its words are the description's, so where the person works is found in them."""
    nouns = clause.doc[clause.i - 1 : clause.i + 2]
    object_next = any(c.dep_ == "dobj" and c.i == clause.i + 1 for c in clause.children)
    glued = len(nouns) == 3 and nouns[0] == clause.head and nouns[0].pos_ == "NOUN" and nouns[2].pos_ == "NOUN"
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and object_next and glued


def _works(clause: Token) -> bool:
    """ "a former minister who now teaches at Y", "a former ambassador who is now a partner at Y": a clause of where
    the person described works."""
    return clause.dep_ == "relcl" and (work_verb(clause) is not None or _is_role_at(clause))


def _is_role_at(clause: Token) -> bool:
    """ "who is now a partner at Y": a clause of being that gives the person a role at a place of work."""
    who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    return who and role_at(clause) is not None


def _based(token: Token) -> bool:
    """ "Aberdeen-based", "Paris-based": where an organisation sits, not whom it is."""
    return token.lower_ == "based" or token.text.lower().endswith("-based")


def opens_sentence(token: Token) -> bool:
    """A common noun capitalised only because it opens the sentence, which the tagger took for a name: "Union" of
    "Union president X", which means the union the article spoke of, as "union" would."""
    return token.is_sent_start and token.text.istitle() and not token.ent_type_
