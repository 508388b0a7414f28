"""An event between states told through its deeds: once an article's title or lead names an event of a theme (the
theme's `events` in the themes file: "exchange", "swap", "sale", "visit") and its lead carries the theme, a later
paragraph that refers back to that event or to its participants goes on with the theme, whatever its own words. It
refers back when its first sentence names the event with a pointer ("The lower house backed the sale", "The government
has not confirmed the exchange", "The visit ends in Bengaluru"), or when it opens on the participants: a noun the lead
used, after a pointer ("The guns, made in ...", "The trawler was escorted ...", "The two servicemen had crossed ..."), a
body the lead named in full, by its kind ("The assembly's resolutions ..." after "the UN General Assembly"), people told
as "the men", "the women" or "the pair" (also after what carried them: "Buses carrying the freed men ..."), or "those"
that the event moved ("Those returned to ...", "Among those freed was ...") or on the event's kind ("Votes of the
assembly carry no legal force"). A lead may name its event as a deed with no object ("The council voted", read as
"vote"), and an event may go by two names ("vote|resolution" in the themes file: a vote told later as "the
resolution"). The lift needs both the event in the title or the lead and the reference back to it: "the sale" in a
story about a vote, or "the men" in a story about a war, carries nothing. Read from lemmas and parts of speech: no
parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import entities_of
from dashboard.analysis.themes.amounts import VALUED_CURRENCIES
from dashboard.analysis.themes.kinds import general_names

#: Determiners by which a paragraph points back to what its lead told.
POINTERS = frozenset(["the", "those", "these", "this", "that"])
#: Nouns that name the people of an event whatever they are ("The men crossed ...", "The freed women flew home").
PEOPLE = frozenset(["man", "men", "woman", "women", "pair", "trio", "captive", "detainee"])
#: Nouns of a lead that name no participant of its event but who tells it, when or where ("officials said", "on
#: Friday", "the ministry", "the country"): a paragraph that opens on them goes on with the article, not the event.
TELLERS = frozenset(
    [
        "official", "government", "ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "agency",
        "statement", "source", "people", "country", "state", "year", "month", "week", "day", "time", "president",
        "leader", "side", "report", "news", "media", "foreign", "part", "first", "way", "world", "city", "capital",
    ]
)  # fmt: skip
#: Nouns of a lead that tell what a market did on the news of an event ("Shares of defence firms rose after leaders at
#: a summit pledged ..."): the market's figures, no participant of the event, so "The shares have tripled" goes on with
#: the market story, not the summit; and so are the currencies whose rate a market sets ("The lira was little changed"
#: after a swap line between two central banks).
MARKET_FIGURES = VALUED_CURRENCIES | frozenset(
    ["share", "stock", "price", "index", "bond", "yield", "future", "currency", "dollar", "euro"]
)
#: The nouns of a lead that name no participant of its event.
NOT_PARTICIPANTS = TELLERS | MARKET_FIGURES
#: Parts of speech that open a verb's object: a lead's verb followed by one tells a deed on a thing, not its event.
OBJECTS = frozenset(["DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON"])
#: How many words may stand between the pointer and its noun ("the two Azerbaijani servicemen", "the freed women").
MAX_MODIFIERS = 3
#: Parts of speech of those words.
MODIFIERS = frozenset(["NUM", "ADJ", "PROPN", "VERB"])
#: How many words may stand before the pointer: a day, a time, a conjunction ("On Friday, the men ...").
MAX_LEAD_IN = 5
#: Parts of speech of those words besides a date or a time.
LEAD_IN = frozenset(["ADP", "CCONJ", "ADV", "PUNCT"])
#: The word by which a paragraph opens on what carried an event's participants ("Buses carrying the men ...").
CARRYING = "carrying"


def event_words(title: str, lead: Doc, events: frozenset[str]) -> frozenset[str]:
    """The theme's event words that the title (as they are written: "Swap", "Release", not "Was Released") or the
    lead (as nouns: "in an exchange", or as verbs its subject did: "voted", not "an email released by ...") names."""
    titled = {word.strip(".,:;'\"").lower() for word in title.split()}
    named = {t.lemma_.lower() for t in lead if t.pos_ == "NOUN"} | {t.lower_ for t in lead if t.pos_ == "NOUN"}
    named |= {t.lemma_.lower() for t in lead if told_as_deed(t)}
    kin = [e.split("|") for e in events]  # "vote|resolution": one event under either name
    return frozenset(w for names in kin if any(w in named or w in titled for w in names) for w in names)


def told_as_deed(t) -> bool:
    """Whether a lead's word is a verb that tells its event as a deed of the lead's subject ("The council voted",
    "has voted"), which names the event as its noun would ("the vote"); not a participle that describes a thing
    ("an email released by ...") nor a deed on a thing ("released 1,100 pages")."""
    if t.pos_ != "VERB":
        return False
    perfect = t.tag_ == "VBN" and t.i and t.doc[t.i - 1].lemma_ == "have"
    thing = t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in OBJECTS  # "released 1,100 pages": the pages, no event
    return (t.tag_ in ("VBD", "VBZ", "VBP") or perfect) and not thing


def participants(lead: Doc) -> frozenset[str]:
    """The nouns of a lead that may name what its event moved or who took part in it ("howitzers", "trawler",
    "servicemen"): every common noun but those of who tells it, when or where, the general names of the things it
    names by their kind ("the ships" for "frigates": see `kinds`), and the kinds of the bodies it names in full ("the
    assembly" for "the UN General Assembly": see `body_kinds`)."""
    nouns = frozenset(
        t.lemma_.lower()
        for t in lead
        if t.pos_ == "NOUN" and t.lemma_.lower() not in NOT_PARTICIPANTS and t.ent_type_ not in ("DATE", "TIME")
    )
    return nouns | general_names(nouns) | body_kinds(lead)  # "frigates" sold, told on as "the ships" (see `kinds`)


def body_kinds(lead: Doc) -> frozenset[str]:
    """The kinds of the bodies a lead names in full by a name of two words or more whose last word is a common noun
    written with a capital ("the UN General Assembly", "the Security Council"): a later paragraph tells the body by
    its kind alone ("The assembly's resolutions are not binding"). Not who tells the event ("the Foreign Ministry"),
    nor a dateline in capitals ("UNITED NATIONS, Nov 1")."""
    return frozenset(
        e[-1].lower_
        for e in entities_of(lead)
        if e.label_ == "ORG" and len(e) > 1 and e[-1].pos_ == "PROPN" and e[-1].is_title and e[-1].lower_ not in TELLERS
    )


def refers_back(doc: Doc, events: frozenset[str], nouns: frozenset[str]) -> str:
    """The words by which a paragraph refers back to the lead's event or its participants, or ""."""
    words = [t for t in doc if not t.is_space]
    if not words:
        return ""
    first = next(iter(doc.sents), doc[:]) if doc.has_annotation("SENT_START") else doc[:]
    for t in first:
        after = t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN")
        if t.i and doc[t.i - 1].lower_ in POINTERS and t.pos_ == "NOUN" and t.lemma_.lower() in events and not after:
            return f"{doc[t.i - 1].lower_} {t.lower_}"
    if len(words) > 2 and words[0].lower_ == "among" and words[1].lower_ == "those" and words[2].tag_ == "VBN":
        return f"among those {words[2].lower_}"  # "Among those freed was a reporter": the people the event moved
    i = 0
    while i < min(len(words), MAX_LEAD_IN) and (words[i].ent_type_ in ("DATE", "TIME") or words[i].pos_ in LEAD_IN):
        i += 1
    if i and words[i - 1].text != "," and words[i - 1].pos_ != "CCONJ":
        return ""  # "On arrival the ..." or "Under Swiss law ...": no lead-in closed by a comma
    if (
        i + 1 < len(words)
        and words[i].tag_ == "NNS"
        and words[i].lemma_.lower() in events
        and words[i + 1].lower_ == "of"
    ):
        return f"{words[i].lower_} of"  # "Votes of the assembly carry no legal force": the event's kind
    i = _past_carrier(words, i)
    if i >= len(words) or words[i].lower_ not in POINTERS:
        return ""
    pointer = words[i]
    if pointer.lower_ == "those" and i + 1 < len(words) and words[i + 1].tag_ == "VBN":
        return f"those {words[i + 1].lower_}"  # "Those returned to Ukraine ...": the people the event moved
    j = i + 1
    while j < len(words) and j - i <= MAX_MODIFIERS and words[j].pos_ in MODIFIERS and words[j].tag_ != "VBD":
        j += 1
    if j >= len(words) or words[j].pos_ != "NOUN" or (j + 1 < len(words) and words[j + 1].pos_ == "NOUN"):
        return ""
    noun = words[j].lemma_.lower()
    if noun in PEOPLE or words[j].lower_ in PEOPLE or noun in nouns or noun in events:
        return " ".join(w.lower_ for w in words[i : j + 1])
    return ""


def _past_carrier(words, i: int) -> int:
    """Where a paragraph's participants start when it opens on what carried them ("Buses carrying the freed men
    crossed ...", "A plane carrying the two women landed ..."): after "carrying"; else where it opens."""
    k = i + (i < len(words) and words[i].lower_ in ("a", "an"))
    if k + 1 < len(words) and words[k].pos_ == "NOUN" and words[k + 1].lower_ == CARRYING:
        return k + 2
    return i


def continued_events(themes: Sequence, docs: Sequence[Doc], title: str, scores: list[list]) -> list[list]:
    """The article's scores with each later paragraph that refers back to an event of a theme its lead carries and
    its title or lead names labelled with that theme (`context` "event: the men"). A paragraph with a cue against
    the theme (a score below zero) keeps its verdict."""
    if len(docs) < 2:
        return scores
    nouns = participants(docs[0])
    for i, theme in enumerate(themes):
        if not theme.events or not scores[0][i].label:
            continue
        events = event_words(title, docs[0], theme.events)
        if not events:
            continue
        for p in range(1, len(docs)):
            verdict = scores[p][i]
            if verdict.label or verdict.score < 0:
                continue
            if told := refers_back(docs[p], events, nouns):
                score = max(verdict.score, theme.threshold)
                scores[p][i] = replace(verdict, score=score, label=True, context=f"event: {told}")
    return scores
