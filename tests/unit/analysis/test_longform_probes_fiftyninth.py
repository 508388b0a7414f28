"""Quotes of a fifty-ninth batch of blind probes (longform_probes_fiftyninth.py, write-ups of government press
briefings as the wires and the diplomatic and political press write them): the whole batch against its gold, whose
count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_fiftyninth import (
    CONVOY,
    DRONES,
    NIGHT_MARKET,
    REEF,
    TARIFFS,
)

QIAO = "Qiao Wenyan"
PHILIPPINE_DFA = (
    "Philippine Department of Foreign Affairs|The Philippine Department of Foreign Affairs|Department of Foreign "
    "Affairs"
)
DIZON = "Ramon Dizon-Villareal"
COMMERCE = "commerce ministry|The commerce ministry|China’s commerce ministry|Chinese commerce ministry"
ZHOU = "Zhou Kailin"
ELLERY = "Marcus Ellery-Danforth"
VOSS = "Harlan Voss-Mitchell"
BRASSARD = "Élodie Brassard-Kwan"
VENKATARAMAN = "Priya Venkataraman-Holt"
DEFENCE_MINISTRY = "defence ministry|Germany’s defence ministry|German defence ministry"
WENDELIN = "Kai Wendelin-Brandt"
PROSECUTORS = (
    "prosecutor’s office|The prosecutor’s office|state prosecutor’s office|The state prosecutor’s office|Flensburg "
    "prosecutor’s office"
)
FALKENRATH = "Annegret Falkenrath-Oyelaran"
TESSENDORF = "Miriam Tessendorf-Ali"
HEIDKAMP = "Lars Heidkamp-Nunez"
FERREIRA = "Tomás Ferreira-Nakamura"
OCHA = (
    "UN Office for the Coordination of Humanitarian Affairs|The UN Office for the Coordination of Humanitarian "
    "Affairs|OCHA|Office for the Coordination of Humanitarian Affairs"
)
HADDAD = "Leila Haddad-Brennan"
FRONTLINE = "Frontline Medical Relief"
HAMDALLAH = "Omar Hamdallah-Idris"
SOLBERG = "Renata Solberg-Hayes"
TRAN = "Marcus Tran-Whitfield"
ESTRADA = "Gloria Estrada-Lindqvist"
OCHOA = "Jaime Ochoa-Reyes"
MARCHETTI = "Celia Marchetti-Bowen"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives; "the spokeswoman", "the spokesman", "the deputy spokesman", "the deputy press
#: secretary" and "the chief" are the person the story gave that post, even when the lead says "the city's police
#: chief said" a paragraph before it names her. A country and a ministry that "said" speak as institutions ("China
#: said …", "the commerce ministry said in a separate statement"). "Told a regular news briefing", "told reporters at
#: the daily briefing", "told reporters on the ministry's weekly call", "told a separate briefing", "announced",
#: "reading out a statement …, saying", "did not answer directly, saying", "he went on", "she added" and "she wrote"
#: are cues; "according to a transcript" after a cue changes nothing. "When pressed, he declined to say", "referred
#: questions to …", "declined to comment", "did not respond" and "ruled out pausing" are no quotes. A quotation that
#: goes on after its cue with no new one is the same quote. Borderline and optional: a reporter's question ("A
#: reporter asked whether …", "Asked by another reporter why …"; intent to learn, not a statement), unnamed sources
#: (an official "who spoke on condition of anonymity under briefing rules", "diplomats said"), a lead's "a UN
#: spokesman said" before the spokesman is named, a statement "attributable to the Secretary-General" read out by the
#: spokesman, what someone "called" something in passing, what a minister "had privately told" buyers according to
#: "a report", the president's "remark" that the briefing was asked about, "called for … to be released", and the
#: second clause of "said … and warned …".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "reef": [
        ("China", "Manila of", True),
        ("China", "the Philippines had", False),
        ("China", "it would bear", True),
        (QIAO, "The Philippine side has repeatedly ignored", False),
        (QIAO, "Beijing had made", False),
        (QIAO, "China will continue to take necessary measures", False),
        ("", "the Chinese vessels had used water cannon", True),
        (QIAO, "the China Coast Guard had acted", False),
        (PHILIPPINE_DFA, "it had summoned China’s deputy ambassador", False),
        (DIZON, "two crew members on the Philippine vessel", False),
        (QIAO, "the inquiry was", False),
        (QIAO, "We urge the EU side", False),
        (COMMERCE, "closely follow", False),
        (QIAO, "Foreign Minister Lu Zhaoming would travel", False),
        (QIAO, "Lu will hold talks with his counterparts", False),
        (ZHOU, "the ministry’s wording had been chosen", False),
        (ZHOU, "The phrase about special arrangements", False),
        (ZHOU, "neither side wanted", False),
    ],
    "tariffs": [
        ("|" + ELLERY, "the leverage that brings people", True),
        (ELLERY, "The president has been clear", False),
        (ELLERY, "the federal government had approved", False),
        (VOSS, "exemptions were coming", True),
        (ELLERY, "not seen that reporting", False),
        ("", "the president would meet Canada", True),
        (ELLERY, "I don’t have any scheduling announcements", False),
        (ELLERY, "the administration expected them to ease", False),
        (ELLERY, "Look, we understand families", False),
        (ELLERY, "If you talk to the steelworkers", False),
        (ELLERY, "the Council of Economic Advisers would publish", False),
        (BRASSARD, "Canada would respond", False),
        ("", "the talks with Mexico were", True),
        ("", "get out of the way", True),
        (ELLERY, "respects the independence of the Fed", False),
        (VENKATARAMAN, "the refusal to pause the levies", False),
        (VENKATARAMAN, "She now expects the tariffs", False),
    ],
    "drones": [
        ("Germany|" + DEFENCE_MINISTRY, "drones over air base were", True),
        (DEFENCE_MINISTRY, "drones seen over an air base", False),
        (WENDELIN, "We are assuming", False),
        (WENDELIN, "I will not take part in speculation", False),
        (WENDELIN, "the air force had tracked", False),
        (WENDELIN, "Police were investigating", False),
        (PROSECUTORS, "it had opened an investigation", False),
        ("", "the armed forces had no legal power", True),
        ("", "That is the gap", True),
        (WENDELIN, "about 1,800 of a planned", False),
        (WENDELIN, "This is the first time since", False),
        (WENDELIN, "Defence Minister Annegret", False),
        (FALKENRATH, "Germany had to be ready", False),
        (FALKENRATH, "a test of our nerves", True),
        (WENDELIN, "neither confirm nor deny", False),
        (TESSENDORF, "known about this gap for years", False),
        (TESSENDORF, "Every week we hear about drones", False),
        (HEIDKAMP, "the ministry’s refusal to name a culprit", False),
    ],
    "convoy": [
        ("UN|United Nations", "aid convoy for El Fasher", True),
        ("|" + FERREIRA, "A United Nations convoy carrying food", True),
        (FERREIRA, "the 28 trucks had been waiting", False),
        (FERREIRA, "The trucks are loaded", False),
        ("|" + FERREIRA, "strongly condemns", True),
        (OCHA, "more than 1.7 million", False),
        ("", "the Secretary-General had called the commanders", True),
        (FERREIRA, "personal envoy for Sudan", False),
        ("", "why the UN did not send the convoy", True),
        (FERREIRA, "Because we have done that before", False),
        (FERREIRA, "What we are asking for is not complicated", False),
        (FERREIRA, "much of the cargo", False),
        (HADDAD, "the agency’s stocks inside El Fasher", False),
        (HADDAD, "We have reports of people eating", False),
        (FRONTLINE, "it had received 112 wounded", False),
        (HAMDALLAH, "given every guarantee asked of it", False),
        (HAMDALLAH, "the paramilitary forces for the delay", True),
        (FERREIRA, "the UN’s humanitarian flights", False),
        ("", "Security Council members will discuss Sudan", True),
    ],
    "night_market": [
        ("|" + SOLBERG, "Driver who hit crowd", True),
        (SOLBERG, "A driver who plowed into a crowd", False),
        (SOLBERG, "This was a pursuit", False),
        (SOLBERG, "had been taken into custody", False),
        (SOLBERG, "investigators had found", False),
        ("", "a supervisor had told the officers", True),
        (SOLBERG, "part of what the review will establish", False),
        (TRAN, "the two people killed were", False),
        (TRAN, "I have been a police officer", False),
        (TRAN, "To the people who ran toward", False),
        (ESTRADA, "the night market would not open", False),
        (ESTRADA, "We will come back", False),
        (OCHOA, "he heard the engine", False),
        (OCHOA, "It was so loud", False),
        (MARCHETTI, "the crash raised", False),
        (MARCHETTI, "video from the officers", True),
        (SOLBERG, "body-camera video would be released", False),
    ],
}

ARTICLES = {
    "reef": REEF,
    "tariffs": TARIFFS,
    "drones": DRONES,
    "convoy": CONVOY,
    "night_market": NIGHT_MARKET,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 20 of 67 required when the batch was written (blind). Then 15 with five gold slips mended, all of them
#: borderline quotes the gold had left out that the conventions of earlier batches make optional: a headline's "X says
#: …" (three: "Germany says", "UN says", "…, police chief says") and "X accuses Y of" in a headline, and what an
#: ambassador "blamed … for" (as "accused … of"). Left, by pattern: "Police Chief Renata Solberg-Hayes" named without
#: her given name, which the recogniser leaves out after a "Chief" it does not know for a title, so that five of her
#: quotes go to a "Solberg-Hayes" and miss (10); "The chief said …" after a "Deputy Chief" was named given to the
#: deputy (1); a lead's "the city's police chief said", named by the next paragraph, left to an unnamed source (1);
#: "said in a note to clients that the refusal … “removes the last hope …”" cut to its quoted words (1); "declined to
#: say who it believed had flown them" read as a statement (1). Then 7: a title's last word before a given name and a
#: hyphen-joined surname opens no longer name, so "Police Chief Renata Solberg-Hayes" keeps her given name though
#: "Chief" is no title alone (given_before_hyphen). Then 5: a bare title ("The chief said") is not a deputy's ("Deputy
#: Chief X") when another holds it without the second rank (deputy_titles). Then 3: a lead's office with its owner
#: ("the city's police chief said") is the holder the next paragraph names with its title and body ("Police Chief
#: X"), as "its director said" was (lead_roles_named_later). Left, by pattern: a reported clause with a quotation for
#: its predicate ("said … that the refusal to pause the levies “removes the last hope …”") kept as the quoted words
#: alone, as the extractor does when the quotation is most of the clause, so that the anchor, which is what was said,
#: stands only in the sentence, where the scorer of the corpora looks too (2); "declined to say who it believed had
#: flown them" read as a statement (1; no such sentence in dev or train, so left).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_given_name_after_a_chief_is_the_persons(nlp):
    """ "Police Chief Dolores Achterberg-Quaye told a news conference …": the recogniser tags the hyphen-joined surname
    alone, and "Chief" is no title by itself ("Chief Executive"), but as the last word of a title before a name it
    opens no longer name, so the word between is her given name (given_before_hyphen)."""
    said = said_by(nlp, "Police Chief Dolores Achterberg-Quaye told a news conference that two officers were hurt.")
    assert ("Dolores Achterberg-Quaye", "two officers were hurt") in said


def test_the_chief_is_not_the_deputy_chief_named_after_her(nlp):
    """ "Fire Chief Ann Kerrigan said …. Deputy Chief Tom Oduya said …. The chief said …": the bare title is the one
    who holds it, not the deputy named last, whose title carries a second rank the description leaves out
    (deputy_titles)."""
    said = said_by(
        nlp,
        "Fire Chief Ann Kerrigan said the blaze had started in a kitchen on the second floor.",
        "Deputy Chief Tom Oduya said two firefighters had been treated for smoke inhalation.",
        "The chief said the cause of the fire was still under investigation.",
    )
    assert ("Ann Kerrigan", "the cause of the fire was still under investigation") in said


def test_a_leads_police_chief_is_the_chief_the_next_paragraph_names(nlp):
    """ "…, the city’s police chief said Sunday." then "“…,” Police Chief X told a news conference": a wire lead gives
    the office with its owner and keeps the name for the next paragraph, whose title and body ("Chief" of "Police")
    make the same office (lead_roles_named_later)."""
    said = said_by(
        nlp,
        "A man who drove into a crowd at a harvest fair had been fleeing officers minutes earlier, the city’s police "
        "chief said Sunday.",
        "“The chase lasted less than a minute,” Police Chief Tamsin Orley-Baptiste told a news conference.",
    )
    assert (
        "Tamsin Orley-Baptiste",
        "A man who drove into a crowd at a harvest fair had been fleeing officers minutes earlier",
    ) in said


def test_a_participle_clause_after_a_spokeswomans_name_is_no_role(nlp):
    """ "Foreign Ministry spokeswoman X, briefing reporters in Beirut, said …": the parser hangs "reporters" on the name
    as an apposition, but a participle with a plural object opens a clause, so the title before the name is her role
    and the ministry her body, not "briefing reporters" of Beirut (clauses_read_as_nouns)."""
    profiles = profiles_of(
        nlp, "Foreign Ministry spokeswoman Lina Haddad-Marr, briefing reporters in Beirut, said the envoy would return."
    )
    assert profiles == [("Lina Haddad-Marr", "official", "Foreign Ministry")]


def test_an_officer_with_a_hyphen_joined_surname_taken_for_a_body_is_a_person(nlp):
    """ "Rear Admiral Colm Vesey-Park said …", which the recogniser tags an organisation: a title that only people
    bear and a full name make a person, and the hyphen that joins the two words of the surname is no word of another
    kind (names.titled_person)."""
    profiles = profiles_of(nlp, "Rear Admiral Colm Vesey-Park said the frigate had not been damaged.")
    assert profiles == [("Colm Vesey-Park", "official", "")]
