"""Whether a paragraph goes on with a case told before in its article: a person held, tried or freed by a state
other than their own (a consular case), which the article first tells as relations between states ("Norway's
foreign minister summoned Iran's ambassador to demand consular access to an engineer held in Tehran") and then
through the case itself ("The engineer was arrested at the airport", "Iranian state media said he faced charges of
spying", "Belarus gave no date for the trial"), or through a relative's account of the person ("His family says he
was taking pictures"). Such a paragraph carries the article's relations whatever its own words (an arrest is
otherwise a cue against them: police and crime). Read from lemmas only: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from spacy.attrs import LEMMA, POS
from spacy.strings import hash_string
from spacy.tokens import Doc

from dashboard.analysis.doc_text import column

#: Words of custody, of trying a person and of setting one free, as lemmas, with the part of speech they must have if
#: any: they tell a case, not the relations it strains ("charge" only as the charges a person faces, not "in charge";
#: "release" and "free" only as verbs: "asked that she be released", not "a news release").
CASE_WORDS = {
    "arrest": "", "detain": "", "detention": "", "jail": "", "imprison": "", "imprisonment": "", "prison": "",
    "trial": "", "spy": "", "spying": "", "espionage": "", "custody": "", "convict": "", "kidnap": "",
    "abduct": "", "hostage": "", "consular": "", "charge": "NOUN", "sentence": "VERB", "extradite": "",
    "extradition": "", "court": "", "release": "VERB", "free": "VERB",
}  # fmt: skip
#: Case words that name no case before these nouns: a "trial balloon" is an idea floated to test opinion, a "trial
#: run" a test ("a bill floated as a trial balloon for a wider crackdown").
FIGURES = {"trial": frozenset(["balloon", "run"])}
#: The case words by the ids of their strings (lemmas are lower case but for names, which are no case words).
CASE_IDS = {hash_string(word): word for word in CASE_WORDS}
#: The words that make a case one between states, not a state's own prisoners ("the government began to imprison
#: journalists"): a foreigner's consular access, a charge of espionage, hostages. A national held in another
#: country (see `held`) makes it one too, and so does an extradition: one state hands a person to another. "Spy" is
#: left out: spies swarm through history and hacking stories.
FOREIGN_CASE = frozenset(["consular", "espionage", "hostage", "kidnap", "abduct", "extradite", "extradition"])
#: How many paragraphs on from the last one that told the case a paragraph may still go on with it: a case is told
#: in a run of paragraphs, not picked up again at the end of a long story about something else.
MAX_CASE_GAP = 4
#: The relatives by whose account a paragraph goes on with the case of the person it opens on ("His family says he
#: was taking pictures of a church", "Her sister said she had been photographing old buildings"): told as the case
#: word "family". Only their account, the relative followed by "say": "Her husband, a bus driver, copes differently"
#: tells the family's life.
KIN = frozenset(
    ["family", "wife", "husband", "sister", "brother", "mother", "father", "son", "daughter", "parents", "relatives"]
)
#: The words a relative's account opens on before the relative.
KIN_OPENERS = frozenset(["his", "her"])
#: How the scoring explains a national held abroad (see `held`).
HELD_ABROAD = "held abroad: "


def counted_held(terms: Sequence[str]) -> bool:
    """Whether a paragraph's terms of a theme counted a national held abroad (see `held`)."""
    return any(term.startswith(HELD_ABROAD) for term in terms)


def case_words(doc: Doc) -> tuple[str, ...]:
    """The words of a case told in the paragraph ("arrest", "espionage"), in order, after "family" when it opens on
    a relative's account of the person (see KIN)."""
    strings = doc.vocab.strings
    lemmas = column(doc, LEMMA)
    tags = column(doc, POS)
    found = (  # most words are no case word: only those that are are read on
        CASE_IDS[lemmas[i]]
        for i in compress(range(len(lemmas)), map(CASE_IDS.__contains__, lemmas))
        if CASE_WORDS[CASE_IDS[lemmas[i]]] in ("", strings[tags[i]])
        and not (i + 1 < len(lemmas) and strings[lemmas[i + 1]] in FIGURES.get(CASE_IDS[lemmas[i]], ()))
    )
    kin = len(doc) > 2 and doc[0].lower_ in KIN_OPENERS and doc[1].lower_ in KIN and doc[2].lemma_ == "say"
    return tuple(dict.fromkeys((*(("family",) if kin else ()), *found)))


def continued_cases(
    words: Sequence[tuple[str, ...]], labelled: Sequence[bool], held: Sequence[bool], against: Sequence[bool] = ()
) -> list[str]:
    """For each paragraph, the case it goes on with, as "arrest, after paragraph 1", or "": a paragraph that tells
    of a case after one that carries the theme (`labelled`: on its own, or by its article's context for a national
    held abroad, see `Themes.score_article`) and tells a case between states (a national held abroad,
    consular access, espionage, hostages), within MAX_CASE_GAP paragraphs of the last that told it; or before it,
    when the article opens on the case and tells it as relations only after, and nothing in the paragraph speaks
    against the theme (`against`, see `_told_before`)."""
    result = []
    seed = last = None
    for i, (told, own, abroad) in enumerate(zip(words, labelled, held, strict=True)):
        going_on = told and last is not None and i - last <= MAX_CASE_GAP
        result.append(f"{told[0]}, after paragraph {seed + 1}" if going_on and not own else "")
        if seed is None and own and (abroad or FOREIGN_CASE.intersection(told)):
            seed = last = i
        elif going_on:
            last = i
    if seed is not None:
        _told_before(result, words, [own or no for own, no in zip(labelled, against or labelled, strict=True)], seed)
    return result


def _told_before(result: list[str], words: Sequence[tuple[str, ...]], kept: Sequence[bool], seed: int) -> None:
    """Marks the paragraphs before the first that tells the case between states and that tell the case themselves
    (the lede: "A court in Tehran sentenced a teacher to six years", then "She was arrested at the airport", then
    "Canada's foreign minister ... consular access"), each within MAX_CASE_GAP paragraphs of the next that told it.
    A paragraph that keeps its own verdict (labelled already, or with a cue against the theme: "Police arrested a
    driver") is left as it is."""
    last = seed
    for i in range(seed - 1, -1, -1):
        if last - i > MAX_CASE_GAP:
            return
        if words[i]:
            last = i
            result[i] = "" if kept[i] else f"{words[i][0]}, before paragraph {seed + 1}"
