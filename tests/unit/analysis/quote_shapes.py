"""The grid of quote shapes: each shape of a news quote (where the cue stands, how a quote is split or carried on, how
the speaker is named again) crossed with the cue's tense (says or said) and four forms of the speaker (full name,
surname, title and name, description), in a two-paragraph fictional article whose first paragraph introduces her. The
expected quotes were written before the extractor ran on them (GUIDELINES.md: consecutive quoted sentences of one
speaker without a new cue, a quote split by its cue, and "adding that …" after a cue each form one quote; a short
name, a description or a pronoun resolves to the full name)."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"

SPEAKER = "Marta Lindqvist"
PARTNER = "Jonas Berg"
AGENCY = "Rivers Agency|The Rivers Agency|agency|The agency"
LEDE = (
    "Marta Lindqvist, a retired engineer and the deputy mayor of Harrowfield, has fought for two years against the "
    "Rivers Agency's order to close the old mill on the edge of the town."
)

#: The forms of the speaker in the second paragraph: (key, mid-sentence form, sentence-opening form).
FORMS = (
    ("full", "Marta Lindqvist", "Marta Lindqvist"),
    ("surname", "Lindqvist", "Lindqvist"),
    ("title", "Deputy Mayor Marta Lindqvist", "Deputy Mayor Marta Lindqvist"),
    ("description", "the retired engineer", "The retired engineer"),
)

#: The cue verbs in each tense.
TENSES = {
    "says": {
        "say": "says",
        "note": "notes",
        "insist": "insists",
        "tell": "tells",
        "write": "writes",
        "add": "adding",
        "ask": "asks",
        "warn": "warns",
    },
    "said": {
        "say": "said",
        "note": "noted",
        "insist": "insisted",
        "tell": "told",
        "write": "wrote",
        "add": "adding",
        "ask": "asked",
        "warn": "warned",
    },
}

A = "The mill kept this town alive for a century"
B = "We will not let it go quietly"
REPORTED_A = "the mill had kept the town alive for a century"
REPORTED_B = "residents would take the agency to court"


@dataclass(frozen=True)
class Shape:
    """A shape's second paragraph ({x} the speaker's form, {X} at a sentence's start, {say} etc. the cue verbs) and
    its quotes: (speakers joined by "|", the anchors one quote must hold, direct or not)."""

    key: str
    text: str
    quotes: tuple[tuple[str, tuple[str, ...], bool], ...]


def _one(anchors: tuple[str, ...], direct: bool) -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    return ((SPEAKER, anchors, direct),)


SHAPES = (
    Shape("end_cue", f"{L}{A},{R} {{x}} {{say}}.", _one((A,), True)),
    Shape("colon", f"{{X}} {{say}}: {L}{A}.{R}", _one((A,), True)),
    Shape("inverted", f"{L}{A},{R} {{say}} {{x}}.", _one((A,), True)),
    Shape("trailing", f"{L}{A},{R} {{x}} {{say}}. {L}{B}.{R}", _one((A, B), True)),
    Shape("split", f"{L}{A},{R} {{x}} {{say}}, {L}{B.lower()}.{R}", _one((A, B.lower()), True)),
    Shape(
        "split_predicate",
        f"{L}Everything the council has said and everything we have said,{R} {{x}} {{say}}, {L}points one way.{R}",
        _one(("Everything the council has said", "points one way"), True),
    ),
    Shape("notes", f"{L}{A},{R} {{note}} {{x}}.", _one((A,), True)),
    Shape("insists", f"{L}{A},{R} {{insist}} {{x}}.", _one((A,), True)),
    Shape(
        "who_clause",
        f"{{X}}, who has lived beside the mill for forty years, {{say}} that {REPORTED_A}.",
        _one((REPORTED_A,), False),
    ),
    Shape("adding", f"{{X}} {{say}} {REPORTED_A}, {{add}} that {REPORTED_B}.", _one((REPORTED_A, REPORTED_B), False)),
    Shape(
        "pronoun_noted",
        f"{{X}} {{say}} the council had ignored a petition signed by 3,000 people. She {{note}} that {REPORTED_A}.",
        ((SPEAKER, ("the council had ignored a petition",), False), (SPEAKER, (REPORTED_A,), False)),
    ),
    Shape(
        "for_topic",
        f"For {{x}}, the fight over the mill is a personal one. {L}{A},{R} she {{say}}.",
        _one((A,), True),
    ),
    Shape(
        "two_speakers",
        f"{L}{A},{R} {{say}} {{x}}. {L}{B},{R} {{say}} her partner, {PARTNER}.",
        ((SPEAKER, (A,), True), (PARTNER, (B,), True)),
    ),
    Shape(
        "agency_after",
        "{X} {say} the order was unfair. The agency {say} the mill's dam was no longer safe.",
        ((SPEAKER, ("the order was unfair",), False), (AGENCY, ("the mill's dam was no longer safe",), False)),
    ),
    Shape("interview_colon", f"{{X}} {{say}} in an interview: {L}{A}.{R}", _one((A,), True)),
    Shape(
        "asked", f"{L}Who will pay to mend the dam?{R} {{ask}} {{x}}.", _one(("Who will pay to mend the dam?",), True)
    ),
    Shape("inserted_cue", "The fight, {x} {say}, is far from over.", _one(("is far from over",), False)),
    Shape("warns", f"{{X}} {{warn}} that {REPORTED_B}.", _one((REPORTED_B,), False)),
    Shape("according_to", f"According to {{x}}, {REPORTED_A}.", _one((REPORTED_A,), False)),
    Shape("told", f"{{X}} {{tell}} the Harrowfield Gazette that {REPORTED_A}.", _one((REPORTED_A,), False)),
    Shape(
        "in_a_statement",
        f"{REPORTED_A[0].upper()}{REPORTED_A[1:]}, {{x}} {{say}} in a statement.",
        _one((REPORTED_A,), False),
    ),
    Shape(
        "wrote_in_a_post",
        f"{{X}} {{write}} in a post on social media that {REPORTED_A}.",
        _one((REPORTED_A,), False),
    ),
)


@dataclass(frozen=True)
class Cell:
    """One shape with one tense and one form of the speaker: the article and the quotes of its second paragraph."""

    id: str
    paragraphs: tuple[str, str]
    quotes: tuple[tuple[str, tuple[str, ...], bool], ...]


def cells() -> list[Cell]:
    """Every shape in both tenses with every form of the speaker."""
    return [
        Cell(
            f"{shape.key}-{tense}-{form}",
            (LEDE, shape.text.format(x=mid, X=opening, **verbs)),
            shape.quotes,
        )
        for shape in SHAPES
        for tense, verbs in TENSES.items()
        for form, mid, opening in FORMS
    ]
