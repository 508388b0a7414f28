"""People whose name the recogniser cut short or left untagged where a person's post sets the name off with commas.
"Mei Lin Qiao, a strategist at …" comes out as the nationality "Mei" and the person "Qiao", "Odile Tran Vo, a
commander of …" as the person "Odile Tran" and an untagged "Vo", "Marit Vandeloo, head of …" as an untagged given
name and the organisation "Vandeloo", and "Per Lindqvist, a former ambassador, …" with no entity at all (the tagger
reads "Per" as a preposition). The speaker then went by part of the name, or by none, and the later "Lindqvist
said" was a surname of no one.

This pipeline step tags a person the run of two or three capitalised words between the start of a sentence (or a
comma) and a comma when a person's post is set off after it: a noun of a post the parser hangs on the run by
apposition ("…, a former ambassador", "…, head of …"). The run must hold no more than a person, a one-word
organisation or nationality and untagged words: a body's name ("Kestrel Holdings, the owner …"), a place, a title or
a post ("Chief Executive …") and a run opened by a preposition of place or time ("In Vallby, the mayor …") are left
as they are."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.names import ORGANISATION_HEADS, words
from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import ENVOY_NOUNS, PEOPLE_NOUNS, TITLE_NOUNS
from dashboard.analysis.retagged import with_entities

#: The name of the pipeline step.
STEP = "described_name_runs"
#: Nouns of a person's post; not those a company or a body may also be called ("owner", "regulator", "police").
_POSTS = (ROLE_WORDS | ENVOY_NOUNS | TITLE_NOUNS) - words("""
owner regulator police research think-tank analysts executives frontbenchers backbenchers attachés developer
""")
#: Words that may stand in a person's name as the recogniser tags its parts.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP"})
#: Words of parts of speech that open no name.
_NO_NAME_OPENERS = frozenset({"DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})
#: Prepositions of place and time that open a fronted phrase, not a name ("In Vallby, …").
_FRONTING_PREPOSITIONS = words("""
in at on from for by with to of into after before under near across outside inside during since until through
""")
#: The comma that sets a post off after a name, looked for among the words at once (`places_of`).
_COMMA = (",",)
#: The most words of a name the step tags.
_NAME_WORDS_AT_MOST = 3
#: The most words between the comma and the noun of the post set off after the name ("a former senior ambassador").
_POST_WORDS_AT_MOST = 5


@Language.component(STEP)
def described_name_runs(doc: Doc) -> Doc:
    """The document with each run of capitalised words set off before a person's post tagged a person."""
    commas = places_of(doc, _COMMA)  # no Token made for every word, where most words are no comma
    people = [span for i in commas if (span := _person_before(doc[i])) is not None]
    for person in people:
        _hang_on_described(person)
    return with_entities(doc, people)


def _person_before(comma: Token) -> Span | None:
    """The person named by the capitalised words right before the comma, when a person's post is set off after
    them and the recogniser did not tag them so."""
    doc, end = comma.doc, comma.i
    start = end
    while start > 0 and end - start < _NAME_WORDS_AT_MOST + 1 and _name_word(doc[start - 1]):
        start -= 1
    if end - start < 2 or end - start > _NAME_WORDS_AT_MOST:
        return None
    if not (doc[start].is_sent_start or doc[start - 1].text == ","):
        return None
    run = doc[start:end]
    if not _opens_name(run[0]) or not _holds_only_a_name(run):
        return None
    if _described(run) is None:
        return None
    return Span(doc, start, end, label="PERSON")


def _name_word(token: Token) -> bool:
    """Whether the token may be a word of a person's name: capitalised letters, no word of a body, a title or a post."""
    return (
        token.is_alpha
        and token.is_title
        and token.ent_type_ in _NAME_LABELS
        and (low := token.lower_) not in ORGANISATION_HEADS
        and low not in _POSTS
        and low not in PEOPLE_NOUNS
    )


def _opens_name(token: Token) -> bool:
    """Whether the token may open a name: no determiner, pronoun or conjunction, nor a preposition of a fronted
    phrase."""
    return token.pos_ not in _NO_NAME_OPENERS and token.lower_ not in _FRONTING_PREPOSITIONS


def _holds_only_a_name(run: Span) -> bool:
    """Whether the run's entities lie inside it and are a person, or one word each, and it is not one person
    already."""
    doc, tagged = run.doc, {t.i for t in run if t.ent_type_}
    if not tagged:
        return True
    if doc[run.start].ent_iob_ == "I" or run.end < len(doc) and doc[run.end].ent_iob_ == "I":
        return False  # an entity runs on past the run
    ents = list(run.ents)
    if len(ents) == 1 and ents[0].start == run.start and ents[0].end == run.end and ents[0].label_ == "PERSON":
        return False
    return all(e.label_ == "PERSON" or len(e) == 1 for e in ents)


def _described(run: Span) -> Token | None:
    """The word of the run that a post set off after its comma describes, the parser hanging the post on it by
    apposition ("…, a former ambassador"); None when no such post follows."""
    doc = run.doc
    for token in doc[run.end + 1 : min(run.end + 1 + _POST_WORDS_AT_MOST, len(doc))]:
        if token.dep_ == "appos" and token.head in run and token.lower_ in _POSTS:
            return token.head
        if token.pos_ in ("VERB", "AUX", "PUNCT"):
            return None
    return None


def _hang_on_described(person: Span) -> None:
    """Hang each word of the name that the parser hung outside it on the word the post describes, as it hangs a given
    name on the surname: "Per" of "Per Lindqvist, a former ambassador, said", read as a preposition of the verb, so
    that the name's root is the word its post and its verb hang on."""
    described = _described(person)
    if described.head in person and described.head != described:  # "Per" read as a preposition holding "Torvik":
        top = next(w for w in person if w.head not in person or w.head == w)  # the name hangs where "Per" hung
        described.head, described.dep_ = (described if top.head == top else top.head), top.dep_
    for word in person:
        if word.i != described.i and word.head not in person:
            word.head, word.dep_ = described, "compound"
