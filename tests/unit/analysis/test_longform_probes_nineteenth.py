"""Quotes of a nineteenth batch of blind long-form probes (longform_probes_nineteenth.py, feature stories of US,
British and Australian web magazines, three in one or two long blocks): the whole batch against its gold, whose count
of wrong quotes may only go down, and the shapes the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_nineteenth import BAND, BARBECUE, DOGS, FREIGHT, INTERPRETER, VINEYARD

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings (a first name or a nickname the story uses for a full name); an
#: empty one is an unnamed source. A split quote, quoted sentences of one speaker without a new cue and a quotation
#: inside a quotation are one quote of the outer speaker (its first part is the anchor); a quotation after a sentence
#: of narration with no cue is a quote of its own. A gesture after a quotation ("she laughs", "he shrugs", "she
#: shrugs", "he admits") is its cue. Borderline (optional): a document read aloud (a bulletin, a lab result, a code of
#: conduct, a letter, a rulebook, an incident report), an unnamed source "as one of them put it", a phrase a person
#: "calls" something or "called" an album in a relative clause, an estimate, "worries", "credits … with", a parenthetical
#: cue inside a list ("and, she says, most of the worrying"), "she admits, no idea …", the opening command of the dogs
#: story (its speaker is only implied), and a quotation after "She pauses." that may be read as the same quote. The
#: writer's own questions ("“Same time tomorrow?” I ask.") are nobody's quotes.
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
#: measured: ? when the batch was written (blind).
WRONG_TODAY = 999


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
