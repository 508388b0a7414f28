"""Quotes of a hundred-and-tenth batch of blind probes (longform_probes_hundredtenth.py, Canadian long-form web
features on a northern winter road season cut short by a warm winter, in long blocks as a web scraper leaves them: the
road, the community, the science and the air): the whole batch against its gold, whose count of wrong quotes may only
go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredtenth import AIR, COMMUNITY, ROAD, SCIENCE

GORD = "Gord Lindqvist-Oakes|Lindqvist-Oakes|Gord"
DARLA = "Darla Fedoruk-Ames|Fedoruk-Ames"
TROY = "Troy Esquega-Dunn|Esquega-Dunn"
DEPARTMENT = (
    "Manitoba’s Department of Transportation and Infrastructure|Department of Transportation and Infrastructure"
    "|department|The department"
)
CHIEF = "Lorraine Ashkewe-Sutherland|Ashkewe-Sutherland"
MEEKIS = "Dwayne Meekis-Harper|Meekis-Harper"
WABASSE = "Bernice Wabasse-Tait|Wabasse-Tait"
KYLE = "Kyle Mandamin-Pratt|Mandamin-Pratt|Kyle"
AGNES = "Agnes Pewabano-Linklater|Pewabano-Linklater"
TYLER = "Tyler"
SOLHEIM = "Ingrid Solheim-Achebe|Solheim-Achebe"
TANAKA = "Russell Tanaka-Bruyère|Tanaka-Bruyère"
MINISTER = "Colette Vandermeer-Ross|Vandermeer-Ross"
MARCEL = "Marcel Dufresne-Baird|Dufresne-Baird"
RENEE = "Renée Okonkwo-Fiddler|Okonkwo-Fiddler"
LISE = "Lise|Lise Lindqvist-Oakes"
PRIYA = "Priya Castellanos-Hunt|Castellanos-Hunt"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. Titles ("Chief", "Coun.",
#: "Minister", "nurse") are no part of a name; a description that refers back ("the veteran driver", "the foreman",
#: "the store manager", "the elder", "the researcher", "the chief", "the bush pilot", "the nurse") and a pronoun that
#: carries on ("he says", "she says", "He says he …", "She argues that …", "He believes …") are the person named
#: before, "he" the man and "she" the woman where a man and a woman speak in turn. A speaker first named in full and
#: later by a first name alone ("Kyle, as everyone in the community calls him", "Kyle says", "Gord looks at her") is
#: the same person; a wife named by her first name only ("His wife, Lise, …", "Lise says") is "Lise". Cues: "says X,
#: who …" after a quotation of several sentences, "X recalls", "as he puts it, is to “…”", "she says" and "he adds"
#: set in mid-sentence, "says in a statement that", "says in an email" before the minister's name, "adds that",
#: "argues that", "believes", "told of the statement, says", and a quotation that opens a block and is attributed at
#: its end ("“…,” says Chief X of Y, sitting at …"). The elder speaks "in Oji-Cree as her grandson, Tyler, translates":
#: what "the elder says" is hers, what "Her grandson adds" is his, and the quotation he gives as "She says the ice
#: doesn’t lie …" may go to either. No quote: "The chief has written to the premier and to Ottawa" (no words given),
#: "nods at that", "Not everyone agrees on the order", "looks at her and does not argue", and what the community, the
#: store or the whiteboard did.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "road": [
        (GORD, "We had the road for 19 days", False),
        (GORD, "crosses the lakes at 15 kilometres", False),
        (GORD, "The ice talks to you", False),
        (DARLA, "turned back", False),
        (DARLA, "second crossing on Kawinak", False),
        (GORD, "no shame in it", False),
        (GORD, "Darla has better sense", False),
        (TROY, "make ice faster than the sun", False),
        (TROY, "70 centimetres of good blue ice", False),
        (TROY, "something the old men on his crew", False),
        (TROY, "flood at midnight", False),
        (DEPARTMENT, "closed the route on Feb. 27", False),
        (DEPARTMENT, "1,400 truckloads", False),
    ],
    "community": [
        (CHIEF, "not asking for a favour", False),
        (CHIEF, "a third of the diesel", False),
        (MEEKIS, "arithmetic is simple", False),
        (MEEKIS, "If we fly in diesel", False),
        (CHIEF, "council will decide this month", False),
        (WABASSE, "all-season road is coming", False),
        (MEEKIS, "asked the province for a meeting", False),
        (KYLE, "People come to the till", False),
        (KYLE, "freight bill for March", False),
        (AGNES, "The ice was thick then", False),
        (AGNES, "old crossings were farther north", False),
        (TYLER, "telling council for years", False),
        (TYLER + "|" + AGNES, "ice doesn’t lie", False),
        (KYLE, "keeping a list of families", False),
    ],
    "science": [
        (SOLHEIM, "young technology", False),
        (SOLHEIM, "designed a whole supply system", False),
        (SOLHEIM, "moved later by about nine days", False),
        (SOLHEIM, "One warm winter is weather", False),
        (SOLHEIM, "stop treating the winter roads", False),
        (TANAKA, "cost more than $600 million", False),
        (TANAKA, "Nobody is against the road", False),
        (TANAKA, "pay for more work on the ice", False),
        (MINISTER, "recognizes the serious challenges", False),
        (MINISTER, "$38 million", False),
        (CHIEF, "read that sentence before", False),
        (CHIEF, "change the year at the top", False),
    ],
    "air": [
        (MARCEL, "everything that didn’t come by truck", False),
        (MARCEL, "two charter flights a day", False),
        (RENEE, "Fuel first", False),
        (RENEE, "61 items", False),
        (MARCEL, "gravel and short", False),
        (MARCEL, "days in April", False),
        (GORD, "truck payment", False),
        (GORD, "a third of his usual winter income", False),
        (LISE, "get through this year", False),
        (LISE, "we sell the truck", False),
        (PRIYA, "pharmacy order", False),
        (PRIYA, "box of insulin", False),
        (PRIYA, "order refills a month ahead", False),
    ],
}

ARTICLES = {"road": ROAD, "community": COMMUNITY, "science": SCIENCE, "air": AIR}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 7 of 52 required when the batch was written (blind). By pattern: "Her grandson adds that …" after "as
#: her grandson, Tyler, translates" left unnamed, the kin word not tied to the name set off after it, and his "“…,” he
#: says" after it given to the store manager, the man named before him (4); "the foreman says" after "Troy X runs the
#: crew of nine", a role the article gave by a verb, not a noun, left unnamed (2); "his job, as he puts it, is to “…”"
#: not read as a cue (1).
#: Then 3: a grandson, granddaughter, grandfather or grandmother named in apposition ("her grandson, Tyler,") is whom
#: "Her grandson" means later, as a wife or a son is (kinship.KIN_INVERSES), so what he "adds" and his "he says" are
#: Tyler's (4).
#: Then 2: a quotation that is the predicate of a subject an "as X puts it" aside is set off after ("his job, as he
#: puts it, is to “…”") is the words of the one who put it so (put_predicates.py) (1).
#: Left (2): "“…,” the foreman says" after "Troy X runs the crew of nine", unnamed: the article never called him a
#: foreman, and a description stands for the one person named in its paragraph only when that one spoke by a cue
#: before it.
WRONG_TODAY = 2


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
