"""Quarrels at home told as war: a war, a battle, a truce or a ceasefire whose sides are the bodies of a legislature
("a truce between the finance committee's two parties", "a war of attrition between the committee and the
leadership", "a turf war with the Senate over the calendar", "nobody wins a war of attrition in this chamber") or
businesses ("the cyber war between game makers", "a battle between airlines for the route", 'the "cyber war" between
streaming services'). The quarrel is over procedure and votes, or customers and courts, at home, no armed conflict:
the word of war (with the "of" phrase that names its kind) counts for no theme. Read on the tokens alone (no parser):
the phrase after "between", "with", "in" or "inside" that follows the word of war names such a body or business, and
no state or people ("a truce in the Kelmari parliament" is read as it was)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import lemma_places, words_of

#: The nouns of a quarrel told as war.
QUARRELS = frozenset(["war", "battle", "truce", "ceasefire", "cease-fire", "fight", "standoff"])
#: The prepositions that name a quarrel's sides or its place.
SIDES = frozenset(["between", "with", "in", "inside", "within"])
#: The bodies of a legislature and their members: sides of a quarrel over procedure.
LEGISLATURE = frozenset(
    [
        "committee", "committees", "chamber", "chambers", "senate", "house", "congress", "parliament", "legislature",
        "caucus", "caucuses", "leadership", "lawmakers", "legislators", "senators", "mps", "whips", "speaker",
    ]
)  # fmt: skip
#: Businesses, by the word that names what they are: sides of a rivalry for customers, not of a war ("game makers",
#: "the two airlines", "streaming services", "delivery apps"); not "rival" or "group", as often armed, nor "carrier" or
#: "operator", as often a warship's or a drone's, nor "service" alone, as a state's security services fight wars.
BUSINESSES = frozenset(
    [
        "firm", "company", "maker", "carmaker", "automaker", "chipmaker", "studio", "publisher", "developer",
        "retailer", "supermarket", "airline", "bank", "lender", "insurer", "brand", "platform", "streamer",
        "broadcaster", "startup", "start-up", "giant", "industry", "sector", "streaming", "app",
    ]
)  # fmt: skip
#: The sides at home that make a quarrel told as war no war.
HOME_SIDES = LEGISLATURE | BUSINESSES
#: Where the phrase after the preposition ends.
ENDS = frozenset(["PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"])
#: Entities that make a side a state or a people, whatever body of it is named.
STATES = frozenset(["GPE", "NORP"])
#: How many words the phrase after the preposition is read for.
REACH = 6


def chamber_quarrels(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of wars, battles and truces whose sides are a legislature's bodies or
    businesses, with the "of" phrase that names their kind ("war of attrition")."""
    words = words_of(doc)
    if words.isdisjoint(QUARRELS) or words.isdisjoint(HOME_SIDES):
        return []  # most paragraphs
    tokens = doc  # read by index: a Token is made only for the words around a quarrel
    spans = []
    for i in lemma_places(doc, QUARRELS, "NOUN"):
        end = _kind_end(tokens, i + 1)
        end += end < len(tokens) and tokens[end].is_quote  # the figure's closing mark ('the "cyber war" between')
        if end < len(tokens) and tokens[end].lower_ in SIDES and _at_home(tokens, end + 1):
            spans.append((i, end))
    return spans


def _kind_end(tokens: Doc | Span, k: int) -> int:
    """Where the "of" phrase naming a quarrel's kind ends ("war of attrition", "battle of wills"), or k with none."""
    if k + 1 < len(tokens) and tokens[k].lower_ == "of" and tokens[k + 1].pos_ == "NOUN":
        return k + 2
    return k


def _at_home(tokens: Doc | Span, k: int) -> bool:
    """Whether the phrase opening at k names a legislature's body or a business and no state or people ("the
    committee", "this chamber", "the farm committee's two parties", "game makers Quill and Morrow")."""
    found = False
    for token in tokens[k : k + REACH]:
        if token.pos_ in ENDS and token.tag_ != "POS":
            break
        if token.ent_type_ in STATES:
            return False
        found = found or token.lower_ in LEGISLATURE or token.lemma_.lower() in BUSINESSES
    return found
