"""A paragraph that names again, by its head noun after a pointer, a body or a measure that an earlier paragraph of its
article told in full through a strong term of a theme goes on with that theme: "the controls" after "export controls",
"the council" after "the Arctic Council", "The court's judgments" after "the International Court of Justice", "The
treaty" after "the treaty banning nuclear test explosions" (a pact told by its aim: see themes/aimed_pacts.py); and so
does a pact named after an earlier paragraph whose named states agreed ("Under the deal, ..." after "Pakistan and
Afghanistan agreed on Monday to ..."). Such a paragraph tells the next step or a detail of what its article is about,
however few words of the theme it holds (a court's powers, the seats of a body's members, the terms of a deal), also
when another theme labels it (the aim of export controls told as a war's weapons).

The earlier paragraph must carry the theme on its own, and the term must weigh at least `STRONG` (a term that labels a
paragraph nearly alone: "security agreement", weak for war, does not make every later "the agreement" war; a weak
"conference" is as often a student's model UN's, whose "next year's conference" is no diplomacy). An agreeing that
no named states do ("premiers agreed", "producing countries meeting here agreed") leaves its pact to the other
routes. Only the heads in `HEADS`, the nouns that name bodies and measures of states; "the union" (a labour union as
often as the European one), "the minister" or "the war" are left to the context's other routes. A paragraph with a
cue against the theme keeps its verdict. Explained as "context: named again: council, arctic council in paragraph
1". Read from words and lemmas only: no parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import IS_SPACE, LEMMA, LOWER, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc

from dashboard.analysis.doc_text import column, words_of
from dashboard.analysis.themes.aimed_pacts import aimed_heads, named_itself

#: The head nouns by which a story names again a body or a measure of states it told in full.
HEADS = frozenset(
    [
        "council", "court", "commission", "conference", "convention", "tribunal", "organization", "organisation",
        "treaty", "pact", "accord", "agreement", "deal", "control", "curb", "embargo", "ban",
    ]
)  # fmt: skip
#: The pacts that an earlier paragraph's parties agreed ("agreed to a phased return" ... "Under the deal").
PACTS = frozenset(["deal", "agreement", "accord", "pact"])
#: How a paragraph's terms tell named states doing the theme's verb ("acting: Pakistan and Afghanistan agree"; see
#: `scoring`), and the verb of agreeing that a pact named later goes back to.
ACTING = "acting: "
AGREED = "agree"
#: How much a term must weigh for its head, named again, to carry its theme.
STRONG = 2.0
#: Words that point back to what the article told ("the council", "that agreement").
POINTERS = frozenset(["the", "this", "that"])


def named_again(themes: Sequence, docs: Sequence[Doc], bases: Sequence[Sequence[float]], scores: list[list]) -> list:
    """The article's scores with each paragraph that names again a body or a measure an earlier paragraph told
    through a strong term of a theme labelled with that theme, given each paragraph's own score per theme."""
    heads = [pointed_heads(doc) for doc in docs]
    for i, theme in enumerate(themes):
        weights = theme.shown_weights
        told: dict[str, int] = {}  # head noun -> the first paragraph that told it in full and carried the theme
        aimed: set[str] = set()  # the heads told only by their aim ("the treaty banning nuclear test explosions")
        for p, row in enumerate(scores):
            verdict = row[i]
            named = next((h for h in heads[p] if h in told and (h not in aimed or named_itself(docs[p], h))), "")
            cued = any(term.startswith("-") for term in verdict.terms)
            if named and not verdict.label and not cued:
                q = told[named]
                context = f"named again: {named}, {_full_name(scores[q][i].terms, named)} in paragraph {q + 1}"
                scores[p][i] = replace(verdict, score=max(verdict.score, theme.threshold), label=True, context=context)
            if bases[p][i] >= theme.threshold:
                for head in _told_heads(verdict.terms, weights):
                    told.setdefault(head, p)
                strong = [t for t in verdict.terms if weights.get(t, 0) >= STRONG]
                for head in aimed_heads(docs[p], strong):
                    if head not in told:
                        aimed.add(head)
                        told[head] = p
    return scores


def pointed_heads(doc: Doc) -> list[str]:
    """The heads of `HEADS` a paragraph names after a pointer ("the controls", "that deal"), as lemmas; a head that
    modifies the noun after it ("the council chamber") names no body."""
    if words_of(doc).isdisjoint(HEADS) or words_of(doc).isdisjoint(POINTERS):
        return []  # most paragraphs: no head, or no pointer, so no walk over their words
    pos, lemmas, lower, strings = column(doc, POS), column(doc, LEMMA), column(doc, LOWER), doc.vocab.strings
    words = [i for i, space in enumerate(column(doc, IS_SPACE)) if not space]  # read from the columns: no Token made
    found = []
    for k in range(1, len(words)):
        i = words[k]
        if pos[i] != NOUN or (lemma := strings[lemmas[i]].lower()) not in HEADS:
            continue
        if k + 1 < len(words) and pos[words[k + 1]] in (NOUN, PROPN):
            continue
        if strings[lower[words[k - 1]]] in POINTERS:
            found.append(lemma)
    return found


def _told_heads(terms: Sequence[str], weights: dict[str, float]) -> list[str]:
    """The heads that a paragraph's terms tell in full: the head of each strong term ("arctic council" -> council,
    "international court of justice" -> court), and the pacts when the paragraph's parties agree."""
    heads = []
    for term in terms:
        words = term.split()
        if term in weights and weights[term] >= STRONG:
            head = words[words.index("of") - 1] if "of" in words else words[-1]
            heads.append(head)
        if term.startswith(ACTING) and term.endswith(f" {AGREED}"):
            heads.extend(sorted(PACTS))
    return [h for h in heads if h in HEADS]


def _full_name(terms: Sequence[str], head: str) -> str:
    """The term of the earlier paragraph that told the head in full, for the explanation."""
    full = [t for t in terms if ":" not in t and not t.startswith("-") and head in t.split()]
    agreed = any(t.startswith(ACTING) and t.endswith(f" {AGREED}") for t in terms)
    return full[0] if full else "agreed" if agreed else "told by its aim"
