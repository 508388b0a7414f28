"""What a work of art tells or honours, not what happens in the news: the plot of a novel, a film or a drama ("a war
drama about a young fighter pilot in the Battle of Britain", "the novel, The Salt Treaty, follows two envoys who must
agree a peace") and whom a monument or a memorial honours ("monuments to the Red Army"). The arts pages and the rows
over monuments tell such things as often as the news tells wars and treaties, and they say nothing of armed forces or
relations between states now; so their words count for no theme.

Read from words and parts of speech only. After the work's noun may stand its title, set off by commas or written
right after it ("the film Cold Harbour"); then what it tells: after "about" (a monument's after "to"), the noun phrase
that follows, with the "of" and "in" phrases that hang on it ("a pilot in the Battle of Britain"), up to the first
word of another kind ("since a 2016 law banned …" is the news again); or, after a verb of telling in the present tense
("the novel follows", "the film depicts"), the rest of the sentence, which is the plot summary a review gives (not
after "the drama follows", as the news calls its own events dramas). A work named as the news's subject ("the film
was banned by the ministry") is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dashboard.analysis.doc_text import lemma_places, words_of

#: The works whose plot a review or an arts column tells: fiction on the page, the screen and the stage.
WORKS = frozenset(
    [
        "novel", "drama", "film", "movie", "thriller", "epic", "comedy", "opera", "musical", "miniseries", "sitcom",
        "series", "subplot", "storyline",
    ]
)  # fmt: skip
#: The works whose plot a verb of telling opens ("the novel follows two envoys", "the series follows an agent"): not
#: a drama, a thriller or a comedy, which the news also calls its own events ("the drama follows weeks of talks"); a
#: "series of" talks or strikes is no work (see `_of_things`).
STORY_WORKS = frozenset(["novel", "film", "movie", "miniseries", "sitcom", "series", "subplot", "storyline"])
#: What honours the dead or the victors of a war, told with "to" before whom it honours.
MONUMENTS = frozenset(["monument", "memorial", "statue", "plaque", "obelisk"])
#: Verbs of telling a plot, in the present tense of a summary ("follows two envoys", "depicts a siege").
PLOT_VERBS = frozenset(
    ["follow", "tell", "depict", "portray", "recount", "chronicle", "dramatise", "dramatize", "imagine", "trace"]
)
#: The parts of speech of the noun phrase a work is about ("a young fighter pilot", "the Red Army", "1916").
_PHRASE = frozenset(["DET", "ADJ", "NOUN", "PROPN", "NUM"])
#: The prepositions that hang a phrase on what a work is about ("a pilot in the Battle of Britain").
_HUNG = frozenset(["of", "in", "during", "at", "on", "from", "between", "against"])
#: How many words a title set off by commas may have at most.
_MOST_IN_TITLE = 8
#: The words that end the plot summary a verb of telling opens.
_ENDS = frozenset([".", ";", "!", "?"])


def depictions(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans (relative to `doc`) of the titles of works and of what the works tell or honour; a paragraph
    with no word of a work or a monument is passed over at once."""
    if WORKS.isdisjoint(words_of(doc)) and MONUMENTS.isdisjoint(words_of(doc)):
        return []
    spans = []
    for i in lemma_places(doc, WORKS | MONUMENTS, "NOUN"):
        if _of_things(doc[i]):
            continue
        after = _after_title(doc, i + 1)
        if after > i + 1:
            spans.append((i + 1, after))
        told = _told(doc, after, doc[i].lemma_.lower()) or _plot_of_subject(doc, i)
        if told:
            spans.append(told)
    return spans


def _of_things(work: Token) -> bool:
    """Whether a work's noun counts things of another kind ("a series of strikes", "a storyline of betrayal"): no
    work of art then, or not one whose plot the words after it tell."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in work.children)


def _plot_of_subject(doc: Doc | Span, i: int) -> tuple[int, int] | None:
    """The plot a story work at i tells as the subject of a verb of telling that stands further on, past a title in
    quotation marks or a relative clause ('The series "The Quiet Station", which begins on Sunday, follows a British
    agent ...'): the rest of its sentence from the verb, or None."""
    work, verb = doc[i], doc[i].head
    if work.lemma_.lower() not in STORY_WORKS or work.dep_ != "nsubj" or verb.i <= work.i:
        return None
    if verb.tag_ != "VBZ" or verb.lemma_.lower() not in PLOT_VERBS:
        return None
    start = verb.i - (doc.start if isinstance(doc, Span) else 0) + 1
    end = start
    while end < len(doc) and doc[end].text not in _ENDS:
        end += 1
    return (start, end)


def _after_title(doc: Doc | Span, k: int) -> int:
    """Where the words after a work's noun at k - 1 go on past its title: ", The Salt Treaty," (its closing comma
    included) or "Cold Harbour" right after the noun; k when no title stands there."""
    if k < len(doc) and doc[k].text == ",":
        end = k + 1
        while end < len(doc) and end - k <= _MOST_IN_TITLE and doc[end].pos_ in ("DET", "PROPN", "ADP"):
            end += 1
        named = any(doc[j].pos_ == "PROPN" for j in range(k + 1, end))
        return end + 1 if named and end < len(doc) and doc[end].text == "," else k
    end = k
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end


def _told(doc: Doc | Span, k: int, work: str) -> tuple[int, int] | None:
    """The span of what the work (its noun's lemma) whose title ends before k tells, or whom the monument honours;
    None when the words at k say no such thing."""
    if k >= len(doc):
        return None
    if doc[k].lower_ == ("to" if work in MONUMENTS else "about"):
        end = _phrase_end(doc, k + 1, told=work not in MONUMENTS)
        return (k + 1, end) if end > k + 1 else None
    if work not in STORY_WORKS or doc[k].tag_ != "VBZ" or doc[k].lemma_.lower() not in PLOT_VERBS:
        return None
    end = k + 1
    while end < len(doc) and doc[end].text not in _ENDS:
        end += 1
    return (k + 1, end)


def _phrase_end(doc: Doc | Span, k: int, told: bool = False) -> int:
    """Where the noun phrase from k ends, with its participles ("a defecting general"), the phrases hung on it by
    "of", "in" and the like, and, when it is what a work tells (`told`), a relative clause that goes on telling its
    person ("a general who brings plans for a missile base"); not whom a monument honours, whose clause is history
    ("the men who died defending it")."""
    end = k
    while end < len(doc) and (_in_phrase(doc[end]) or (end > k and doc[end].lower_ in _HUNG)):
        end += 1
    while end > k and doc[end - 1].lower_ in _HUNG:
        end -= 1
    offset = doc.start if isinstance(doc, Span) else 0
    clause = doc[end].head if told and k < end < len(doc) and doc[end].dep_ == "nsubj" else None
    if clause is not None and clause.dep_ == "relcl" and clause.head.i - offset in range(k, end):
        end = clause.right_edge.i - offset + 1
    return end


def _in_phrase(token: Token) -> bool:
    """Whether a word belongs to a noun phrase: its words of the noun's kind, and a participle before its noun."""
    return token.pos_ in _PHRASE or (token.pos_ == "VERB" and token.dep_ == "amod")
