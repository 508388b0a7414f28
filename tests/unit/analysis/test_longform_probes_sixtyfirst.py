"""Quotes of a sixty-first batch of blind probes (longform_probes_sixtyfirst.py, obituaries and tributes of public
figures as the wires, the broadsheets and the web write them): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyfirst import (
    EDITOR,
    GENERAL,
    MEDIATOR,
    MINISTER,
    NEGOTIATOR,
)

VOS = "Hendrik Vos-Aalders"
STRUYK = "Anneke Struyk-Baarle"
AICHINGER = "Lorenz Aichinger-Baum"
CIVIC = "Civic Union|Civic Union party|The Civic Union party|Civic Union Party"
OOSTERHUIS = "Margriet Oosterhuis-Lamb"
ELLEN = "Ellen Vos"
TANAKA = "Marjorie Tanaka-Quill"
MARCHILDON = "Étienne Marchildon-Roy"
OKAFOR = "Raymond Okafor-Leduc"
GLOBAL_AFFAIRS = "Global Affairs Canada"
PELLETIER = "Gordon Pelletier-Hart"
CALLOWAY = "Ross Calloway-Hurst"
DEFENCE = "Department of Defence|The Department of Defence"
WHITCOMBE = "Joanne Whitcombe-Lau"
KETTERING = "Amos Kettering-Obi"
DRUMMOND = "Fiona Drummond-Achterberg"
VETERANS = "Veterans’ Fellowship of Australia|The Veterans’ Fellowship of Australia"
LACHLAN = "Lachlan Calloway-Hurst"
MENSAH = "Efua Mensah-Darkwa"
AMPOFO = "Kwesi Ampofo-Baah"
UNITED_NATIONS = "United Nations|The United Nations|UN"
BOATENG = "Yaw Boateng-Fiagbe"
ALLIANCE = "National Democratic Alliance|The National Democratic Alliance"
AKOSUA = "Akosua Mensah"
BRENNAN = "Walter Brennan-Fisk"
ELEANOR = "Eleanor Brennan-Fisk"
ALVARADO = "Sonia Alvarado-Penn"
OSTROWSKI = "Frank Ostrowski-Vale"
HEMMINGS = "Carl Hemmings-Watt"
QUINLAN = "Patricia Quinlan-Roe"
SOCIETY = "New England Society of Editors|The New England Society of Editors"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives; a son named only by a given name ("his son Michael") is named by it. What the dead
#: person said, told, wrote or "put" in the past (an interview, a lecture, a memoir, an essay, a column, "once said",
#: "liked to say", "replied at the time") is the dead person's quote as much as a living speaker's. A party, a
#: department, a society and the United Nations that "said" or "said in a statement" speak as institutions. A
#: quotation that goes on after its cue with no new cue is the same quote; a quotation with its own new cue ("he
#: said", "she added", "he wrote") after one of the same speaker is another. Borderline and optional: unnamed sources
#: and groups ("a spokesperson for the ministry", "the family said", "friends recalled", "colleagues said", "former
#: soldiers recalled", "reporters who worked for him said"), what a speaker "called" someone, "accused … of",
#: "recalled" or "told the story of" with a noun and no statement, and words the dead person or someone else said
#: that a colleague quotes inside an anecdote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "minister": [
        ("|Ministry of Foreign Affairs", "he had died peacefully", True),
        (STRUYK, "a statesman of the old school", True),
        (STRUYK, "Hendrik taught a generation", False),
        (VOS, "too impatient to be a judge", False),
        (VOS, "Europe is built at four in the morning", False),
        (AICHINGER, "the quiet architects", False),
        (CIVIC, "a man who put the country before the party", False),
        (OOSTERHUIS, "a night in Luxembourg", True),
        (OOSTERHUIS, "The French delegation had walked out", False),
        (OOSTERHUIS, "He put a plate in front of every minister", False),
        ("|" + VOS, "nobody would leave until the plates", True),
        ("|Het Avondblad", "selling the polder", True),
        (VOS, "I sold nothing", False),
        (ELLEN, "her father had spent his last weeks", False),
        (ELLEN, "He was a gentle man", False),
        ("", "he kept a chessboard", True),
    ],
    "negotiator": [
        ("Daniel Quill", "she died of complications", False),
        (MARCHILDON, "opened doors for Canadian workers", False),
        (MARCHILDON, "She never raised her voice", False),
        (TANAKA, "I was the only woman in the room", False),
        (TANAKA, "You never make the last offer", False),
        (TANAKA, "the hardest night of her career", False),
        (OKAFOR, "he would never forget that night", False),
        (OKAFOR, "It was two in the morning", False),
        (OKAFOR, "They sang happy birthday", False),
        (GLOBAL_AFFAIRS, "set the standard for a generation", False),
        ("", "she kept a drawer of chocolate bars", True),
        (PELLETIER, "traded away the dairy farmer", False),
        (TANAKA, "every treaty is a trade", False),
        ("", "a memorial would be held", True),
    ],
    "general": [
        (DEFENCE, "he had died surrounded by family", False),
        (WHITCOMBE, "a soldier’s soldier", False),
        (WHITCOMBE, "He never forgot that every order", False),
        (KETTERING, "the army had lost", False),
        (CALLOWAY, "You can win every firefight", False),
        (CALLOWAY, "very good at breaking things", False),
        (DRUMMOND, "reputation among his troops was made", False),
        (DRUMMOND, "A convoy had been stopped", False),
        (DRUMMOND, "The man laughed", False),
        (CALLOWAY, "the most frightened he had been", True),
        (VETERANS, "never stopped fighting for the soldiers", False),
        (CALLOWAY, "I was wrong about some things", False),
        (LACHLAN, "taught us to tell the truth", False),
        ("", "a commander who ate last", True),
    ],
    "mediator": [
        ("", "died on Monday in Accra", True),
        ("|Ministry of Foreign Affairs and Regional Integration", "the government would hold a state funeral", True),
        (AMPOFO, "a daughter of Ghana", False),
        (AMPOFO, "Wherever there was a ceasefire", False),
        (UNITED_NATIONS, "carried the blue flag", False),
        (MENSAH, "mediators should be boring", False),
        (MENSAH, "A good mediator is the least interesting", False),
        (MENSAH, "the most useful thing she carried", False),
        (MENSAH, "nobody refuses tea", False),
        (BOATENG, "the story of a night in 2003", True),
        (BOATENG, "She put them in two rooms", False),
        (MENSAH, "she was going to bed", True),
        (BOATENG, "When she came down for breakfast", False),
        (MENSAH, "Now we can begin", True),
        (ALLIANCE, "served every government", False),
        (AKOSUA, "her mother had kept working", False),
        (AKOSUA, "She said peace was a habit", False),
        ("", "she never travelled without", True),
        (MENSAH, "not with a signature", False),
    ],
    "editor": [
        (ELEANOR, "the cause was heart failure", False),
        (BRENNAN, "to annoy the people who deserve it", False),
        (BRENNAN, "We had the documents for six months", False),
        (ALVARADO, "taught this newsroom", False),
        (OSTROWSKI, "the afternoon in 1991", True),
        (OSTROWSKI, "He came in with two lawyers", False),
        ("", "if we ran the story", True),
        (OSTROWSKI, "He poured the coffee", False),
        (BRENNAN, "We go to press at eleven", True),
        (HEMMINGS, "We competed with him", False),
        (QUINLAN, "a pain in the neck", False),
        (SOCIETY, "the last of the great shouting editors", False),
        (BRENNAN, "never met a press release", False),
        ("", "he read every story on deadline", True),
        ("Michael|Michael Brennan-Fisk", "He never stopped reading three papers", False),
    ],
}

ARTICLES = {
    "minister": MINISTER,
    "negotiator": NEGOTIATOR,
    "general": GENERAL,
    "mediator": MEDIATOR,
    "editor": EDITOR,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 19 of 57 required when the batch was written (blind). Then 18 of 58 with one gold slip mended: "X
#: believed mediators should be boring" is a quote by GUIDELINES.md ("believe" is a cue) and was left out of the gold.
#: Left, by pattern: a quotation with a trailing "she said", "he said" or "he wrote" that opens a paragraph or follows
#: another speaker in its paragraph, given to a person of the other gender or to the person named last before instead
#: of the one the pronoun stands for (the colleague who "recalled a night", the daughter, the prime minister who "said
#: on X"), with its gold missed (10); "he wrote in his final column" and "She wrote in a 2004 essay" about the dead
#: person given to the last person quoted before (4); "Chief of the Defence Force General X said" named with the
#: title's words and taken for a body (2); "As he put it in his memoir, Orders of the Day: “…”" missed (1); "X
#: recalled the afternoon in 1991 when …" with no statement read as an unnamed source's (1). Then 16: a name of two
#: or three words beside a kin noun ("Her daughter, X,") is a person's, as a lone first name there is (entity_labels).
#: Then 14: "Chief of the Defence Force General X said", read as one organisation, is the armed body and the officer
#: after the rank, and the officer speaks for the title whose "of" phrase the rank ends (ranked_names). Then 6: a
#: word of a joined surname ("Tanaka-Quill") is no mention of the son who bears it alone (bare_names, 2: the prime
#: minister's "he wrote"); a given name taken for a nationality before a joined surname taken for an organisation and
#: set off by ", who" is a person's (given_before_hyphen), and "his" in the post she held ("who served as his
#: deputy") tells nothing of her gender (genders), so her "she said" is hers (4), and the dead man's "he wrote" after
#: her is his (2). Left, by pattern: "He wrote in his final column … that …" and "She wrote in a 2004 essay that …",
#: the dead person's own writing, given to the last person of that gender quoted before (a colleague, the daughter; 4:
#: two quotes, each missed and given wrongly); "As he put it in his memoir, Orders of the Day: “…”" missed (1); "X
#: recalled the afternoon in 1991 when …" read as an unnamed source's (1). The first pattern has no rule yet: on dev
#: and train no pronoun subject of "wrote in his column/essay" stands for a person the story is about past another
#: speaker of that gender, and a pronoun given to the main person of its gender past the nearest one quoted would move
#: far more right rows ("“…,” he wrote" of a columnist named the paragraph before) than wrong ones.
WRONG_TODAY = 6


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_whole_name_beside_a_kin_noun_is_a_persons(nlp):
    """ "Her daughter, Chase Holloway, said …. “…,” she said": a name of two or three words set beside a kin noun
    names a person, as a lone first name there does, though the recogniser took it for an organisation; so the
    daughter's "she said" is hers, not the man's quoted before her (entity_labels)."""
    said = said_by(
        nlp,
        "Colonel Dennis Arkwright-Bayo, who served with her in Liberia, said she had never raised her voice.",
        "Her daughter, Chase Holloway, said her mother had kept working until the end. “She answered every letter "
        "she was sent,” she said.",
    )
    assert ("Chase Holloway", "“She answered every letter she was sent,”") in said


def test_an_officer_named_after_an_armed_body_and_a_rank_is_a_person(nlp):
    """ "Chief of the Defence Force General Petra Holloway-Nkemelu said …": the recogniser reads the force, the rank
    and the name as one organisation; the officer after the rank is the speaker (ranked_names)."""
    said = said_by(
        nlp,
        "Chief of the Defence Force General Petra Holloway-Nkemelu said the army would lay a wreath on Friday.",
    )
    assert [speaker for speaker, _ in said] == ["Petra Holloway-Nkemelu"]


def test_a_district_in_brackets_after_a_kin_noun_is_no_person(nlp):
    """ "His niece, state Del. Ama Roe (D-Newport News), said": the district the parser hangs on the kin noun is set
    in brackets, not beside it after a comma, and stays what the recogniser took it for (entity_labels)."""
    texts = ["His niece, state Del. Ama Roe (D-Newport News), shouted that the state was watching."]
    rows = entity_rows("a", list(nlp.pipe(texts)))
    assert "PERSON" not in {r["label"] for r in rows if r["text"] == "D-Newport News"}
