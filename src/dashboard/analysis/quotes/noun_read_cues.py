"""Cues in -s that the tagger read as nouns after a name: "Brook predicts that the ferry will lose money",
"Trump estimates that he spent …", "“…,” Steel notes.", "Prices will rise, Ostrow notes.".

A surname that is also an English word ("Brook", "Steel", "Trump") before a verb in -s ("predicts", "notes") is
often tagged as one noun phrase: the name a modifier of a plural noun ("Brook predicts" like "price estimates"),
or the name a verb whose object the cue word is ("Trump notes" like "trump cards"). The name is then who spoke and
the clause after the cue word is what was said. A cue word with a determiner, a possessive or an adjective of its
own ("the Brook estimates", "new cost estimates"), or with no clause after it and no quotation before it ("Cost
estimates were high", "FEC reports show …"), stays a noun.

A cue whose past tense is its plain form ("forecast") is read as a noun after any name, a company's too: "Penworth
forecast that …", "The IMF forecast that …" tagged as one noun phrase that heads the sentence. With no verb of its
own before the "that" and a clause with one after it, the sentence says what the name forecast.
"""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import CLOSING_MARKS

#: Dependents that make the cue word a noun phrase of its own ("the estimates", "his claims", "new estimates").
_NOUN_DEPENDENTS = frozenset({"det", "poss", "amod", "nummod", "case"})
#: Dependents of the cue word (or of the name read as a verb) that hold the clause of what was said.
_CLAUSES = frozenset({"ccomp", "acl", "relcl", "xcomp", "advcl"})


def name_before_noun_cue(word: Token) -> Token | None:
    """The name right before a cue word in -s that the tagger took for a noun, or None (see the module)."""
    if word.pos_ not in ("NOUN", "PROPN") or word.i == 0:
        return None
    if word.lower_ in CUE_VERBS:
        return _name_before_verbless_cue(word)
    if not word.lower_.endswith("s"):
        return None
    if word.lower_[:-1] not in CUE_VERBS or word.text[:1].isupper():
        return None  # "Says" in a headline is another matter
    name = word.doc[word.i - 1]
    if not (name.is_title and name.text.replace("'", "").replace("\u2019", "").isalpha()):
        return None
    first = _first_of_hyphenated(name)  # "“…,” Fennimore-Quist jokes.": the name opens at "Fennimore"
    if name.ent_type_ not in ("PERSON", "") and not closes_sentence(name, word) and not _after_quotation(first):
        return None  # "FEC reports show …": an organisation's reports are documents ("…, Reuters reports." speaks)
    if any(c.dep_ in _NOUN_DEPENDENTS for c in word.children):
        return None
    if name.head == word and name.dep_ in ("compound", "nmod"):
        owner = word  # "Brook predicts": the name modifies the cue word
    elif word.head == name and word.dep_ == "dobj":
        owner = name  # "Trump notes": the cue word is the object of the name read as a verb
    else:
        return None
    if any(c.dep_ in _NOUN_DEPENDENTS or c.dep_ == "nsubj" for c in name.children):
        return None
    if noun_cue_clause(word, owner) or _after_quotation(first) or closes_sentence(name, word):
        return name
    return None


def _first_of_hyphenated(name: Token) -> Token:
    """The first word of a hyphenated name whose last word is `name` ("Fennimore" of "Fennimore-Quist"), or `name`."""
    doc, first = name.doc, name
    while first.i >= 2 and doc[first.i - 1].text == "-" and not doc[first.i - 2].whitespace_:
        if doc[first.i - 1].whitespace_ or not doc[first.i - 2].is_title:
            break
        first = doc[first.i - 2]
    return first


def closes_sentence(name: Token, word: Token) -> bool:
    """ "Prices will keep rising, Ostrow notes.", "…, she said.": a one-word name or pronoun (or a surname of two words
    joined by a hyphen, "Abernathy-Kwan notes.") right after a comma, and the cue word right after it that ends the
    sentence, however the parser hung them."""
    first = _first_of_hyphenated(name)
    if first.i == 0 or name.i != word.i - 1 or name.doc[first.i - 1].text != ",":
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is None or after.i == word.sent.end - 1 and after.is_punct


def _name_before_verbless_cue(word: Token) -> Token | None:
    """The name before a cue in its plain form that heads a sentence with no verb but the clause after its "that"
    ("Penworth forecast that …"), or None."""
    name = word.doc[word.i - 1]
    if word.dep_ != "ROOT" or name.head != word or name.pos_ not in ("NOUN", "PROPN") or not name.text[:1].isupper():
        return None
    if any(t.tag_ in FINITE for t in word.doc[word.sent.start : word.i]):
        return None
    clause = noun_cue_clause(word, word)
    starts = bool(clause) and min(t.i for t in clause) == word.i + 1 and word.doc[word.i + 1].lower_ == "that"
    return name if starts and any(t.tag_ in FINITE for t in clause) else None


def noun_cue_clause(word: Token, owner: Token | None = None) -> list[Token]:
    """The tokens of the clause after a cue word read as a noun (hung on it or on the name before it), or []."""
    for child in (*word.children, *(owner.children if owner is not None else ())):
        if child.dep_ in _CLAUSES and child.i > word.i and child.left_edge.i == word.i + 1:
            return list(child.subtree)
    return []


def _after_quotation(name: Token) -> bool:
    """ "“…,” Steel notes.": a closing mark (after a comma) right before the name."""
    before = name.doc[name.i - 1] if name.i else None
    return before is not None and before.text in CLOSING_MARKS
