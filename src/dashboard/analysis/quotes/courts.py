"""The court a judge's title names: the words before "Judge" in "U.S. District Judge Ann Ross", or the court a judge
speaks at ("Judge Ann Ross said at the High Court")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import doc_span, words_of

#: Last words of the names of courts, which need no "Court" added.
_COURT_WORDS = frozenset({"court", "tribunal", "bench"})


def court_of_judge(name: str, tokens: tuple[Token, ...]) -> str:
    """ "U.S. District Judge Ann Ross", "Circuit Judge Ann Ross": the words before a judge's title name a court."""
    doc, after = tokens[-1].doc, tokens[-1].i + 1
    judge = after < len(doc) and doc[after].lower_ in ("judge", "justice")
    return f"{name} Court" if judge and name.split()[-1].lower() not in _COURT_WORDS else name


#: Titles of the bench, whose court is the one they speak at.
_BENCH = frozenset({"judge", "justice", "magistrate"})


def court_spoken_at(root: Token, ent: Span) -> Token | None:
    """ "Judge X said at the High Court that …", "Justice Y said in the Supreme Court": the named court a judge's
    verb is said at or in, whose judge the speaker is; None for a speaker with no title of the bench."""
    before = () if words_of(ent.doc).isdisjoint(_BENCH) else doc_span(ent.doc, max(ent.start - 2, 0), ent.start)
    titled = any(t.lower_ in _BENCH for t in before)  # most paragraphs name no judge: no word read
    for child in root.head.children if titled and root.head.i > root.i else ():
        court = [o for o in child.children if o.dep_ == "pobj" and o.lower_ in ("court", "tribunal")]
        if child.dep_ == "prep" and child.lower_ in ("at", "in") and court and court[0].pos_ == "PROPN":
            return court[0]
    return None
