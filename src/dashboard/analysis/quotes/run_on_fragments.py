"""Reported speech that runs on into a quoted fragment: "She said she had thought about leaving, “but then who's going
to be there at 3 a.m.?”", "He said the deal was a good one, “but we still have work to do.”" One quote holds the
reported clause and the quotation after its comma that opens with a word joining it on ("but", "and", "though"): the
quotation alone was taken for the quote and the reported clause lost, or the clause kept and the quotation dropped."""

from __future__ import annotations

from dashboard.analysis.quotes.cues import Cue

#: Words that join a quoted fragment on to the reported clause before it.
_JOINING = frozenset({"but", "and", "though", "although", "because", "so", "while", "or"})
#: Opening quotation marks.
_OPENING = '\u201c"'
#: Double quotation marks, none of which the reported clause may hold (a single one may be an apostrophe).
_MARKS = '\u201c\u201d"'
#: Fewest words the reported clause must have before the quotation.
_MIN_REPORTED = 3


def fragments_run_on(
    cues: list[Cue], text: str, spans: list[tuple[int, int]], linked: dict[int, list], reported: set[int]
) -> dict[int, list[tuple[int, int]]]:
    """The parts of each quote of reported speech that runs on into a quoted fragment, by cue verb index; a cue that
    was linked to the fragment alone is made one of reported speech (`linked` and `reported` change in place)."""
    parts: dict[int, list[tuple[int, int]]] = {}
    quoted = {s for group in linked.values() for s in group}  # the second half of a split quotation is taken
    for cue in cues:
        span = cue.content_span
        if span is None or cue.verb.idx > span[0]:
            continue  # "“…,” she said, “although …”": the cue is inside a quotation, not before its own clause
        if any(cue.verb.sent.start_char <= s[0] and s[1] <= span[0] for s in spans):
            continue  # "“…,” he wrote, explaining why …, “but …”": the fragment ends the quotation split by the cue
        if cue.verb.i in reported:
            fragment = next((s for s in spans if s not in quoted and _runs_on(text, span[1], s)), None)
            if fragment is not None and _joins(text, fragment):
                parts[cue.verb.i] = [*cue.content_parts, fragment]
        elif len(group := linked.get(cue.verb.i, [])) == 1 and span[0] < group[0][0] < span[1]:
            fragment = group[0]
            before = text[span[0] : fragment[0]].rstrip()
            plain = before.endswith(",") and not any(mark in before for mark in _MARKS)
            if plain and len(before.split()) >= _MIN_REPORTED and _joins(text, fragment):
                parts[cue.verb.i] = [(span[0], fragment[1])]
                del linked[cue.verb.i]
                reported.add(cue.verb.i)
    return parts


def _runs_on(text: str, end: int, fragment: tuple[int, int]) -> bool:
    """Whether the quotation starts right after the reported clause ending at `end`, past a comma only."""
    return fragment[0] > end and text[end : fragment[0]].strip() == ","


def _joins(text: str, fragment: tuple[int, int]) -> bool:
    """Whether the quotation opens with a lower-case joining word ("“but then …")."""
    words = text[fragment[0] : fragment[1]].lstrip(_OPENING).split()
    return bool(words) and words[0].rstrip(",") in _JOINING
