"""The grid of quote continuations: how a quotation carries on across sentences and paragraphs. Each formula is a short
fictional article (a lede that introduces the speaker, then two to four paragraphs) crossed, where the speaker is named
in it, with the cue's tense (says or said) and three forms of the speaker (surname, pronoun, description). The expected
quotes of the whole article were written before the extractor ran on them (GUIDELINES.md: consecutive quoted sentences
of one speaker without a new cue form one quote, over paragraphs too; a pronoun, a short name or a description resolves
to the full name; narration after a closing mark is no part of the quote)."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"
#: Single quotation marks, for a quotation inside a quotation.
LS, RS = "\u2018", "\u2019"

SPEAKER = "Ines Morrow"
TREASURER = "Owen Price"
EDITOR = "Peter Lund"
LEDE = "Ines Morrow, a retired engineer, has spent three winters mapping the leaks under the streets of Dunmore."

#: The forms of the speaker: (key, mid-sentence form, sentence-opening form).
FORMS = (
    ("surname", "Morrow", "Morrow"),
    ("pronoun", "she", "She"),
    ("description", "the retired engineer", "The retired engineer"),
)

#: The cue verbs in each tense.
TENSES = {
    "says": {"say": "says", "add": "adds", "go_on": "goes on", "tell": "tells", "write": "writes"},
    "said": {"say": "said", "add": "added", "go_on": "went on", "tell": "told", "write": "wrote"},
}

W1 = "The pipes under this town are older than anyone living in it"
W2 = "Half of them were laid before the war"
W3 = "Nobody kept the maps, so we walk the streets at night with a listening rod"
W4 = "We find a new leak almost every week"
REPORTED = "the town loses a third of its water before it reaches a tap"
STOPPED = "she has stopped waiting for the council"
NARRATION = "Her maps now cover every street north of the river"
AFTER = f" {NARRATION}, and the council uses them to plan its repairs."

#: An expected quote: (speakers joined by "|", the anchors one quote must hold, direct or not).
Expected = tuple[str, tuple[str, ...], bool]


def _direct(*anchors: str, speaker: str = SPEAKER) -> Expected:
    return (speaker, anchors, True)


def _reported(anchor: str, speaker: str = SPEAKER) -> Expected:
    return (speaker, (anchor,), False)


@dataclass(frozen=True)
class Formula:
    """A formula's paragraphs after the lede ({x} the speaker's form, {X} at a sentence's start, {say} etc. the cue
    verbs), every quote of the article, and narration no quote may hold."""

    key: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]
    unquoted: tuple[str, ...] = ()


FORMULAS = (
    Formula(
        "run_on_paragraphs",
        (f"{L}{W1},{R} {{x}} {{say}}. {L}{W2}.", f"{L}{W3}.", f"{L}{W4}.{R}"),
        (_direct(W1, W2, W3, W4),),
    ),
    Formula(
        "cue_only_in_the_last_paragraph",
        (f"{L}{W1}. {W2}.", f"{L}{W3},{R} {{x}} {{say}}."),
        (_direct(W1, W2, W3),),  # one quotation over both paragraphs (opened_runs.py)
    ),
    Formula(
        "cue_in_the_middle_paragraph",
        (f"{L}{W1}.", f"{L}{W2},{R} {{x}} {{say}}. {L}{W3}.", f"{L}{W4}.{R}"),
        (_direct(W1, W2, W3, W4),),  # one quotation over the three paragraphs (opened_runs.py)
    ),
    Formula(
        "run_on_after_a_reported_cue",
        (f"{{X}} {{say}} {STOPPED}. {L}{W1}.", f"{L}{W3}.{R}"),
        (_reported(STOPPED), _direct(W1, W3)),
    ),
    Formula(
        "colon_then_quoted_paragraph",
        ("In a letter to the council, {x} {write}:", f"{L}{W1}. {W2}.{R}", "The council has promised to reply soon."),
        (_direct(W1, W2),),
    ),
    Formula(
        "colon_then_run_on_paragraphs",
        ("In a letter to the council, {x} {write}:", f"{L}{W1}. {W2}.", f"{L}{W3}.{R}"),
        (_direct(W1, W2, W3),),
    ),
    Formula(
        "narration_then_run_on_paragraphs",
        (f"{{X}} has no patience left for the council. {L}{W1}.", f"{L}{W4},{R} {{x}} {{say}}."),
        (_direct(W1), _direct(W4)),
    ),
    Formula(
        "three_stretches_in_a_block",
        (
            f"{L}{W1},{R} {{say}} Morrow, whose maps hang in the council chamber. {L}{W2}.{R}"
            f" {L}The fund has never had enough money,{R} {{say}} her neighbour, {TREASURER}, who keeps its books."
            f" {L}Pipes are dear.{R} {L}{W4}!{R} {{say}} {{x}}.",
        ),
        (
            _direct(W1, W2),
            _direct("never had enough money", "Pipes are dear", speaker=TREASURER),
            _direct(W4),
        ),
    ),
    Formula(
        "quoted_paragraph_after_speaker",
        (f"{{X}} {{say}} {REPORTED}.", f"{L}{W3}.{R}"),
        (_reported(REPORTED), _direct(W3)),
    ),
    Formula(
        "quoted_paragraph_after_another_named",
        (
            f"{{X}} {{say}} {REPORTED}. The repairs are paid for out of a fund run by the town treasurer, {TREASURER}.",
            f"{L}{W3}.{R}",
        ),
        (_reported(REPORTED), _direct(W3)),
    ),
    Formula(
        "added_colon",
        (f"{L}{W1},{R} Morrow {{say}}.", f"{{X}} {{add}}: {L}{W3}.{R}"),
        (_direct(W1), _direct(W3)),
    ),
    Formula(
        "went_on_colon_paragraph",
        (f"{L}{W1},{R} Morrow {{say}}.", "{X} {go_on}:", f"{L}{W3}. {W4}.{R}"),
        (_direct(W1), _direct(W3, W4)),
    ),
    Formula(
        "cue_in_the_next_sentence",
        (f"{L}{W1}. {W2}.{R} That is what {{x}} {{tell}} the council.",),
        (_direct(W1, W2),),
    ),
    Formula(
        "reported_then_uncued_quotation",
        (f"{{X}} {{say}} {REPORTED}. {L}{W3}.{R}",),
        (_reported(REPORTED), _direct(W3)),
    ),
    Formula(
        "alternating_paragraphs",
        (
            f"{L}{W1},{R} {{x}} {{say}}.",
            f"{L}The fund has never had enough money for new pipes,{R} {{say}} the town treasurer, {TREASURER}.",
            f"{L}Then the town should stop paying for new roundabouts.{R}",
            f"{L}The roundabouts were paid for by the province.{R}",
        ),
        (
            _direct(W1),
            _direct("never had enough money", speaker=TREASURER),
            _direct("stop paying for new roundabouts"),
            _direct("paid for by the province", speaker=TREASURER),
        ),
    ),
    Formula(
        "alternating_cued_once_each",
        (
            f"{L}{W1},{R} Morrow {{say}}. {L}{W2}.{R}",
            f"{L}The fund has never had enough money,{R} {{say}} the town treasurer, {TREASURER}."
            f" {L}Pipes are dear.{R}",
            f"{L}{W4},{R} {{x}} {{say}}. {L}Each one costs more than a pipe.{R}",
            f"{L}We mend what we can,{R} he {{say}}. {L}The rest must wait.{R}",
        ),
        (
            _direct(W1, W2),
            _direct("never had enough money", "Pipes are dear", speaker=TREASURER),
            _direct(W4, "costs more than a pipe"),
            _direct("We mend what we can", "The rest must wait", speaker=TREASURER),
        ),
    ),
    Formula(
        "quotation_inside_a_quotation",
        (f"{L}My father used to say, {LS}Never trust a pipe you cannot see,{RS} and he was right,{R} {{x}} {{say}}.",),
        (_direct("Never trust a pipe you cannot see", "and he was right"),),
    ),
    Formula(
        "closed_mid_paragraph",
        (f"{L}{W4},{R} {{x}} {{say}}.{AFTER}",),
        (_direct(W4),),
        (NARRATION,),
    ),
    Formula(
        "closed_mid_paragraph_after_a_cue",
        (f"{{X}} {{say}} {STOPPED}.", f"{L}{W4}.{R}{AFTER}"),
        (_reported(STOPPED), _direct(W4)),
        (NARRATION,),
    ),
    Formula(
        "closed_mid_paragraph_of_a_run_on",
        (f"{L}{W1},{R} {{x}} {{say}}. {L}{W2}.", f"{L}{W4}.{R}{AFTER}"),
        (_direct(W1, W2, W4),),
        (NARRATION,),
    ),
)

_ANSWER_1 = "I bought a listening rod and walked the streets at night"
_ANSWER_2 = "It has started to, since the flood last spring"
_QUESTION_1 = "How did you start mapping the leaks?"
_QUESTION_2 = "Does the council listen to you now?"
_INTERVIEW = f"{EDITOR}, the editor of the Dunmore Courier, spoke to Morrow about her maps."


def _transcript(key: str, asker: str, answerer: str, expected_asker: str) -> Formula:
    """An interview set as transcript lines, each opening with who speaks and a colon."""
    asks = (_direct(_QUESTION_1, speaker=expected_asker), _direct(_QUESTION_2, speaker=expected_asker))
    return Formula(
        key,
        (
            _INTERVIEW,
            f"{asker}: {_QUESTION_1}",
            f"{answerer}: {_ANSWER_1}.",
            f"{asker}: {_QUESTION_2}",
            f"{answerer}: {_ANSWER_2}.",
        ),
        (*(asks if expected_asker else ()), _direct(_ANSWER_1), _direct(_ANSWER_2)),
    )


#: Interviews: the quotes do not turn on a tense or a form of the speaker.
INTERVIEWS = (
    _transcript("interview_q_and_a", "Q", "A", ""),
    _transcript("interview_names_in_capitals", "LUND", "MORROW", EDITOR),
    _transcript("interview_surnames", "Lund", "Morrow", EDITOR),
)


@dataclass(frozen=True)
class Cell:
    """One formula with one tense and one form of the speaker: the article, its quotes and the unquoted narration."""

    id: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]
    unquoted: tuple[str, ...]


def _named(formula: Formula) -> bool:
    return any("{x}" in p or "{X}" in p for p in formula.paragraphs)


def cells() -> list[Cell]:
    """Every formula in both tenses with every form of the speaker it names (once when it names none), then the
    interviews."""
    found = []
    for formula in FORMULAS:
        forms = FORMS if _named(formula) else FORMS[:1]
        for tense, verbs in TENSES.items():
            for form, mid, opening in forms:
                key = f"{formula.key}-{tense}-{form}" if _named(formula) else f"{formula.key}-{tense}"
                texts = tuple(p.format(x=mid, X=opening, **verbs) for p in formula.paragraphs)
                found.append(Cell(key, (LEDE, *texts), formula.quotes, formula.unquoted))
    found += [Cell(f.key, (LEDE, *f.paragraphs), f.quotes, f.unquoted) for f in INTERVIEWS]
    return found + [_straight(c) for c in found if c.id.split("-")[0] in STRAIGHT and c.id.endswith("-said-surname")]


#: Formulas of quotations carried over paragraphs that wire copy also sets with straight marks.
STRAIGHT = frozenset({
    "run_on_paragraphs", "run_on_after_a_reported_cue", "cue_only_in_the_last_paragraph", "cue_in_the_middle_paragraph",
    "colon_then_run_on_paragraphs", "closed_mid_paragraph_of_a_run_on",
})  # fmt: skip


def _straight(cell: Cell) -> Cell:
    """The cell with straight quotation marks for curly ones."""
    paragraphs = tuple(p.replace(L, '"').replace(R, '"') for p in cell.paragraphs)
    return Cell(f"{cell.id}-straight", paragraphs, cell.quotes, cell.unquoted)
