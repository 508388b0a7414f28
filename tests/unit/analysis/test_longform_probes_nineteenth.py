"""Quotes of a nineteenth batch of blind long-form probes (longform_probes_nineteenth.py, feature stories of US,
British and Australian web magazines, three in one or two long blocks): the whole batch against its gold, whose count
of wrong quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_nineteenth import BAND, BARBECUE, DOGS, FREIGHT, INTERPRETER, VINEYARD

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings (a first name or a nickname the story uses for a full name); an empty
#: one is an unnamed source. A split quote, quoted sentences of one speaker without a new cue and a quotation inside a
#: quotation are one quote of the outer speaker (its first part is the anchor); a quotation after a sentence of
#: narration with no cue is a quote of its own. A gesture after a quotation ("she laughs", "he shrugs", "she shrugs",
#: "he admits") is its cue. Borderline (optional): a document read aloud (a bulletin, a lab result, a code of conduct, a
#: letter, a rulebook, an incident report), an unnamed source "as one of them put it", a phrase a person "calls"
#: something or "called" an album in a relative clause, an estimate, "worries", "credits … with", a parenthetical cue
#: inside a list ("and, she says, most of the worrying"), "she admits, no idea …", the opening command of the dogs story
#: (its speaker is only implied), and a quotation after "She pauses." that may be read as the same quote. The writer's
#: own questions ("“Same time tomorrow?” I ask.") are nobody's quotes.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "freight": [
        ("Ray Kessler", "Watch the signal, not the track", False),
        ("Lupe Navarro", "People think the engineer drives", False),
        ("Lupe Navarro", "It paid better than the bus", False),
        ("Ray Kessler", "Coffee, sunflower seeds", False),
        ("Dale Pruitt", "You can’t plan a dentist appointment", False),
        ("Dale Pruitt", "fatigue is the single biggest safety problem", False),
        ("Dale Pruitt", "We have engineers who have been awake", False),
        ("Melissa Tran", "complies with all federal hours-of-service rules", False),
        ("Melissa Tran", "the railroad had introduced a scheduling pilot", False),
        ("Melissa Tran", "We believe the pilot shows real promise", False),
        ("Lupe Navarro|", "Speed restriction, 25 miles per hour", True),
        ("Ray Kessler", "Tiny used to tell me", False),
        ("Lupe Navarro", "Technically the conductor is in charge", False),
        ("Ray Kessler", "She’s the smartest person on this railroad", False),
        ("", "They count the cars", True),
        ("Dale Pruitt", "the union wants a guaranteed schedule", False),
        ("Ray Kessler", "The railroad was here before me", False),
        ("Lupe Navarro", "Tomorrow’s my day off", False),
    ],
    "vineyard": [
        ("Kate Whelan|Kate", "Smell that? That’s the whole vintage", False),
        ("Kate Whelan|Kate", "You can’t see it, you can’t wash it off", False),
        ("Tom Whelan|Tom", "We’ve had smoke before", False),
        ("Kate Whelan|Kate", "Decent", False),
        ("Priya Raman", "The smoke problem is chemical", False),
        ("Priya Raman", "The frustrating thing for growers", False),
        ("Priya Raman", "the institute tested more than 3,000 samples", False),
        ("Priya Raman", "test early and test often", True),
        ("Kate Whelan|Kate|", "Guaiacol levels in all submitted samples", True),
        ("Kate Whelan|Kate", "That’s a polite way of saying", False),
        ("Margaret Whelan|Margaret", "My husband used to say", False),
        ("Harvest Mutual", "working closely with affected growers", False),
        ("Gavin Lowe", "the company had paid out on 60 smoke-related claims", False),
        ("Gavin Lowe", "We understand the distress", False),
        ("Tom Whelan|Tom", "Sixty claims", False),
        ("Tom Whelan|Tom", "Dad planted shiraz", False),
        ("Kate Whelan|Kate", "He says that every time", False),
        ("Wine Australia|", "smoke from the summer’s fires affected", True),
        ("", "grim but not beaten", True),
        ("Priya Raman", "there is reason for cautious hope", False),
        ("Priya Raman", "It’s early days", False),
        ("Margaret Whelan|Margaret", "Those ones came through", False),
    ],
    "interpreter": [
        ("Irina Popescu", "People imagine we just swap the words", False),
        ("Irina Popescu", "no idea what a magistrate was", True),
        ("Irina Popescu", "I thought a barrister was someone who made coffee", False),
        ("", "The work has changed since then", True),
        ("Irina Popescu", "I used to get paid for the whole day", False),
        ("Fiona Reid", "roughly a third of the association’s members", False),
        ("Fiona Reid", "Every time an experienced interpreter leaves", False),
        ("Ministry of Justice", "interpreting standards were", False),
        ("Geoffrey Hale", "I had a trial collapse on the fourth day", False),
        ("Geoffrey Hale", "he came to see a good interpreter", False),
        ("Marcus Adeyemi", "If I can’t talk to my client", False),
        ("Marcus Adeyemi", "sat through an entire bail hearing", True),
        ("Marcus Adeyemi", "He asked me afterwards", False),
        ("Daniela Munteanu", "My mother called me last night crying", False),
        ("Irina Popescu", "is the point", True),
        ("Irina Popescu|", "The interpreter shall interpret faithfully", True),
        ("Irina Popescu", "Adding nothing, omitting nothing", False),
        ("Irina Popescu", "she has sat through murder trials", False),
        ("Irina Popescu", "carry the evidence home with them", False),
        ("Fiona Reid", "the association has been asking", False),
        ("Fiona Reid", "Ushers get it", False),
        ("Irina Popescu", "a daughter at university in Leeds", False),
        ("Irina Popescu", "Not in court", False),
    ],
    "dogs": [
        ("Jo Halvorsen|Jo", "Find it. Go find it.", True),
        ("Jo Halvorsen|Jo", "Good boy. Good, good boy", False),
        ("Jo Halvorsen|Jo", "People assume we’re paid", False),
        ("Pete Halvorsen|Pete", "I’ve been found under every bush", False),
        ("Jo Halvorsen|Jo", "Pete is the best victim on the team", False),
        ("Jo Halvorsen|Jo", "He moves around", False),
        ("Walt Ambrose|Sarge", "Drive. You can teach a dog", False),
        ("Walt Ambrose|Sarge", "He climbed out of the whelping box", False),
        ("Carla Ruiz", "the conditions were about as bad", False),
        ("Carla Ruiz", "We had helicopters grounded", False),
        ("Jo Halvorsen|Jo", "He kept looking back at me", False),
        ("Evan Marsh", "There was this wet nose in my face", False),
        ("Juniper County Sheriff’s Office|", "credits the volunteers", True),
        ("Juniper County Sheriff’s Office|", "Subject located by SAR K-9 team", True),
        ("Carla Ruiz", "Without that dog", False),
        ("Walt Ambrose|Sarge", "the unit will shrink to nothing", True),
        ("Walt Ambrose|Sarge", "I’m 71", False),
        ("Jo Halvorsen|Jo", "30 people came to an open day", False),
        ("Jo Halvorsen|Jo", "Four is a start", False),
    ],
    "band": [
        ("Colin Webb|Spider", "We were loud, we were skint", False),
        ("", "creative differences", True),
        ("Colin Webb|Spider", "a punch-up in a Travelodge car park", True),
        ("Mick Draper|Mick", "I thought we’d sell a hundred tickets", False),
        ("Pauline Draper|Pauline", "Mick was the genius", False),
        ("Colin Webb|Spider", "for his personality", True),
        ("Leonard Fairbrother|Uncle Len|Len", "Harbour Lights were the only one he ever really loved", False),
        ("Leonard Fairbrother|Uncle Len|Len|", "Dear Michael, you were a pain in the neck", True),
        ("Leonard Fairbrother|Uncle Len|Len", "I sent that to all four of them", False),
        ("Terry Oduya|Terry", "Len rang me every Sunday", False),
        ("Terry Oduya|Terry", "My wife said", False),
        ("Leonard Fairbrother|Uncle Len|Len", "They were always going to say yes", False),
        ("Sasha Kline", "the sound of a pub band", True),
        ("Sasha Kline", "she will be at the Leadmill", False),
        ("Sasha Kline", "Reunions are about the audience’s youth", False),
        ("Sasha Kline", "Slightly. The title track holds up", False),
        ("Mick Draper|Mick", "Terry, you’re dragging", False),
        ("Terry Oduya|Terry", "I’m 70", False),
        ("Pauline Draper|Pauline", "Not a chance", False),
        ("Mick Draper|Mick", "But we’re too old to hold a grudge", False),
        ("Pauline Draper|Pauline", "Speak for yourself", False),
    ],
    "barbecue": [
        ("Darnell Hughes|Bones", "Brisket doesn’t care that you’re tired", False),
        ("Renee Hughes|Renee", "most of the worrying", True),
        ("Renee Hughes|Renee", "He’s the artist", False),
        ("Darnell Hughes|Bones", "Without her we’d be a guy with a grill", False),
        ("Midwest Barbecue Association", "its membership had doubled", False),
        ("Renee Hughes|Renee", "Top teams spend $20,000 a season", True),
        ("Darnell Hughes|Bones", "Same reason people golf", False),
        ("Gary Lindqvist", "You get one bite", False),
        ("Gary Lindqvist", "It’s quieter than church", False),
        ("Gary Lindqvist|", "Judges shall not consider the garnish", True),
        ("Gary Lindqvist", "The reputation part is the hard one", False),
        ("Tammy Cole", "the sport has become an arms race", False),
        ("Tammy Cole", "When I started, it was guys with a barrel", False),
        ("Tammy Cole", "I have a sponsor and a trailer", True),
        ("Tammy Cole", "Bones and I have a deal", False),
        ("Darnell Hughes|Bones", "I’ve heard that rumor", False),
        ("Darnell Hughes|Bones", "The truth is salt, pepper", False),
        ("Darnell Hughes|Bones", "She earned it", False),
        ("Renee Hughes|Renee", "Next weekend, Memphis", False),
        ("", "These people drive a thousand miles", True),
    ],
}

ARTICLES = {
    "freight": FREIGHT,
    "vineyard": VINEYARD,
    "interpreter": INTERPRETER,
    "dogs": DOGS,
    "band": BAND,
    "barbecue": BARBECUE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 32 when the batch was written (blind), 20 of them in naming the speaker and 12 in finding the quotes; 26
#: after a nickname the story gives a named person ("whom everyone calls Sarge", "known to the band as Uncle Len",
#: "who answers only to Bones") was that person wherever it stood (nicknames); 19 after common given names of one
#: gender told the gender a pronoun needs ("Tammy", "Walt", "Renee": the known woman no longer outranked the one whose
#: name the lexicon lacked; given_names); 17 after a role set beside a name in passing was that person ("the
#: drummer, Terry Oduya," and "sat as a circuit judge"; roles_beside), and a turn of a dialogue ("“…,” he said.
#: “…,” said the drummer") no longer went to the topic of the sentence before (described_people); 14 after a voice
#: heard before its owner is named was the person "the voice belongs to" (voice_owners); 11 after someone inside
#: another's clause ("she asks the judge to have a witness repeat a phrase") was no longer the "she" who speaks next
#: (own_clauses); 9 after the writer's own turn ("“Same time tomorrow?” I ask.") was no one's, not the next cue's
#: (writer_turns), and a quotation after a gesture ("Lindqvist chuckles. “…”", the name read by the parser as a
#: modifier of its verb) was the quote of who made it, a turn of its own (gestures); 2 after a cue whose object is a
#: thing, a request or a pronoun, not what was said ("repeats it back", "asked that their names not be used", "describe
#: missed weddings", "told three people where he was going", "asked the county commission for $40,000", "describing
#: the band he joined") reported no speech (unsaid_objects). Left: "asks the judge to have a witness repeat", an
#: official asking someone to do something, which PolNeAR's train gold counts as a quote, and "He reads me one" after a
#: sentence about a band member who died years ago taken for him, not the manager the paragraph follows.
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_nickname_the_story_gives_a_named_person_is_that_person(nlp):
    """ "Hal Brennan, …, whom everyone at the marina calls Skipper" and "…, known to the crew as Doc": "says Skipper"
    and "Doc says" are those people under their full names, whether the recogniser tagged the nickname or not."""
    rows = said_by(
        nlp,
        "Hal Brennan, 66, a retired welder whom everyone at the marina calls Skipper, has fixed boats here for 30 "
        "years. Maria Lopez, the harbour nurse, known to the crew as Doc, keeps the first-aid kit.",
        f"{L}The engines are older than I am,{R} says Skipper. {L}Mine too,{R} Doc says.",
    )
    assert [speaker for speaker, _ in rows] == ["Hal Brennan", "Maria Lopez"]


def test_a_common_given_name_tells_the_gender_that_a_pronoun_needs(nlp):
    """ "Tammy Cole … says …", then "“…,” he says" after she and a man spoke: "he" is the man, as "Tammy" is a
    woman's name, though no pronoun of the article has told her gender yet."""
    rows = said_by(
        nlp,
        f"Darnell Hughes runs the smoker. {L}Low and slow,{R} Hughes said.",
        f"Tammy Cole, a rival cook, watches from the next tent. {L}He is good,{R} Cole says. Hughes laughs. Cole walks "
        f"over to shake his hand. {L}She earned it,{R} he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Darnell Hughes", "Tammy Cole", "Darnell Hughes"]


