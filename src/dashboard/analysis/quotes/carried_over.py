"""Whose a quotation is that runs to the end of its paragraph unclosed, with no cue in that paragraph, when the next
paragraph opens with a quotation and names its speaker there: by the convention of news pages a quotation that goes
on into the next paragraph leaves its closing mark off, so the two are one speaker's ("“He kept saying sorry. … He
never complained." then "“So when he started complaining, I knew,” his daughter said."), named in the second."""

from __future__ import annotations

from dashboard.analysis.quotes.marks import CLOSING_CURLY, OPENING_CURLY

#: The fields of a quote row that say who spoke.
_SPEAKER_FIELDS = ("speaker", "speaker_kind", "affiliation", "role")


def carried_over(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The quote rows, with the speaker of a cueless quotation left open at the end of its paragraph taken from the
    quotation that opens the next paragraph with a cue of its own (`texts` the paragraphs' texts by index), and a
    quote for each paragraph that is one such quotation and gave none, with no speaker before it to continue."""
    rows = _opened_before_the_cue(rows, texts)
    for r in rows:
        text = texts.get(r["paragraph"], "")
        if not _left_open(r, text):
            continue
        following = [n for n in rows if n["paragraph"] == r["paragraph"] + 1 and n["direct"]]
        opening = next((n for n in following if n["start_char"] == first_mark(texts[n["paragraph"]])), None)
        if opening is not None and opening["speaker"] and _cued(opening):
            r.update({k: opening[k] for k in _SPEAKER_FIELDS})
    return rows


def _opened_before_the_cue(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The rows, with one more for each paragraph that is a quotation opened and never closed and gave no quote (no
    one spoke before it), when the next paragraph opens with a quotation whose speaker its own cue names, or that is
    itself such a paragraph: "“The pipes are old." then "“Nobody kept the maps,” Morrow said." are both Morrow's."""
    by_paragraph: dict[int, list[dict]] = {}
    for r in rows:
        by_paragraph.setdefault(r["paragraph"], []).append(r)
    added: list[dict] = []
    for p in sorted(texts, reverse=True):
        text = texts[p]
        if p in by_paragraph or not never_closed(text):
            continue
        nxt = texts.get(p + 1, "")
        opening = next((n for n in by_paragraph.get(p + 1, []) if n["start_char"] == first_mark(nxt)), None)
        if opening is None or not opening["direct"] or not opening["speaker"] or nxt.lstrip()[0] != text.lstrip()[0]:
            continue  # not a stray straight mark before narration, then a curly quotation
        if _cued(opening) or any(opening is a for a in added):
            start, end = first_mark(text), len(text.rstrip())
            place = {"paragraph": p, "start_char": start, "end_char": end, "cue": "say"}
            by_paragraph[p] = [{**opening, **place, "quote": text[start:end], "sentence": text.strip()}]
            added.append(by_paragraph[p][0])
    return sorted(rows + added, key=lambda r: r["paragraph"]) if added else rows


def _left_open(r: dict, text: str) -> bool:
    """A direct quote with no narration beside it that ends its paragraph inside a quotation left open."""
    if not r["direct"] or r["end_char"] is None or r["sentence"].strip() != r["quote"].strip():
        return False
    tail = text.rstrip()
    return (
        r["end_char"] >= len(tail)
        and not tail.endswith(CLOSING_CURLY)
        and text.count(OPENING_CURLY) > text.count(CLOSING_CURLY)
    )


def first_mark(text: str) -> int:
    """Where a paragraph that opens with a quotation mark (curly or straight) has it; -1 when it opens otherwise."""
    stripped = len(text) - len(text.lstrip())
    return stripped if text[stripped : stripped + 1] in (OPENING_CURLY, '"') else -1


def never_closed(text: str) -> bool:
    """Whether a paragraph opens a quotation and closes none: no closing curly mark, or one straight mark only."""
    if first_mark(text) < 0:
        return False
    curly = CLOSING_CURLY not in text and '"' not in text
    return curly or text.count('"') == 1 and OPENING_CURLY not in text and CLOSING_CURLY not in text


def _cued(r: dict) -> bool:
    """A quote whose sentence has narration beside the quotation: a cue that names who spoke."""
    return r["sentence"].strip() != r["quote"].strip()
