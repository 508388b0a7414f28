"""A person set off after a business noun that only says where the person works: "her counterpart at a rival lender,
Pavel Roe, said", "an analyst at a Prague brokerage, Jana Holt, wrote". The name reads like the lender's name set off
after it ("sold to a developer, Corbett Homes,"), but the parser hangs it by apposition on the noun of the person's
post, whose phrase holds the business noun: it names the one in the post, not the business. The parser misreads the
other way too ("The Bank of Ghana's governor, Ama Roe, said": the name on "Bank", the post in its "of" phrase)."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Nouns of a person's post or standing that a phrase of where they work follows ("counterpart at a rival lender").
# fmt: off
_POSTS = frozenset({
    "counterpart", "colleague", "peer", "economist", "analyst", "strategist", "executive", "director", "manager",
    "official", "spokesman", "spokeswoman", "spokesperson", "partner", "founder", "trader", "banker", "lawyer",
    "researcher", "president", "chairman", "chairwoman", "chair", "head", "chief", "employee", "worker",
})
# fmt: on
#: Posts an owner's possessive may stand before, besides the ones above ("the Bank of Y's governor").
_OWNED_POSTS = _POSTS | {"governor", "secretary", "treasurer", "ceo"}


def person_beside_workplace(ent: Span, noun: Token) -> bool:
    """Whether the name `ent`, set off right after the business `noun`, hangs by apposition on the noun of a person's
    post whose preposition holds `noun` ("counterpart at a rival lender, Pavel Roe,"): the person, not the business."""
    head = ent.root.head
    if ent.root.dep_ != "appos" or head == noun or noun.dep_ != "pobj" or noun.head.head != head:
        return False
    return head.lemma_.lower() in _POSTS and head.i < noun.i


def person_after_owned_post(ent: Span) -> bool:
    """Whether the name `ent`, which the parser hung by apposition on the body's name before it, follows a post with
    an owner's possessive and a comma ("The Bank of Ghana's governor, Ama Roe,": "Bank of [Ghana's governor]"): the
    one in the post, not the body ("the union representing the workers, Unifor-North," has no owner's post)."""
    head, start = ent.root.head, ent.start
    post = ent.doc[start - 2] if start > 1 and ent.doc[start - 1].text == "," else None
    if post is None or ent.root.dep_ != "appos" or post.tag_ != "NN" or post.lemma_.lower() not in _OWNED_POSTS:
        return False
    owned = any(c.dep_ == "poss" for c in post.children)
    return owned and head.i < post.i and post in head.subtree
