"""A visit told through its programme: once an article opens on a visit or a meeting between states (its lead carries
the theme, on its own or through its context, and it or the title has a word of a visit: "arrived in Seoul for a
state visit", "received", "hosted", an envoy's credentials), a paragraph that opens on the visitor or the host doing
anything but speak ("He laid a wreath ...", "On Wednesday she toured a shipyard ...", "Ortega later addressed
parliament", "At a lunch in the medina, he bought ...", "They exchanged gifts ...") or told as who they are ("Prado
is the first woman to hold the post") goes on with that visit, whatever its own words. The visitor or host is a
person named in the lead (also a full name the recogniser missed, or a name the title shares), or a head of state or
government the article names with a title (`leaders.article_leaders`), by last name; or "he", "she" or "they" when
no other person was named since the last paragraph that names one of them ("He said ..." after an analyst's words is
the analyst); or "the king", "the emir" when the lead gives the visitor or the host that title ("King Maurits
..." and then "The king flies on to Hue"). A head of state touring at home ("President Sato visited the flooded
south") opens on no relation between states, so nothing goes on. Read from entities, lemmas and parts of speech:
no parser.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

#: Words of a visit or a meeting in a title or a lead ("state visit", "arrives", "received", "hosts", "tour").
VISIT_WORDS = frozenset(
    ["visit", "tour", "trip", "arrive", "receive", "host", "welcome", "audience", "meet", "credential"]
)
#: The same words in a title, which is not parsed: their stems ("Visits", "Receives", "Hosts").
TITLE_STEMS = ("visit", "tour", "trip", "arriv", "receiv", "host", "welcom", "audience", "meet", "credential")
#: Entity labels of places and peoples, whose words are no one's name.
PLACES = frozenset(["GPE", "NORP", "LOC", "FAC", "DATE", "TIME"])
#: Verbs of speech: what a visitor or host says may be about anything else ("Trump said he wants ...", "On the stump,
#: he has complained ..."), so it goes on with the visit only through its own words.
SPEECH = frozenset(["say", "tell", "add", "complain", "warn", "argue", "claim", "insist", "note", "write", "tweet"])
#: The pronouns that stand for the visitor or the host.
PRONOUNS = frozenset(["he", "she", "they"])
#: Titles of a monarch that stand for the visitor or the host after "the" ("The king flies on"), when the lead gives
#: one of them the title before their name ("King Maurits"). Not "the president" or "the chancellor": a state has
#: one monarch, but the paragraph's president may be the home state's, a congress's or a firm's ("At home, the
#: president faces a difficult week").
HEAD_TITLES = frozenset(["king", "queen", "emir", "sultan", "monarch", "emperor", "empress"])
#: How many words may stand before the opener: a day or a time ("On Wednesday", "Later that day", "In the afternoon").
MAX_LEAD_IN = 5
#: How many words a setting before a comma may have ("In brief remarks after the ceremony, ...").
MAX_SETTING = 9
#: Parts of speech a lead-in is written with, besides the words of a date or a time and a comma (a paragraph that
#: opens on a quotation mark is someone's words: "They are ..." is not the visitor).
LEAD_IN_POS = frozenset(["ADP", "ADV", "DET", "CCONJ"])
#: Nouns of one person who is neither visitor nor host, after which "he" or "she" is them ("said an analyst").
OTHERS = frozenset(
    [
        "analyst", "expert", "professor", "researcher", "economist", "scholar", "fellow", "resident", "farmer",
        "worker", "trader", "witness", "activist", "student", "teacher", "villager", "diplomat", "spokesman",
    ]
)  # fmt: skip


def visit_story(title: str, lead: Doc, lead_labelled: bool) -> bool:
    """Whether an article opens on a visit or a meeting between states: its lead carries the theme on its own and it,
    or the title ("Begins State Visit", "Receives", "Hosts"), has a word of a visit."""
    if not lead_labelled:
        return False
    titled = any(word.startswith(TITLE_STEMS) for word in title.lower().split())
    return titled or any(t.lemma_.lower() in VISIT_WORDS for t in lead)


def principals(title: str, lead: Doc, known: frozenset[str]) -> frozenset[str]:
    """The last names of the visitor and the host: the people the lead names, the names it shares with the title
    that the recogniser took for no place ("Halvorsen Receives Ndiaye In Oslo" with "Ndiaye" read as an
    organisation), full names it missed, and the article's leaders."""
    titled = {word.strip(".,:;'\"").lower() for word in title.split()}
    shared = {t.lower_ for t in lead if t.pos_ == "PROPN" and t.lower_ in titled and t.ent_type_ in ("PERSON", "ORG")}
    return frozenset(
        {ent[-1].lower_ for ent in lead.ents if ent.label_ == "PERSON"} | shared | _full_names(lead) | known
    )


