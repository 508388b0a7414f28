"""Quotes of a seventy-second batch of blind probes (longform_probes_seventysecond.py, wildlife, animals and
conservation news as regional papers, the wires' environment desks and local web news write it): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventysecond import (
    BEAR,
    FISHERY,
    POACHING,
    REHAB,
    ZOO,
)

HAVERLEIGH_ZOO = "Haverleigh Zoo|The Haverleigh Zoo|zoo|The zoo"
LINDGREN = "Petra Lindgren-Osu"
OKONKWO = "Maya Okonkwo-Reyes"
ACHTERBERG = "Samuel Achterberg-Nwosu"
BEAULIEU = "Connor Beaulieu-Watts"
CHO = "Janelle Cho-Barrington"
WHITFORD = "Dale Whitford-Amaro"
PIKES_LANDING = "|town|The town|Pike’s Landing"
ARSENAULT = "Colette Arsenault-Pryce"
MBATHA = "Roland Mbatha-Kearney"
TREMBLAY = "Ellie Tremblay-Soto"
FISH_AND_GAME = (
    "Department of Fish and Game|The state Department of Fish and Game|state Department of Fish and Game"
    "|department|The department"
)
SORENSEN = "Hannah Sorensen-Abiola"
OKAFOR = "Travis Okafor-Lund"
DRIFT_FLEET = "Kennery Drift Fleet Association|The Kennery Drift Fleet Association"
TULIMAQ = "Agnes Tulimaq-Berry"
VASQUEZ = "Lorena Vasquez-Hale"
WHITLOCK = "Tobias Whitlock-Ansah"
GREER = "Mitchell Greer-Obuya"
KETTERING = "Dwayne Kettering-Voss"
RUTHERFORD = "Alma Rutherford-Chen"
SPORTSMEN = "Big Sky Sportsmen’s League|The Big Sky Sportsmen’s League"
BRAMBLE = "Bramble Hollow Wildlife Rescue|centre|The centre"
MACASKILL = "Helen MacAskill-Dube"
NATARAJAN = "Priya Natarajan-Holt"
FAIRWEATHER = "Owen Fairweather-Kipp"
NATURAL_RESOURCES = (
    "Department of Natural Resources|The province’s Department of Natural Resources"
    "|province’s Department of Natural Resources|department|The department"
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.", "Sgt.",
#: "Mayor", "Deputy County Attorney", "District Judge") are no part of a name; a keeper named by her first name after
#: she is introduced ("Maya says") and a description that refers back ("the curator said", "the keeper added", "the
#: sergeant said", "the conservation officer said", "the mayor said", "the biologist said", "the prosecutor said", "the
#: ranger said", "the judge said", "the vet said", "the volunteer said", "the founder said") are the person named
#: before; a pronoun ("he said", "She says") is the speaker of the sentence before. Present-tense and inverted cues
#: ("says Dr. X", "adds Dr. Y", "X says", "its founder, X, says", "If it comes back, he said, …") are cues like any
#: other; a ranger who "testified that" speaks. A zoo that "said in a post", a department's emergency order and email,
#: an association's letter, a league's statement and a rescue that "says it will have to close" speak as themselves.
#: Borderline and optional: "wildlife officials said" (a group) and "The town says it has logged 38 calls" (a town as
#: a body, named by no more than "the town"). "Pleaded guilty", "ordered him to pay", "pressed for jail time" and
#: "asked for disaster relief" are no speech of their own.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "zoo": [
        (HAVERLEIGH_ZOO, "Two snow leopard cubs were born", False),
        (LINDGREN, "Both are nursing and gaining weight", False),
        (LINDGREN, "Anya is doing everything right", False),
        (LINDGREN, "keepers had watched the birth", False),
        (LINDGREN, "The best thing we can do", False),
        (OKONKWO, "the cubs opened their eyes", False),
        (OKONKWO, "the female is the bolder", False),
        (OKONKWO, "She is already climbing", False),
        (ACHTERBERG, "the cubs would get their first vaccinations", False),
        (ACHTERBERG, "We will be quick", False),
        (HAVERLEIGH_ZOO, "the cubs would not be on view", False),
        (BEAULIEU, "We drove two hours", False),
    ],
    "bear": [
        ("", "A young black bear wandered", True),
        (CHO, "It was just sitting there", False),
        (CHO, "a crowd of about 50 people gathered", False),
        (WHITFORD, "had probably been pushed out of its home range", False),
        (WHITFORD, "officers had closed the block", False),
        (WHITFORD, "A bear up a tree is not a problem", False),
        (WHITFORD, "the bear had been ear-tagged", False),
        (WHITFORD, "it may have to be destroyed", False),
        (WHITFORD, "Nobody wants that", False),
        (PIKES_LANDING, "it has logged 38 calls", True),
        (ARSENAULT, "council would vote next month", False),
        (ARSENAULT, "We have talked about this long enough", False),
        (MBATHA, "My kids walk past that library", False),
        (TREMBLAY, "He didn’t ask to be here", False),
    ],
    "fishery": [
        (FISH_AND_GAME, "Only 4,100 king salmon had passed", False),
        (SORENSEN, "These fish are coming back smaller", False),
        (SORENSEN, "warmer water in the ocean", False),
        (SORENSEN, "the closure would help", False),
        (SORENSEN, "Closing the river saves some fish", False),
        (OKAFOR, "he has cancelled 40 trips", False),
        (OKAFOR, "I’m not going to argue with the biology", False),
        (OKAFOR, "he would offer trips for silver salmon", False),
        (FISH_AND_GAME, "fishing for other species would stay open", False),
        (DRIFT_FLEET, "its members had been shut out", False),
        (TULIMAQ, "subsistence fishing would be limited", False),
        (TULIMAQ, "Our families have eaten these fish", False),
    ],
    "poaching": [
        (VASQUEZ, "the killings were not the act of a hungry man", False),
        (VASQUEZ, "He took the heads", False),
        (VASQUEZ, "investigators had traced the antlers", False),
        (WHITLOCK, "he had known the elk for three seasons", False),
        (WHITLOCK, "You get to know them", False),
        (GREER, "his client had lost his job", False),
        (GREER, "He made a terrible decision", False),
        (KETTERING, "he was sorry", False),
        (KETTERING, "I knew better", False),
        (RUTHERFORD, "the sentence had to deter others", False),
        (RUTHERFORD, "Every animal in that park", False),
        (SPORTSMEN, "the sentence sent a message", False),
    ],
    "rehab": [
        (BRAMBLE, "it will have to close by spring", False),
        (MACASKILL, "The centre took in 2,140 animals", False),
        (MACASKILL, "Every year we get more animals", False),
        (MACASKILL, "the province pays nothing", False),
        (MACASKILL, "food and medicine alone cost", False),
        (NATARAJAN, "We have one incubator", False),
        (FAIRWEATHER, "And when it breaks", False),
        (FAIRWEATHER, "the centre released about 60 per cent", False),
        (FAIRWEATHER, "The ones that come to us", False),
        (NATURAL_RESOURCES, "it valued the work of wildlife rehabilitators", False),
        (NATARAJAN, "she had started a fundraiser", False),
        (NATARAJAN, "This place is why", False),
        (MACASKILL, "she would not give up", False),
        (MACASKILL, "I have been told we were closing", False),
    ],
}

ARTICLES = {
    "zoo": ZOO,
    "bear": BEAR,
    "fishery": FISHERY,
    "poaching": POACHING,
    "rehab": REHAB,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 11 of 62 required when the batch was written (blind), no gold slip. By pattern: a state department whose
#: name holds "and" ("the state Department of Fish and Game") cut to "Department of Fish and" (2 quotes, a miss and a
#: wrong speaker each: 4); a description that refers back to a person whose introduction used another word for it
#: ("the prosecutor said" after "Deputy County Attorney X", "the vet said" after "X, the centre's only vet"), given to
#: no one (4); "the conservation officer said" given to the "Conservation Officer Service" the sergeant was introduced
#: with instead of to him (2); a headline's "Zoo welcomes its first cubs" read as a quote (1). Then 7: a body's name cut
#: at the "and" of its last field gets that field back (cut_and_names.py; 4). Then 5: a role the parser hung on its
#: owner ("X, the centre’s only vet," read as "centre") is the noun after the owner's "’s" (possessed_roles.py; 2).
#: Then 3: a prosecuting attorney named by title ("Deputy County Attorney X") is "the prosecutor" later
#: (prosecutor_titles.py; 2). Then 1: a description in the words of the body a person serves ("the
#: conservation officer" after "Sgt. X of the Conservation Officer Service") is that person, not the body taken for a
#: company plying the field (members_by_body_name.py; 2). Then 0: a newborn, a child or an animal that is welcomed ("Zoo
#: welcomes its first cubs", welcome as receive, not as praise) is no quote (welcomed_arrivals.py; 1).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
