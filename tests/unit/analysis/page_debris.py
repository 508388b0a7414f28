"""The grid of web-page debris around quotes: the kind of debris a page scraper leaves in an article's text (a byline, a
timestamp, a photo caption with its credit, "Read more:", "Advertisement", a newsletter sign-up, a section label, a
heading, the title of a work that names somebody, an author's note), where it stands (its own paragraph before a quote,
the same block before the quote, between two parts of one speaker's quotation, between two speakers, the end of the
block after a quote) and the form of the nearest quote's speaker (full name, surname after the lede, pronoun,
description). The expected quotes were written before the extractor ran on them (GUIDELINES.md and issue 10: a label,
a title or a heading is never a speaker; a name in a byline or a photo credit speaks no quote; the quotes around the
debris keep their speaker and words; consecutive quoted sentences of one speaker without a new cue form one quote, and
the reader skips the debris between them; debris is never part of what was said)."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"

SPEAKER = "Miles Carrow"
OTHER = "Leona Frisk"
#: The name the debris carries: the reporter or photographer, a man like the speaker so that "he" could point to either.
WRITER = "Colin Abbott"
LEDE = (
    "Miles Carrow, the harbour master of Port Esk, has kept the town's crumbling breakwater standing for three years"
    " with patches and borrowed money."
)

#: The forms of the nearest quote's speaker: (key, the form in the cue).
FORMS = (
    ("full", "Miles Carrow"),
    ("surname", "Carrow"),
    ("pronoun", "he"),
    ("description", "the harbour master"),
)

#: The kinds of debris: (key, the debris as the page leaves it, a piece of it no quote may hold).
DEBRIS = (
    ("byline", f"By {WRITER} \u00b7 Esk Valley Press", "Esk Valley Press"),
    ("timestamp", "Posted: Mar 3, 2026 5:00 AM ET | Last Updated: Mar 4, 2026", "Last Updated"),
    (
        "photo_caption",
        f"The breakwater at Port Esk after the March storm. ({WRITER}/Esk Valley Press)",
        "after the March storm",
    ),
    ("read_more", "Read more: Port Esk votes to borrow for a new breakwater", "votes to borrow"),
    ("advertisement", "Advertisement", "Advertisement"),
    ("newsletter", "Sign up for our newsletter to get the top stories from the coast", "Sign up"),
    ("section_label", "WATCH | Divers inspect the cracked breakwater at Port Esk", "Divers inspect"),
    ("heading", "A Harbour Running Out of Time", "Running Out of Time"),
    ("work_title", "LISTEN | Remembering Nora Quill, the Last Ferry Pilot", "Nora Quill"),
    ("author_note", f"\u2014 With files from {WRITER} and the Esk Valley Press", "With files from"),
)

Q1 = "The breakwater will not last another winter"
Q2 = "We have patched it four times since the storm"
Q3 = "Each patch buys us a season and no more"
Q4 = "The town cannot pay for a new one this year"

#: An expected quote: (speakers joined by "|", the anchors one quote must hold, direct or not).
Expected = tuple[str, tuple[str, ...], bool]


@dataclass(frozen=True)
class Position:
    """Where the debris stands: the paragraphs after the lede ({d} the debris, {x} the speaker's form, {X} at a
    sentence's start) and the quotes of the article."""

    key: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]


POSITIONS = (
    Position("own_paragraph_before", ("{d}", f"{L}{Q1},{R} {{x}} said."), ((SPEAKER, (Q1,), True),)),
    Position("same_block_before", (f"{{d}} {L}{Q1},{R} {{x}} said.",), ((SPEAKER, (Q1,), True),)),
    Position(
        "between_parts_of_a_quotation",
        (f"{L}{Q1},{R} {{x}} said. {L}{Q2}.", "{d}", f"{L}{Q3}.{R}"),
        ((SPEAKER, (Q1, Q2, Q3), True),),
    ),
    Position(
        "between_two_speakers",
        (f"{L}{Q1},{R} {{x}} said.", "{d}", f"{L}{Q4},{R} said {OTHER}, the town's finance director."),
        ((SPEAKER, (Q1,), True), (OTHER, (Q4,), True)),
    ),
    Position("end_of_block", (f"{L}{Q1},{R} {{x}} said. {{d}}",), ((SPEAKER, (Q1,), True),)),
)


@dataclass(frozen=True)
class Cell:
    """One kind of debris in one position with one form of the speaker: the article, its quotes, and the piece of
    the debris no quote may hold."""

    id: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]
    unquoted: str


def _opening(form: str) -> str:
    return form[0].upper() + form[1:]


def cells() -> list[Cell]:
    """Every kind of debris in every position with every form of the speaker."""
    found = []
    for kind, debris, piece in DEBRIS:
        for position in POSITIONS:
            for form, mention in FORMS:
                texts = tuple(p.format(d=debris, x=mention, X=_opening(mention)) for p in position.paragraphs)
                found.append(Cell(f"{kind}-{position.key}-{form}", (LEDE, *texts), position.quotes, piece))
    return found
