"""Where one sentence holds two cues, each quotation goes with its own cue.

A quotation the parse hung under the first cue ("“…,” the coach said, while Ann Roe said the kick was “…”") but that
lies inside what a later cue with a subject of its own reports belongs to that later cue and its speaker, not to the
first cue's quotation (a relative clause's cue, "told a woman who suggested …", or a participle, "adding that …",
leaves it where it was).
A second verb of speech joined to the first with no subject of its own and a colon before a quotation ("said she
would “…” and wrote on social media: “…”", "told reporters … and posted on X: “…”") is a second statement of the same
speaker: GUIDELINES.md attributes each stretch to its cue, so the quotation after the colon is a quote of its own."""

from __future__ import annotations

from itertools import compress

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import column, word_keys
from dashboard.analysis.quotes.cues import Cue
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import covered
from dashboard.analysis.quotes.quote import Quote

#: Verbs of speech a second statement of the same speaker can take, posting included ("and posted on X: “…”").
_SECOND_CUES = CUE_VERBS | frozenset({"post"})
_SECOND_CUE_KEYS = word_keys(_SECOND_CUES)


def reported_claiming_quotations(
    linked: dict[int, list[tuple[int, int]]], cues: list[Cue], reported: set[int]
) -> list[tuple[int, int] | None]:
    """The spans of what the reporting cues say, each taken out of the quotations of the cues before it ("“…,” X
    said, while Y said it was “…”": Y's quotation, not X's)."""
    later_contents = [(c.verb.i, c.content_span) for c in cues if c.verb.i in reported and _own_subject(c.verb)]
    for verb, group in list(linked.items()):
        kept = [s for s in group if not any(v > verb and covered(s, content) for v, content in later_contents)]
        if kept:
            linked[verb] = kept
        else:
            del linked[verb]
    return [c.content_span for c in cues if c.verb.i in reported]


def _own_subject(verb: Token) -> bool:
    """The cue has a subject of its own that is no relative pronoun: "while X said", not "a woman who suggested" nor
    "adding that" (a speaker's own clause, not one of a listener or of the first speaker's participle)."""
    return verb.dep_ != "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children)


def split_at_second_cues(doc: Doc, text: str, quotes: list[Quote], spans: list[tuple[int, int]]) -> list[Quote]:
    """The quotes with each quotation after a second verb of speech and a colon made a quote of its own."""
    result = []
    for quote in quotes:
        verb = _second_cue(doc, text, quote, spans)
        quotation = verb and next((s for s in spans if s[0] > verb.idx and s[0] < quote.end + 2), None)
        if verb is None or quotation is None:
            result.append(quote)
            continue
        cut = _joining_word(verb).idx
        before = [(s, min(e, cut)) for s, e in quote.parts if s < cut]
        before = [(s, s + len(text[s:e].rstrip(" ,;"))) for s, e in before]
        after = [(s, e) for s, e in quote.parts if s >= quotation[0]] if quote.direct else [quotation]
        if before and after:
            result.append(Quote(quote.speaker, quote.cue, before, quote.direct, quote.sentences))
            result.append(Quote(quote.speaker, verb.lemma_, after, True, quote.sentences))
        else:
            result.append(quote)
    return result


def _second_cue(doc: Doc, text: str, quote: Quote, spans: list[tuple[int, int]]) -> Token | None:
    """A verb of speech inside the quote's stretch, outside its quotation marks, joined to what comes before with no
    subject of its own, and followed by a colon before the next quotation. In a reported quote the verb it is joined
    to stands outside quotation marks too: one inside ("“Thank you,” he said, and then added …: “…”") is a misread
    of a direct quote, whose reported remnant would be no statement."""
    stretch = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if stretch is None:
        return None
    lemmas = column(doc, LEMMA)  # most words of the stretch are no verb of speech: no Token is made of them
    cues = compress(
        range(stretch.start, stretch.end), map(_SECOND_CUE_KEYS.__contains__, lemmas[stretch.start : stretch.end])
    )
    for token in map(doc.__getitem__, cues):
        if (
            token.dep_ == "conj"
            and token.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and not _inside_quotation(token, quote)
            and _colon_follows(doc, token)
            and (quote.direct or not any(s <= token.head.idx < e for s, e in spans))
        ):
            return token
    return None


def _inside_quotation(token: Token, quote: Quote) -> bool:
    return quote.direct and any(s <= token.idx < e for s, e in quote.parts)


def _colon_follows(doc: Doc, verb: Token) -> bool:
    """A colon stands after the verb, before any quotation mark or the end of its sentence."""
    for token in doc[verb.i + 1 : verb.sent.end]:
        if token.text == ":":
            return True
        if token.is_quote or token.text in ".;":
            return False
    return False


def _joining_word(verb: Token) -> Token:
    """The "and" that joins the second verb, or the verb itself when the parse gave none."""
    return next((c for c in verb.children if c.dep_ == "cc"), None) or next(
        (c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), verb
    )
