"""Whether a paragraph tells of a levy, a duty or a ban on goods named by the people of a state ("the new levies on
Chinese solar panels", "a ban on Russian oil", "duties on imports of Brazilian beef"): a tariff told without the
word, trade by the annotation guidelines; or of such goods in a paragraph with a word of trade ("customs held 40
lorries of Chinese electronics", "Vietnamese steel pipes were sold below cost"), goods of another state. Only goods
count, by the last word of their name: a firm named by its goods ("a Russian gas giant", "an Azerbaijani oil
company"), a ban on a people ("a ban on Muslims"), on people named by theirs ("a ban on Syrian refugees") or on what a
people does is no exchange of goods. Read from lemmas and the words after the people's adjective: no parser."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import ADJ, PROPN
from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import column, lemma_places, words_of
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.goods import GOODS

#: Words of a charge or a limit that falls on goods ("a levy on", "curbs on").
LEVIES = frozenset(
    ["levy", "duty", "tariff", "tax", "surtax", "surcharge", "ban", "quota", "curb", "restriction", "embargo"]
)
#: Goods made or grown, beside the commodities of `goods.GOODS`, that a people's adjective names as a state's own.
PRODUCTS = GOODS | frozenset(
    [
        "good", "goods", "product", "import", "export", "produce", "panel", "car", "vehicle", "truck", "tyre", "tire",
        "chip", "semiconductor", "machine", "machinery", "electronics", "appliance", "phone", "battery",
        "wine", "cheese", "pork", "chicken", "poultry", "dairy", "milk", "lumber", "wood", "textile",
        "garment", "clothing", "shoe", "footwear", "furniture", "toy", "whisky", "whiskey", "bourbon", "motorcycle",
        "aircraft", "beer", "seafood", "shrimp", "salmon", "tomato", "avocado", "tobacco", "cement", "glass", "paper",
        "plastic", "turbine", "commodity", "metal", "pipe", "tube",
    ]
)  # fmt: skip
#: Words that may stand between the levy's "on" and the people's adjective ("on imports of", "on cheap").
BETWEEN_POS = frozenset(["DET", "NUM", "ADJ"])
BETWEEN_WORDS = frozenset(["import", "imports", "of", "all", "cheap", "cheaper", "some"])
#: Parts of speech of the words that name the goods after the adjective ("solar panels"), and the words of where they
#: were made that may join them ("Mexican-made goods").
GOODS_POS = frozenset(["NOUN", "PROPN", "ADJ"])
MADE = frozenset(["-", "made", "grown", "built"])
#: How many words the goods' name may run to after the adjective.
GOODS_SPAN = 4


def foreign_goods(doc: Doc | Span, traded: bool) -> str:
    """A levy on a people's goods (`levied_goods`), or, when the paragraph has a word of trade (`traded`), a people's
    goods told in any way (`peoples_goods`: "customs held 40 lorries of Chinese electronics"), or ""."""
    return levied_goods(doc) or (peoples_goods(doc) if traded else "")


def levied_goods(doc: Doc | Span) -> str:
    """How a levy falls on a people's goods, as "levy on Chinese panel", or ""."""
    if words_of(doc).isdisjoint(LEVIES):
        return ""  # most paragraphs: no word of a levy
    for i in lemma_places(doc, LEVIES):
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "on":
            continue
        j = i + 2
        while j < len(doc) and not country_of(doc[j].text) and _between(doc, j):
            j += 1
        if j < len(doc) and country_of(doc[j].text) and (goods := _goods(doc, j + 1)):
            return f"{doc[i].lemma_.lower()} on {doc[j].text} {goods}"
    return ""


def peoples_goods(doc: Doc | Span) -> str:
    """Goods named by the people of a state ("40 lorries of Chinese electronics", "Vietnamese steel pipes"), as
    "Chinese electronics", or "": goods of another state, which with a word of trade in their paragraph are trade."""
    if words_of(doc).isdisjoint(PRODUCTS):
        return ""  # most paragraphs: no goods
    for i in (i for i, tag in enumerate(column(doc, POS)) if tag in (ADJ, PROPN)):  # a Token only for these
        token = doc[i]
        if country_of(token.text) and (goods := _goods(doc, i + 1)):
            return f"{token.text} {goods}"
    return ""


def _between(doc: Doc | Span, i: int) -> bool:
    token = doc[i]
    return token.pos_ in BETWEEN_POS or token.lower_ in BETWEEN_WORDS


def _goods(doc: Doc | Span, start: int) -> str:
    """The lemma of the goods named from `start` on ("solar panels" -> "panel"), when they are goods, else ""."""
    last = None
    for token in doc[start : min(start + GOODS_SPAN, len(doc))]:
        if token.pos_ not in GOODS_POS and token.lower_ not in MADE:
            break
        if token.pos_ in ("NOUN", "PROPN"):
            last = token
    if last is None or not {last.lemma_.lower(), last.lower_} & PRODUCTS:
        return ""
    return last.lemma_.lower()