def test_a_role_set_beside_a_name_in_passing_is_that_person(nlp):
    """ "The fourth was the drummer, Terry Oduya, …" and "Geoffrey Hale sat as a circuit judge": "said the drummer"
    after the singer spoke, and "The judge says", are those two."""
    rows = said_by(
        nlp,
        "The band had a singer, Mick Draper, and three others. The fourth was the drummer, Terry Oduya, who had not "
        "spoken to Draper since 1979. Geoffrey Hale sat as a circuit judge for 22 years before he retired.",
        f"Mick stopped them halfway through a song. {L}Terry, you’re dragging,{R} he said. {L}I’m 70,{R} said the "
        "drummer.",
        "The judge says he still goes to every show.",
    )
    assert [speaker for speaker, _ in rows] == ["Mick Draper", "Terry Oduya", "Geoffrey Hale"]


def test_a_voice_heard_before_its_owner_is_named_is_the_owner(nlp):
    """ "“…,” says a voice from the dark. The voice belongs to X" and "“…” The voice comes from … It belongs to Y": the
    words are X's and Y's."""
    rows = said_by(
        nlp,
        f"{L}Keep the fire low,{R} says a voice from the dark. The voice belongs to Ruth Maddox, 52, who has cooked "
        "here for 20 years.",
        f"{L}Mind the step.{R} The voice comes from the back of the kitchen. It belongs to Carl Jensen, the porter.",
    )
    assert [speaker for speaker, _ in rows] == ["Ruth Maddox", "Carl Jensen"]


def test_someone_inside_another_persons_clause_is_not_who_she_is_later(nlp):
    """ "she asks the judge to have a witness repeat a phrase": the witness is what she asks for, so a later "she
    says" of the paragraph is still the woman the paragraph follows, not the witness."""
    rows = said_by(
        nlp,
        "Irena Pavlova has interpreted in court for 19 years.",
        "Pavlova interprets the evidence of a mechanic. At one point she asks the judge to have a witness repeat a "
        "phrase. Nobody seems to notice. That, she says later, is the point.",
    )
    assert ("Irena Pavlova", "That is the point") in rows


def test_an_animal_the_story_names_is_no_one_who_speaks(nlp):
    """ "a German shepherd named Rocco", "His best dog, Rocco,": the recogniser tags the dog a person, but the "he"
    who speaks after it is its handler."""
    rows = said_by(
        nlp,
        "Max Ortega trains search dogs in the hills above Boise. His best dog is a German shepherd named Rocco. Rocco "
        f"found two lost hikers last winter. {L}He never quits,{R} he says.",
        f"His best dog, Rocco, found a child in May. {L}He was soaked,{R} he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Max Ortega", "Max Ortega"]
