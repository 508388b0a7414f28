"""Quotes of a seventy-first batch of blind probes (longform_probes_seventyfirst.py, religion and faith community news
as city papers, the wires' religion desks and local web news write it): the whole batch against its gold, whose count
of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyfirst import (
    CONFERENCE,
    FOOD_DRIVE,
    MOSQUE,
    PARISHES,
    SYNAGOGUE,
)

DELACROIX = "Cormac Delacroix-Hume"
DIOCESE = "Diocese of St. Aldric|The Roman Catholic Diocese of St. Aldric|Roman Catholic Diocese of St. Aldric|diocese"
ELLERY = "Margaret Ellery-Tansy"
VARGA = "Paul Varga-Linwood"
OYELARAN = "Thaddeus Oyelaran-Brisk"
SAVE_OUR_CHURCHES = "|Save Our Valley Churches"
CARROW = "Ines Carrow-Whitby"
CENTER = "Islamic Center of Eastbrook|The Islamic Center of Eastbrook|center|The center"
HADDAD = "Yusuf Haddad-Corrigan"
FEENEY = "Lorna Feeney-Strand"
PINKHAM = "Gerald Pinkham-Royce"
FAULK = "Doreen Faulk-Abadi"
LINDQVIST = "Howard Lindqvist-Mbeki"
DUNMORE = "Clarissa Dunmore-Ito"
POLICE = "police|The police|Hollins Park Police Department|The Hollins Park Police Department"
KESSLER = "Miriam Kessler-Adeyemi"
SAHLBERG = "Dominic Sahlberg-Osei"
JEWISH_COUNCIL = "|Tri-Valley Jewish Community Council|The Tri-Valley Jewish Community Council"
BLUMFELD = "Aaron Blumfeld-Okafor"
AMBROSE = "Lucille Ambrose-Tate"
ODUYA = "Franklin Oduya-Berg"
TIERNAN = "Samuel Tiernan-Obi"
MOSS = "Harriet Moss-Calloway"
VANCE = "Eleanor Vance-Okwu"
HERITAGE = "Covenant Heritage Fellowship|The Covenant Heritage Fellowship|caucus|The caucus"
CASTELLANOS = "Ruth Castellanos-Webb"
MORAVEC = "Agnes Moravec-Dunne"
HARVEST = "Harvest Hands Ministry|The Harvest Hands Ministry|charity|The charity"
DELACOURT = "Kevin Delacourt-Amin"
EBBERS = "Rosalind Ebbers-Tamm"
SOLBERG = "Martin Solberg-Achebe"
NORTH_STAR = "North Star Food Partners|The regional food bank|food bank"
WHITCOMBE = "Diane Whitcombe-Lyle"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Bishop",
#: "the Rev.", "Rabbi", "Imam", "Sister", "Deacon", "Lt.", "Mayor") are no part of a name; a parishioner or a nun named
#: by her first name after she is introduced ("Margaret said", "Sister Agnes said") and a title or description that
#: refers back ("the bishop wrote", "the pastor said", "the imam said", "the lieutenant said", "the rabbi added", "the
#: professor said", "the presiding bishop said", "the nun added") are the person named before. A bishop's letter read
#: at Masses is his speech ("said in a letter", "the bishop wrote"); a diocese, a mosque's centre, the police, a caucus,
#: a charity and a food bank that speak through a statement, a website or "the police said" speak as themselves. A
#: quotation that follows "“…,” said X, …" with no new cue continues the quote before it and is optional as a quote of
#: its own. Borderline and optional: a headline's "bishop says", groups ("delegates argued over whether",
#: "Supporters argued", "opponents argued", "congregations have said … according to"), a group of parishioners that
#: "says it will appeal", "according to" a council, a centre that "asked" a board, a diocese that "expects to save",
#: "argued the opposite" with no content, and a mayor who "called the vandalism “cowardly”". "Voted 512 to 298", "spoke
#: against the plan" and "put off a vote" are no speech.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "parishes": [
        ("|" + DELACROIX, "to close nine parishes and merge five", True),
        (DELACROIX, "will close nine parishes and merge five others", False),
        (DELACROIX, "This is the hardest decision", False),
        (DIOCESE, "Mass attendance had fallen by nearly half", False),
        (ELLERY, "she had not expected the news", False),
        (ELLERY, "My whole life is in that building", False),
        (ELLERY, "she and other parishioners planned to write", False),
        (VARGA, "the parishes that would close had been chosen", False),
        (VARGA, "No parish was picked from a map", False),
        (VARGA, "no parish school would close", False),
        (OYELARAN, "he had known for weeks", False),
        (OYELARAN, "Keeping that secret", False),
        (SAVE_OUR_CHURCHES, "it will appeal the decision", True),
        (CARROW, "Canon law gives us a voice", False),
        (DELACROIX, "the closed churches would not be sold", False),
        (DIOCESE, "save about $2.3 million", True),
    ],
    "mosque": [
        (CENTER, "double the size of its mosque", True),
        (HADDAD, "Friday prayers now draw more than 900", False),
        (HADDAD, "We pray in the snow", False),
        (FEENEY, "the new building would stand no taller", False),
        (PINKHAM, "cars already lined both sides", False),
        (PINKHAM, "I have nothing against anybody’s religion", False),
        (FAULK, "They shovel my walk", False),
        (FAULK, "If they want a bigger building", True),
        (LINDQVIST, "the township’s lawyers had reminded members", False),
        (LINDQVIST, "We will judge this application", False),
        (CENTER, "a second driveway and staggered prayer times", False),
        (DUNMORE, "she wanted to see the study’s figures", False),
        (HADDAD, "he was hopeful", False),
        (HADDAD, "Eastbrook has been our home", False),
    ],
    "synagogue": [
        (POLICE, "Vandals spray-painted swastikas", False),
        (KESSLER, "a member arriving to set up the kiddush", False),
        (KESSLER, "Our children walked past those symbols", False),
        (KESSLER, "But we held services", True),
        (SAHLBERG, "detectives were reviewing footage", False),
        (SAHLBERG, "We take this with the utmost seriousness", False),
        (POLICE, "No arrests had been made", False),
        (JEWISH_COUNCIL, "the third antisemitic incident", True),
        (BLUMFELD, "the council had counted two incidents", False),
        (BLUMFELD, "The numbers are small", False),
        (AMBROSE, "her congregation had brought buckets", False),
        (AMBROSE, "When they paint on your door", False),
        (ODUYA, "cowardly", True),
        (ODUYA, "the city would pay for cameras", False),
        (KESSLER, "hold a community Shabbat dinner", False),
        (KESSLER, "Hate wants us to hide", False),
    ],
    "conference": [
        ("", "whether the rule protected the church", True),
        ("", "congregations forced to stay would only empty slowly", True),
        ("", "the buildings had been paid for by generations", True),
        (TIERNAN, "A church you have to keep by force", False),
        (MOSS, "the opposite", True),
        (MOSS, "My great-grandmother sold eggs", False),
        (VANCE, "she would ask the church’s regional conferences", False),
        (VANCE, "We have spent too much of the Lord’s money", False),
        ("", "they would consider leaving", True),
        (HERITAGE, "deeply grieved", False),
        (CASTELLANOS, "the vote marked the end of an idea", False),
        (CASTELLANOS, "The trust clause was the glue", False),
        (CASTELLANOS, "other Protestant denominations had watched", False),
        (VANCE, "Some of you will not be with us", False),
    ],
    "food_drive": [
        (MORAVEC, "We served 612 households", False),
        (MORAVEC, "many of the new faces belonged to people with jobs", False),
        (HARVEST, "it needed 40,000 pounds of food", False),
        (DELACOURT, "he had collected more than 300 cans", False),
        (DELACOURT, "People give more when you knock", False),
        (EBBERS, "she had started bringing her grandchildren", False),
        (EBBERS, "They need to see that the people in line", False),
        (SOLBERG, "the congregation would take a second collection", False),
        (SOLBERG, "The gospel is pretty clear", False),
        (NORTH_STAR, "its own deliveries from federal programs", False),
        (WHITCOMBE, "pantries across the state were reporting", False),
        (WHITCOMBE, "Faith groups are carrying a weight", False),
        (MORAVEC, "the pantry would stay open on Thanksgiving", False),
        (MORAVEC, "Nobody should eat alone or hungry", False),
    ],
}

ARTICLES = {
    "parishes": PARISHES,
    "mosque": MOSQUE,
    "synagogue": SYNAGOGUE,
    "conference": CONFERENCE,
    "food_drive": FOOD_DRIVE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 21 of 61 required when the batch was written (blind), no gold slip. By pattern: a religious title before a
#: name kept as part of it ("Deacon Paul Varga-Linwood", 3 quotes, each a miss and a wrong speaker: 6); a nun brought
#: in as "Sister Agnes Moravec-Dunne" whose later "Sister Agnes said" and surname quotes are not resolved to her full
#: name, and "The charity said on its website" given to her ("Sister Agnes" as an institution; 10, a miss and a wrong
#: speaker each); a diocese that "said in a statement" given to no one (2); "the police said" closing a lead sentence
#: missed (1); "the professor said" of a woman introduced as one "who teaches church history" at a seminary, given
#: to no one (2). Then 11: titles of clergy and religious ("Deacon", "Sister", "Imam", "Monsignor") are no part of a
#: name and open a person's name the recogniser took for something else (names.py, title_words.py; 10). Left, by
#: pattern: "Sister Agnes said" (title and given name) not resolved to the nun introduced before, and "The charity said
#: on its website" given to her (6, a miss and a wrong speaker each); a diocese that "said in a statement" given to no
#: one (2); "the police said" closing a lead sentence missed (1); "the professor said" of a woman introduced as one
#: "who teaches church history", given to no one (2). Then 5: a title with a given name is the one person named in full
#: with that given name, and the charity then speaks as itself (titled_given_names.py, 6). Then 3: "the diocese said"
#: is a body (lexicon; "a spokesman for the diocese, Deacon X," stays the deacon's: owner_appositions.py, 2). Then 1:
#: "Seminary" of an untagged seminary's name, tagged a lone person, stands no more between "the professor said" and the
#: one who spoke before it (cut_body_heads.py, 2). Left: "the police said" closing a lead whose "spray-painted" the
#: parser reads as an adjective, leaving no verb before the cue (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
