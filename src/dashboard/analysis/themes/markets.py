"""Whether a paragraph tells of goods sold to a state as a market, with no word of exports: goods sold, shipped or
supplied to or in a state named as such ("sell a quarter of their output in China", "ships liquefied gas to Japan"),
energy a line or a ship carries to or into a state ("pumps gas from Azerbaijan to Serbia"), a state that buys or takes a
share of them ("China bought nearly half of the company's machines", "Pakistan now takes 40 percent of Kenya's tea",
"China accounted for 31 percent of its sales"), goods bought or shipped from a state as their supplier ("has bought
no gas from Russia", "parts will be shipped from Turkey"), buyers and customers in a state ("new buyers in
Kazakhstan") or a region of several states ("buyers in Europe"), or goods sold to a buyer that stands in a state
("sold his catch to a cannery in Norway"). Only states by name count (`states.is_state`), and "countries" or "nations"
that goods are sold to ("sells uranium only to countries that ..."): a city or a region is a market at home, unless
the region spans several states ("sells its pills across West Africa", see `REGIONS`). Read from the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import entity_of, lemma_places, words_of
from dashboard.analysis.themes.states import is_state

#: Verbs of goods that leave for a market abroad, told with the state they go to or are sold in.
SELLING = frozenset(["sell", "ship", "supply", "deliver"])
#: Verbs of a line or a ship moving goods, or of a supplier sending them on, which tell of a market abroad only when
#: what they move is energy ("pumps gas from Azerbaijan to Serbia", "will send gas on to Ukraine"); what they carry or
#: send to a state is as often people, troops or aid.
CARRYING = frozenset(["carry", "pump", "send"])
#: The energy such verbs move to a state as a market.
ENERGY = frozenset(["gas", "oil", "crude", "electricity", "lng", "fuel"])
#: The prepositions of the state such energy goes to ("pumps gas to Serbia", "carries power across the border into
#: Moldova").
INTO = ("to", "into")
#: Regions of several states, a market abroad for goods sold across or into them ("sells its vaccines across West
#: Africa"); a region within one state ("the Midwest") is a market at home.
REGIONS = frozenset(
    [
        "africa", "west africa", "east africa", "north africa", "southern africa", "central africa", "asia",
        "southeast asia", "south asia", "east asia", "central asia", "europe", "eastern europe", "western europe",
        "central europe", "latin america", "south america", "central america", "the middle east", "middle east",
        "the gulf", "the persian gulf", "the caribbean", "the balkans", "the sahel", "the asia-pacific",
    ]
)  # fmt: skip
#: The common nouns of states, a market abroad for goods sold to them in the plural ("to countries", "to nations").
ABROAD = frozenset(["country", "nation"])
#: The prepositions of a region goods are sold in ("across Latin America", "throughout Asia", "to the Gulf").
ACROSS = ("across", "throughout", "to", "into")
#: Verbs of goods sent from a state as their supplier, told with the state they come from ("parts will be shipped
#: from Turkey"); not "deliver", whose goods from a state are as often aid.
SHIPPING_FROM = frozenset(["ship", "supply"])
#: Verbs of a state taking goods as a buyer, told with the share it takes.
BUYING = frozenset(["buy", "take", "purchase", "import"])
#: Verbs of buying goods from a state as their supplier, told with the state they come from ("bought no gas from
#: Russia"); not "take", whose object from a state is as often people ("taking in refugees from Syria").
BUYING_FROM = BUYING - {"take"}
#: Words of a share of a whole, the object of a state that buys ("nearly half of ...", "40 percent of ...").
SHARES = frozenset(["half", "percent", "per cent", "%", "quarter", "third", "fifth", "share", "most", "bulk"])
#: Arms, whose buyers and sellers are the military theme's.
ARMS = frozenset(["weapon", "arm", "arms", "missile", "jet", "tank", "drone", "ammunition", "munition", "howitzer"])
#: The people who buy, told with the state they are in.
BUYERS = frozenset(["buyer", "customer", "client", "importer"])
#: The verb of a state told as the share of a firm's takings it brings ("China accounted for 31 percent of its sales").
ACCOUNTING = frozenset(["account"])
#: What a firm takes from its markets, whose share such a state brings ("its sales", "the group's revenue").
TAKINGS = frozenset(["sale", "revenue", "turnover", "export", "order", "shipment"])


def market_abroad(doc: Doc | Span) -> str:
    """How goods go to a state as a market or come from one, as "sell in China", "China buy half", "buyer in
    Kazakhstan", "buy from Russia", "ship from Turkey", "pump to Serbia", or ""."""
    trading = SELLING | CARRYING | BUYING | BUYERS | ACCOUNTING
    if words_of(doc).isdisjoint(trading):
        return ""  # most paragraphs: no word of trading goods
    for i in lemma_places(doc, trading):  # the words of trading goods, not every word
        token = doc[i]
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in SELLING and _has_object(token):
            state = _place(token, ("to",)) or next(
                filter(None, (_sold(o) for o in token.children if o.dep_ == "dobj")), ""
            )
            if not state and lemma == "sell":
                state = _countries(token) or _dative(token)
            if state or (state := _region(token)):
                return f"{lemma} {state}"
            source = _place(token, ("from",)) if lemma in SHIPPING_FROM and _goods(token) else ""
            if source:
                return f"{lemma} {source}"
        # "send" takes its "to" as a second object ("sends gas to Italy")
        if token.pos_ == "VERB" and lemma in CARRYING and _energy(token) and (state := _carried_to(token)):
            return f"{lemma} {state}"
        if token.pos_ == "VERB" and lemma in BUYING:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            share = next((c for c in token.children if c.dep_ == "dobj" and _share(c)), None)
            if subject is not None and share is not None and state_named(subject):
                return f"{state_named(subject)} {lemma} {share.lemma_.lower()}"
            source = _place(token, ("from",)) if lemma in BUYING_FROM and _goods(token) else ""
            if source:
                return f"{lemma} {source}"
        if token.pos_ == "VERB" and lemma in ACCOUNTING and (share := _accounted(token)):
            return share
        if token.pos_ == "NOUN" and lemma in BUYERS:
            state = _place(token, ("in",)) or _region(token, ("in",))
            if state:
                return f"{lemma} {state}"
    return ""


