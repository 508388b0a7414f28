"""A paragraph that dates the next sitting of the talks its article told ("The next round is due in March in Geneva",
"The negotiators will meet again in Brussels in March", "Talks are due to resume in Vienna on Thursday", "The three
delegations will meet again in Ottawa in April") goes on with those talks: it takes each theme that an earlier
paragraph of talks carries (talks on a trade pact are trade and diplomacy, talks on a border diplomacy), unless it has
a cue against the theme. A paragraph of talks is one whose own terms of the theme hold a word of talks ("talks",
"negotiator", "delegation"). The paragraph that dates the sitting needs no word of the theme: "next round",
"meet again" or talks that "resume" tell it (a board that meets again, or a cup's next round, in a story with no
talks that carry a theme lends nothing). Explained as "context: next sitting: meet again, talks in paragraph 1". Read
from words and lemmas only: no parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dashboard.analysis.doc_text import words_of

#: The words of a theme's terms that tell talks ("talks", "peace talks", "negotiator", "trade delegation").
TALK_WORDS = frozenset(
    ["talks", "talk", "negotiator", "negotiators", "negotiation", "negotiations", "negotiate", "delegation", "round"]
)
#: The nouns of talks that make "resume" the talks' resumption ("Talks are due to resume"), not a ferry's.
RESUMED = frozenset(["talks", "negotiations", "negotiation"])
#: The pairs of words, one of which a paragraph that dates a sitting holds both of ("resume" with a noun of talks).
_SITTING_PAIRS = (frozenset(["next", "round"]), frozenset(["meet", "again"]))


def next_sittings(themes: Sequence, docs: Sequence[Doc], scores: list[list]) -> list[list]:
    """The article's scores with each paragraph that dates the next sitting of talks labelled with every theme an
    earlier paragraph of talks carries."""
    for p, doc in enumerate(docs):
        sitting = next_sitting(doc) if p else ""
        if not sitting:
            continue
        for i, theme in enumerate(themes):
            verdict = scores[p][i]
            if verdict.label or any(term.startswith("-") for term in verdict.terms):
                continue
            talks = next((q for q in range(p) if scores[q][i].label and _talks(scores[q][i].terms)), -1)
            if talks >= 0:
                context = f"next sitting: {sitting}, talks in paragraph {talks + 1}"
                scores[p][i] = replace(verdict, score=max(verdict.score, theme.threshold), label=True, context=context)
    return scores


def next_sitting(doc: Doc) -> str:
    """The words by which a paragraph dates the next sitting of talks ("next round", "meet again", "talks resume"), or
    ""."""
    if not _may_date_sitting(words_of(doc)):
        return ""  # most paragraphs: no walk over their words
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    lower = [t.lower_ for t in words]
    for k in range(len(words) - 1):
        if lower[k] == "next" and lower[k + 1] == "round":
            return "next round"
        if words[k].lemma_.lower() == "meet" and lower[k + 1] == "again":
            return "meet again"
    if RESUMED & set(lower) and any(t.lemma_.lower() == "resume" and t.pos_ == "VERB" for t in words):
        return "talks resume"
    return ""


def _may_date_sitting(words: frozenset[str]) -> bool:
    """Whether a paragraph's words and lemmas (`words_of`) hold all the words of one way to date a sitting."""
    return any(pair <= words for pair in _SITTING_PAIRS) or ("resume" in words and not RESUMED.isdisjoint(words))


def _talks(terms: Sequence[str]) -> bool:
    """Whether a paragraph's terms of a theme tell talks (its words, not what explains them: "inner talks: union" are
    talks at home)."""
    return any(word in TALK_WORDS for term in terms if term[:1] != "-" and ":" not in term for word in term.split())
