"""What a speaker reports of someone else, carried on past "but": "Voss said the council welcomed the report but
believed its costs were too high". The second verb ("believed") is joined by "but" to the verb of the reported clause
and shares that clause's own subject (the council), a party that can hold a view: the contrast is within the one stance
Voss reports of the council, so it is more of what Voss says, not a new statement of Voss's nor one of the council's.
A verb after "and" adds another act, most often the speaker's own, whatever the parser hangs it on ("Gulf sources
believe X has joined …, and admit that …", "said the army carried out …, and also accused …"); so does one with
"also" or a "that" clause of its own, and one that only carries the narration on ("but added …"). A verb hung on a
clause whose subject is a thing ("said the deal was good but urged …") stays the speaker's cue: the deal urges
nothing."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS

#: Entity types of a subject that can hold a view: people, organisations, peoples and states.
_HOLDERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Verbs that carry the narrator's report on ("and added that …", "and said …"): the speaker's, whatever they hang on.
_NARRATING = frozenset({"add", "say", "tell"})
#: Words that join a contrast within one stance ("welcomed it but believed …").
_CONTRASTS = frozenset({"but", "yet"})


def reported_of_another(content: set[int], verb: Token) -> bool:
    """Whether the cue `verb`, inside another cue's content (token indices `content`), is joined to a verb of that
    content whose own subject, a person, body, people or state named there, it shares (see the module's docstring)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i not in content or verb.lemma_.lower() in _NARRATING:
        return False
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False  # "…, but the council believed …": a subject of its own
    if not _after_but(verb) or any(c.lower_ == "also" or _that_clause(c) for c in children):
        return False  # "…, and admit that …", "but also warned …": another act, the speaker's
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.i in content and _holds_views(subject)


def _after_but(verb: Token) -> bool:
    """Whether "but" (or "yet") joins the verb to the one before it."""
    return any(c.dep_ == "cc" and c.lower_ in _CONTRASTS for c in verb.head.children if c.i < verb.i)


def _that_clause(child: Token) -> bool:
    """ "… that its costs were too high": a clause under its own "that", a statement of its own."""
    return child.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)


def _holds_views(subject: Token) -> bool:
    """A noun or name for someone who can think or say something: "the council", "the United States", "Ann Roe"."""
    if subject.pos_ not in ("NOUN", "PROPN"):
        return False  # "she", "it": most often the speaker, whose own second statement it may be
    return subject.ent_type_ in _HOLDERS or (lemma := subject.lemma_.lower()) in PEOPLE_NOUNS or lemma in BODY_NOUNS
