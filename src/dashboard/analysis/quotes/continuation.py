"""Quotations with no cue of their own: more words of the quote before them, or a quote of their own by the last
speaker or by the person the sentence before them is about."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.how_put import how_named
from dashboard.analysis.quotes.hung_on_quotation import past_hung_clause
from dashboard.analysis.quotes.lexicon import HUMAN_CUES
from dashboard.analysis.quotes.marks import CLOSING_MARKS, QUOTE_MARKS, sentences_of, word_count
from dashboard.analysis.quotes.pointed_back import pointed_speaker
from dashboard.analysis.quotes.quote import Quote
from dashboard.analysis.quotes.quoted_tails import ends_in_quoted_words
from dashboard.analysis.quotes.speakers import Cast, Speaker

#: Quotation marks and white space around a quotation.
AROUND_QUOTATION = " \n\u201c\u201d\"'"
#: Words that give a name in quotation marks ("a meeting titled “Homes First”", "a sign reading “Closed”").
_NAMING = frozenset({"titled", "entitled", "named", "called", "dubbed", "nicknamed", "labelled", "labeled", "reading"})
#: Entity labels of names that never speak ("That was the view from Ottawa").
NOT_SPEAKERS = frozenset({"GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "DATE", "TIME"})


def continue_quote(
    sents: list[Span],
    span: tuple[int, int],
    quotes: list[Quote],
    previous: Speaker | None,
    text: str,
    narrated: Speaker | None = None,
    introduced: Speaker | None = None,
) -> None:
    """A quotation with no cue: more words of the quote before it, or a new quote (added to `quotes`).

    It joins the quote before it, when that one ends in quotation marks or is reported speech whose last words stand
    in them (see `quoted_tails`), if nothing but that quote's own sentences stands between them ("…," she said. "…");
    after a sentence of narration it is a quote of its own by the person that sentence is about (`narrated`, see
    `narrated_person`), else by the same speaker (`previous` when it is the paragraph's first), or by the person the
    sentence after it introduces as speaking (`introduced`, see `named_after`) when no quote in marks comes right
    before it.
    """
    start, end = span
    opens_sentence = any(start - 1 <= s.start_char <= start + 1 for s in sents)
    before = sorted((q for q in quotes if q.end <= start), key=lambda q: q.end)
    if before and not before[-1].direct and not _ends_in_quotation(text, before[-1], start):
        before = past_hung_clause(before)
    if before and (before[-1].direct or _ends_in_quotation(text, before[-1], start)):
        last = before[-1]
        if _joined(sents, span, last, narrated, whole=opens_sentence):
            return
        if opens_sentence or not _named_so(text, start):  # not "a meeting titled “Homes First”": a name, unsaid
            quotes.append(Quote(narrated or last.speaker, "say", [span], True, sentences_of(sents, [span])))
        return
    tail = before and opens_sentence and ends_in_quoted_words(text, before[-1])
    if tail and _joined(sents, span, before[-1], narrated, whole=True):
        return  # "The ferry is “far too costly,” Reyl said. “…”"
    speaker = narrated or introduced or (before[-1].speaker if before else previous)
    if speaker is not None and opens_sentence and (before or start == 0 or narrated):
        quotes.append(Quote(speaker, "say", [span], True, sentences_of(sents, [span])))


def _joined(sents: list[Span], span: tuple[int, int], last: Quote, narrated: Speaker | None, *, whole: bool) -> bool:
    """Add the quotation at `span` to `last` when nothing but that quote's own sentences stands between them and the
    sentence before it is about no one else (not "Ann shrugs. “…”"); whether it did. A quotation that opens a sentence
    (`whole`) makes the quote direct: a quoted sentence is part of it, not only words in marks inside reported
    speech."""
    own = {(s.start_char, s.end_char) for s in last.sentences}
    narration = [
        s
        for s in sents
        if last.end <= s.start_char
        and s.end_char <= span[0]
        and (s.start_char, s.end_char) not in own
        and word_count(text_of(s)) >= 3
    ]
    if narration or (narrated is not None and narrated.name != last.speaker.name):
        return False
    last.parts = [*last.parts, span]
    last.sentences = [*last.sentences, *sentences_of(sents, [span])]
    last.direct = last.direct or whole
    return True


def narrated_person(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The named person the sentence right before a quotation is about ("Drummond is not convinced. “…”"): the
    subject of its main verb, when that sentence quotes nobody itself."""
    sents = cast.sentences[p]
    before = [s for s in sents if 0 <= span[0] - s.end_char <= 2]
    if not before or any(mark in text_of(before[-1]) for mark in QUOTE_MARKS):
        return None
    root = before[-1].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = cast.speaker(p, subject) if subject is not None else None
    return speaker if speaker is not None and speaker.name and speaker.kind not in ("institution", "unnamed") else None


def pointed_person(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The speaker the sentence right after a quotation names by pointing back at it ("“…” Those are the words of
    Ann Lee", "That is how Ann Lee puts it"; see `pointed_back`). A quotation that ends its paragraph looks at the
    first sentence of the next one."""
    found = sentence_after(cast, p, span, next_paragraph=True)
    token = (pointed_speaker(found[0]) or how_named(found[0])) if found is not None else None
    if token is None or cast.label_at(found[1], token) in NOT_SPEAKERS:
        return None
    speaker = cast.speaker(found[1], token)
    return speaker if speaker is not None and speaker.name and speaker.kind != "unnamed" else None


def named_after(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """ "“The smell was the worst part.” Ernie Paquette, the custodian, says he spent a week …": a quotation that
    stands alone as a sentence, followed by one whose subject is a person named there for the first time and whose
    main verb is a cue of speech, is that person's; the next sentence introduces who said it."""
    found = sentence_after(cast, p, span)
    if found is None:
        return None
    root = found[0].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.lemma_.lower() not in HUMAN_CUES or subject.pos_ != "PROPN":
        return None
    return first_named(cast, p, found[0], subject)


def sentence_after(
    cast: Cast, p: int, span: tuple[int, int], *, next_paragraph: bool = False
) -> tuple[Span, int] | None:
    """The sentence right after a quotation and its paragraph, or, with `next_paragraph`, the first sentence of the
    next paragraph when the quotation ends its own; None when there is none or it holds a quotation itself."""
    after, at = [s for s in cast.sentences[p] if 0 <= s.start_char - span[1] <= 2][:1], p
    sents = cast.sentences[p]
    ends_paragraph = bool(sents) and not text_of(sents[-1].doc)[span[1] :].strip(AROUND_QUOTATION)
    if not after and next_paragraph and ends_paragraph and p + 1 < len(cast.sentences):
        after, at = cast.sentences[p + 1][:1], p + 1
    if not after or any(mark in text_of(after[0]) for mark in QUOTE_MARKS):
        return None
    return after[0], at


def first_named(cast: Cast, p: int, sentence: Span, subject: Token) -> Speaker | None:
    """The person `subject` names in `sentence` of paragraph p, when the article names them there for the first time
    (not a body, nor an unnamed source)."""
    speaker = cast.speaker(p, subject)
    if speaker is None or not speaker.name or speaker.kind in ("institution", "unnamed"):
        return None
    named_before = any(name == speaker.name and pos < (p, sentence.start) for pos, name, _ in cast.people)
    return None if named_before else speaker


def _ends_in_quotation(text: str, quote: Quote, start: int) -> bool:
    """Whether a quote ends with a closing mark, or reported speech ends right before one (past the full stop the
    parser left out of it) and the quotation at `start` follows with no word between ("warning: "It will not go
    away." "We …"")."""
    if text[quote.end - 1 : quote.end] in CLOSING_MARKS:
        return True
    tail = text[quote.end : quote.end + 2]
    return any(m in tail for m in CLOSING_MARKS) and not any(c.isalnum() for c in text[quote.end : start])


def _named_so(text: str, start: int) -> bool:
    """Whether the word right before a quotation gives it as a name ("titled", "called")."""
    words = text[:start].split()
    return bool(words) and words[-1].lower() in _NAMING
