"""What the names in a paragraph say to a theme: which named states or peoples are parties to it, whether one of
them does a theme's verb to another ("Poland accused Belarus") or a capital speaks for its state ("Beijing said")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import doc_span, entities_of, text_of, words_of
from dashboard.analysis.quotes.capitals import CAPITALS
from dashboard.analysis.quotes.countries import country_of
from dashboard.analysis.themes.destinations import named_as_place
from dashboard.analysis.themes.goods import GOODS
from dashboard.analysis.themes.leaders import leaders
from dashboard.analysis.themes.objects import object_party
from dashboard.analysis.themes.party_keys import party_key, same_party
from dashboard.analysis.themes.ports import names_a_port, port_of_a_people
from dashboard.analysis.themes.reported import speech_of
from dashboard.analysis.themes.seats import idle_seat
from dashboard.analysis.themes.state_voices import MAX_VOICE_WORDS, STATE_ORGANS, STATE_VOICES, voice_end
from dashboard.analysis.themes.states import is_state, missed_states, mistaken_people, voices_state

#: Labels the recogniser gives a country's name by mistake ("Paraguay" as an organisation, "Chad" as a person).
MISTAKEN_LABELS = frozenset(["ORG", "PERSON", "FAC", "LOC", "NORP"])
#: Verbs by which a country named alone speaks as a state ("Mexico said it regretted the decision", or votes as one:
#: "China abstained"): a capital does any verb as its state, a country's name may as well be a team or a market
#: ("Brazil won", "Chile grew").
STATE_SPEECH = frozenset(
    [
        "say", "deny", "reject", "regret", "respond", "reply", "accuse", "warn", "protest", "condemn", "insist",
        "demand", "refuse", "vow", "urge", "announce", "dismiss", "welcome", "complain", "threaten", "retaliate",
        "tell", "blame", "abstain", "vote", "veto", "call", "argue", "contend",
    ]
)  # fmt: skip
#: Words before a named place that make it the place where something happens ("talks in Geneva"), not a party.
PLACE_WORDS = frozenset(["in", "at", "near", "across", "throughout", "inside", "within", "around", "outside"])
#: People whose state is only where they come from ("soldiers from Uruguay", "tourists from Japan"), unlike a
#: state's voices ("envoys from Seoul") or things a state sends ("lessons from Ankara", "imports from China").
PEOPLE_FROM = frozenset(
    [
        "soldier", "troop", "peacekeeper", "contingent", "tourist", "visitor", "student", "worker", "fan",
        "pilgrim", "migrant", "refugee", "athlete", "player", "volunteer", "crew", "sailor",
    ]
)  # fmt: skip
#: Words before a party that make it where someone goes or comes from ("flew to Chile to meet"), not a doer.
MOTION_TO = frozenset(["to", "from", "into"])
#: Words that may stand between a doer and its verb ("has formally asked", "would not meet").
BEFORE_VERB = frozenset(["AUX", "ADV", "PART"])
#: Words that open a clause set between commas after a name, and how long such a clause may be.
RELATIVES = frozenset(["which", "whose", "who"])
MAX_CLAUSE = 16
#: Marks that end the sentence in which an earlier verb may share its doer with a later one.
SENTENCE_ENDS = frozenset([".", ";", "?", "!"])


def parties(names: list[Span]) -> list[str]:
    """The distinct parties among the names of `party_names`, as first written: "Mexico" and "Mexican" are one."""
    seen: dict[str, str] = {}
    for ent in names:
        key = party_key(ent)
        if key and not any(same_party(key, other) for other in seen):
            seen[key] = ent.text
    return list(seen.values())


def acting(doc: Doc | Span, parties: list[Span], verbs: list[int], known: frozenset[str] = frozenset()) -> str:
    """How one named party (of `party_names`) does one of the verbs (token positions of the theme's verb terms) to
    another, as "Poland accuse Belarus", or "" when none does.

    The doer is the party just before the verb, alone or through its voices ("Peru's government", "Chilean
    officials"), or after "and" the doer of an earlier verb of the sentence ("Peru recalled its envoy and accused");
    the other is a party joined to the doer ("Kenya and Tanzania exchanged ...") or a different party
    right after the verb or its preposition ("accused Belarus", "protested to Beijing", not "threatened to follow
    Brazil"). Heads of state and government are parties too (see `leaders`; `known` are the last names of those
    their article has named with a title). Clauses are read from the words alone: the parser is not run for themes.
    """
    names = sorted(parties + leaders(doc, known), key=lambda ent: ent.start)
    if len(names) < 2:
        return ""
    offset = doc.start if isinstance(doc, Span) else 0
    end = doc.end if isinstance(doc, Span) else len(doc)
    tokens = doc.doc if isinstance(doc, Span) else doc
    by_end = {ent.end - 1: ent for ent in names}
    for verb in (v + offset for v in verbs):
        if tokens[verb].pos_ != "VERB" or (doer := _doer(tokens, verb, by_end, offset)) is None:
            continue
        mate = by_end.get(doer.start - 2) if doer.start - 2 >= offset else None
        joined = mate is not None and tokens[doer.start - 1].lower_ == "and"
        if joined and not same_party(party_key(mate), party_key(doer)):
            return f"{mate.text} and {doer.text} {tokens[verb].lemma_}"
        other = _other(tokens, verb, names, doer, end)
        if other is not None and doer.label_ == "PERSON" and other.label_ == "GPE":
            other = _other(tokens, verb, names, doer, end, voiced_only=True)
        if other is not None:
            return f"{doer.text} {tokens[verb].lemma_} {other.text}"
    return ""


def capital_acting(
    doc: Doc | Span, parties: list[Span], countries: bool = False, known: frozenset[str] = frozenset()
) -> str:
    """How a capital that stands for its government does something ("Beijing said", "Moscow has denied"), as
    "Beijing say", or "" when none does: news names a capital as the doer only when it means the state. With
    `countries`, a country's name that speaks as its state ("Mexico said", see STATE_SPEECH) acts too, and so does a
    head of state or government of the article (`known`, see `leaders`) by name when a state is named ("Lindqvist
    said ... Nigerian", not "Ontario's Peterson said"); a place people go to speaks for nobody ("posted to Latvia")."""
    end = doc.end if isinstance(doc, Span) else len(doc)
    tokens = doc.doc if isinstance(doc, Span) else doc
    states = any(is_state(p.text) or country_of(p.text) or p.text.casefold() in CAPITALS for p in parties)
    heads = leaders(doc, known) if countries and known and states else []
    for ent in [*parties, *heads]:
        if ent.label_ == "PERSON":
            i = _after(tokens, ent.end, end)
            if i < end and tokens[i].pos_ == "VERB" and tokens[i].lemma_.lower() in STATE_SPEECH:
                return f"{ent.text} {tokens[i].lemma_}"
            continue
        capital = not (away := named_as_place(tokens, ent, end - len(doc))) and ent.text.casefold() in CAPITALS
        voice = voice_end(tokens, ent.end, end) if voices_state(ent, capital) else ent.end
        if not capital and (away or not (countries and is_state(ent.text))) and voice == ent.end:
            continue
        i = _after(tokens, voice, end, named=countries)
        speech = i < end and tokens[i].lemma_.lower() in STATE_SPEECH
        # a capital that has something ("Washington has its own worry") does nothing to another state
        does = i < end and tokens[i].pos_ == "VERB" and tokens[i].lemma_ != "have"
        if does and ((capital and voice == ent.end) or speech):
            return f"{tokens[ent.start : voice].text} {tokens[i].lemma_}"
    return ""


def _doer(tokens: Doc, verb: int, by_end: dict[int, Span], offset: int) -> Span | None:
    """The party that does the verb at this position: just before it, or before the nouns of its voice."""
    i = _before(tokens, verb - 1, offset)
    if i >= offset and (tokens[i].lower_ == "and" or (tokens[i].text == "," and tokens[verb].tag_ == "VBG")):
        return _shared_doer(tokens, i, by_end, offset)
    if i >= offset and (said := speech_of(tokens, i, offset)) is not None:
        return _doer(tokens, said, by_end, offset)
    walked, voiced = 0, False
    while i >= offset and i not in by_end:
        token = tokens[i]
        if walked == MAX_VOICE_WORDS or (token.lower_ != "'s" and token.pos_ not in ("NOUN", "PROPN", "ADJ")):
            return None
        walked, voiced = walked + 1, voiced or token.lemma_.lower() in STATE_VOICES
        i -= 1
    if i < offset or (walked and not voiced):
        return None
    doer = by_end[i]
    return None if doer.start > offset and tokens[doer.start - 1].lower_ in MOTION_TO else doer


def _before(tokens: Doc, i: int, offset: int) -> int:
    """The position of the last word before i that is none of the words between a doer and its verb: auxiliaries
    and adverbs, and a date after "on" as wire copy puts it ("Poland on Tuesday formally accused Belarus")."""
    while i >= offset and tokens[i].pos_ in BEFORE_VERB:
        i -= 1
    date = i
    while date >= offset and tokens[date].ent_type_ == "DATE":
        date -= 1
    if date < i and date >= offset and tokens[date].lower_ == "on":
        return _before(tokens, date - 1, offset)
    return i


def _after(tokens: Doc, i: int, end: int, named: bool = False) -> int:
    """The first word from i that is none of the words between a doer and its verb (`_before`): "Moscow on Monday
    denied", a clause set between commas ("France, which drafted the text, said"), and, with `named`, the name of a
    voice set between them ("Japan's chief cabinet secretary, Kenji Oda, told reporters": a state speaking alone, not
    one among the parties of a story), a quote mark ('would "respond')."""
    if i + 1 < end and tokens[i].text == "," and tokens[i + 1].lower_ in RELATIVES:
        close = next((j for j in range(i + 2, min(i + MAX_CLAUSE, end)) if tokens[j].text == ","), None)
        i = close + 1 if close is not None else i
    elif named and i + 1 < end and tokens[i].text == "," and tokens[i + 1].ent_type_ == "PERSON":
        close = next((j for j in range(i + 1, end) if tokens[j].ent_type_ != "PERSON"), end)
        i = close + 1 if close < end and tokens[close].text == "," else i
    while i < end and (tokens[i].pos_ in BEFORE_VERB or tokens[i].is_quote):
        i += 1
    if i < end and tokens[i].lower_ == "on" and i + 1 < end and tokens[i + 1].ent_type_ == "DATE":
        date = i + 1
        while date < end and tokens[date].ent_type_ == "DATE":
            date += 1
        return _after(tokens, date, end, named)
    return i


def _shared_doer(tokens: Doc, conjunction: int, by_end: dict[int, Span], offset: int) -> Span | None:
    """The doer of a verb joined by "and" to an earlier verb of the same sentence, or set after it as a participle:
    that verb's doer ("Peru recalled its envoy and accused Chile", "Peru has demanded his return, calling it unjust,
    and warned Chile", "Peru closed its border on Monday, accusing Chile")."""
    for i in range(conjunction - 1, offset - 1, -1):
        if tokens[i].text in SENTENCE_ENDS:
            return None
        if tokens[i].pos_ == "VERB" and (doer := _doer(tokens, i, by_end, offset)) is not None:
            return doer
    return None


def _other(tokens: Doc, verb: int, names: list[Span], doer: Span, end: int, voiced_only: bool = False) -> Span | None:
    """The party the verb is done to (see `objects`), unless it is the doer."""
    other = object_party(tokens, verb, {ent.start: ent for ent in names}, end, voiced_only=voiced_only)
    return other if other is not None and not same_party(party_key(other), party_key(doer)) else None


def party_names(doc: Doc | Span, labels: frozenset[str], hidden: list[tuple[int, int]]) -> list[Span]:
    """The entities of the labels that no exclusion hides and that say more than where ("a rally in Ohio")."""
    offset = doc.start if isinstance(doc, Span) else 0
    names: list[Span] = []
    origin = where = None
    missed = missed_states(doc) if "GPE" in labels else []
    harbours = names_a_port(doc)
    for ent in sorted([*entities_of(doc), *missed], key=lambda e: e.start) if missed else entities_of(doc):
        ent = _organ_state(ent) or mistaken_people(ent, MISTAKEN_LABELS) or ent
        start, end = ent.start - offset, ent.end - offset
        if not _party_label(ent, labels) or any(a < end and start < b for a, b in hidden):
            continue
        if (
            _only_where(ent)
            or (harbours and port_of_a_people(ent))
            or (where is not None and _listed_after(where, ent))
        ):
            where = ent  # and those listed after it ("groups in France and Poland"), and whose ports goods pass
            continue
        if (names and _within(names[-1], ent)) or idle_seat(ent):
            continue
        if _origin(ent) or (origin is not None and _listed_after(origin, ent)):
            origin = ent
            continue
        names.append(ent)
    return names


def _party_label(ent: Span, labels: frozenset[str]) -> bool:
    """Whether a name has one of the labels, or is a country or a capital the recogniser took for something else
    ("Paraguay" or "Washington" as an organisation): a state is a place (GPE) whatever the recogniser said."""
    if ent.label_ in labels:
        return True
    text = text_of(ent)  # spaCy's Span.text makes a Token of each word
    return "GPE" in labels and ent.label_ in MISTAKEN_LABELS and (is_state(text) or text.casefold() in CAPITALS)


def _organ_state(ent: Span) -> Span | None:
    """The state whose organ an organisation is ("the Chinese Foreign Ministry" -> "Chinese"), or None."""
    if ent.label_ != "ORG" or STATE_ORGANS.isdisjoint(words_of(ent)):
        return None  # most entities, and most paragraphs: no organ, and no word of the entity is read
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or not any(t.lemma_.lower() in STATE_ORGANS for t in words[1:]):
        return None
    label = "NORP" if country_of(words[0].text) else "GPE" if is_state(words[0].text) else ""
    return Span(ent.doc, words[0].i, words[0].i + 1, label=label) if label else None


def _only_where(ent: Span) -> bool:
    """Whether a name only says where something happens ("a rally in Ohio"), unless the voice of a state sits
    there ("officials in Seoul", "the embassy in Lima"): a state speaking from its capital is a party. A city after a
    thing of it ("the markets of Almaty") says where too, unless a capital, which may stand for its state."""
    before = doc_span(ent.doc, max(ent.start - 2, 0), ent.start)
    if len(before) == 2 and before[-1].lower_ == "of" and before[0].pos_ == "NOUN":
        return before[0].lemma_.lower() not in STATE_VOICES and _city(ent)
    if not before or before[-1].lower_ not in PLACE_WORDS:
        return False
    return len(before) < 2 or before[0].lemma_.lower() not in STATE_VOICES


def _city(ent: Span) -> bool:
    """Whether a place's name is a city's or a region's: no state's, no people's, no capital's."""
    text = text_of(ent)
    return ent.label_ == "GPE" and not (is_state(text) or country_of(text) or text.casefold() in CAPITALS)


def _origin(ent: Span) -> bool:
    """Whether a name only says where people come from ("soldiers from Uruguay", "The tourists, from Japan", see
    PEOPLE_FROM): where peacekeepers or tourists come from is no party to relations between states."""
    doc, i = ent.doc, ent.start - 1
    if i < 1 or doc[i].lower_ != "from":
        return False
    people = doc[i - 2] if doc[i - 1].text == "," and i >= 2 else doc[i - 1]
    return people.lemma_.lower() in PEOPLE_FROM or people.lemma_.lower() in GOODS


def _listed_after(first: Span, ent: Span) -> bool:
    """Whether a name is listed right after another ("from Uruguay and Nepal", "from Peru, Chile")."""
    return ent.start == first.end + 1 and ent.doc[first.end].lower_ in ("and", "or", ",")


def _within(place: Span, state: Span) -> bool:
    """Whether a name only says where a place lies ("Tripoli, Libya", "Hermosillo, Mexico"): one party, not two.
    Names in a list ("Peru, Chile, Bolivia and Ecuador") stay apart."""
    doc = place.doc
    if place.end + 1 != state.start or doc[place.end].text != ",":
        return False
    before = doc[place.start - 1].text.lower() if place.start else ""
    after = doc[state.end : state.end + 2]
    listed = any(t.lower_ in ("and", "or") or t.ent_iob_ == "B" for t in after)
    return before not in (",", "and", "or") and not listed