def _has_object(verb: Token) -> bool:
    return bool(_relative_object(verb)) or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause with a subject of its own hangs on, the verb's object ("the electricity it sells to
    Afghanistan"), as a list of it, or none: not "a firm that sells to China", whose noun is the seller."""
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return [verb.head]
    return []


def _accounted(verb: Token) -> str:
    """The state that a verb tells as the share of a firm's takings it brings, as "China account for percent" ("China
    accounted for 31 percent of its sales"), or "": a state as big a market as one that buys that share."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    state = state_named(subject) if subject is not None else ""
    if not state:
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for share in prep.children:
            of_what = [t for t in share.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]
            if share.dep_ == "pobj" and _share(share) and any(t.lemma_.lower() in TAKINGS for t in of_what):
                return f"{state} account for {share.lemma_.lower()}"
    return ""


def _energy(verb: Token) -> bool:
    """Whether a verb's object is energy ("pumps gas", "carries crude", "the electricity it sends on")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + _relative_object(verb)
    return any(o.lemma_.lower() in ENERGY for o in objects)


def _carried_to(verb: Token) -> str:
    """The state energy is carried or sent to or into, after the verb's preposition or as its second object."""
    return _place(verb, INTO) or _place(verb, ("to",), "dative")


def _goods(verb: Token) -> bool:
    """Whether a verb of buying has goods for its object that are no arms ("bought no gas from Russia"; weapons
    bought from a state are the military theme's)."""
    goods = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(goods) and not any(t.lemma_.lower() in ARMS for g in goods for t in g.subtree)


def _sold(goods: Token) -> str:
    """The state goods go to under their noun ("gas to Japan"), or that a share of them is sold in ("a quarter of
    their output in China"); a house "in France" is where it stands, not a market."""
    within = [goods] + [t for t in goods.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"] if _share(goods) else []
    return _place(goods, ("to",)) or next(filter(None, (_place(t, ("in",)) for t in within)), "")


def _place(head: Token, preps: tuple[str, ...], dep: str = "prep") -> str:
    """The state named after one of the prepositions under a word, with it ("in China"), or "": a preposition the
    parser hung as a phrase of the word, or with `dep` "dative" as its second object ("sold 9 million doses to
    Kenya")."""
    for prep in head.children:
        if prep.dep_ == dep and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj" and state_named(obj):
                    return f"{prep.lower_} {state_named(obj)}"
                # goods sold to a buyer that stands in a state ("sold his catch to a cannery in Norway")
                if obj.dep_ == "pobj" and prep.lower_ == "to" and (there := _place(obj, ("in",))):
                    return f"to {obj.lemma_.lower()} {there}"
    return ""


def _dative(verb: Token) -> str:
    """The state goods are sold to when the parser hangs "to" on the verb as its second object ("has sold 9 million
    doses to Kenya"), as "to Kenya", or "": only after "sell" (goods given or sent to a state are as often aid), and
    not arms, whose sale is the military theme's."""
    return _place(verb, ("to",), "dative") if _goods(verb) else ""


def _countries(verb: Token) -> str:
    """ "to countries" after a verb of selling, states abroad by their common noun ("sells uranium only to countries
    that have signed safeguards agreements"), or "": a market abroad as much as a state named. Only after "sell":
    aid delivered or supplied to countries is no sale."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        if any(countries_abroad(o) for o in prep.children):
            return "to countries"
    return ""


def countries_abroad(obj: Token) -> bool:
    """Whether a preposition's object is states abroad by their common noun in the plural ("countries", "nations")."""
    return obj.dep_ == "pobj" and obj.tag_ == "NNS" and obj.lemma_.lower() in ABROAD


def _region(head: Token, preps: tuple[str, ...] = ACROSS) -> str:
    """The region of several states a verb of selling names after one of `ACROSS` ("across West Africa"), or that
    buyers stand in ("buyers in Europe"), or ""."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                ent = entity_of(obj) if obj.dep_ == "pobj" and obj.ent_type_ in ("LOC", "GPE") else None
                if ent is not None and ent.text.casefold() in REGIONS:
                    return f"{prep.lower_} {ent.text}"
    return ""


def state_named(token: Token) -> str:
    """The state a token names, as written ("the United States"), when it is part of a state's name, else ""."""
    if token.ent_type_ != "GPE":
        return ""
    ent = entity_of(token)
    return ent.text if ent is not None and is_state(ent.text) else ""


def _share(token: Token) -> bool:
    """Whether an object is a share of a whole ("nearly half of the machines", "40 percent of its tea"), not of arms
    (a state that buys most of its weapons from another is the military theme's)."""
    if any(t.lemma_.lower() in ARMS for t in token.subtree):
        return False
    return token.lemma_.lower() in SHARES or any(t.lemma_.lower() in SHARES for t in token.children)
