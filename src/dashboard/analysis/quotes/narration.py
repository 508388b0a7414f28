"""Words the parser hangs on a cue that are the narrator's, not what was said: a contrasting clause ("said A, while
B counted only C") and the narration before a quotation ("Ann weighed in, telling the Ledger, “…,” she said")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import text_of, words_of
from dashboard.analysis.quotes.lexicon import CUE_VERBS, WITHHOLDING


def without_narration(
    content: list[Token], heads: list[Token], quotations: list[tuple[int, int]]
) -> tuple[list[Token], list[Token]]:
    """ "Ann weighed in, telling the Ledger, “…,” she said": of two clauses hung on a cue after the quotation that
    holds one of them, the one before the opening mark is the narrator's; so is one after the cue and outside any
    quotation ("“…,” said Ann Ross, standing outside the public works yard": "works" taken for a second clause)."""
    verb = heads[0].head if heads else None
    opening = min(
        (s for s, e in quotations for h in heads if h.dep_ == "ccomp" and s <= h.idx < e and e <= verb.idx),
        default=None,
    )
    if opening is None:
        return _before_closed_quotation(content, heads, quotations)
    narration = [
        h
        for h in heads
        if h.dep_ == "ccomp"
        and (h.right_edge.idx < opening or h.i > verb.i and not any(s <= h.idx < e for s, e in quotations))
    ]
    cut = {t.i for h in narration for t in h.subtree}
    return [t for t in content if t.i not in cut], [h for h in heads if h not in narration]


def without_contrast(content: list[Token], quotations: list[tuple[int, int]]) -> list[Token]:
    """ "said A, while B counted only C": a contrasting clause with a subject of its own is the narrator's."""
    if not content or words_of(content[0].doc).isdisjoint(_CONTRASTS):
        return content  # most paragraphs: no "while", no clause is read
    cut = {
        t.i
        for clause in content
        if clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(s <= clause.idx < e for s, e in quotations)
        and not _while_refused(clause, content)
        for t in clause.subtree
    }
    return [t for t in content if t.i not in cut] if cut else content


def _while_refused(clause: Token, content: list[Token]) -> bool:
    """ "said it would not comment while the hearing was under way": a "while" with no comma before it, on a negated
    verb of what was said, tells for how long something is not done, no contrast of the narrator's."""
    mark = next(c for c in clause.children if c.dep_ == "mark")
    refused = clause.head in content and any(c.dep_ == "neg" for c in clause.head.children)
    return refused and mark.i > 0 and clause.doc[mark.i - 1].text != ","


def without_deed_after(content: list[Token], verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """ "said the budget would pass and walked out", "has said it would be hard, but downplayed the issue", "said the
    count is going well but declined to predict …", "said she would attend but did not say whether …": a past verb
    joined with no subject of its own to a reported clause whose tense it does not fit (`_past_after`) cannot go on
    that clause; it tells what the speaker did next, and is no part of what was said (unless it is a verb of saying
    itself, not denied)."""
    if verb.tag_ not in ("VBD", "VBN") or not content:
        return content
    inside = {t.i for t in content}
    for deed in content:
        if deed.dep_ != "conj" or deed.head.i not in inside or not _past_after(deed, deed.head):
            continue  # most words: their head is not read
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in deed.children):
            continue
        refused = _refusal(deed)
        if deed.lemma_.lower() in CUE_VERBS and not refused:
            continue  # "said the plan would fail and warned that …" goes on saying; "but did not say …" does not
        if any(s <= deed.idx < e for s, e in quotations):
            continue
        start = deed.left_edge.i
        while start - 1 in inside and (verb.doc[start - 1].is_punct or verb.doc[start - 1].dep_ == "cc"):
            start -= 1  # the "and", "but" or comma before it
        listed = verb.doc[start - 1]
        if listed.pos_ in ("NOUN", "PROPN") and listed.dep_ in ("conj", "dobj") and not refused:
            continue  # "would bring new jobs, renovated schools, and repaired bridges": a list of things
        return [t for t in content if t.i < start or t.i > deed.right_edge.i]
    return content


def _refusal(deed: Token) -> bool:
    """Whether `deed` tells that the speaker would not say more: "declined to say", "refused to predict", "did not
    say whether", "did not disclose"."""
    children = list(deed.children)
    if deed.tag_ == "VBD" and deed.lemma_.lower() in WITHHOLDING:
        return any(c.dep_ == "xcomp" for c in children)
    denied = any(c.dep_ == "neg" for c in children) and any(c.dep_ == "aux" and c.lower_ == "did" for c in children)
    return denied and deed.lemma_.lower() in CUE_VERBS


