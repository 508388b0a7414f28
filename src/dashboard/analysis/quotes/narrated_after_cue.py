"""The narrator's clause after a cue set off by commas behind the clause it reports: "The pier is unsafe, Ann Ross
said, after divers found a crack in it." The cue closes what was said; a clause opened by "after" or "when", with a
subject and a finite verb of its own, tells when the words were said, and the parser often makes it the head of the
sentence, or hangs the cue on it so that it alone is taken for what was said. What was said is then the clause before
the cue, alone. A reason or a concession after the cue ("…, she said, because …") still goes on with what was said
(said_on.py). So does a clause joined on by "and" ("…, she said, and with the aides chastened, it is safe to …"):
read in news, it mostly goes on with the speaker's words, and is left as the parser hangs it."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE, finite
from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: Words that open a clause telling when the words before the cue were said; not "until" or "before", which mostly
#: go on with what was said ("The mill ran for a century, he said, until it lost its contract").
_TIME_MARKS = frozenset({"after", "when"})
#: How many words a cue phrase may run to after its verb ("said in an interview with the Brennick Gazette").
_CUE_REACH = 10
_SUBJECTS = ("nsubj", "nsubjpass")


def said_before_narrated_cue(content: list[Token], first: Token, last: Token) -> list[Token]:
    """`content` cut to the clause before the cue that runs from `first` to `last` (its verb or "according"), when
    commas set the cue off and the narrator's clause follows it; `content` unchanged otherwise."""
    doc = first.doc
    if not content or first.i == 0 or doc[first.i - 1].text != ",":
        return content  # most cues: no comma before them, and their sentence is not read
    sent = first.sent
    if first.i - 1 <= sent.start:
        return content
    comma = next((t for t in doc[last.i + 1 : min(last.i + _CUE_REACH, sent.end)] if t.text == ","), None)
    if comma is None or any(t.text in QUOTE_MARKS for t in doc[sent.start : comma.i]):
        return content  # quotations are read by the rules of quotations
    if comma.i + 1 >= sent.end or not _narration(doc[comma.i + 1]):
        return content
    before = [t for t in doc[sent.start : first.i - 1] if not (t.is_punct and t.i == sent.start)]
    last_part = [t for t in before if t.i > max((c.i for c in before if c.text == ","), default=-1)]
    if len(before) < 3 or not any(t.tag_ in FINITE for t in last_part):
        return content  # "The pier, she said, …", "…, a spokeswoman, Ann Ross, said": no clause's end before it
    return before


def _narration(opener: Token) -> bool:
    """Whether the words from `opener` on are the narrator's: a word of time before a clause with its own subject and
    a finite verb."""
    rest = opener.doc[opener.i + 1 : opener.sent.end]
    subjects = [t for t in rest if t.dep_ in _SUBJECTS and t.head == opener.head]
    return opener.lower_ in _TIME_MARKS and opener.dep_ == "mark" and any(finite(s.head) for s in subjects)
