"""The grid of reference chains: who a pronoun, a short name, a definite description or "the agency" speaks for. Each
chain is a short fictional article (two or three paragraphs) crossed with the cue's tense (says or said) and its
layout (paragraphs, or one long block). The expected quotes, with speaker and kind, were written before the extractor
ran on them (GUIDELINES.md: a pronoun, a short name or a description resolves to the full name; a description tied to
nobody, or a group, stays unnamed; an organisation speaking as itself is an institution; people of a shop, a ferry or a
street are `other`)."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"

TENSES = {
    "says": {"say": "says", "add": "adds", "Say": "Says"},
    "said": {"say": "said", "add": "added", "Say": "Said"},
}

#: An expected quote: (speakers joined by "|", the anchors one quote must hold, direct or not, kind).
Expected = tuple[str, tuple[str, ...], bool, str]


@dataclass(frozen=True)
class Chain:
    """A chain's paragraphs ({say} and {add} the cue verbs) and every quote of the article."""

    key: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]


FERRY = "Carl Jensen has run the night ferry across Aster Bay for twenty years."
CROSSING = "People think the crossing runs itself"
BAKERY = "Nora Vance opened her bakery on Quay Street in 2019."
CALDER = "Ruth Calder, a retired engineer, has spent three winters mapping the leaks in the water mains of Millbrook."
PIPES = "The pipes are older than anyone here"
TRANSIT = "Harbour Transit will cut two night bus routes in Kelton from March."
ROUTES = "the routes carried fewer than ten riders a night"


def _direct(speaker: str, anchor: str, kind: str = "other") -> Expected:
    return (speaker, (anchor,), True, kind)


def _reported(speaker: str, anchor: str, kind: str = "other") -> Expected:
    return (speaker, (anchor,), False, kind)