def _full_names(lead: Doc) -> set[str]:
    """The last words of the full names the recogniser missed in a lead: three proper nouns in a row that name no
    place or people ("Helena Moura Prado")."""
    found = set()
    for i in range(len(lead) - 2):
        run = lead[i : i + 3]
        named = all(t.pos_ == "PROPN" and t.ent_type_ not in PLACES for t in run)
        if named and (i + 3 >= len(lead) or lead[i + 3].pos_ != "PROPN"):
            found.add(run[-1].lower_)
    return found


def programme(docs: Sequence[Doc], names: frozenset[str]) -> list[str]:
    """Per paragraph after the lead, how it opens on the visitor or the host doing something ("he tour", "Ortega lay"),
    or "" when it does not."""
    found = [""]
    visitor_last = True  # whether the last person named is the visitor or the host
    full = {ent[-1].lower_ for ent in docs[0].ents if ent.label_ == "PERSON" and len(ent) > 1}
    titles = _titles(docs[0], names)
    for doc in docs[1:]:
        opener = _opener(doc, titles)
        told = ""
        if opener is not None:
            word, verb = opener
            named = word.lower_ in names or word.lower_ in titles
            if ((word.lower_ in PRONOUNS and visitor_last) or named) and verb not in SPEECH:
                told = f"{word.text} {verb}"
        found.append(told)
        # a one-word "person" is a name given in full before, else a place the recogniser misread ("Busan toured")
        full |= {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        people = [ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and ent[-1].lower_ in full | names]
        others = [t for t in doc if t.tag_ == "NN" and t.lemma_.lower() in OTHERS]
        if people or others:
            visitor_last = bool(people) and people[-1] in names and not _after(others, doc, people[-1])
    return found


def _titles(lead: Doc, names: frozenset[str]) -> frozenset[str]:
    """The titles of a monarch the lead gives a visitor or host before their name ("King Maurits", also a name the
    recogniser missed): a capitalised title followed by a name of the principals' or by a proper noun that names no
    place or people."""
    found = set()
    for t in lead[:-1]:
        if t.lower_ in HEAD_TITLES and t.is_title:
            name = lead[t.i + 1]
            ent = next((e for e in lead.ents if e.start <= name.i < e.end and e.label_ == "PERSON"), None)
            if (ent is not None and ent[-1].lower_ in names) or (name.pos_ == "PROPN" and not name.ent_type_):
                found.add(t.lower_)
    return frozenset(found)


def _opener(doc: Doc, titles: frozenset[str] = frozenset()) -> tuple | None:
    """The word a paragraph opens on, past a day or a time, and the lemma of the verb after it, if it is a pronoun or
    a name followed by a verb, or one of `titles` after "the" ("The king flies")."""
    words = [t for t in doc if not t.is_space]
    i = _setting(words)
    while i < min(len(words), MAX_LEAD_IN) and _lead_in(words[i]):
        i += 1
    if i >= len(words):
        return None
    word = words[i]
    titled = word.lower_ in titles and i and words[i - 1].lower_ == "the"
    if i and words[i - 1].pos_ == "DET" and not titled:
        return None
    if not (word.pos_ in ("PRON", "PROPN") or word.is_title or titled):  # a rare name may be tagged a noun
        return None
    j = i + 1
    while j < len(words) and words[j].pos_ in ("AUX", "ADV", "PART"):
        j += 1
    if j > i + 1 and words[j - 1].lemma_ == "be" and (j >= len(words) or words[j].pos_ != "VERB"):
        return word, "be"  # "Prado is the first woman to hold the post": the visitor or the envoy told as who they are
    if j >= len(words) or words[j].pos_ != "VERB":
        return None
    return word, words[j].lemma_.lower()


def _setting(words: list) -> int:
    """Where a paragraph goes on after a setting that opens it with a preposition and ends at a comma, with no verb
    in it ("In brief remarks after the ceremony, Prado said ...", "At a dinner in his honour, he ..."), or 0."""
    if not words or words[0].pos_ != "ADP":
        return 0
    for i, word in enumerate(words[:MAX_SETTING]):
        if word.pos_ in ("VERB", "AUX"):
            return 0
        if word.text == ",":
            return i + 1
    return 0


def _lead_in(word) -> bool:
    return word.ent_type_ in ("DATE", "TIME") or word.pos_ in LEAD_IN_POS or word.text == ","


def _after(others: list, doc: Doc, name: str) -> bool:
    """Whether a noun of another person stands after the last mention of the name in the paragraph."""
    last = max((ent.end for ent in doc.ents if ent.label_ == "PERSON" and ent[-1].lower_ == name), default=-1)
    return any(t.i > last for t in others)
