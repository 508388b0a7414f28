"""Quotation marks in a paragraph: the quoted stretches, and the sentences and tokens they touch; a dateline
("VANCOUVER —") that opens a paragraph and is no part of what anyone said."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import doc_span, kept, places_of, text_of
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.territories import is_territory
from dashboard.analysis.region_abbreviations import abbreviated_region

_WORD = re.compile(r"\w+")
_MARKS = re.compile("[\u201c\u201d\"]|''")
#: The curly marks that open and close a quotation.
OPENING_CURLY, CLOSING_CURLY = "\u201c", "\u201d"
#: Tokens that close a quotation.
CLOSING_MARKS = frozenset({CLOSING_CURLY, '"', "''"})
#: Every mark that opens or closes a quotation.
QUOTE_MARKS = (OPENING_CURLY, *CLOSING_MARKS)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included; straight and curly marks pair in reading order.

    A quotation left open runs to the end of the paragraph when it opens a sentence (a quote that goes on
    in the next paragraph), and to the end of its sentence when a straight mark opens the next part of it; a
    stray mark elsewhere is dropped.
    """
    if '"' not in text and OPENING_CURLY not in text and CLOSING_CURLY not in text and "''" not in text:
        return []  # most paragraphs: no mark, and no scan
    spans, start = [], None
    for m in _MARKS.finditer(text):
        mark, i = m.group(), m.start()
        if start is None:
            if mark != CLOSING_CURLY:
                start = i
        elif mark == OPENING_CURLY and not closes_the_wrong_way(text, i) or _opens(text, i, mark):
            said = text[:i].rstrip()
            if said[-1:] in (".", "!", "?") and mark != OPENING_CURLY:  # "… resolutions. "It was …": the quotation goes
                spans.append((start, len(said)))  # on in a new part, its closing mark left out as between paragraphs
            start = i
        else:
            spans.append((start, i + 1))
            start = None
    if start is not None and (start == 0 or text[:start].rstrip()[-1:] in (".", ":", ",")):
        spans.append((start, len(text)))
    return spans


def quotations_of(doc: Doc) -> list[tuple[int, int]]:
    """`quotation_spans` of a paragraph's text, found once per Doc: the people of an article and the quotes of each
    paragraph both read them. Read only: the list is shared."""
    return kept(doc, "dashboard.quotations", _quotations)


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    return quotation_spans(text_of(doc))


def closes_the_wrong_way(text: str, i: int) -> bool:
    """ "“We will win,“ she said": an opening curly mark set to close an open quotation, as a slip of the keyboard
    makes it: right after the punctuation that ends the words, and before a space or the end of the paragraph, where
    no quotation can open."""
    return text[i - 1 : i] in (",", ".", "?", "!") and (i + 1 == len(text) or text[i + 1].isspace())


def _opens(text: str, i: int, mark: str) -> bool:
    """Whether a straight mark inside an open quotation opens another: after a space, before a word."""
    before, after = text[i - 1 : i], text[i + len(mark) : i + len(mark) + 1]
    return mark == '"' and before.isspace() and after.isalnum()


def covered(span: tuple[int, int], by: tuple[int, int]) -> bool:
    """Most of a quotation lies inside a reported statement (its closing marks may stand outside)."""
    inside = min(span[1], by[1]) - max(span[0], by[0])
    return inside >= 0.8 * (span[1] - span[0])


def without(text: str, span: tuple[int, int], holes: list[tuple[int, int]]) -> str:
    """The text of a span with the quotations inside it left out (a quotation past its end leaves nothing out)."""
    pieces, at = [], span[0]
    for start, end in sorted(holes):
        pieces.append(text[at : max(at, min(start, span[1]))])
        at = max(at, end)
    pieces.append(text[at : span[1]])
    return " ".join(pieces)


def sentences_of(sents: list[Span], spans: list[tuple[int, int]]) -> list[Span]:
    return [s for s in sents if any(s.start_char < e and b < s.end_char for b, e in spans)]


