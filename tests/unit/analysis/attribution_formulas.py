"""The grid of standard attribution formulas: each formula of news attribution filled with fictional names and bodies
of five kinds, in a two-paragraph article whose first paragraph names the body. The expected speaker, kind, role and
affiliation were written before the extractor ran on them (GUIDELINES.md: company and union people `other`, officials
of states and international bodies `official`, think-tank staff `analyst`, bodies `institution`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Body:
    """A fictional body: its name as the lede gives it, its bare name, the noun that refers back to it, its people."""

    key: str
    the_name: str
    name: str
    noun: str
    man: str
    woman: str
    staff_kind: str


BODIES = (
    Body("company", "Kestrel Dairy", "Kestrel Dairy", "company", "Peter Hallam", "Ingrid Solberg", "other"),
    Body(
        "ministry",
        "the Coastal Affairs Ministry",
        "Coastal Affairs Ministry",
        "ministry",
        "Tomas Brandt",
        "Anna Verhoef",
        "official",
    ),
    Body("un_agency", "the UN Water Agency", "UN Water Agency", "agency", "Martin Okoye", "Clara Duval", "official"),
    Body(
        "union",
        "the Harbour Workers Union",
        "Harbour Workers Union",
        "union",
        "George Whitlow",
        "Helen Marsh",
        "other",
    ),
    Body(
        "think_tank",
        "the Meridian Institute",
        "Meridian Institute",
        "institute",
        "Simon Ferrand",
        "Julia Ostrow",
        "analyst",
    ),
)

LEDE = "{The} will cut its spending on harbour projects by a fifth next year, in a bid to save money."


@dataclass(frozen=True)
class Formula:
    """A formula's second paragraph and what it should give: fields may name the body's man, name or staff kind."""

    key: str
    text: str
    speaker: str
    kind: str
    role: str
    affiliation: str
    bodies: tuple[str, ...] = ("company", "ministry", "un_agency", "union", "think_tank")


REPORTED = "the cuts were painful but could not be avoided"
FORMULAS = (
    Formula(
        "apposed_spokesman",
        "{man}, a spokesman for {the}, said " + REPORTED + ".",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "spokeswoman_then_name",
        "A spokeswoman for {the}, {woman}, said " + REPORTED + ".",
        "{woman}",
        "{staff}",
        "spokeswoman",
        "{name}",
    ),
    Formula(
        "name_spokesman_name",
        "{name} spokesman {man} said " + REPORTED + ".",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "owner_spokesman", "{The}'s spokesman {man} said " + REPORTED + ".", "{man}", "{staff}", "spokesman", "{name}"
    ),
    Formula(
        "inverted_reported",
        "The cuts were painful but could not be avoided, said {man}, a spokesman for {the}.",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula("speaks_for", "{man}, who speaks for {the}, said " + REPORTED + ".", "{man}", "{staff}", "", "{name}"),
    Formula(
        "chief_economist",
        "{woman}, {the}'s chief economist, said " + REPORTED + ".",
        "{woman}",
        "analyst",
        "chief economist",
        "{name}",
    ),
    Formula(
        "chief_executive",
        "{name} chief executive {man} told reporters " + REPORTED + ".",
        "{man}",
        "{staff}",
        "chief executive",
        "{name}",
        ("company", "think_tank"),
    ),
    Formula(
        "told_reuters",
        "{man}, a spokesman for {the}, told Reuters " + REPORTED + ".",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "in_a_statement",
        "{man}, a spokesman for {the}, said in a statement that " + REPORTED + ".",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "according_to_official",
        "The cuts were painful but could not be avoided, according to {man}, a {name} official.",
        "{man}",
        "{staff}",
        "official",
        "{name}",
    ),
    Formula(
        "unnamed_official",
        "A {name} official, who asked not to be named, said " + REPORTED + ".",
        "",
        "unnamed",
        "official",
        "{name}",
    ),
    Formula("body_statement", "{The} said in a statement that " + REPORTED + ".", "{name}", "institution", "", ""),
    Formula("the_noun_said", "The {noun} said " + REPORTED + ".", "{name}", "institution", "", ""),
    Formula("apposed_head", "{man}, the head of {the}, said " + REPORTED + ".", "{man}", "{staff}", "head", "{name}"),
    Formula("head_then_name", "The head of {the}, {man}, said " + REPORTED + ".", "{man}", "{staff}", "head", "{name}"),
    Formula(
        "present_says",
        "{man}, a spokesman for {the}, says " + REPORTED + ".",
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "inverted_direct",
        '"The cuts are painful but they cannot be avoided," said {man}, a spokesman for {the}.',
        "{man}",
        "{staff}",
        "spokesman",
        "{name}",
    ),
    Formula(
        "doctor_title",
        "Dr. {woman}, the head of {the}, said " + REPORTED + ".",
        "{woman}",
        "{staff}",
        "head",
        "{name}",
    ),
    Formula(
        "minister_title",
        "Coastal Affairs Minister {man} said " + REPORTED + ".",
        "{man}",
        "official",
        "Coastal Affairs Minister",
        "",
        ("ministry",),
    ),
)


@dataclass(frozen=True)
class Cell:
    """One formula filled with one body: the article's two paragraphs and the expected profile."""

    id: str
    paragraphs: tuple[str, str]
    expected: tuple[str, str, str, str]


def _fill(text: str, body: Body) -> str:
    return text.format(
        The=body.the_name[:1].upper() + body.the_name[1:],
        the=body.the_name,
        name=body.name,
        noun=body.noun,
        man=body.man,
        woman=body.woman,
        staff=body.staff_kind,
    )


def cells() -> list[Cell]:
    """Every formula filled with every body it fits."""
    grid = []
    for formula in FORMULAS:
        for body in BODIES:
            if body.key not in formula.bodies:
                continue
            expected = tuple(
                _fill(field, body) for field in (formula.speaker, formula.kind, formula.role, formula.affiliation)
            )
            paragraphs = (_fill(LEDE, body), _fill(formula.text, body))
            grid.append(Cell(f"{formula.key}-{body.key}", paragraphs, expected))
    return grid
