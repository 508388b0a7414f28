"""One quotation over several paragraphs is one quote: news pages run a speaker's words on into the next paragraph,
which opens with a quotation mark and has no cue of its own ("“We start in May,” Ortega said." then "“The first
crews are hired.”"). The row of that paragraph joins the quote it continues instead of standing alone."""

from __future__ import annotations

import re

from dashboard.analysis.quotes.doubled_marks import left_open_doubled, opening_mark
from dashboard.analysis.quotes.marks import CLOSING_CURLY, OPENING_CURLY
from dashboard.analysis.quotes.run_on_breaks import breaks_run

#: Words, for telling a repeated quotation.
_WORDS = re.compile(r"\w+")
#: How many of its first words a quotation must repeat from the quote before it to be a repetition of it.
_REPEATED_WORDS = 8
#: Closing quotation marks and end punctuation that may close a paragraph after the quote's last word.
_CLOSING = " \n\u201d\"'.,!?;:"


def join_across_paragraphs(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The rows, each with `last_paragraph` (the paragraph its quote ends in), and a direct quotation that opens its
    paragraph with no cue of its own joined to the same speaker's direct quote ending the paragraph before it (no
    narration between them): the quote and sentence joined, `end_char` then in its last paragraph. Such a quotation
    that is a footer, a short reply or a writer's words (see `breaks_run`) is no quote of that speaker: dropped."""
    for r in rows:
        r["last_paragraph"] = r["paragraph"]
    by_paragraph: dict[int, list[dict]] = {}
    for r in sorted(rows, key=place):
        by_paragraph.setdefault(r["paragraph"], []).append(r)
    joined: list[dict] = []
    last_of: dict[int, dict] = {}  # a paragraph -> the row whose quote ends it last
    for r in sorted(rows, key=place):
        before = last_of.get(r["paragraph"] - 1)
        if before is not None and _aside(before, r, texts):
            continue  # a footer, a reply or a writer's words: no quote of that speaker
        if before is not None and _joins(before, r, texts, by_paragraph.get(r["paragraph"] + 1, [])):
            extend(before, r)
            last_of[r["paragraph"]] = before
            continue
        joined.append(r)
        if r["end_char"] is not None:
            last_of[r["last_paragraph"]] = r
    return joined


def place(r: dict) -> tuple[int, int]:
    """Where a row starts: paragraph, then offset (a headline's row, which has none, first)."""
    return r["paragraph"], -1 if r["start_char"] is None else r["start_char"]


def _aside(before: dict, r: dict, texts: dict[int, str]) -> bool:
    """Whether `r` would carry on the quote `before` (see `_continues`; no repetition of it, which a pull quote
    credited with the speaker's name can be) but is a footer, a reply or a writer's words (see `breaks_run`)."""
    return _continues(before, r, texts) and not _repeats(before, r) and breaks_run(before, r, texts)


def _joins(before: dict, r: dict, texts: dict[int, str], following: list[dict]) -> bool:
    """Whether `r` carries on the quote `before` (see `_continues`), unless it only repeats it or a cue after it
    claims it (see `_claimed_after`)."""
    return _continues(before, r, texts) and not _repeats(before, r) and not _claimed_after(r, texts, following)


def _claimed_after(r: dict, texts: dict[int, str], following: list[dict]) -> bool:
    """Whether the quotation of `r` is left open into a next paragraph whose first quote has a cue of its own, and
    that paragraph goes on with the same quotation (it opens with the same mark, or with none): that cue is the
    quotation's ("“… the party united." then "“… for years,” Ann says."). A quotation in other marks opening the
    next paragraph is one quoted inside it, not its continuation."""
    text, after = texts.get(r["paragraph"], ""), texts.get(r["paragraph"] + 1, "")
    if not following or not _left_open(text) or not cued(following[0]):
        return False
    opening = after.lstrip()[:1]
    return opening not in (OPENING_CURLY, '"') or opening == text.lstrip()[:1]


def _continues(before: dict, r: dict, texts: dict[int, str]) -> bool:
    """Whether `r` opens its paragraph with a quotation and no cue, and carries on the direct quote `before` of the
    same speaker, which ends the paragraph before it with nothing after its sentence."""
    text = texts.get(r["paragraph"], "")
    if not (r["direct"] and before["direct"]) or r["start_char"] != opening_mark(text) or cued(r):
        return False
    if (r["speaker"], r["speaker_kind"], r["role"]) != (before["speaker"], before["speaker_kind"], before["role"]):
        return False
    previous = texts.get(before["last_paragraph"], "")
    if before["last_paragraph"] == before["paragraph"]:
        tail = previous.rstrip()
        return tail.endswith(before["sentence"].strip()) or not previous[before["end_char"] :].strip(_CLOSING)
    return not previous[before["end_char"] :].strip(_CLOSING)


def _left_open(text: str) -> bool:
    """Whether a paragraph leaves a quotation open at its end: more opening curly marks than closing ones, an odd
    number of straight marks, or of doubled apostrophes (see `doubled_marks`)."""
    curly = text.count(OPENING_CURLY) > text.count(CLOSING_CURLY)
    return curly or text.count('"') % 2 == 1 or left_open_doubled(text)


def _repeats(before: dict, r: dict) -> bool:
    """Whether a quotation only says again what the quote before it said: a pull quote or an embedded post that
    repeats the speaker's words under them is no more of the quote."""
    said = _WORDS.findall(before["quote"].lower())
    again = _WORDS.findall(r["quote"].lower())[:_REPEATED_WORDS]
    return bool(again) and any(said[i : i + len(again)] == again for i in range(len(said) - len(again) + 1))


def cued(r: dict) -> bool:
    """A quote whose sentence has words beside the quotation: narration, a cue of its own. Only letters and digits
    left once the quote is taken out count; quotation marks, punctuation and spacing around it tell nothing."""
    return any(c.isalnum() for c in r["sentence"].replace(r["quote"], "", 1))


def extend(before: dict, r: dict) -> None:
    """The quote `before` carried on by `r`, of a later paragraph."""
    before["quote"] = f"{before['quote']} {r['quote']}"
    before["sentence"] = f"{before['sentence']} {r['sentence']}"
    before["end_char"] = r["end_char"]
    before["last_paragraph"] = r["paragraph"]
