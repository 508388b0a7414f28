"""Names the parser breaks at a given name it reads as a preposition or a clause of its own, so that no subject or
apposition is left to carry the name:

- a name that opens the sentence and is set off by a comma before the cue: "Ulrike Hansel, an economist at Y, said …"
  parsed with "Ulrike" a preposition (or "Sylvain" a clause) and the surname its object, "said" left with no subject;
- a name set off by commas after the subject's title: "The town's mayor, Per Lund, said …" or "The administrator
  appointed by the court, Till Brandt, said …", parsed with "Per" or "Till" a preposition (as the words "per" and
  "till" are), the name no apposition of the mayor or the administrator.

A capitalised word a preposition rarely is inside a sentence, and a sentence whose cue has no subject seldom opens
with a real preposition's phrase set off by a comma ("In Paris, officials said …" has its subject). The name's last
word becomes the cue's subject, or the apposition of the subject, and the words before it the name's.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

#: How a misread given name is tagged and hung: a preposition, or a clause of the cue.
_MISREAD_POS = frozenset({"ADP", "PROPN", "VERB"})
_MISREAD_DEPS = frozenset({"prep", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: How the words of a name after the given name may be tagged (a surname read as a common noun: "Per Lund").
_NAME_POS = frozenset({"PROPN", "NOUN", "PUNCT"})
#: Given names that are also prepositions, which no other preposition that opens a phrase is ("In Aarhus, …").
_GIVEN_PREPOSITIONS = frozenset({"per", "till"})
#: Prepositions that open a fronted phrase and are no function word of the stop list.
_FRONTING = frozenset(
    {"despite", "amid", "following", "like", "unlike", "near", "inside", "outside", "including", "concerning", "plus"}
)
#: Words of the verb itself that may stand between the closing comma and the cue.
_OF_THE_VERB = frozenset({"advmod", "neg", "aux"})


def mend_given_name_read_as_preposition(verb: Token) -> None:
    """Give the finite `verb` the name the parser broke at its given name, as its subject (the name opens the
    sentence) or as its subject's apposition (the name is set off after the subject)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        first = doc[verb.sent.start]
        if first.head == verb and first.dep_ in _MISREAD_DEPS and first.pos_ in _MISREAD_POS:
            _mend(first, verb, "nsubj")
        return
    if subject.i > verb.i:
        return
    comma = _comma_before(verb)
    opener = comma and _name_opening_after(comma, subject)
    if opener is not None and opener.dep_ == "prep" and (opener.head == verb or opener.head.i < opener.i):
        _mend(opener, subject, "appos")


def _comma_before(verb: Token) -> Token | None:
    """The comma right before the cue, but for words of the verb ("…, Per Lund, also said")."""
    before = verb.doc[verb.i - 1] if verb.i else None
    while before is not None and before.head == verb and before.dep_ in _OF_THE_VERB and before.i > 0:
        before = verb.doc[before.i - 1]
    return before if before is not None and before.text == "," else None


def _name_opening_after(comma: Token, subject: Token) -> Token | None:
    """The first word of a run of capitalised words that ends at `comma` and opens after another comma past the
    subject ("mayor, Per Lund,"); None when the words between the commas are no such run."""
    doc, start = comma.doc, comma.i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "-"):
        start -= 1
    if comma.i - start < 2 or start < 2 or doc[start - 1].text != "," or start - 1 <= subject.i:
        return None
    return doc[start]


def _mend(first: Token, head: Token, dep: str) -> None:
    """Hang the name that `first` opens (capitalised words and hyphens up to a comma) as `dep` of `head`, its last
    word its head and the words before it that word's; not when `first` is a preposition ("In Aarhus, …")."""
    doc, word = first.doc, first.lower_
    if word in _FRONTING or word in STOP_WORDS and word not in _GIVEN_PREPOSITIONS:
        return
    end = first.i + 1
    while end < len(doc) and (doc[end].is_title or doc[end].text == "-") and doc[end].pos_ in _NAME_POS:
        end += 1
    if end - first.i < 2 or end >= len(doc) or doc[end].text != "," or not doc[end - 1].is_title:
        return
    last = doc[end - 1]
    if any(word == head or word.is_ancestor(head) for word in doc[first.i : end]):
        return  # the head hangs on the name: hanging the name on it would close a loop
    run = set(range(first.i, end))
    for child in [c for c in first.children if c.i not in run]:  # "an economist at Y", hung on the given name
        child.head = last
    last.head, last.dep_ = head, dep
    for word in doc[first.i : end - 1]:
        word.head, word.dep_ = last, "punct" if word.text == "-" else "compound"
    first.pos_, first.tag_ = "PROPN", "NNP"
