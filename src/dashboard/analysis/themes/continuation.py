"""Whether a paragraph refers back to what its article said before, whatever the theme: a paragraph that opens on
"He", "She", "They" or "The two" goes on with the people of the paragraph before (and, when its verb is a word of a
theme, "They discussed ...", "He was welcomed ...", with that theme: see `themed`), and so does a deed told with no
doer ("The depot was hit"); one that names "the issue", "the decision", "the talks", "the ruling", "the two sides" or
"the two delegations" goes on with a subject the article has already told, as does one that opens on "Its" or
"Their" and a noun ("Its sponsors say ...", see `possessive_openers`), and one that opens on a pair of states ("The
two neighbours ...", "Both countries ...") with the states it told, and one that opens on a numbered part of a text
("Point four says ...") or on what is done under its terms ("Under its terms, ...", see `under_terms`) with the
communique or treaty it told, and one that opens on "the parties" ("The parties will meet again in May") with the talks
it told; "similar measures" are more of the measures told, whatever else their paragraph tells ("The EU is weighing
similar measures" after sanctions). Such a paragraph may carry its article's theme with no word of that theme (see
`context.lifts`). Read from words and parts of speech only: no parser.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import Words, column, places_of_keys, word_keys
from dashboard.analysis.themes.possessive_openers import possessive_opener
from dashboard.analysis.themes.under_terms import under_terms

#: Openers that stand for people of the paragraph before ("it" is as often "it is said", "we" a speaker's own side).
PRONOUNS = frozenset(["he", "she", "they"])
#: Determiners that point back to something already told.
POINTERS = frozenset(["the", "this", "that", "these", "those"])
#: Nouns that, after a pointer, name the subject of a news story rather than a thing in it ("matter" is left out:
#: "for that matter", "people familiar with the matter" point nowhere).
SUBJECTS = frozenset(
    [
        "issue", "question", "decision", "move", "step", "measure", "plan", "proposal", "offer", "request",
        "bill", "legislation", "deal", "agreement", "accord", "talks", "meeting", "visit", "trip", "dispute", "row",
        # talks named by their other word ("Few here follow the negotiations")
        "negotiation", "negotiations",
        "standoff", "tension", "crisis", "conflict", "situation", "case", "ban", "vote", "resolution", "text",
        "launch", "attack", "ceasefire", "truce", "sanctions", "tariffs", "ruling", "report",
        # what a party said, which the next paragraph answers or dates ("The remarks came a day after ...")
        "remarks", "comments", "claim", "claims", "accusation", "allegation", "warning", "incident",
        # measures one state takes against another, which the next paragraphs answer ("the cap", "the closure") or
        # spell out ("The list includes orange juice ..." after goods listed for retaliation), or tell as the rules they
        # set ("The rules take effect on January 1" after export controls)
        "curbs", "cap", "closure", "embargo", "blockade", "duties", "quota", "list", "rules",
        # a measure granted by one state to another's people or goods ("the waiver" after a visa-free deal)
        "waiver",
        # a body of states the story is about, named again by its kind ("China has been an observer at the council")
        "council", "forum", "bloc",
    ]
)  # fmt: skip
#: The parties of a story told as sides: "the other side", "the two sides", "both sides", "neither side".
SIDES = frozenset(["side", "sides"])
SIDE_POINTERS = frozenset(["other", "two", "both", "neither", "either", "each"])
#: The lines whose sides are places, not parties: "believers on both sides of the border" are where they live.
DIVIDES = frozenset(["border", "frontier", "boundary", "line", "river", "fence", "wall", "divide", "road", "aisle"])
#: The people who carry a story's talks, told as a pair after a pointer: "the two delegations", "both negotiators".
#: They go on with the talks an earlier paragraph told ("The two delegations will meet again in September").
TEAMS = frozenset(["delegation", "negotiator"])
#: The nouns by which two states just told are named as a pair ("the two neighbours", "both countries").
PAIRS = frozenset(["neighbour", "neighbor", "country", "nation", "government", "state", "capital", "ally"])
#: How a paragraph that counts the event just told opens ("It was the third ...", "This is their first ...").
COUNT_OPENERS = frozenset(["it", "this", "that"])
COUNT_POINTERS = frozenset(["the", "their", "its", "his", "her"])
ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last"]
)
#: The numbered parts of a text by which a paragraph goes through a communique or a treaty ("Point four says ...",
#: "Article 5 commits ...", "Points six to nine deal with ..."): each goes on with the text the article told, and with
#: the theme of the paragraph just before, also when that paragraph's context carried it.
PARTS = frozenset(["point", "article", "clause", "paragraph", "section"])
#: Forms of "be" before a participle: "was hit", "were killed", "has been hit", "were also seized".
PASSIVE_AUXILIARIES = frozenset(["was", "were", "been", "being"])
#: The keys of the words every reference after a paragraph's opening opens with (most words are none of them).
_OPENER_KEYS = word_keys(POINTERS | SIDE_POINTERS | {"such", "similar"})


@dataclass(frozen=True)
class Reference:
    """How a paragraph refers back: its words, whether they point to the paragraph just before (a pronoun) or to
    anything the article told before (a definite subject), the lemma of that subject ("agreement"), whether that
    is a word of the theme being scored (see `themed`), whether it tells a deed with no doer (`passive`), and whether a
    state speaks in it or it counts the event just told (`follows`: it goes on with the paragraph just before also
    when that paragraph's context carried it; see `speaking.speaker_reference` and `count`); for a speaker's quotation
    (`quote`, see `quoted`), how many paragraphs `back` the one that named the speaker is; `foreign` when its subject
    is a word of another theme only (see `themed`)."""

    words: str
    previous_only: bool
    subject: str = field(default="", compare=False)
    themed: bool = field(default=False, compare=False)
    passive: bool = field(default=False, compare=False)
    follows: bool = field(default=False, compare=False)
    back: int = field(default=1, compare=False)
    quote: bool = field(default=False, compare=False)
    alike: bool = field(default=False, compare=False)
    foreign: bool = field(default=False, compare=False)


def reference(doc: Doc | Span) -> Reference | None:
    """The first words by which a paragraph refers back to its article, if any."""
    words = Words(doc)
    if words and words[0].lower_ in PRONOUNS and words[0].pos_ == "PRON":
        return Reference(words[0].lower_, previous_only=True, subject=_verb_after(words, 1))
    if (owned := possessive_opener(words)) is not None:  # "Its sponsors say ...": the bill's sponsors
        return Reference(owned[0], previous_only=False, subject=owned[1])
    if len(words) > 2 and words[0].lower_ == "the" and words[1].lower_ == "two" and (verb := _verb_after(words, 2)):
        return Reference("the two", previous_only=True, subject=verb)  # "The two discussed ...": the two just told
    if (pair := _pair(words)) is not None:
        return pair
    if (talking := _parties(words)) is not None:
        return talking
    if len(words) > 1 and words[0].lemma_.lower() in PARTS and words[1].like_num:
        part = f"{words[0].lower_} {words[1].lower_}"  # goes on with the paragraph before, as a list goes on
        return Reference(part, previous_only=False, subject="text", themed=True, follows=True)
    if opening := under_terms(words):  # "Under its terms, ...": the text just told, as a numbered part of it
        return Reference(opening, previous_only=False, subject="text", themed=True, follows=True)
    if (counted := count(words)) is not None:
        return counted
    for k in (bisect_left(words.places, i) for i in places_of_keys(doc, _OPENER_KEYS, lower=True)):
        if k + 1 == len(words):
            break  # the last word: no noun after it
        first, second, third = words[k], words[k + 1], words[k + 2] if k + 2 < len(words) else None
        pointer = first.lower_
        noun = second.lower_
        # "the decision matrix" is no decision, but "Under the deal, Jakarta ..." is: a comma ends the noun phrase
        modifies = third is not None and third.i == second.i + 1 and third.pos_ in ("NOUN", "PROPN")
        if noun == "measure" and third is not None and third.lower_ == "of":
            continue  # "not the measure of populism": a yardstick, not a measure taken
        subject = noun in SUBJECTS or second.lemma_.lower() in SUBJECTS  # "the measures", "the plans"
        if pointer in POINTERS and subject and second.pos_ == "NOUN" and not modifies:
            return Reference(f"{pointer} {noun}", previous_only=False, subject=second.lemma_.lower())
        if pointer == "similar" and subject and second.pos_ == "NOUN" and not modifies:
            return Reference(f"{pointer} {noun}", previous_only=False, subject=second.lemma_.lower(), alike=True)
        if pointer == "such" and second.pos_ == "NOUN" and not modifies:  # "the third such raid": any noun
            return Reference(f"such {noun}", previous_only=False, subject=second.lemma_.lower())
        if pointer in SIDE_POINTERS and noun in SIDES and not _divided(words, k + 2):
            return Reference(f"{pointer} {noun}", previous_only=False)
        # "the delegations' buses" are a thing of the delegations, not the people of talks who act
        team = second.pos_ == "NOUN" and second.lemma_.lower() in TEAMS and not modifies and not _owns(second)
        if pointer in ("the", "both") and team:  # "the negotiators", "both delegations"
            return Reference(f"{pointer} {noun}", previous_only=False)
        if pointer == "the" and noun in SIDE_POINTERS and third is not None and third.lemma_.lower() in TEAMS:
            return Reference(f"{pointer} {noun} {third.lower_}", previous_only=False)  # "the two delegations"
    return undone(words)


def _owns(noun: Token) -> bool:
    """Whether a possessive ending follows a noun ("the delegations' buses")."""
    return noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].tag_ == "POS"


def _divided(words: Words, k: int) -> bool:
    """Whether the sides just named are those of a line, a place ("both sides of the border"), from word k on."""
    if k >= len(words) or words[k].lower_ != "of":
        return False
    line = k + 2 if k + 2 < len(words) and words[k + 1].lower_ == "the" else k + 1
    return line < len(words) and words[line].lemma_.lower() in DIVIDES


def count(words: Words) -> Reference | None:
    """A paragraph that opens by counting the event just told ("It was their first call since the new year", "It was
    the third tanker taken this year", "This is the fifth such launch"): it goes on with the paragraph just before,
    whatever its noun, also when that paragraph's context carried it."""
    if len(words) < 5 or words[0].lower_ not in COUNT_OPENERS or words[1].lemma_.lower() != "be":
        return None
    if words[2].lower_ not in COUNT_POINTERS or words[3].lower_ not in ORDINALS:
        return None
    noun = words[5] if words[4].lower_ == "such" and len(words) > 5 else words[4]
    if noun.pos_ != "NOUN":
        return None
    text = " ".join(w.lower_ for w in words[2 : noun.i - words[0].i + 1])
    return Reference(text, previous_only=True, subject=noun.lemma_.lower(), themed=True, follows=True)


def _pair(words: Words) -> Reference | None:
    """A paragraph that opens on the two parties just told as a pair ("The two neighbours are at odds over ...",
    "Both countries ..."): it goes on with them, and with the theme of the paragraph just before when the pair's noun
    is a word of it (see `themed`)."""
    start = 2 if len(words) > 2 and words[0].lower_ == "the" and words[1].lower_ == "two" else 0
    start = 1 if not start and words and words[0].lower_ == "both" else start
    if not start or len(words) <= start + 1 or words[start].pos_ != "NOUN":
        return None
    noun = words[start]
    if noun.lemma_.lower() not in PAIRS or words[start + 1].pos_ in ("NOUN", "PROPN"):
        return None
    return Reference(" ".join(w.lower_ for w in words[: start + 1]), previous_only=False, subject=noun.lemma_.lower())


def _parties(words: Words) -> Reference | None:
    """A paragraph that opens on the parties of the talks just told ("The parties will meet again in May", "The five
    parties agreed on a total catch"): it goes on with those talks, so with the theme whose word "talks" is (see
    `themed`), also after a paragraph that its context carried. Only at the opening: "both parties" or "the parties"
    inside a sentence are as often a country's political parties."""
    at = 2 if len(words) > 3 and words[1].like_num else 1
    if len(words) <= at + 1 or words[0].lower_ != "the" or words[at].lower_ != "parties":
        return None
    if words[at + 1].pos_ in ("NOUN", "PROPN", "PART"):
        return None  # "the parties' leaders": a thing of the parties, not the parties
    return Reference(" ".join(w.lower_ for w in words[: at + 1]), False, subject="talks", follows=True)


def _verb_after(words: Words, i: int) -> str:
    """The lemma of the verb that the words from i open on, past its auxiliaries and adverbs ("was welcomed", "will
    also travel"), or "" when they open on anything else."""
    while i < len(words) and words[i].pos_ in ("AUX", "ADV", "PART"):
        i += 1
    return words[i].lemma_.lower() if i < len(words) and words[i].pos_ == "VERB" else ""


#: The key of a verb's part of speech.
_VERB = POS_IDS["VERB"]


def undone(words: Words) -> Reference | None:
    """What the paragraph opens by saying was done, with no doer named ("The depot was hit", "Two other men were
    also killed", "those seized"): its first verb is a participle after "was", "were", "been" or "those". The doer is
    the one the paragraph before told of, so the paragraph goes on with that paragraph's theme when the participle is
    a word of the theme (see `themed`). A doer named after "by" ("was hit by a storm") is no such deed."""
    tags = column(words.doc, POS)  # the first verb found from the tags alone, with no Token made of the words before
    i = next((k for k, place in enumerate(words.places) if tags[place] == _VERB), 0)
    if not i or words[i].tag_ != "VBN":
        return None
    before = words[i - 1] if words[i - 1].pos_ != "ADV" or i < 2 else words[i - 2]
    passive = before.lower_ in PASSIVE_AUXILIARIES or (before.lower_ == "those" and before.pos_ == "PRON")
    if not passive or (i + 1 < len(words) and words[i + 1].lower_ == "by"):
        return None
    return Reference(f"{before.lower_} {words[i].lower_}", True, words[i].lemma_.lower(), passive=True)


def carried(told: Reference | None, labelled: bool, terms: Collection[str]) -> Reference | None:
    """What a paragraph's reference carries for one theme: the whole reference when the paragraph carries no theme of
    its own; when it carries another, only a subject that is a term of this theme ("The agreement would commit both
    sides to withdraw troops", military on its own, goes on with a peace treaty), not a neutral one ("The move comes
    before the presidents meet at a summit", diplomacy on its own, is not the trade measure it follows)."""
    if told is None or not labelled or told.alike:
        return told  # "similar measures" are more of what the article told, whatever else the paragraph tells
    return told if told.subject and told.subject in terms else None


def themed(
    told: Reference | None,
    words: Collection[str],
    own: Collection[str] = (),
    others: Collection[str] = (),
    elsewhere: Iterable[str] = (),
) -> Reference | None:
    """The reference, marked as `themed` when its subject is one of the theme's words ("that meeting" for
    diplomacy), or when it opens on a pronoun whose verb is a term of the theme found in the paragraph (`own`: "They
    discussed ..." after a meeting): such a paragraph goes on with the theme of the paragraph just before it (see
    `context.lifts`). It is marked `foreign` when its subject is a word of another theme only (`others`: "the
    duties", "the ban" name trade's measures) or the paragraph tells such words (`elsewhere`, the terms other themes
    found in it: "Traders said the closure had pushed up prices"): it goes on with this theme only in an article that
    tells it more (see `lifts`)."""
    if told is None:
        return told
    plural = told.words.rsplit(" ", 1)[-1]  # "the two countries": a theme may list the plural only
    subject = not told.previous_only and told.subject in others and not (told.subject in words or plural in words)
    if subject or any(term in others for term in elsewhere):
        told = replace(told, foreign=True)
    if not told.subject:
        return told
    if told.passive:  # a deed with no doer goes on only with a theme whose word it is
        return replace(told, themed=True) if told.subject in own else None
    if told.subject in words or plural in words or (told.previous_only and told.subject in own):
        return replace(told, themed=True)
    return told