CHAINS = (
    Chain(
        "topic_then_object",
        (
            FERRY,
            f"He bought the boat from Peter Moss in 2004 and rebuilt its engine himself. {L}{CROSSING},{R} he {{say}}.",
        ),
        (_direct("Carl Jensen", CROSSING),),
    ),
    Chain(
        "topic_then_relative_clause",
        (
            FERRY,
            "He learned the trade from an old skipper, Peter Moss, who wrote the book Tides of Aster. "
            f"{L}{CROSSING},{R} he {{say}}.",
        ),
        (_direct("Carl Jensen", CROSSING),),
    ),
    Chain(
        "topic_then_possessive",
        (FERRY, f"He still keeps Peter Moss's brass compass beside the wheel. {L}{CROSSING},{R} he {{say}}."),
        (_direct("Carl Jensen", CROSSING),),
    ),
    Chain(
        "topic_reported_pronoun",
        (FERRY, "He took over the route from Peter Moss in 2004. He {say} the winter crossings had never paid."),
        (_reported("Carl Jensen", "the winter crossings had never paid"),),
    ),
    Chain(
        "she_after_a_man",
        (BAKERY, f"Last year she hired an apprentice, Mark Okafor. {L}We sell out by noon most days,{R} she {{say}}."),
        (_direct("Nora Vance", "We sell out by noon most days"),),
    ),
    Chain(
        "he_after_a_woman",
        (
            "Tom Reyes opened a bike shop on Mill Lane in 2021.",
            f"He shares the premises with a florist, Lena Marsh. {L}The rent is the hard part,{R} he {{say}}.",
        ),
        (_direct("Tom Reyes", "The rent is the hard part"),),
    ),
    Chain(
        "he_and_she_in_one_run",
        (
            "Nora Vance and Tom Reyes opened their bakery on Quay Street in 2019.",
            f"{L}The first year nearly broke us,{R} he {{say}}. {L}The second year was worse,{R} she {{add}}. "
            f"{L}Now we sell out by noon.{R}",
        ),
        (
            _direct("Tom Reyes", "The first year nearly broke us"),
            ("Nora Vance", ("The second year was worse", "Now we sell out by noon"), True, "other"),
        ),
    ),
    Chain(
        "named_then_pronoun_in_run",
        (
            BAKERY,
            f"Her partner, Tom Reyes, runs the counter. {L}We have not had a day off since spring,{R} {{say}} Vance. "
            f"{L}I stopped counting,{R} he {{add}}.",
        ),
        (
            _direct("Nora Vance", "We have not had a day off since spring"),
            _direct("Tom Reyes", "I stopped counting"),
        ),
    ),
    Chain(
        "surname_with_a_namesake_son",
        (
            BAKERY,
            f"Her son, Daniel Vance, drives the delivery van before school. {L}He has never once been late,{R} "
            f"Vance {{say}}. {L}I like the early start,{R} Daniel {{say}}.",
        ),
        (
            _direct("Nora Vance", "He has never once been late"),
            _direct("Daniel Vance", "I like the early start"),
        ),
    ),
    Chain(
        "pronoun_opens_the_paragraph",
        (
            "Ruth Calder has spent three winters mapping the leaks of Millbrook with her neighbour, Maria Lutz.",
            "She {say} the council had known about the leaks since 2015.",
        ),
        (_reported("Ruth Calder", "the council had known about the leaks since 2015"),),
    ),
    Chain(
        "pronoun_opens_a_quoted_paragraph",
        (
            "Ruth Calder has spent three winters mapping the leaks of Millbrook with her neighbour, Maria Lutz.",
            f"{L}Nobody wanted to dig up the roads,{R} she {{say}}.",
        ),
        (_direct("Ruth Calder", "Nobody wanted to dig up the roads"),),
    ),
    Chain(
        "apposed_description",
        (CALDER, f"She works with the town plumber, Owen Pike. {L}{PIPES},{R} {{say}} the retired engineer."),
        (_direct("Ruth Calder", PIPES),),
    ),
    Chain(
        "apposed_description_head_only",
        (CALDER, "Owen Pike, the town plumber, digs where she marks.", f"{L}{PIPES},{R} {{say}} the engineer."),
        (_direct("Ruth Calder", PIPES),),
    ),
    Chain(
        "predicate_description",
        (
            "Nora Vance is the cheerful baker behind the only bakery on Quay Street.",
            f"{L}Bread is the easy part,{R} {{say}} the cheerful baker.",
        ),
        (_direct("Nora Vance", "Bread is the easy part"),),
    ),
    Chain(
        "age_description",
        (
            "Tom Reyes, 34, left a job in insurance to open a bike shop on Mill Lane.",
            f"His landlord, Victor Hale, owns half the street. {L}I never looked back,{R} {{say}} the 34-year-old.",
        ),
        (_direct("Tom Reyes", "I never looked back"),),
    ),
    Chain(
        "mother_of_three",
        (
            "Amina Roy, a mother of three, drives a school bus in Kelton every weekday.",
            f"{L}The children keep me young,{R} {{say}} the mother of three.",
        ),
        (_direct("Amina Roy", "The children keep me young"),),
    ),
    Chain(
        "untied_description",
        (
            "Owen Pike, the town plumber, has fixed more than two hundred leaks in Millbrook this year.",
            f"{L}{PIPES},{R} {{say}} a retired engineer who lives on the hill.",
        ),
        (_direct("", PIPES, "unnamed"),),
    ),
    Chain(
        "untied_definite_description",
        (
            "Owen Pike, the town plumber, has fixed more than two hundred leaks in Millbrook this year.",
            f"{L}{PIPES},{R} {{say}} the retired engineer.",
        ),
        (_direct("", PIPES, "unnamed"),),
    ),
    Chain(
        "agency_after_a_council",
        (
            TRANSIT,
            "The Kelton Council owns the depot where the buses park overnight. The agency {say} " + ROUTES + ".",
        ),
        (_reported("Harbour Transit", ROUTES, "institution"),),
    ),
    Chain(
        "company_after_a_customer",
        (
            "Kestrel Dairy will close its bottling plant in Avonford next year.",
            "Most of the plant's milk goes to Greyfield Foods. The company {say} the machines were too old to repair.",
        ),
        (_reported("Kestrel Dairy", "the machines were too old to repair", "institution"),),
    ),
    Chain(
        "ministry_after_a_port",
        (
            "The Coastal Affairs Ministry has ordered the Port of Lissen to stop dredging the harbour mouth.",
            "The Port of Lissen had planned to finish the work by June. "
            "The ministry {say} the dredging had harmed the oyster beds.",
        ),
        (
            _reported(
                "Coastal Affairs Ministry|The Coastal Affairs Ministry",
                "the dredging had harmed the oyster beds",
                "institution",
            ),
        ),
    ),
    Chain(
        "they_after_a_group",
        (
            "Fishermen in Port Aster have kept their boats in harbour for a week over the new quotas.",
            "They {say} the quotas would put half the fleet out of work.",
        ),
        (_reported("", "the quotas would put half the fleet out of work", "unnamed"),),
    ),
    Chain(
        "long_chain_across_paragraphs",
        (
            FERRY,
            "His daughter, Elsa Jensen, keeps the accounts. Jensen pays Peter Moss to mend the nets.",
            f"{L}{CROSSING},{R} Jensen {{say}}. {L}It never has.{R}",
        ),
        (("Carl Jensen", (CROSSING, "It never has"), True, "other"),),
    ),
)


@dataclass(frozen=True)
class Cell:
    """One chain in one tense and layout: the article and every quote it should give."""

    id: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Expected, ...]


def cells() -> list[Cell]:
    """Every chain in both tenses, as paragraphs and as one long block."""
    grid = []
    for chain in CHAINS:
        for tense, verbs in TENSES.items():
            paragraphs = tuple(p.format(**verbs) for p in chain.paragraphs)
            grid.append(Cell(f"{chain.key}-{tense}-paragraphs", paragraphs, chain.quotes))
            grid.append(Cell(f"{chain.key}-{tense}-block", (" ".join(paragraphs),), chain.quotes))
    return grid
