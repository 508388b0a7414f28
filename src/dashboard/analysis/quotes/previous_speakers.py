"""The speaker a bare pronoun right after their paragraph picks up: "Losa Fifita, lead negotiator for Y, said … ¶
“…,” she said" is Fifita, whose gender the article never told, not a woman named further back, when Fifita is the
last main-clause subject of the paragraph before, named there (not meant by a pronoun, itself a guess) as the
subject of a verb of saying, came after every person the article told to be of the pronoun's gender, and no one is
named before the pronoun in its own paragraph. Paragraphs between that are a quotation opened and never closed
("… called on voters to return. ¶ “The government sold our land. ¶ “If they arrest sixty, a thousand will come,” he
told …") are passed over: such a quotation runs on into the pronoun's own, names no one and is the words of the one
the pronoun stands for. The paragraph-to-paragraph step of what `latest_topic`
(recent_topics.py) does within one paragraph; a part of `Cast.resolve_person` (speakers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.carried_over import never_closed
from dashboard.analysis.quotes.lexicon import PERSON_PRONOUNS
from dashboard.analysis.quotes.objects_brought_in import object_brought_in
from dashboard.analysis.quotes.recent_topics import Mention, chained_topic, latest_topic, speaks
from dashboard.analysis.quotes.topics import MAIN_SUBJECT

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def previous_speaker_topic(cast: Cast, p: int, here: list[Mention], near: list[Mention], known: list[Mention]) -> str:
    """The name of the last main subject of paragraph p - 1 (of `near`, the people a pronoun of paragraph p may stand
    for) when it is named there (not meant by a pronoun of its own) and spoke, no one is named after it before the
    pronoun (`here`, the pronoun's paragraph) and it comes after every person known to be of the pronoun's gender
    (`known`); "" otherwise."""
    before = [m for m in near if m[0][0] == _before_open_quotations(cast, p)]
    main = [m for m in before if m[2] == MAIN_SUBJECT]
    if here or not main or not known:
        return ""
    (q, i), name, _ = main[-1]
    if (q, i) <= known[-1][0] or any(m[0] > (q, i) and m[1] != name for m in before):
        return ""
    token = cast.docs[q][i]
    if token.lower_ in PERSON_PRONOUNS:  # whom a pronoun there stood for was itself a guess, unless the paragraph
        token = _named_first(cast, before, name)  # named that person as its subject before it, and no one between
    return name if token is not None and speaks(token) else ""


def _before_open_quotations(cast: Cast, p: int) -> int:
    """The paragraph before p, passing over the paragraphs right before it that are a quotation opened and never
    closed (a speaker's words that run on into the next paragraph, with no one named in them)."""
    q = p - 1
    while q > 0 and never_closed(text_of(cast.docs[q])):
        q -= 1
    return q


def _named_first(cast: Cast, before: list[Mention], name: str):
    """ "X, a retired ambassador, observed … “…,” he said. ¶ He warned …": the token that names `name` as a main
    subject of the paragraph before, when every person mentioned after it there is `name` again; else None."""
    named = [m for m in before if m[1] == name and cast.docs[m[0][0]][m[0][1]].lower_ not in PERSON_PRONOUNS]
    if not named or named[0][2] != MAIN_SUBJECT or any(m[0] > named[0][0] and m[1] != name for m in before):
        return None
    (q, i), _, _ = named[0]
    return cast.docs[q][i]


def carried_topic(
    cast: Cast, p: int, i: int, gender: str, here: list[Mention], main: list[Mention], near: list[Mention], known: list
) -> str:
    """The person a pronoun (token i of paragraph p) picks up as the topic of what comes before it: the last main
    subject of its own paragraph (`latest_topic`), one the sentence before brought in as an object
    (`object_brought_in`), the one an earlier same pronoun there stood for (`chained_topic`), or the speaker of the
    paragraph before (`previous_speaker_topic`); "" when none is."""
    return (
        object_brought_in(cast, p, i, gender, here)
        or latest_topic(cast, here, main, known, gender, i)
        or chained_topic(cast, p, i, gender, here)
        or previous_speaker_topic(cast, p, here, near, known)
    )
