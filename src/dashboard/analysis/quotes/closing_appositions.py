"""A closing cue that the parser hung on the sentence's verb: "… inside the networks of nine shipbuilders, the Finnish
cybersecurity firm Kallioväki Security said on Wednesday." can be parsed with "said" as an adverbial clause of "spent"
and the firm set beside "shipbuilders" as its apposition, leaving the cue no subject, or with "said" as the clause
"spent" governs. The phrase set off by the comma right before such a cue is who spoke, and when the cue ends the
sentence (`around.before_closing_cue` asks) it reports the words before the comma, as any closing cue does."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: Tenses of a finite cue ("said", "says"); a participle's clause ("…, saying") has its subject elsewhere.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: How many words the phrase set off before the cue may have ("the Finnish cybersecurity firm Kallioväki Security").
_LONGEST = 8


def speaker_hung_before_closing_cue(verb: Token) -> Token | None:
    """The head of the phrase set off by a comma right before a finite cue with no subject that the parser made
    an adverbial clause and that ends its sentence; None for any other cue."""
    if verb.dep_ != "advcl" or verb.tag_ not in _FINITE or verb.i < 3:
        return None
    doc, sent = verb.doc, verb.sent
    if any(t.i > verb.i and not t.is_punct and not _under(t, verb) for t in sent):
        return None  # not the sentence's last clause
    comma = next(
        (t.i for t in reversed(doc[max(sent.start, verb.i - _LONGEST - 1) : verb.i]) if t.text == ","),
        None,
    )
    if comma is None or comma + 1 >= verb.i:
        return None
    phrase = doc[comma + 1 : verb.i]
    roots = [t for t in phrase if not comma < t.head.i < verb.i]
    last = phrase[-1]
    if len(roots) != 1 or roots[0].dep_ != "appos" or last.pos_ not in ("NOUN", "PROPN"):
        return None
    return roots[0] if not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in phrase) else None


def hung_on_the_clause_before(verb: Token, subject: Token) -> bool:
    """Whether a finite cue is hung on the verb of the clause before it (as its adverbial clause or the clause it
    governs), which is no cue, with its subject set off by a comma before it ("…, the firm Y said")."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.tag_ not in _FINITE or not 0 < verb.head.i < verb.i:
        return False
    start = subject.left_edge.i
    return verb.head.lemma_.lower() not in CUE_VERBS and start < verb.i and verb.doc[start - 1].text == ","


def _under(token: Token, verb: Token) -> bool:
    """Whether a token is part of the cue's own clause ("on Wednesday")."""
    return any(a == verb for a in token.ancestors)
