"""The speaker that the sentence after a quotation with no cue names by pointing back at it: "“…” Those were the
orders Ann Lee gave herself", "That is how Ann Lee puts it", "Those are the words of Ann Lee",
"That was the message from Ann Lee", "That advice comes from Ann Lee".

The subject is a demonstrative ("that", "those", …) alone or before a noun of speech ("that advice"), and the verb a
copula, "come from", "belong to", "put" or "sum up"; the person is the one the words are "of" or "from", whose they
are ("Lee's words"), or who said, gave or put them ("the warning Lee gave", "how Lee puts it", "how Lee sees it"). A
noun that is not one of speech, or a verb that is not one of saying, names no speaker ("That was the year Ann Lee
moved"). ("So says Ann Lee" is a cue of its own, which the cues already link to the quotation.)"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.names import words
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.voice_owners import voice_owner

#: Words that point back at what was just quoted.
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})
#: Nouns for what someone said ("those are the words of …", "that advice comes from …").
SPEECH_NOUNS = words("""
word advice message order warning verdict view question answer reply response remark comment mantra
motto refrain plea promise argument assessment conclusion prediction instruction command thinking
reasoning explanation pitch line sentiment credo slogan reaction take appeal cry
""")
#: Verbs whose subject, in a clause on a noun of speech, said the words ("the warning Lee gave").
_GIVING_VERBS = words("give offer issue deliver hand send share repeat keep")
#: Verbs whose subject said the words ("how Lee puts it", "what Lee told the council").
_SAYING_VERBS = words("say put sum tell write describe phrase explain ask answer reply shout")
#: Verbs of judgement whose subject, in "how Lee sees it", holds the view just quoted ("what Lee saw" is no view).
_VIEWING_VERBS = frozenset({"see"})
#: Nouns that, before a clause with a verb of saying, are its manner ("the way Lee put it").
_MANNER_NOUNS = frozenset({"way"})


def pointed_speaker(sentence: Span) -> Token | None:
    """The proper noun of the person `sentence` names as the speaker of the quotation right before it, or None."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    lemma = root.lemma_.lower()
    if subject is not None and subject.lemma_.lower() == "voice":  # "The voice comes from … It belongs to Lee"
        return voice_owner(sentence)
    if lemma in _SAYING_VERBS | _GIVING_VERBS and _proper(subject):  # "That was the warning Lee gave" as parsed
        copula = next((c for c in root.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
        inner = next((c for c in copula.children if c.dep_ == "nsubj"), None) if copula is not None else None
        attr = next((c for c in copula.children if c.dep_ == "attr"), None) if copula is not None else None
        pointing = _demonstrative(inner) and attr is not None and attr.lemma_.lower() in SPEECH_NOUNS
        return subject if pointing else None
    if not _demonstrative(subject):
        return None
    if lemma == "come":
        return _of_or_from(root, ("from",))
    if lemma == "belong" and subject.pos_ == "NOUN":  # "Those words belong to Lee", not "That belongs to Lee"
        return _of_or_from(root, ("to",))
    if lemma == "be":
        return _after_copula(root, subject)
    if lemma in ("sum", "put"):  # "That sums up the view of Lee", "That sums up Lee's view"
        said = next((c for c in root.children if c.dep_ == "dobj"), None)
        return _owner(said) if said is not None and said.lemma_.lower() in SPEECH_NOUNS else None
    return None


def _after_copula(root: Token, subject: Token) -> Token | None:
    """ "Those are the words of Lee", "That was the message from Lee", "Those are Lee's words", "Those were the orders
    Lee gave herself", "That is how Lee puts it", "That is what Lee told them", "That advice was from Lee"."""
    if subject.pos_ == "NOUN" and (found := _of_or_from(root, ("from",))) is not None:
        return found
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if attr is not None and attr.lemma_.lower() in SPEECH_NOUNS:
        return _owner(attr) or _said_in(attr, "relcl", _SAYING_VERBS | _GIVING_VERBS)
    if attr is not None and attr.lemma_.lower() in _MANNER_NOUNS:
        return _said_in(attr, "relcl", _SAYING_VERBS)
    if attr is None:  # "That is how Lee puts it", "That is how Lee sees it", "That is what Lee told the council"
        clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
        how = clause is not None and any(c.lower_ == "how" and c.i < clause.i for c in clause.children)
        what = clause is not None and any(c.lower_ == "what" and c.i < clause.i for c in clause.children)
        if not (how or what):
            return None
        return _said_in(root, "ccomp", (_SAYING_VERBS | _VIEWING_VERBS) if how else _SAYING_VERBS)
    return None


def _demonstrative(token: Token | None) -> bool:
    """Whether a subject points back: "that" or "those" alone, or before a noun of speech ("that advice")."""
    if token is None:
        return False
    if token.lower_ in _DEMONSTRATIVES and token.pos_ in ("PRON", "DET", "SCONJ"):  # "That, at least, is …"
        return True
    return token.lemma_.lower() in SPEECH_NOUNS and any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in token.children
    )


def _owner(noun: Token) -> Token | None:
    """The person a noun of speech is "of" or "from", or whose it is ("Lee's words")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if _proper(owner) else _of_or_from(noun, ("of", "from"))


def _of_or_from(head: Token, prepositions: tuple[str, ...]) -> Token | None:
    """The proper noun after one of `prepositions` on `head` ("from Lee")."""
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions]
    found = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    return found[0] if found and _proper(found[0]) else None


def _said_in(head: Token, dep: str, verbs: frozenset[str]) -> Token | None:
    """The subject of a clause on `head` whose verb is one of `verbs` ("gave" in "the orders Lee gave"): a name, "he"
    or "she", or a definite description ("what the night nurse told the board")."""
    for clause in (c for c in head.children if c.dep_ == dep and c.lemma_.lower() in verbs):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if _speaking_subject(subject):
            return subject
    return None


def _proper(token: Token | None) -> bool:
    return token is not None and token.pos_ == "PROPN"


def _speaking_subject(token: Token | None) -> bool:
    """A name, "he" or "she", or a definite description ("the retired engineer"): who said the words."""
    if token is None:
        return False
    return _proper(token) or token.lower_ in ("he", "she") or token.pos_ == "NOUN" and definite(token)
