"""The grid of cues set inside what was said: where the cue stands in the sentence (after the subject, after a fronted
clause, between a said clause and narration joined by "and", at the end before a trailing clause of narration), the
cue's phrase (a bare verb; the verb with a time, an audience, "in a statement", "in an interview with" a paper;
"according to"; a verb of communication other than say or tell), reported or direct (the same words in quotation
marks), and the form of the speaker (full name, surname, title and name, a pronoun after the lede, an organisation,
"officials"). Three planes of the cross are taken, not the whole of it: every phrase with every position and mode (the
surname speaking), every form of the speaker with every position and mode (the bare verb), and every other verb with
every position and mode (the surname speaking). The expected quotes were written before the extractor ran on them
(GUIDELINES.md: what was said is the words around the cue joined, without the cue; the narration after the cue is no
part of the quote; a pronoun or a short name resolves to the full name; "officials" is an unnamed source)."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"

SPEAKER = "Tomas Halvard"
AGENCY = "Rivers Agency|The Rivers Agency"
LEDE = (
    "Tomas Halvard, the mayor of Brennick, has fought the Rivers Agency for two years over the old stone bridge that "
    "carries the only road across the Wend."
)

#: The forms of the speaker: (key, the form in the cue, the expected speakers joined by "|", the expected kind or "").
FORMS = (
    ("full", "Tomas Halvard", SPEAKER, ""),
    ("surname", "Halvard", SPEAKER, ""),
    ("title", "Mayor Tomas Halvard", SPEAKER, ""),
    ("pronoun", "he", SPEAKER, ""),
    ("organisation", "the Rivers Agency", AGENCY, ""),
    ("officials", "officials", "", "unnamed"),
)

#: The cue phrases ({x} the speaker), and the words of each that no quote may hold.
PHRASES = {
    "bare": ("{x} said", "said"),
    "on_monday": ("{x} said on Monday", "on Monday"),
    "told_reporters": ("{x} told reporters", "told reporters"),
    "in_a_statement": ("{x} said in a statement", "in a statement"),
    "in_an_interview": ("{x} said in an interview with the Brennick Gazette", "in an interview"),
    "according_to": ("according to {x}", "according to"),
    "warned": ("{x} warned", "warned"),
}

#: Verbs of communication other than say and tell, each as a bare cue.
VERBS = ("warned", "argued", "insisted", "conceded", "noted", "added")

#: The objective form of a pronoun after "according to".
OBJECTIVE = {"he": "him"}


@dataclass(frozen=True)
class Position:
    """Where the cue stands: the sentence reported and in quotation marks ({cue} the cue), the anchors the quote must
    hold, and the narration no quote may hold."""

    key: str
    reported: str
    direct: str
    anchors: tuple[str, ...]
    narration: str = ""


POSITIONS = (
    Position(
        "after_subject",
        "The bridge, {cue}, is no longer safe for lorries.",
        f"{L}The bridge,{R} {{cue}}, {L}is no longer safe for lorries.{R}",
        ("The bridge", "is no longer safe for lorries"),
    ),
    Position(
        "after_fronted_clause",
        "If the river rises again this spring, {cue}, the bridge will not survive the floods.",
        f"{L}If the river rises again this spring,{R} {{cue}}, {L}the bridge will not survive the floods.{R}",
        ("If the river rises again this spring", "the bridge will not survive the floods"),
    ),
    Position(
        "between_clauses",
        "The bridge is no longer safe for lorries, {cue}, and the council voted on Tuesday to close it.",
        f"{L}The bridge is no longer safe for lorries,{R} {{cue}}, and the council voted on Tuesday to close it.",
        ("The bridge is no longer safe for lorries",),
        "the council voted on Tuesday",
    ),
    Position(
        "end_trailing",
        "The bridge is no longer safe for lorries, {cue}, after a survey found deep cracks in its piers.",
        f"{L}The bridge is no longer safe for lorries,{R} {{cue}}, after a survey found deep cracks in its piers.",
        ("The bridge is no longer safe for lorries",),
        "a survey found deep cracks",
    ),
)

#: An expected quote: (speakers joined by "|", the anchors one quote must hold, direct or not, and the kind if given).
Expected = tuple


@dataclass(frozen=True)
class Cell:
    """One position, phrase, mode and form of the speaker: the article, its expected quote, and the words no quote of
    the second paragraph may hold (the cue's own words, the speaker's form, the narration)."""

    id: str
    paragraphs: tuple[str, str]
    quotes: tuple[Expected, ...]
    unquoted: tuple[str, ...]


def _cue(phrase: str, form: str) -> str:
    """The cue phrase with the speaker's form in it ("according to him" for "he")."""
    if phrase.startswith("according to"):
        form = OBJECTIVE.get(form, form)
    return phrase.format(x=form)


def _cell(position: Position, phrase_key: str, phrase: str, marker: str, direct: bool, form: tuple) -> Cell:
    form_key, mention, speakers, kind = form
    mode = "direct" if direct else "reported"
    cue = _cue(phrase, mention)
    text = (position.direct if direct else position.reported).format(cue=cue)
    expected = (speakers, position.anchors, direct, *([kind] if kind else []))
    unquoted = tuple(w for w in (marker, mention if form_key != "pronoun" else "", position.narration) if w)
    return Cell(f"{position.key}-{phrase_key}-{mode}-{form_key}", (LEDE, text), (expected,), unquoted)


def cells() -> list[Cell]:
    """The three planes of the cross, each cell once."""
    surname = FORMS[1]
    planes = [
        (position, key, phrase, marker, direct, surname)
        for key, (phrase, marker) in PHRASES.items()
        for position in POSITIONS
        for direct in (False, True)
    ]
    planes += [
        (position, "bare", *PHRASES["bare"], direct, form)
        for form in FORMS
        for position in POSITIONS
        for direct in (False, True)
    ]
    planes += [
        (position, verb, f"{{x}} {verb}", verb, direct, surname)
        for verb in VERBS
        for position in POSITIONS
        for direct in (False, True)
    ]
    found: dict[str, Cell] = {}
    for args in planes:
        cell = _cell(*args)
        found.setdefault(cell.id, cell)
    return list(found.values())
