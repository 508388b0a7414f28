"""A quotation opened in paragraphs that never close it and cued only in the paragraph that does is one quote: news
pages leave the closing mark off a paragraph whose quotation goes on, open each next paragraph of it with a mark, and
put the cue in the last ("“The pipes are old." then "“Nobody kept the maps,” Morrow said."). carried_over.py gives
the opened paragraphs the speaker that cue names; here their rows and the cued one become one row that starts in the
first paragraph and ends (`last_paragraph`) where the cued quote ends."""

from __future__ import annotations

from dashboard.analysis.quotes.carried_over import first_mark, never_closed
from dashboard.analysis.quotes.spanning import cued, extend, join_across_paragraphs, place

#: The fields of a quote row that say who spoke.
_SPEAKER_FIELDS = ("speaker", "speaker_kind", "role")


def joined_runs(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The rows with each quotation that runs on over paragraphs joined into one quote: quotations closed at each
    paragraph's end and reopened in the next (spanning.py), then runs of paragraphs opened and never closed."""
    return join_opened_runs(join_across_paragraphs(rows, texts), texts)


def join_opened_runs(rows: list[dict], texts: dict[int, str]) -> list[dict]:
    """The rows (each with `last_paragraph`), with each run of opened paragraphs joined to the quote that opens the
    paragraph after it (see `_opens_into`): the joined row keeps the first paragraph and start, and takes the cue,
    the end and the last paragraph of the quote it runs into."""
    ordered = sorted(rows, key=place)
    opening_of = {r["paragraph"]: r for r in ordered if _opens_paragraph(r, texts)}
    kept = {id(r): r for r in ordered}
    joinable = {id(r) for r in ordered if cued(r)}  # quotes a run can join: cued, or runs joined to a cued one
    for r in reversed(ordered):  # backwards, so a run of opened paragraphs joins one by one into its cued quote
        after = opening_of.get(r["last_paragraph"] + 1)
        if after is None or id(after) not in joinable or not _opens_into(r, after, texts):
            continue
        _prepend(r, after)
        del kept[id(after)]
        joinable.add(id(r))
    return [r for r in ordered if id(r) in kept]


def _opens_paragraph(r: dict, texts: dict[int, str]) -> bool:
    """Whether a direct quote starts at the quotation mark that opens its paragraph."""
    return r["direct"] and r["start_char"] is not None and r["start_char"] == first_mark(texts.get(r["paragraph"], ""))


def _opens_into(r: dict, after: dict, texts: dict[int, str]) -> bool:
    """Whether `r` is a whole opened paragraph, a quotation with no cue that is never closed, whose quotation goes on
    in `after`, the same speaker's quote opening the next paragraph with the same mark: an unclosed quotation runs
    on into the quotation that opens the next paragraph, and that one's cue names who said both."""
    text, following = texts.get(r["paragraph"], ""), texts.get(r["last_paragraph"] + 1, "")
    if r["last_paragraph"] != r["paragraph"] or not _opens_paragraph(r, texts) or not never_closed(text):
        return False
    if cued(r) or not after["speaker"]:
        return False
    same_mark = following.lstrip()[:1] == text.lstrip()[:1]
    return same_mark and all(r[k] == after[k] for k in _SPEAKER_FIELDS)


def _prepend(r: dict, after: dict) -> None:
    """The quote `r` carried on by `after`, which holds the cue: one row from the start of `r` to the end of `after`."""
    extend(r, after)
    r["cue"] = after["cue"]
    r["last_paragraph"] = after["last_paragraph"]
    for key in ("affiliation", "speaker_from", "kind_from", "role_from", "affiliation_from"):
        if key in after:
            r[key] = after[key]
