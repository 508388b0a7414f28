"""The body of an organisation a member sits on, written after the organisation's possessive: in "X, a member of the
Bank of Norland's governing council," the organisation is the affiliation and "the governing council" is part of the
role ("member of the governing council"), which would otherwise shrink to "member". Only a member's: a head of a unit
keeps the role "deputy head" (test_profiles.py), the unit being no seat."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.affiliations import Found


def owned_unit(of: Token, found: Found) -> str:
    """ "of the governing council" for "of Y's governing council": the lower-case words after the organisation's
    "'s" up to the end of the "of" phrase, ending in a noun; "" when the phrase names the organisation alone or
    opens with other words ("of her support among the party's leaders")."""
    doc = of.doc
    last = max(t.i for t in found.tokens)  # the organisation's last word, or its "'s"
    last += doc[last].tag_ != "POS" and last + 1 < len(doc) and doc[last + 1].tag_ == "POS"
    end = of.right_edge.i + 1
    opens = min(t.i for t in found.tokens) <= of.i + 2  # "of Y's", "of the Y's": not "of X among Y's"
    if of.head.lower_ not in ("member", "members") or not opens or not of.i < last < end - 1 or doc[last].tag_ != "POS":
        return ""
    words = doc[last + 1 : end]
    if not all(t.is_alpha and t.text.islower() for t in words) or words[-1].pos_ != "NOUN":
        return ""
    return f"of the {words.text}"