def token_at(doc: Doc, char: int) -> int:
    """The index of the token at a character offset (the next token when the offset is white space)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span.start
    return next((t.i for t in doc if t.idx >= char), len(doc) - 1)


#: Dashes that end a dateline ("LONDON - ", "WASHINGTON (AP) — ").
DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
#: Hyphens that join the halves of a double-barrelled name ("Moose-Keeshig").
HYPHENS = ("-", "\u2010", "\u2011")
#: Months as datelines write them, in full or cut short.
MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
)  # fmt: skip


def dateline_end(doc: Doc) -> int:
    """The index of the first token after a dateline ("WASHINGTON (AP) — …", "ST. JOHN'S, N.L. — …", "PARIS, May 3
    (Reuters) - …"), or 0; worked out once per paragraph, as the role of every name and every cue asks for it. Only
    for a parsed paragraph whose entities are final: a pipeline step reads `unkept_dateline_end`."""
    return kept(doc, "dashboard.dateline_end", unkept_dateline_end)


def unkept_dateline_end(doc: Doc) -> int:
    """`dateline_end` worked out afresh, for a pipeline step: the steps after it may still change the entities (a
    date's) that it reads."""
    head = text_of(doc_span(doc, 0, min(14, len(doc))))
    if not any(dash in head for dash in DASHES):
        return 0  # most paragraphs: no dash among their first words
    for token in doc[:14]:
        if token.text in DASHES:
            words = [t for t in _outside_parentheses(doc[: token.i]) if not t.is_punct]
            place = words[0] if words else None
            month = {t.i for t in words[1:] if t.lower_.rstrip(".") in MONTHS}  # "LONDON, Feb 4 (Reuters) -" untagged
            dated = all(
                t.text.isupper() or t.like_num or t.ent_type_ == "DATE" or t.i in month or abbreviated_region(t)
                for t in words[1:]
            )  # "KESTREL BAY, Ont. —": a province or state abbreviated in title case
            undated = [t for t in words if not (t.like_num or t.ent_type_ == "DATE" or t.i in month)]  # its date
            dated = dated or _place_and_country(doc, token.i, undated)  # "FREETOWN, Sierra Leone (AP) —", "TOLEDO,
            # Ohio, May 2 (Reuters) -": a place, its state and the date
            capitals = place is not None and place.text.isupper() and len(place) > 1 and dated
            return token.i + 1 if capitals else 0  # not "NDP Leader Ann Ross — …"
    return 0


def _place_and_country(doc: Doc, dash: int, words: list) -> bool:
    """ "FREETOWN, Sierra Leone (AP) — …": a place in capitals of up to three words ("BUENOS AIRES"), a comma, up to
    three capitalised words of its country or state, and an agency in parentheses just before the dash; or no agency,
    as the broadsheets' world desks write it, when those words are a country's name or the recogniser tagged them a
    place ("KOULONGO, Chad — …", "SAN LORENZO, Maravia — …"), or a territory's ("HAMILTON, Bermuda — …")."""
    comma = next((t.i for t in doc[1:4] if t.text == ","), 0)
    if not comma or not all(t.text.isupper() for t in doc[:comma] if not t.is_punct):
        return False
    country_words = [t for t in words if t.i > comma]
    if not 0 < len(country_words) <= 3 or not all(t.is_title for t in country_words):
        return False
    named = " ".join(t.text for t in country_words)  # "Chad", "Bermuda": a country's name or a territory's
    country = is_country(named) or is_territory(named) or all(t.ent_type_ == "GPE" for t in country_words)
    return doc[dash - 1].text == ")" or country


def _outside_parentheses(span: Span) -> list:
    """The tokens of a span outside parentheses (the agency of "LONDON (Reuters) -")."""
    if not places_of(span, ("(",)):
        return list(span)  # most openings: no parenthesis, every token outside
    outside, depth = [], 0
    for token in span:
        depth += token.text == "("
        if not depth:
            outside.append(token)
        depth -= token.text == ")" and depth > 0
    return outside


def whole_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether a quotation is a sentence of its own: it opens the paragraph or follows a sentence's end (or a
    colon), starts with a capital and ends with a full stop, question or exclamation mark inside its marks, or with
    a comma and the cue that says who said it ("“In a heartbeat,” they say")."""
    said = _MARKS.sub("", text[span[0] : span[1]]).strip()
    before = text[: span[0]].rstrip()
    if not said or not said[0].isupper() or before and before[-1] not in ".!?:":
        return False
    return said[-1] in ".!?" or said[-1] == "," and bool(_SAYS_NEXT.match(text, span[1]))


#: Up to three words and a verb of saying after a quotation ("..., ” they say", "..., ” said Ann Ross", "..., ” she
#: warned"): say, ask, add and tell, and the verbs of communication that split a quotation as often.
_SAYS_NEXT = re.compile(
    r"\s*(?:\S+\s+){0,3}?(?:says?|said|asks?|asked|adds?|added|told|tells|warn(?:s|ed)?|argue[sd]?|insist(?:s|ed)?"
    r"|concede[sd]?|note[sd]?|explain(?:s|ed)?|recall(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|continue[sd]?)\b"
)


def opens_split_quotation(text: str, span: tuple[int, int]) -> bool:
    """ "“Okay,” she says finally. “Okay. That's the play.”": a quotation of a sentence of its own, however short,
    whose cue ends the sentence and another quotation follows, is the first part of what was said."""
    if not whole_sentence(text, span) or not (said := _SAYS_NEXT.match(text, span[1])):
        return False
    rest = text[said.end() :]
    stop = rest.find(".")
    return stop >= 0 and _only_speaker(rest[:stop]) and rest[stop + 1 :].lstrip()[:1] in (OPENING_CURLY, '"')


def _only_speaker(words: str) -> bool:
    """Whether the words after a cue up to the full stop name the speaker and no more: two words at most, perhaps
    with a short description set off after them ("said Venn, a Kettering supporter")."""
    name, comma, described = words.partition(",")
    if not comma:
        return word_count(words) <= 2
    opening = described.split()[:1]
    return word_count(name) <= 2 and word_count(described) <= 8 and opening in (["a"], ["an"], ["the"])


def word_count(text: str) -> int:
    """How many words a stretch of text holds."""
    return len(_WORD.findall(text))
