""" "Brask, an ally of the mayor, called the levy “a disgrace.”", "One of the doctors who signed the letter called
Orrin a fraud and a quack": a "called X Y" whose verb the parser took for a participle modifying the noun before it,
as in "a group called Unity". The speaker is the subject the participle hangs in (climbing out of a relative clause
or an "of" phrase), and what was said runs from the thing named to the end of its clause. Only when something is
said of the thing named: a second phrase after it ("a disgrace", "“reckless”", "a fraud"), not a name alone ("a
group called Unity, led by …", "a firm called Velmar gave $500")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: Dependencies on the way from the noun the participle hangs on up to the subject of the sentence.
_CLIMB = frozenset({"pobj", "prep", "dobj", "relcl", "compound", "poss"})
#: Where a subject stands.
_SUBJECT = frozenset({"nsubj", "nsubjpass", "ROOT"})


def naming_read_as_modifier(verb: Token) -> tuple[Token, list[Token], str] | None:
    """The subject, what was said and the lemma ("call") of such a "called", or None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() != "call":
        return None  # most verbs: nothing more is read
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "agent", "nsubj", "prt", "dobj") for c in children):
        return None  # "was called by", "called up", "called for"
    named = next((c for c in children if c.dep_ == "oprd" and c.left_edge.i == verb.i + 1), None)
    if named is None or not _said_of(named, children):
        return None
    subject = _subject(verb.head)
    if subject is None or subject.i > verb.i:
        return None
    return subject, _clause_from(named), "call"


def _said_of(named: Token, children: list[Token]) -> bool:
    """Whether something is said of `named` after it: a second phrase the parser hung on the verb, on the named
    thing or after it (an indefinite noun phrase, an adjective or a phrase opened by a quotation mark)."""
    if any(c.dep_ == "oprd" and c.i > named.right_edge.i for c in children):
        return True  # "called Orrin a fraud and a quack": two predicates, the second one the parser's
    doc = named.doc
    after = doc[named.i + 1 : named.right_edge.i + 2] if named.right_edge.i + 1 < len(doc) else doc[named.i + 1 :]
    for token in after:
        if token.text in QUOTE_MARKS and not token.whitespace_ and doc[token.i - 1].whitespace_:
            return True  # "called the levy “reckless”"; not the mark that closes "called “The Local” that …"
        if token.lower_ in ("a", "an") and token.head.ent_type_ not in ("DATE", "TIME") and token.head.dep_ != "pobj":
            return True  # "called Orrin a fraud", not "called Unity a year ago" nor "in a city"
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
            return False  # "a group called Unity, led by …", "a firm called Velmar gave $500", "… called X on TV"
    return False


def _subject(head: Token) -> Token | None:
    """The subject the participle's noun stands in: the noun itself, or the one its relative clause or "of" phrase
    belongs to ("One of the doctors who signed the letter"); None when the way up passes a verb of its own or an
    apposition, which the parser may hang across a semicolon ("The plan angered them; one member called X …")."""
    token = head
    for _ in range(8):
        if token.dep_ in _SUBJECT and token.pos_ in ("NOUN", "PROPN", "NUM"):
            return token
        if token.dep_ not in _CLIMB or token.head == token:
            return None
        token = token.head
    return None


def _clause_from(named: Token) -> list[Token]:
    """The words from the thing named to the end of its clause: up to the sentence's end, or to "and" with a verb
    after it ("…, and said …": a cue of its own)."""
    doc, end = named.doc, named.sent.end
    words = []
    for token in doc[named.left_edge.i : end]:
        if token.dep_ == "cc" and token.head.pos_ == "VERB" and token.head.i > token.i:
            break
        if token.pos_ == "CCONJ" and token.i + 1 < end and doc[token.i + 1].pos_ == "VERB":
            break
        words.append(token)
    return words
