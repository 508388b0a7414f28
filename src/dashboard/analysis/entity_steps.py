"""The pipeline's steps that mend the recogniser's entities, run as one component, in the order they were added to
the pipeline one by one before: each reads the entities the steps before it left.

Run one by one, each step read `doc.ents`, which spaCy builds anew at each read, and paid spaCy's own cost of a
component, for most paragraphs to change nothing. Run here, the steps share one read of the entities until one of
them changes them (`step_entities`). Each step is still a component of its own, for tests and tools that add it
alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.advocate_names import advocate_names
from dashboard.analysis.apostrophe_surnames import apostrophe_surnames
from dashboard.analysis.bulleted_names import bulleted_names
from dashboard.analysis.circuit_courts import circuit_courts
from dashboard.analysis.conjunction_ends import conjunction_ends
from dashboard.analysis.counted_people import counted_people
from dashboard.analysis.cut_and_names import cut_and_names
from dashboard.analysis.cut_of_names import cut_of_names
from dashboard.analysis.dashed_ends import dashed_ends
from dashboard.analysis.datelined_names import datelined_names
from dashboard.analysis.described_name_runs import described_name_runs
from dashboard.analysis.elided_given_names import elided_given_names
from dashboard.analysis.field_agencies import field_agencies
from dashboard.analysis.french_bodies import french_bodies
from dashboard.analysis.function_titles import function_titles
from dashboard.analysis.given_named_people import given_named_people
from dashboard.analysis.heading_verbs import heading_verbs
from dashboard.analysis.honorific_given_names import honorific_given_names
from dashboard.analysis.honoured_names import honoured_names
from dashboard.analysis.hung_names import hung_names
from dashboard.analysis.hyphenated_names import hyphenated_names
from dashboard.analysis.infinitive_bodies import infinitive_bodies
from dashboard.analysis.initialled_names import initialled_names
from dashboard.analysis.joined_departments import joined_departments
from dashboard.analysis.listed_portfolios import listed_portfolios
from dashboard.analysis.lone_titles import lone_titles
from dashboard.analysis.maitre_names import maitre_names
from dashboard.analysis.maker_led_companies import maker_led_companies
from dashboard.analysis.mistagged_hyphenated_names import mistagged_hyphenated_names
from dashboard.analysis.names_after_commas import names_after_commas
from dashboard.analysis.nationality_names import nationality_names
from dashboard.analysis.occupied_names import occupied_names
from dashboard.analysis.particle_names import particle_names
from dashboard.analysis.peer_names import peer_names
from dashboard.analysis.port_bodies import port_bodies
from dashboard.analysis.possessive_people import possessive_people
from dashboard.analysis.posted_envoy_names import posted_envoy_names
from dashboard.analysis.predicate_peoples import predicate_peoples
from dashboard.analysis.product_led_bodies import product_led_bodies
from dashboard.analysis.pseudonyms import pseudonyms
from dashboard.analysis.quoted_nicknames import quoted_nicknames
from dashboard.analysis.rank_entities import rank_entities
from dashboard.analysis.region_abbreviations import region_abbreviations
from dashboard.analysis.regnal_names import regnal_names
from dashboard.analysis.run_on_names import run_on_names
from dashboard.analysis.shipping_lines import shipping_lines
from dashboard.analysis.step_entities import shared_by_steps
from dashboard.analysis.step_failures import PARSE_AND_ENTITIES, undone_on_failure
from dashboard.analysis.styled_names import styled_names
from dashboard.analysis.titled_names import titled_names
from dashboard.analysis.titled_particle_names import titled_particle_names
from dashboard.analysis.titles_for_places import titles_for_places
from dashboard.analysis.vietnamese_names import vietnamese_names
from dashboard.analysis.whole_trees import kept_whole

#: The name of the pipeline step.
STEP = "entity_steps"
#: The steps, in the order they run.
STEPS = (
    titled_names,
    names_after_commas,  # "On CBS’s Face the Nation, Ann Ross-Hay said"
    bulleted_names,  # "• Ridgeline Rail said": the bullet is no part of the name
    conjunction_ends,  # "carriers Tellaro and Vantix": no "Tellaro and"
    dashed_ends,  # "Ada Roe - Tom Ball's partner - said": no "Ada Roe - Tom Ball"
    region_abbreviations,
    quoted_nicknames,  # "Jordan “Tank” Ferreira", one person
    lone_titles,  # "The Taoiseach, Mary Doyle,": a title, no organisation
    honoured_names,  # "Imogen Fairweather KC", counsel named with the honour
    apostrophe_surnames,  # "Ms O’Neill", no adverb and no organisation
    advocate_names,  # "Advocate Karin de Villiers", no organisation
    peer_names,  # "Lord Ashdown-Creel", a peer, no organisation
    maitre_names,  # "Lawyer Me Julie Brassard", a person after the title
    regnal_names,  # "Nana Kwame Asante Boakye II", one person
    honorific_given_names,  # "Mr Kiplagat| Moraa Abuya", one person
    function_titles,  # "the Public Relations| Officer": no body
    circuit_courts,  # "the U.S. Court of Appeals for the Ninth Circuit", one
    cut_of_names,  # "The Irish Council for| Digital Rights", one body
    cut_and_names,  # "the Department of Fish and| Game", one body
    listed_portfolios,  # "the Ministry of Labour, Immigration|, Training and| Skills Development", one body
    product_led_bodies,  # "the nonprofit Open| Capitol Ledger", one body
    pseudonyms,  # "Amal, not her real name, said": a person
    occupied_names,
    mistagged_hyphenated_names,
    hyphenated_names,
    field_agencies,
    port_bodies,  # "The Port of Calverton Authority said": one body, no official "Port"
    shipping_lines,  # "Danish container line Holmgaard Line": a company, no product or person
    maker_led_companies,  # "- Chipmaker Halvorsen Microsystems said": a company, no person "Chipmaker X"
    joined_departments,
    initialled_names,
    infinitive_bodies,
    given_named_people,
    kept_whole(described_name_runs),  # "Hui Min| Zhao, a strategist at …": one person
    possessive_people,  # "at Margaret Roe’s vineyard": a person, no facility
    kept_whole(hung_names),
    kept_whole(predicate_peoples),  # "were Bolivian, Bolivia's embassy said": the adjective is no part of the speaker
    datelined_names,
    titled_particle_names,  # "Rear Adm. Avner ben-Tzur": no organisation
    vietnamese_names,  # "Tran Quoc Hung", family name first
    styled_names,  # "Tan Sri Zulkifli bin Yusof": the name after a style
    particle_names,
    run_on_names,
    heading_verbs,
    posted_envoy_names,  # "Ambassador to Japan Marta Quiroga": country, person
    titles_for_places,  # "envoy for West Africa Ada Quill": region, person
    elided_given_names,  # "Marie-Thérèse d’Anglade", the given name tagged apart
    nationality_names,
    counted_people,
    french_bodies,  # "the Société de transport de Montréal", one body
    rank_entities,  # last, after every step that tags entities
)


@Language.component(STEP)
@undone_on_failure(PARSE_AND_ENTITIES)
def entity_steps(doc: Doc) -> Doc:
    """The document with its entities mended by each step in turn."""
    with shared_by_steps(doc):
        for step in STEPS:
            doc = step(doc)
    return doc
