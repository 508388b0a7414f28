"""Quotes of a forty-seventh batch of blind probes (longform_probes_fortyseventh.py, English-language press of Latin
America and the Caribbean): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyseventh import (
    DEFORESTATION_RULE,
    GAS_FIELD,
    GRAIN_DUTIES,
    RIVER_TREATY,
)

CASA_ROSADA = "Casa Rosada|The Casa Rosada"
QUIROGA = "Martín Alejandro Quiroga Sáenz"
BENAVIDEZ = "Lucía Benavídez de la Torre"
ETCHEGARAY = "Nicolás Etchegaray Lynch"
MANSILLA = "Carla Inés Mansilla Roldán"
ALDAO = "Tomás Aldao Ferrer"
LEITAO = "Rodrigo Faria Leitão"
CAVALCANTI = "Maria das Dores Cavalcanti"
BRANDAO = "Otávio Brandão Neto|Otávio Brandão"
EUROPEAN_COMMISSION = "European Commission|The European Commission"
MOREIRA = "Ana Cláudia dos Reis Moreira"
ALBUQUERQUE = "Fábio Mendes de Albuquerque"
AGUIRRE = "Beatriz Aguirre Villalobos"
CHAVEZ = "Rogelio Chávez Armendáriz"
QUEZADA = "Mariana Quezada Terrazas"
STATE_DEPARTMENT = "State Department|The State Department|US State Department"
CONAGUA = "National Water Commission|The National Water Commission|Conagua"
RAMDASS = "Sharon Ramdass-Maharaj"
ALI_HOSEIN = "Stuart Ali-Hosein"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives, with both surnames and any particle ("Quiroga" is Martín Alejandro Quiroga Sáenz,
#: "Benavídez" is Lucía Benavídez de la Torre, "Brandão" is Otávio Brandão Neto, whose "Neto" may be dropped);
#: President, Prime Minister, Dr, Dr., Mr, Mrs, Senator, Opposition Leader, "The governor of the state of X" and the
#: portfolio titles are titles. A seat of government or a ministry named for the government ("the Casa Rosada",
#: "Planalto", "Itamaraty", "Miraflores") is an institution that speaks. "told the Guardian", "told The Gleaner", "said
#: at the mañanera, according to a translation", "said in a video posted on X", "said on social media" and "replied:"
#: are cues. Borderline and optional: groups (farm groups, exporters, fisherfolk), "defended her government's decision",
#: "accused X of", "asked whether" (reporters asking), "urged … to", "called on … to", a second "that" clause or clause
#: after "but warned" or "adding that" that continues a quote, and "a copy of which he said would be published".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "grain_duties": [
        (CASA_ROSADA, "will lower export duties", False),
        ("", "a first step", True),
        (QUIROGA, "the cut would cost the Treasury", False),
        (QUIROGA, "higher sales abroad", True),
        (QUIROGA, "We are giving back", False),
        (BENAVIDEZ, "Salvatierra had signed the decree", False),
        (BENAVIDEZ, "Everything in its time", False),
        (ETCHEGARAY, "the cut fell short", False),
        (ETCHEGARAY, "Producers are still handing", False),
        (ETCHEGARAY, "the group would keep pressing", False),
        ("Gustavo Ariel Peralta", "pay for the party", False),
        ("Gustavo Ariel Peralta", "Córdoba sends billions", False),
        (MANSILLA, "the measure had been timed", False),
        (MANSILLA, "her bloc would demand", False),
        (ALDAO, "the timing made sense", False),
        (ALDAO, "If they wanted dollars", False),
        (ALDAO, "the peso would not be helped", False),
        ("", "further cuts were coming", True),
        (QUIROGA, "the direction is clear", False),
    ],
    "deforestation_rule": [
        ("Planalto", "is preparing to challenge", False),
        ("", "losses running into", True),
        (LEITAO, "Itamaraty had sent a formal note", False),
        (LEITAO, "Brazil does not accept", False),
        ("Itamaraty", "unilateral and punitive", False),
        (CAVALCANTI, "If Europe does not want", False),
        (CAVALCANTI, "her ministry was already in talks", False),
        (BRANDAO, "soy farmers in his state", False),
        (BRANDAO, "We did our homework", False),
        (EUROPEAN_COMMISSION, "the regulation applied equally", False),
        (EUROPEAN_COMMISSION, "duly noted", True),
        (MOREIRA, "the challenge would send", False),
        (MOREIRA, "Brazil should be proud", False),
        (MOREIRA, "illegal clearing in the Cerrado", False),
        (ALBUQUERQUE, "finally woken up", False),
        (ALBUQUERQUE, "to retaliate", True),
        ("Helena Castro Vilela", "exhaust every channel", False),
    ],
    "river_treaty": [
        (AGUIRRE, "honors its word", False),
        (AGUIRRE, "to send more water", True),
        (AGUIRRE, "We are not giving away water", False),
        (AGUIRRE, "the deliveries would come mostly", False),
        (CHAVEZ, "nothing left to give", False),
        (CHAVEZ, "They are taking the water", False),
        (QUEZADA, "she had asked the federal government", False),
        (QUEZADA, "Chihuahua has already given enough", False),
        (QUEZADA, "state police would not be used", False),
        ("Arturo Villaseñor", "the SRE had agreed", False),
        ("Arturo Villaseñor", "understood our situation", False),
        (STATE_DEPARTMENT, "commitment to meet", False),
        ("Elena Ruvalcaba", "both governments were managing", False),
        ("Elena Ruvalcaba", "The treaty assumes rivers", False),
        ("Elena Ruvalcaba", "it should be renegotiated", True),
        ("Luis Ángel Fonseca", "kneeling before Washington", True),
        (AGUIRRE, "The senator can go to Chihuahua", False),
        (CONAGUA, "reservoirs were at 41%", False),
    ],
    "gas_field": [
        ("Anselm Baptiste", "jointly develop the Manatí", False),
        ("Anselm Baptiste", "the first gas could flow", False),
        ("Anselm Baptiste", "This is not a favour", False),
        ("Anselm Baptiste", "the United States had been kept informed", False),
        ("Miraflores", "the deal showed", False),
        ("Héctor Guzmán Urdaneta", "more than US$1 billion", False),
        (RAMDASS, "the Government had put the country", False),
        (RAMDASS, "The Prime Minister is gambling", False),
        (RAMDASS, "to lay the agreement", True),
        (ALI_HOSEIN, "the Office of Foreign Assets Control had issued", False),
        (ALI_HOSEIN, "would be published", True),
        (ALI_HOSEIN, "would begin drilling", False),
        ("Roger Hosang", "a lifeline", False),
        ("Roger Hosang", "it depended on politics", True),
        ("Roger Hosang", "One change of mind", False),
        ("Paulette Whyte-Campbell", "Jamaica would watch the deal", False),
        ("Paulette Whyte-Campbell", "Regional energy security", False),
        ("Errol Blackman", "the region had always been", False),
        ("", "they had not been consulted", True),
        ("Ramesh Baboolal", "Nobody came to ask us", False),
    ],
}

ARTICLES = {
    "grain_duties": GRAIN_DUTIES,
    "deforestation_rule": DEFORESTATION_RULE,
    "river_treaty": RIVER_TREATY,
    "gas_field": GAS_FIELD,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 33 of 61 required when the batch was written (blind); 30 once two gold slips were mended (reporters who
#: ask "whether further cuts were coming" are a group, optional as "asked whether" is in the other batches; the State
#: Department's anchor now stands inside its quotation marks, as in the other batches' partial quotes). Then 22: a given
#: name the recogniser leaves out right after "President" is the person's ("Beatriz" of Beatriz Aguirre Villalobos,
#: titled_names). Then 16: "dos" alone between two tagged parts of one name joins them (particle_names). Then 10: a
#: last surname tagged an organisation right after a person's name is the rest of it ("Vilela", "Whyte-Campbell",
#: surnames_tagged_apart), which also gives "she said" after "told The Gleaner" to the minister. Then 9: a written
#: reply holds its "that" clause as a statement does (setting_clauses). Then 7: "in a video posted on X that …" is the
#: setting of "said", not a quote of "asked" (setting_clauses.describes_setting). Then 5: a name set beside "the
#: governor of the state of X" names the governor (placed_roles.unit_named). Then 4: fisherfolk are a group
#: (PEOPLE_NOUNS). Then 2: a name with particles taken whole for an organisation after "spokeswoman" is a person, so
#: her later "she said:" is hers (titled_particle_names). Then 0: the radio station spoken to in "Speaking to local
#: radio X, he said" is not "he" (addressed_listeners). Left: nothing in this batch; the quote of "Ana Cláudia dos
#: Reis Moreira, …, said" still holds "Ana Cláudia dos" (the particle parsed as a verb whose clause is taken for
#: what was said), which the anchors do not see.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
