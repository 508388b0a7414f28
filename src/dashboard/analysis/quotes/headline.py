"""A headline that quotes one of the article's people: "Name: what they said" (also "Name to Whom: …", "Name on
What: …"), "Name Says what they said" (perhaps after a phrase and a comma: "Opening the Pier, Name Says …") or
"What they said, Name Says".

Headlines are not parsed (they are title-cased and verbless often enough to mislead the parser): the words before
the colon or the verb of speech must be the name of a person the body names, perhaps after a title ("Sen. Ann
Ross", "Harbor Mayor Ross"), and what follows must say something: four words or more, no question.
"""

from __future__ import annotations

import re

from dashboard.analysis.quotes.lexicon import CUE_VERBS, words
from dashboard.analysis.quotes.marks import word_count
from dashboard.analysis.quotes.people import People, Speaker
from dashboard.analysis.quotes.quote import row
from dashboard.sources import Article

#: "Ross: …", the label kept short so that a colon late in a long headline is no label.
_COLON = re.compile(r"^\s*([^:]{2,60}?)\s*:\s+(\S.*)$")
#: What a colon label may add after the name: whom the words are addressed to or what they are about ("Ross to
#: Council: …", "Ross on the Fares: …").
_ADDRESSED = re.compile(r"\s+(?:to|on)\s+", re.IGNORECASE)
#: A word of a headline, with the quotation marks and punctuation around it.
_WORD = re.compile(r"\S+")
#: Words that put a name inside a phrase about someone ("Anger at Ross", "Ross and Vance"): no speaker label.
_NOT_IN_LABEL = words("on about for to in with at after against over and or vs than if as by from the a an")
#: Past forms of cue verbs that do not add "-ed".
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write"}
#: What a content must hold at least, as in the body.
MIN_WORDS = 4
#: Marks that close a quotation, and white space.
_CLOSING = "\u2019\u201d'\" "
#: Trailing marks of a headline that are no part of what was said.
_TRAILING = " .;"


def headline_quote(title: str, people: People) -> tuple[Speaker, str, str] | None:
    """The speaker, cue lemma and words of a quote that a headline carries, or None."""
    title = title.strip()
    if colon := _COLON.match(title):
        label, content, cue = _ADDRESSED.split(colon.group(1), maxsplit=1)[0], colon.group(2), "say"
    elif (said := _cue_split(title) or _cue_after(title)) is not None:
        label, cue, content = said
    else:
        return None
    name = _person(label, people)
    content = content.strip().rstrip(_TRAILING)
    if not name or word_count(content) < MIN_WORDS or content.rstrip("\u2019\u201d'\"").endswith("?"):
        return None
    return people.person(name), cue, content


def _cue_split(title: str) -> tuple[str, str, str] | None:
    """ "Ross Says the Ferry Will Run" -> ("Ross", "say", "the Ferry Will Run"): the words before the first verb
    of speech among the first seven, that verb's lemma, and the words after it."""
    for match in list(_WORD.finditer(title))[1:7]:
        lemma = _cue_lemma(match.group())
        if lemma:
            lead, _, label = title[: match.start()].rpartition(",")  # "Opening the Pier, Holt Says …": Holt
            label = label if word_count(lead) >= 3 else title[: match.start()]  # not "Holt, Reyes Says"
            return label.strip(), lemma, title[match.end() :]
    return None


def _cue_after(title: str) -> tuple[str, str, str] | None:
    """ "The Ferry Will Run, Holt Says" -> ("Holt", "say", "The Ferry Will Run"): a verb of speech that ends the
    headline (perhaps before whom it was said to: "…, Holt Tells Council") after a comma and the speaker."""
    head, comma, tail = title.rstrip(_TRAILING).rpartition(",")
    if not comma:
        return None
    closing = tail[: len(tail) - len(tail.lstrip(_CLOSING))]  # "‘Crisis,’ Holt Says": the mark closes the words
    head, tail = head + closing.strip(), tail[len(closing) :]
    tail_words = list(_WORD.finditer(tail))
    for i, match in enumerate(tail_words[1:4], start=1):
        words_after = len(tail_words) - i - 1  # "Council" in "Holt Tells Council"
        if words_after <= 2 and (lemma := _cue_lemma(match.group())):
            return tail[: match.start()].strip(), lemma, head
    return None


def _cue_lemma(word: str) -> str:
    """The lemma of a verb of speech in a headline's present tense ("Says", "warns") or "said", "told", "wrote", or "":
    a headline's participle in "-ed" is passive ("Holt Accused of …")."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for ending, replaced in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and (stem := word[: -len(ending)] + replaced) in CUE_VERBS:
            return stem
    return ""


def _person(label: str, people: People) -> str:
    """The full name of the article's person a label names, its leading titles left out ("Sen. Ann Ross",
    "Harbor Mayor Ross"), or "" when the label is not just a name."""
    tokens = label.split()
    if not tokens or len(tokens) > 6 or any(t.lower().strip(",") in _NOT_IN_LABEL or "," in t for t in tokens):
        return ""
    if not all(t[:1].isupper() for t in tokens):
        return ""
    for start in range(len(tokens)):
        if name := people.person_named(" ".join(tokens[start:]).strip("\u2019'")):
            return name
    return ""


def headline_rows(article: Article, cast: People) -> list[dict]:
    """The quote a headline carries, as a row of the opening paragraph (the one the headline sums up) with no
    offsets in it, since its words are the headline's; none for an article without paragraphs."""
    said = headline_quote(article.title, cast) if article.paragraphs else None
    if said is None:
        return []
    speaker, cue, words = said
    direct = any(mark in words for mark in "\u201c\u2018\"'")
    first = article.paragraphs[0].index
    return [
        row(article.article_id, first, speaker, cue=cue, quote=words, sentence=article.title.strip(), direct=direct)
    ]