def _past_after(deed: Token, head: Token) -> bool:
    """Whether `deed`, joined to the clause of `head`, is in a past its clause cannot go on in: a simple past after a
    clause of "would" or "to", or a refusal to say more after any clause not itself in the simple past ("wants a
    debate but declined to name a date", "had certified the results but did not disclose …"). Another past after a
    clause in the present may still be said ("has no events planned and gave only short remarks"), as may one after a
    clause in the simple past."""
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if _refusal(deed):
        return head.tag_ != "VBD" and not any(c.tag_ == "VBD" and c.lower_ != "had" for c in auxiliaries)
    if deed.tag_ != "VBD" or head.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in deed.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in auxiliaries)


def without_circumstance_after_cue(content: list[Token], verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """ "“Hold on to the rail,” Ann said, as the ferry pulled away": when the quotation closes right before the cue and
    its subject, a clause after the cue outside quotation marks that the parser hung on the quoted words tells when
    they were said; it is the narrator's ("“The plan,” she said, “will fail”" keeps its second quoted part)."""
    doc = verb.doc
    first = min((c.left_edge.i for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), default=verb.i)
    if first == 0 or doc[first - 1].text not in ("\u201d", '"', "''") or not any(e <= verb.idx for _, e in quotations):
        return content
    cut = {
        t.i
        for clause in content
        if clause.i > verb.i
        and clause.dep_ == "advcl"
        and clause.left_edge.lower_ in _SUBORDINATORS
        and not any(s <= clause.left_edge.idx < e for s, e in quotations)
        for t in clause.subtree
    }
    return [t for t in content if t.i not in cut] if cut else content


def _before_closed_quotation(
    content: list[Token], heads: list[Token], quotations: list[tuple[int, int]]
) -> tuple[list[Token], list[Token]]:
    """ "Ann weighed in, telling the Ledger in an interview, “…,” she said, adding …": a quotation that the cue closes
    (nothing but its subject between them) is what was said, when the parser hung it on a clause of narration
    before its opening mark; the narration goes, the quoted words stay ("The plan “will fail,” she said" keeps all)."""
    if not heads or not content:
        return content, heads
    verb = heads[0].head
    if all(e > verb.idx for _, e in quotations):
        return content, heads  # no quotation closes before the cue: its subject's words need not be read
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    doc = verb.doc
    closed = [
        (s, e)
        for s, e in quotations
        if e <= verb.idx
        and all(t.is_punct or t.i in subject for t in doc[doc.char_span(s, e, alignment_mode="expand").end : verb.i])
    ]
    if not closed:
        return content, heads
    opening = closed[-1][0]
    before = [t for t in content if t.idx < opening]
    introduced = [t for t in before if t.idx + len(t) <= opening and t.i + 1 < len(doc) and doc[t.i + 1].idx >= opening]
    said = text_of(doc)[opening + 1 : closed[-1][1]].lstrip()
    whole = said[:1].isupper() and len(said.split()) >= 4 and introduced and introduced[-1].text in (",", ":")
    if not whole or not any(t.pos_ == "VERB" for t in before) or not any(t.idx >= opening for t in content):
        return content, heads  # not "The mayor will play the “harbour card,” he said"
    kept = [t for t in content if t.idx >= opening]
    inside = {t.i for t in kept}
    return kept, [t for t in kept if t.head.i not in inside and not t.is_punct]


#: Words that open a clause of time or manner after a cue ("…,” she said, when the bell rang", ", as the ferry left").
_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "once", "since", "until", "because"})
#: Words that open a clause telling when something was said ("…,” she said, two hours after …); not "while" or "as",
#: which mostly go on with the same speaker (", while arguing …", "as he called for …").
_CIRCUMSTANCE_MARKS = frozenset({"after", "before", "when", "once", "since", "until"})
#: Words that open a contrasting clause ("said A, while B counted only C"; see `without_contrast`).
_CONTRASTS = frozenset({"while", "whereas"})


def circumstance_of_quotation(verb: Token, quotations: list[tuple[int, int]]) -> bool:
    """ "“…,” Ann said at her party, two hours after news outlets declared her the winner": a cue with a subject of its
    own, in a clause telling when a quotation before it was said, is narration, no statement of its own; not when
    it quotes words itself ("…,” Ann tweeted after Tom argued that “…”")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i >= verb.i or head.pos_ != "VERB":
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
        verb.idx <= s < verb.doc[verb.right_edge.i].idx + 1 for s, _ in quotations
    ):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in verb.children):
        return False
    closed = [e for _, e in quotations if e <= head.idx]
    right_before = bool(closed) and len(text_of(head.doc)[closed[-1] : head.idx].split()) <= 3  # "…,” Ann Ross said"
    return right_before and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)
