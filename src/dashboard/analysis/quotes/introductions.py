"""Quotations with no cue in their sentence that something before them introduces: a clause ending in a colon
("She put it bluntly: “…”"), "as she puts it", or a cue that said nothing itself ("X said in a statement. “…”")."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.around import as_put_it
from dashboard.analysis.quotes.assenting_cues import assents_only
from dashboard.analysis.quotes.cues import Cue
from dashboard.analysis.quotes.lexicon import MANNER_CUES
from dashboard.analysis.quotes.marks import sentences_of, token_at, word_count
from dashboard.analysis.quotes.named_colons import named_colon
from dashboard.analysis.quotes.pointed_back import SPEECH_NOUNS
from dashboard.analysis.quotes.quote import Quote
from dashboard.analysis.quotes.reported_colon_clauses import reporting_cue
from dashboard.analysis.quotes.speakers import Cast, Speaker
from dashboard.analysis.quotes.subjects import subject_of

#: Most words after a cue of the sentence after a quotation that continues another, for that cue to say who said it
#: ("told reporters").
_WORDS_AFTER_CUE = 6


def after_colon(doc: Doc, text: str, span: tuple[int, int], cast: Cast, p: int) -> Quote | None:
    """ "She put it bluntly: "…"": a quotation after a colon belongs to the subject of the clause before it (passive
    or not: "He was unmoved: "…""), to the person named right before the colon ("The result surprised no one
    more than Ann Ross: "…""), or to the one whose answer stands alone before it ("Her answer: "…"")."""
    before = text[: span[0]].rstrip()
    if not before.endswith(":"):
        return None
    found = colon_speaker(doc, len(before) - 1, cast, p, [span])
    if found is None:
        owner = words_owner(doc, len(before) - 1, cast, p)  # "She does not hesitate. Her answer: “…”"
        said = Quote(owner, "say", [span], True, sentences_of(cast.sentences[p], [span])) if owner else None
        return said or named_colon(doc, text, span, cast, p)  # "… down? Roe: “…”"
    speaker, verb = found
    sentences = [cast.sentence_of(p, verb.i), *sentences_of(cast.sentences[p], [span])]
    return Quote(speaker, verb.lemma_.lower(), [span], True, sentences)


def colon_speaker(
    doc: Doc, at: int, cast: Cast, p: int, quotations: list[tuple[int, int]] = ()
) -> tuple[Speaker, Token] | None:
    """The speaker, and the verb, of the clause that the colon at character `at` ends ("She put it bluntly:"): its
    subject, or the person named right before the colon; None when neither is a speaker."""
    colon = doc[token_at(doc, at)]
    verb = colon.head if colon.head.i < colon.i and colon.head.pos_ in ("VERB", "AUX") else None
    verb = verb or cast.sentence_of(p, colon.i).root
    if verb.i > colon.i:  # the parser made the quotation the sentence: the clause before the colon introduces it
        sentence = cast.sentence_of(p, colon.i)
        verb = next((t for t in reversed(doc[sentence.start : colon.i]) if _has_subject(t)), verb)
    if verb.i > colon.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    verb = reporting_cue(verb, colon) or verb  # "The union, she adds, has asked …: “…”": hers, not the union's
    named = cast.entity(p, doc[colon.i - 1]) if colon.i else None
    person = named is not None and cast.label(p, named) == "PERSON" and not _where(named.root)
    subject = named.root if person else subject_of(verb, quotations)
    subject = subject or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "Ann was unmoved: “…”"
    speaker = cast.speaker(p, subject) if subject is not None else None
    return (speaker, verb) if speaker is not None else None


def after_silent_cue(sents: list[Span], span: tuple[int, int], silent: list[Cue], speakers: dict) -> Quote | None:
    """ "X said in a statement. “…”": a quotation that opens the sentence after a cue that said nothing itself."""
    at = bisect.bisect_right([s.start_char for s in sents], span[0] + 1) - 1
    if at < 1 or span[0] - sents[at].start_char > 1:
        return None
    before = sents[at - 1]
    if any(mark in text_of(before) for mark in ("\u201c", "\u201d", '"', "''")):
        return None  # a quotation goes on after the sentence that cites it
    cue = next((c for c in reversed(silent) if before.start <= c.verb.i < before.end and c.content_span is None), None)
    return Quote(speakers[cue.verb.i], cue.lemma, [span], True, [before, sents[at]]) if cue is not None else None


def as_put(doc: Doc, span: tuple[int, int], cast: Cast, p: int) -> Quote | None:
    """ "as one resident put it, “…”": the quotation is the words of the one who put it so."""
    verb = as_put_it(doc, token_at(doc, span[0]))
    subject = subject_of(verb) if verb is not None else None
    speaker = cast.speaker(p, subject) if subject is not None else None
    return Quote(speaker, "put", [span], True, sentences_of(cast.sentences[p], [span])) if speaker else None


def words_owner(doc: Doc, at: int, cast: Cast, p: int) -> Speaker | None:
    """ "Her answer:", "Haugen's advice:" standing alone before the colon at character `at`, right after a sentence
    ends: the one whose answer, advice or reply it is said what follows."""
    colon = doc[token_at(doc, at)]
    noun = doc[colon.i - 1] if colon.i else None
    if noun is None or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    opens = owner is not None and (owner.i == 0 or doc[owner.i - 1].text[-1:] in '.?!\u201d"')
    return cast.speaker(p, owner) if opens and noun.left_edge.i == owner.i else None


def _where(name: Token) -> bool:
    """A name that says where something was said ("wrote on Twitter:", "spoke in Dover:"), even when the recogniser
    took it for a person's, not who said it ("… no one more than Ann Ross:", "came from Ann Ross:")."""
    return name.dep_ == "pobj" and name.head.lower_ in ("on", "in", "at", "via")


def _has_subject(token: Token) -> bool:
    """A verb with its own subject ("She has a simple explanation for it:")."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in token.children)


def nearest_cue(
    doc: Doc, text: str, sents: list[Span], span: tuple[int, int], cues: list[Cue], own: dict
) -> Cue | None:
    """The cue that introduces a quotation: in a sentence it shares, or right before ("X said:") or after it; not one
    of the sentence after that has a quotation of its `own` ("“…” The council called the vote “a farce.”")."""
    start, end = span
    before = text[:start].rstrip()
    region = sentences_of(sents, [span])
    if before[-1:] in (":", ","):
        region += sentences_of(sents, [(len(before) - 1, len(before))])
    after = [s for s in sents if 0 <= s.start_char - end <= 2]
    first, last = token_at(doc, start), token_at(doc, end - 1)
    continues = any(
        e <= start and (word_count(text[e:start]) <= 4 or _only_its_cue_between(doc, sents, verb, e, start))
        for verb, group in own.items()
        for _, e in group
    )
    best, distance = None, None
    for cue in cues:
        sent = sents[bisect.bisect_right([s.start for s in sents], cue.verb.i) - 1]
        near_after = (
            sent in after
            and _opens_with_cue(cue, sent, continues, cues)
            and cue.verb.lemma_.lower() not in MANNER_CUES
            and not (continues and assents_only(cue.verb))  # "“A,” he says. “B.” His coach agrees.": B is his
        )
        if sent not in region and (not near_after or cue.verb.i in own):
            continue
        gap = first - cue.verb.i if cue.verb.i < first else cue.verb.i - last
        if distance is None or gap < distance:
            best, distance = cue, gap
    return best


def _only_its_cue_between(doc: Doc, sents: list[Span], verb: int, end: int, start: int) -> bool:
    """ "“A,” Hale said as she read her decision. “B.”": nothing but the sentence of the cue of the quotation that
    ends at `end` stands between it and the quotation at `start`, however long that sentence is."""
    sent = sents[bisect.bisect_right([s.start for s in sents], verb) - 1]
    return end <= doc[verb].idx < start and 0 <= start - sent.end_char <= 2


def _opens_with_cue(cue: Cue, sent: Span, continues: bool, cues: list[Cue]) -> bool:
    """Whether a sentence opens with a cue that says who said a quotation before it: its verb within its first
    words, or right after a subject that opens it ("“Why not?” a narrator in the union ad asks."); when the quotation
    `continues` one right before it, only if the sentence is done a few words after the cue (not "“…?” she asked.
    “…” Store manager Raj Menon told staff about the sale at a meeting …", which tells of something else) and no
    quotation follows it, which it announces instead, unless that quotation's sentence has another of the `cues`
    ("“…?” a reporter asked. “…,” the minister said": the reporter asked the question, the minister answers it)."""
    subject = cue.subject
    doc = sent.doc
    following = len(text_of(doc)) - len(text_of(doc)[sent.end_char :].lstrip())
    if continues and text_of(doc)[following : following + 1] in ("\u201c", '"') and not _has_cue(doc, following, cues):
        return False  # "“A,” he says. “B.” His mother explains it. “C.”": B goes on with A, the cue announces C
    after_subject = subject.left_edge.i == sent.start and 0 < cue.verb.i - subject.right_edge.i <= 2
    done = sum(t.is_alpha for t in doc[cue.verb.i + 1 : sent.end]) <= _WORDS_AFTER_CUE
    return (cue.verb.i - sent.start <= 4 or after_subject) and (done or not continues)


def _has_cue(doc: Doc, at: int, cues: list[Cue]) -> bool:
    """Whether the sentence that opens at character `at` holds the verb of one of the cues."""
    sent = doc[token_at(doc, at)].sent
    return any(sent.start <= c.verb.i < sent.end for c in cues)
