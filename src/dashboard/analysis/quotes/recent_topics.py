"""The topic a pronoun picks up: the person who is the subject of the last main clause, with no one named since, even
when a person of the pronoun's gender was named before, provided that person spoke there or is known to be of the
pronoun's gender, or spoke earlier in the paragraph. "Red Cross volunteer Amandeep Gill explains that … “…,” she
says" is Gill, whose gender the article never told, not Marlene Okemasis, who spoke before; "Mirza says …. [a poet
speaks] Mirza plans to be in the front row. “…,” she says" is Mirza; "Pike, who stood …, apologized. “…,” he said" is
Pike, not the girl's father who spoke before him; but "Senator Ines Vale … : Governor Hart took the same course. She
has argued for …" stays Vale, as Hart neither spoke nor is known to be a woman. One brought in by full name in the
sentence right before the pronoun's is the topic too ("… Minister Nadia Roy will visit. Delia Kakegamic, a mother of
three, hauls water. She said …" is Kakegamic): the story turns to the one it has just brought in, also when a
quotation of several sentences stands between ("Cole Beaudry, 12, plays defence. “…. …,” the boy says"). A pronoun
that carries on a paragraph opened by the same pronoun stands for whom that one did, whoever was named in passing
between. A part of `Cast.resolve_person` (speakers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dashboard.analysis.quotes.lexicon import CUE_VERBS, PERSON_PRONOUNS
from dashboard.analysis.quotes.marks import CLOSING_MARKS
from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.topics import MAIN_SUBJECT, subject_rank

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

Mention = tuple[tuple[int, int], str, int]


def latest_topic(
    cast: Cast, here: list[Mention], main: list[Mention], known: list[Mention], gender: str, pronoun: int
) -> str:
    """The name of the last main-clause subject of the pronoun's paragraph (`main`, of the people of the pronoun's
    gender or of no told gender named before it, `here`) when no one else is named after it, it comes after every
    person the article told to be of the pronoun's gender (`known`), and it spoke there or is known to be of that
    gender, or is brought in by full name in the sentence right before the pronoun's (token `pronoun`); "" otherwise."""
    if not main or not known:
        return ""
    (p, i), name, _ = main[-1]
    if (p, i) <= known[-1][0] or any(m[0] > (p, i) and m[1] != name for m in here):
        return ""
    token = cast.docs[p][i]
    brought_in = " " in name and next(m for m in here if m[1] == name) == main[-1] and _sentence_before(token, pronoun)
    spoke = speaks(token) or any(m[1] == name and m[0] < (p, i) and speaks(cast.docs[m[0][0]][m[0][1]]) for m in main)
    return name if cast.gender_of(name) == gender or spoke or brought_in else ""


def _sentence_before(token, pronoun: int) -> bool:
    """Whether `token` stands in the sentence right before the one of token `pronoun` of the same Doc, or before the
    quotation that sentence closes when the quotation began sentences earlier ("Cole Beaudry, 12, plays defence.
    “It’s not the same rink. Nobody knows us there,” the boy says.")."""
    doc = token.doc
    after = doc[token.sent.end] if token.sent.end < len(doc) else None
    if after is None or after.i > pronoun:
        return False
    opened = after.text == "\u201c"  # a curly opening mark: a straight one may close as well as open
    between = doc[after.i : doc[pronoun].sent.start]
    return after.sent.start <= pronoun < after.sent.end or opened and not any(t.text in CLOSING_MARKS for t in between)


def speaks(token) -> bool:
    """Whether the name a token opens is the subject of a verb of saying ("Amandeep Gill explains that …"), or of a
    verb joined by "and" to one that has no subject of its own ("Polchies works 30 hours a week and says …")."""
    token = name_head(token)
    verb = token.head
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i > token.i]
    saying = [verb] + [c for c in joined if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return token.dep_ == "nsubj" and any(v.lemma_.lower() in CUE_VERBS for v in saying)


def chained_topic(cast: Cast, p: int, i: int, gender: str, here: list[Mention]) -> str:
    """Whom a pronoun stands for when an earlier sentence of its paragraph has the same pronoun as its main subject,
    which did not speak, and no one was named since as a main subject: the one that pronoun stood for. "Carl Jensen
    runs the ferry. ¶ He bought the boat from Peter Moss. “…,” he says" is Jensen, as the paragraph still speaks of
    him; "" when there is no such pronoun."""
    doc = cast.docs[p]
    for token in reversed(doc[: doc[i].sent.start]):
        if token.dep_ != "nsubj" or PERSON_PRONOUNS.get(token.lower_) != gender or cast.quoted((p, token.i)):
            continue
        if subject_rank(token) != MAIN_SUBJECT or any(m[0] >= (p, token.i) and m[2] == MAIN_SUBJECT for m in here):
            return ""  # a main subject named since, or the pronoun spoke and the speaker it stood for is known
        speaker = cast.resolve_person(p, token.i, gender)  # not a woman for the "he" of her son, whom no name tells
        return speaker.name if speaker is not None and cast.gender_of(speaker.name) in ("", gender) else ""
    return ""
