"""The organisation "its" opening a sentence means after a sentence in which an organisation spoke: "Ventra said it
would appeal to the European Court of Justice. Its general counsel, X, said …" is Ventra's counsel, though the court
was named last. When the sentence before has an organisation as the subject of a verb of speaking, and every
organisation named after it sits inside what it said (none a subject there), "its" is the speaker's; so too when
the speaker is a body whose name the recogniser missed, and no other body is a subject there. Any other
sentence (an organisation named after the speech, or as the subject of what was said: "Ventra said Corvane had
copied its chips. Its chief …" may be Corvane's) leaves the choice to the rules of the last one named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.apposed_bodies import body_name_before_apposition
from dashboard.analysis.quotes.body_phrases import name_apposed_to_body_noun
from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.friends_groups import friends_group_name
from dashboard.analysis.quotes.its_owners import untagged_owner
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.noun_named_bodies import body_name_set_off
from dashboard.analysis.quotes.reported_words import reported_words
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.state_bodies import is_state_body_noun

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def speaker_its_means(cast: People, p: int, token: Token) -> list[str]:
    """[the organisation] that spoke in the sentence before the one `token` ("its") opens; [] when none did or
    another organisation was named there outside what it said, or as a subject inside it."""
    if token.lower_ != "its" or token.i != token.sent.start:
        return []
    q, sentence = sentence_before(cast, p, token)
    if sentence is None:
        return []
    named: list[Span] = []
    for t in sentence:
        ent = cast.entity(q, t)
        if ent is not None and cast.label(q, ent) == "ORG" and ent not in named:
            named.append(ent)
    if len(named) < 2:
        return (
            _untagged_speaker(cast, q, sentence, named)
            or _unlisted_speaker(cast, p, token, sentence, named)
            or _body_named_by_noun(cast, q, sentence, named)
        )
    speaker, rest = named[0], named[1:]
    cue = speaker.root.head
    if speaker.root.dep_ not in _SUBJECTS or cue.lemma_.lower() not in CUE_VERBS:
        return []
    said = reported_words(cue)
    if any(e.root.i not in said or e.root.dep_ in _SUBJECTS for e in rest):
        return []
    name = cast.name_of(q, speaker)
    return [name] if name not in cast.profiles else []


def sentence_before(cast: People, p: int, token: Token) -> tuple[int, Span | None]:
    """(paragraph, sentence) of the sentence before the one `token` opens: in its paragraph, else the last of the
    paragraph before."""
    doc = cast.docs[p]
    if token.sent.start > 0:
        return p, doc[token.sent.start - 1].sent
    if p == 0 or not len(cast.docs[p - 1]):
        return p, None
    before = cast.docs[p - 1]
    return p - 1, before[len(before) - 1].sent


def _untagged_speaker(cast: People, q: int, sentence: Span, named: list[Span]) -> list[str]:
    """ "Recycling Europe, a lobby group, said … Its director general": [the body] the recogniser left untagged (or
    took for a person) that an apposition calls one, that is named "Friends of" something, or that is set off after a
    body's noun ("Finland's cyber agency, Kybervahti,") and that is the subject of the sentence's verb
    of speaking, when no organisation tagged there is a subject too (so none tagged before may take "its")."""
    if any(e.root.dep_ in _SUBJECTS for e in named):
        return []
    cue = sentence.root
    subjects = [t for t in cue.children if t.dep_ in _SUBJECTS] if cue.lemma_.lower() in CUE_VERBS else []
    if len(subjects) != 1:
        return []
    if set_off := body_name_set_off(subjects[0]):  # "Finland's cyber agency, Kybervahti, said": its name, though
        return [set_off]  # the recogniser took it for a person's
    body = body_name_before_apposition(subjects[0]) or friends_group_name(subjects[0])
    body = body or name_apposed_to_body_noun(subjects[0])  # "The aid group Grain for Tomorrow said", untagged
    return [body] if body and body not in cast.profiles else []


def _unlisted_speaker(cast: People, p: int, its: Token, sentence: Span, named: list[Span]) -> list[str]:
    """ "Hurrydash said it would appeal to the Competition Appeal Tribunal. Its general counsel": [the name no list
    knows] that is the subject of the sentence's verb of speaking (`untagged_owner`), when the one organisation tagged
    there is no subject, nor set beside one ("The players' union, the X, said"), but what the speaker spoke of (the
    court it will appeal to)."""
    if any(_subject_or_beside_one(e.root) for e in named) or sentence.root.lemma_.lower() not in CUE_VERBS:
        return []
    body = untagged_owner(cast.docs, p, its, cast.surname_of_someone)
    return [body] if body and body not in cast.profiles else []


def _body_named_by_noun(cast: People, q: int, sentence: Span, named: list[Span]) -> list[str]:
    """ "Maravia's finance ministry said the cut would help. Its spokesman, X, said": [the body of a state] that a
    possessive name (a place's, whatever the recogniser tagged it) and a common noun name ("Japan's finance ministry",
    "Chile's central bank"), when it is the one subject of the sentence's verb of speaking and no organisation tagged
    there is a subject or set beside one (so a bank named in the sentence before may not take "its")."""
    if any(_subject_or_beside_one(e.root) for e in named) or sentence.root.lemma_.lower() not in CUE_VERBS:
        return []
    subjects = [t for t in sentence.root.children if t.dep_ in _SUBJECTS]
    if len(subjects) != 1 or not subjects[0].text.islower():
        return []
    body = noun_phrase(subjects[0])
    owners = [c for c in subjects[0].children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    state_body = is_state_body_noun(subjects[0]) or is_central_bank(body)
    return [body] if owners and state_body and body not in cast.profiles else []


def _subject_or_beside_one(token: Token) -> bool:
    """Whether the token is a clause's subject, or set beside one as its apposition or (as the parser often reads a
    name after a comma) its conjunct."""
    return token.dep_ in _SUBJECTS or token.dep_ in {"appos", "conj"} and token.head.dep_ in _SUBJECTS
