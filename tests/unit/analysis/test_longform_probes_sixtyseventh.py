"""Quotes of a sixty-seventh batch of blind probes (longform_probes_sixtyseventh.py, cybersecurity, data-breach and
tech-accountability news as the wires, the tech desks and the local web news write it): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyseventh import (
    CAMPAIGN,
    CITY_OUTAGE,
    LAWSUIT,
    RANSOMWARE,
    TELECOM,
)

MERIDIAN = "Meridian Valley Health"
OYELOWO = "Tamsin Oyelowo-Hart"
CRIMSON = "Crimson Lattice"
DELIA = "Delia"
TALLIS = "Tallis County Health Department|The Tallis County Health Department"
EKWUEME = "Ramon Ekwueme-Stahl"
WHITACRE = "Jordan Whitacre-Lund"
OVERSIGHT = "Information Oversight Office|The Information Oversight Office|IOO|The IOO"
MARCHETTI = "Ilse Marchetti-Rowe"
ALBESCU = "Gareth Albescu-Fenn"
QUIET_FERRET = "Quiet Ferret"
NANDAKUMAR = "Priya Nandakumar-Ossett"
GUILD = "Communications Workers Guild|The Communications Workers Guild"
MWANGI = "Fergus Mwangi-Talbot"
NCDA = (
    "National Cyber Defense Agency|The National Cyber Defense Agency|U.S. National Cyber Defense Agency|NCDA|The NCDA"
)
OKONKWO = "Harriet Okonkwo-Vale"
SALTMARSH = "@saltmarsh_sec|saltmarsh_sec"
BAPTISTE = "Leon Baptiste-Carrow"
FANG = "Fang Xiaoqun"
SOLVIK = "Maren Solvik-Dane"
FERREIRA = "Daniel Ferreira-Holt"
ASHBY = "Cornelia Ashby-Rourke"
QUAYE = "Rosalind Quaye-Merriman"
DUNMORE = "Everett Dunmore-Sykes"
PACELARK = "Pacelark"
TAKAHASHI = "Owen Takahashi-Bell"
BRISBOIS = "Annette Brisbois-Kerr"
HADDAD = "Samir Haddad-Quist"
LINTZ = "Deborah Lintz-Amato"
PORT_HALDEN = "Port Halden|City of Port Halden|city|The city"
PELLETIER = "Hank Pelletier-Dunn"
INCIDENT_OFFICE = "Cyber Incident Response Office|The Cyber Incident Response Office"
VOSS = "Noreen Voss-Emery"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. An organisation that
#: "said in a statement posted to its website", "the chain said", "the company said", "the agency said", "the city
#: said" and an acronym ("The IOO said") speak as institutions, the one the article named; a hacking group that "wrote
#: on its leak site" is a named speaker, and "the hackers, who call themselves X, … the hackers wrote" is X. A patient
#: named by her first name only is a named speaker; a judge who "wrote" in an order and a chief executive who "wrote"
#: in a blog post speak. A document is no speaker: "the advisory … said", "the order said", "the post … described", a
#: lawsuit "accusing". A quotation that follows "“…,” he said." with no new cue continues the quote before it, and is
#: optional as a quote of its own. Borderline and optional: unnamed sources (a nurse "who was not authorized to speak
#: publicly", "two officials familiar with the investigation", "patients said", "city officials said", "Pacelark's
#: lawyers had argued", "a coalition of cybersecurity agencies said", "a spokesperson for the guild" with no name),
#: "declined to say whether", "claimed responsibility", "demanded $4 million", "rejected the accusation", "ordered both
#: sides to appear", "asked that her last name not be used", and a handle on X that "wrote".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ransomware": [
        (MERIDIAN, "to divert ambulances from four", False),
        (MERIDIAN, "it had detected", False),
        (MERIDIAN, "remains our first priority", False),
        ("", "staff had been writing medication orders", True),
        ("", "We are charting on paper", True),
        (OYELOWO, "the company was working with the FBI", False),
        (OYELOWO, "whether the company had received a ransom", True),
        (OYELOWO, "We are not going to discuss the details", False),
        ("|" + CRIMSON, "claimed responsibility", True),
        (CRIMSON, "it had taken", False),
        ("", "the outage had upended their care", True),
        (DELIA, "her last name not be used", True),
        (DELIA, "her chemotherapy appointment", False),
        (DELIA, "They called me the night before", False),
        (TALLIS, "it was monitoring the diversions", False),
        (EKWUEME, "Our hospitals are absorbing it", False),
        (EKWUEME, "is not the same as absorbing", True),
        (WHITACRE, "hospitals had become favored targets", False),
        (WHITACRE, "Hospitals pay because", False),
    ],
    "telecom": [
        (OVERSIGHT, "Personal details of about nine million", False),
        (MARCHETTI, "It was sitting there with a price tag", False),
        (MARCHETTI, "Anyone with a few hundred dollars", True),
        (MARCHETTI, "she had alerted Brightwave", False),
        (ALBESCU, "fallen short", False),
        (ALBESCU, "the data had been taken from a system", False),
        (ALBESCU, "this is on us", False),
        (ALBESCU, "Our customers gave their data", True),
        (QUIET_FERRET, "Brightwave had months to fix this", False),
        ("|" + QUIET_FERRET, "demanded $4 million", True),
        (NANDAKUMAR, "would examine whether Brightwave", False),
        (NANDAKUMAR, "The clock starts when you know", False),
        (OVERSIGHT, "it had also written to the billing contractor", False),
        ("|" + GUILD, "employees had been fielding", True),
        (MWANGI, "the fine could reach 4 percent", False),
        (MARCHETTI, "she had not been paid for the discovery", False),
        (MARCHETTI, "I didn’t do it for a bounty", False),
    ],
    "campaign": [
        ("", "quietly breaking into the networks", True),
        (OKONKWO, "These actors are not stealing data", False),
        (OKONKWO, "Every utility operator should assume", True),
        (NCDA, "it had notified more than 40", False),
        (NCDA, "operators to replace devices", True),
        ("|" + SALTMARSH, "reused code from an intrusion", True),
        (BAPTISTE, "his team had first seen", False),
        (BAPTISTE, "They are patient, they are quiet", False),
        (BAPTISTE, "That is what a state does", True),
        ("", "the agencies had high confidence", True),
        ("|" + FANG, "rejected the accusation", True),
        (FANG, "we oppose groundless smears", False),
        (FANG, "biggest hacking empire", True),
        (SOLVIK, "the hackers had been inside a device", False),
        (SOLVIK, "They could have changed the chlorine", False),
        (FERREIRA, "advisories were not enough", False),
        (FERREIRA, "writing these warnings for a decade", False),
    ],
    "lawsuit": [
        (ASHBY, "plausibly alleged", False),
        (ASHBY, "cannot treat that promise as marketing copy", False),
        ("", "no user had shown actual harm", True),
        (QUAYE, "the map shows where they sleep", False),
        (QUAYE, "That is the harm", True),
        (QUAYE, "would seek damages for every affected user", False),
        (DUNMORE, "respectfully disagrees", False),
        (DUNMORE, "not a finding of liability", False),
        (PACELARK, "it had fixed the misconfiguration", False),
        (TAKAHASHI, "he found out about the leak", False),
        (TAKAHASHI, "I ran the same loop", False),
        ("|" + ASHBY, "both sides to appear", True),
    ],
    "city_outage": [
        ("", "residents still cannot pay water bills", True),
        (BRISBOIS, "the city had not paid a ransom", False),
        (BRISBOIS, "hand taxpayer money to criminals", False),
        (BRISBOIS, "We will rebuild", True),
        (HADDAD, "his team had restored email", False),
        (HADDAD, "We found the attackers", False),
        (HADDAD, "remote-access software", False),
        (LINTZ, "the council had twice cut", False),
        (LINTZ, "We chose new sidewalks", False),
        (PORT_HALDEN, "would not be charged late fees", False),
        (PELLETIER, "he had tried to renew", False),
        (PELLETIER, "They told me to come back with a check", False),
        (INCIDENT_OFFICE, "its investigators were working with the FBI", False),
        (VOSS, "investigators had not found evidence", False),
        (BRISBOIS, "Every town this size", False),
        (BRISBOIS, "We just happened to be", True),
    ],
}

ARTICLES = {
    "ransomware": RANSOMWARE,
    "telecom": TELECOM,
    "campaign": CAMPAIGN,
    "lawsuit": LAWSUIT,
    "city_outage": CITY_OUTAGE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 10 of 57 required when the batch was written (blind), 9 after one gold slip: "The agency said it had
#: … and urged operators to replace devices …" holds a second cue of the agency ("urge"), set optional as a call rather
#: than a statement. Then 7: an advisory and a court's order are documents, no speakers ("The advisory, issued by …,
#: said", "The order said"; DOCUMENT_NOUNS, 2). Then 6: "a coalition of cybersecurity agencies said" is an unnamed
#: group, not a body called "coalition" (groups_of_people, 1). Then 4: "the city said" is no longer the "City
#: Councilor" quoted before (role_holders), and is the town of a local dateline "PORT HALDEN, Maine —" that the
#: story names again (datelined_towns, 2). Then 2: "The hackers, who call themselves X, … the hackers wrote" is X
#: (self_named_groups, 2). Then 0: "The company said" after "Pacelark's counsel, X of the firm Y, said" is no longer
#: given to the law firm named as where the counsel works (counsel_firms, 2). Nothing left.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
