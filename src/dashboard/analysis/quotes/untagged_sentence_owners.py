"""The organisation "its" opening a sentence means when the sentence before names its body without the recogniser
tagging an organisation there: a name set off by a clause that "which" opens ("Most races are shown by Tarn Sport,
which kept the largest package. Its head of sport, X, said"), which no person's name is, though the recogniser took it
for a person's or left it untagged; or a plain noun that refers back to a body named before as the subject of a verb
of speaking ("The regulator said the station had broken its rules. Its chief executive, X, said"), whose chief the
sentence is about, not the body the article named last. Any tagged organisation in that sentence leaves the choice
to the other rules of "its"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, CUE_VERBS
from dashboard.analysis.quotes.missed_names import proper, proper_run
from dashboard.analysis.quotes.spoken_owners import sentence_before

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Labels of a name a "which" clause may show to be a body's: a person's (mistaken) or none.
_UNTAGGED_OR_PERSON = frozenset({"", "PERSON"})


def owner_named_untagged(cast: People, p: int, token: Token) -> list[str]:
    """[the body] the sentence before the one "its" (the token) opens names without an organisation's tag, when it
    names one only; [] otherwise."""
    if token.lower_ != "its" or token.dep_ != "poss" or not token.is_sent_start:
        return []
    q, sentence = sentence_before(cast, p, token)
    if sentence is None or any(cast.label_at(q, t) == "ORG" for t in sentence):
        return []
    bodies = {name for t in sentence if (name := _set_off_by_which(cast, t))}
    if (spoken_of := _speaking_noun_body(cast, q, sentence)) and spoken_of not in cast.profiles:
        bodies.add(spoken_of)
    return list(bodies) if len(bodies) == 1 else []


def _set_off_by_which(cast: People, token: Token) -> str:
    """The name that ends at the token when ", which" follows it, tagged a person's or not at all, and no name the
    article gives a person with a role; "" otherwise."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 2].lower_ != "which":
        return ""
    if not proper(token) or token.ent_type_ not in _UNTAGGED_OR_PERSON:
        return ""
    run = proper_run(token)
    if not run or run[-1] != token or any(t.ent_type_ not in _UNTAGGED_OR_PERSON for t in run):
        return ""
    name = clean_name(doc[run[0].i : token.i + 1].text, "ORG")
    return "" if getattr(cast.profiles.get(name), "role", "") else name


def _speaking_noun_body(cast: People, q: int, sentence: Span) -> str:
    """The body named before that "the <noun>", the subject of the sentence's verb of speaking, refers back to ("The
    regulator said …"); "" when the subject is no such noun."""
    cue = sentence.root
    if cue.lemma_.lower() not in CUE_VERBS:
        return ""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in BODY_NOUNS:
        return ""
    if [c.lower_ for c in subject.children] != ["the"]:
        return ""
    return cast.organisation_meant(q, subject)
