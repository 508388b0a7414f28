"""Whether a paragraph tells of a firm of one state at work in another, with no word of trade: a firm named by its
nationality ("Korean builders", "a Chinese state company") or by the state that owns it ("Russia's state nuclear
corporation") in a sentence that names another state by name, and what the firm builds, holds or wins there ("have put
up chemical plants in Turkmenistan", "Norway barred a Chinese firm from raising its stake"). Investment abroad is trade
by the annotation guidelines; a firm at home ("Korean builders put up towers in Korea") or abroad with no venture ("a
Chinese firm's staff left Libya") is none. A firm may carry its state in its own name too ("China Harbour Holdings has
bid for a stake in the port of Ploce, Croatia's privatisation agency said"): a company's name that opens on a state or
its people and closes on a word of business ("Holdings", "Group", "Motors"), not a newspaper's, a coast guard's or an
institute's. A joint venture in a sentence that names two states ("Finland's Kestrel Defence and Slovakia's Arvo Works
agreed a joint venture") is such investment too, between firms of both. So is a people's investment in another state or
in another people's firms ("Chinese investment in Indian technology firms", "Turkish investment in Ghana"); a people's
investment at home is none. Read from the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, words_of
from dashboard.analysis.quotes.countries import country_called, country_of
from dashboard.analysis.themes.states import is_state

#: Nouns of a firm, which a nationality before them makes a firm of that state ("its Canadian owner"), and of one who
#: buys in for it ("a Chinese businessman's plan to buy a farm in Romania", "a Hungarian buyer"); not "group", as
#: often armed or a lobby's ("a Palestinian group") as a business.
FIRMS = frozenset(
    [
        "company", "firm", "builder", "contractor", "developer", "investor", "manufacturer", "maker", "carmaker",
        "automaker", "enterprise", "conglomerate", "corporation", "owner", "buyer", "businessman",
    ]
)  # fmt: skip
#: Words of what a firm builds, holds or wins in another state.
VENTURES = frozenset(
    [
        "build", "construct", "invest", "stake", "plant", "factory", "plants", "factories", "mill", "refinery",
        "acquire", "acquisition", "takeover", "buy", "contract", "project", "subsidiary", "mine", "terminal",
        # a firm's investors abroad are its venture there ("the rights of Canadian investors in Zambia")
        "investor",
    ]
)  # fmt: skip
#: Last words of a company's name ("China Harbour Holdings", "Korea Shipbuilding Group"), lower case.
COMPANY_NAMES = frozenset(
    [
        "holdings", "holding", "group", "corp", "corp.", "corporation", "company", "co", "co.", "inc", "inc.", "ltd",
        "ltd.", "plc", "industries", "motors", "steel", "shipping", "ports", "petroleum", "telecom", "airlines",
        "construction", "engineering", "energy", "mining", "metals", "chemicals", "electric", "railway", "railways",
    ]
)  # fmt: skip


#: Nouns of money put into a state by another's people, told with the people and where it goes ("Chinese investment in
#: Indian firms").
INVESTMENTS = frozenset(["investment", "investments"])
#: The prepositions that name where the investment goes.
INTO = frozenset(["in", "into"])

#: The words a paragraph must have for any venture to be read in it: those of a firm's venture, a joint venture's and
#: a people's investment.
_LOOKED_FOR = VENTURES | INVESTMENTS | {"venture"}


def venture_abroad(doc: Doc | Span) -> str:
    """How a firm of one state works in another, as "Korean builder plant Turkmenistan", or ""."""
    if words_of(doc).isdisjoint(_LOOKED_FOR):
        return ""  # most paragraphs
    whole = doc if isinstance(doc, Span) else doc[:]
    for sentence in doc.sents if whole.doc.has_annotation("SENT_START") else [whole]:
        joint = _joint_venture(sentence) or _investment_abroad(sentence)
        if joint:
            return joint
        venture = next((t for t in sentence if t.lemma_.lower() in VENTURES or t.lower_ in VENTURES), None)
        if venture is None:
            continue
        for token in sentence:
            home = _nationality(token)
            if not home:
                continue
            other = next((s for s in _states(sentence) if not _same(s, home)), "")
            if other:
                return f"{_firm_nationality(token)} {token.lemma_.lower()} {venture.lemma_.lower()} {other}"
        for firm in sentence.ents:
            home = _named_home(firm)
            other = next((s for s in _states(sentence) if not _same(s, home)), "") if home else ""
            if other:
                return f"{firm.text} {venture.lemma_.lower()} {other}"
    return ""


def _joint_venture(sentence: Span) -> str:
    """A joint venture between firms of two states the sentence names, as "joint venture Finland Slovakia", or ""."""
    if not any(t.lower_ in ("venture", "ventures") and t.i > 0 and t.nbor(-1).lower_ == "joint" for t in sentence):
        return ""
    states: list[str] = []
    named = (e.text.removeprefix("the ") for e in sentence.ents if e.label_ in ("GPE", "ORG", "PERSON"))
    for state in (n for n in named if is_state(n)):  # the recogniser takes a state for a firm at times
        if not any(_same(state, known) for known in states):
            states.append(state)
    return f"joint venture {states[0]} {states[1]}" if len(states) >= 2 else ""


def _investment_abroad(sentence: Span) -> str:
    """A people's investment in another state or in another people's firms, as "Chinese investment India", or ""."""
    for money in (t for t in sentence if t.lower_ in INVESTMENTS and t.pos_ == "NOUN"):
        people = next((c for c in money.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"), None)
        home = country_of(people.text) if people is not None else ""
        for place in (c for c in money.children if c.dep_ == "prep" and c.lower_ in INTO) if home else ():
            for token in place.subtree:
                other = country_of(token.text) if token.ent_type_ == "NORP" else ""
                other = other or (_state_named(token) if token.ent_type_ == "GPE" else "")
                if other and not _same(other, home):
                    return f"{people.text} investment {other}"
    return ""


def _state_named(token: Token) -> str:
    """The state whose name the token is a word of ("States" of "the United States"), or ""."""
    name = entity_of(token)
    text = name.text.removeprefix("the ") if name is not None else ""
    return text if text and is_state(text) else ""


def _named_home(firm: Span) -> str:
    """The state a company carries in its name ("China Harbour Holdings" -> "China", "Korean Air Lines Co" ->
    "Korea"), or "" for a name that is no company's or opens on no state."""
    words = [t.text for t in firm if not t.is_punct and t.lower_ != "the"]
    if firm.label_ != "ORG" or len(words) < 2 or words[-1].casefold() not in COMPANY_NAMES:
        return ""
    for size in (2, 1):
        opening = " ".join(words[:size])
        if len(words) > size and is_state(opening):
            return opening
    return country_of(words[0])


def _nationality(firm: Token) -> str:
    """The state a firm noun belongs to by the people's adjective before it ("Korean builders" -> "Korea") or by the
    state's name that owns it ("Russia's state nuclear corporation" -> "Russia"), or ""."""
    if firm.pos_ != "NOUN" or firm.lemma_.lower() not in FIRMS:
        return ""
    people = next((c for c in firm.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"), None)
    if people is not None:
        return country_of(people.text)
    return next(filter(None, (_state_named(c) for c in firm.children if c.dep_ == "poss" and c.ent_type_ == "GPE")), "")


def _firm_nationality(firm: Token) -> str:
    return next(c.text for c in firm.children if c.ent_type_ in ("NORP", "GPE"))


def _states(sentence: Span) -> list[str]:
    """The states a sentence names by name, as written: a people's adjective there is as often another firm's
    ("with the French group Matra") as the state the firm works in."""
    return [ent.text.removeprefix("the ") for ent in sentence.ents if ent.label_ == "GPE" and is_state(ent.text)]


def _same(a: str, b: str) -> bool:
    """Whether two names are one state's ("South Korea" and "Korea", "the United States" and "US")."""
    a, b = country_called(a).casefold(), country_called(b).casefold()
    return a.endswith(b) or b.endswith(a)
