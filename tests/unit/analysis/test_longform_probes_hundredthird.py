"""Quotes of a hundred-and-third batch of blind probes (longform_probes_hundredthird.py, a long-form Canadian feature
on a Quebec family orchard's ice-cider season and a warming climate as public-broadcaster web features and city
dailies' weekend sections write it: a couple, their son who took over and a plant ecologist in three long blocks; a
warm winter's short harvest in short paragraphs with the growers' federation, the ministry, a buyer company, an
unnamed producer, a tour operator and the family; and the ecologist, the family, the tour operator, the federation's
spokesperson and an unnamed producer in three long blocks): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredthird import FAMILY, FUTURE, HARVEST

REJEAN = "Réjean Gendreau-Lussier"
REJEAN_BY_FIRST_NAME = "Réjean|Réjean Gendreau-Lussier"
COLETTE = "Colette|Colette Gendreau-Lussier"
MATHIEU_BY_FIRST_NAME = "Mathieu|Mathieu Gendreau-Lussier"
MATHIEU = "Mathieu Gendreau-Lussier"
ANOUK = "Anouk Szczepanik-Rhéaume"
ANOUK_BY_SURNAME = "Anouk Szczepanik-Rhéaume|Szczepanik-Rhéaume"
FEDERATION = (
    "Quebec Ice Cider Producers’ Federation|Quebec Ice Cider Producers' Federation|Quebec Ice Cider Producers"
    "|the Quebec Ice Cider Producers’ Federation|the federation|federation"
)
NADEGE = "Nadège Ouimet-Karras"
NADEGE_BY_SURNAME = "Nadège Ouimet-Karras|Ouimet-Karras"
MINISTRY = (
    "Quebec’s Ministry of Agriculture, Fisheries and Food|Quebec's Ministry of Agriculture, Fisheries and Food"
    "|Ministry of Agriculture, Fisheries and Food|the Ministry of Agriculture, Fisheries and Food|the ministry|ministry"
)
VALMORENCY = "Valmorency Cellars|Valmorency|the company|The company|company"
STEPHANE = "Stéphane Quenneville-Arbour"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.") are
#: no part of it; a description that refers back ("the 68-year-old", "the younger Gendreau-Lussier", "the ecologist",
#: "the spokesperson", "the tour operator", "the company", "the ministry") and a pronoun that carries on ("he says",
#: "she adds", "he said") are the person or body named before. The wife and the son named by their first names
#: after "his wife, Colette," and "their son, Mathieu," are "Colette" and "Mathieu" (their full names allowed too), as
#: is the father after "His father, Réjean,"; a person named by the surname alone in an article is that surname
#: there. Cues: present-tense and inverted ("says Colette", "explains the ecologist", "Szczepanik-Rhéaume adds",
#: "says the tour operator"), a cue set in mid-sentence after a clause of its own ("The apples need …, he explains,
#: and …", "The new trees will not bear …, he says, and …", "The orchard has lost money …, says Colette, and …"), "the
#: 68-year-old says" right after his wife spoke, and a quotation split by its cue and a participle ("“If we get …,”
#: Mathieu says, standing at …, “patience is …”"), which is one quote. A name inside a relative clause after the
#: speaker's description ("says the tour operator, whose groups Colette Gendreau-Lussier has fed …") is no speaker. A
#: quotation that follows "“…,” X says." with no new cue belongs to the quote before and is optional as a quote of its
#: own, as is one that opens the next paragraph after a quotation left open ("“We want rules …" then "“If the winters
#: keep changing, …”"; the blind gold had it required, a slip mended below). No quote at all: a company that
#: "did not say", a son "careful not to say that", a mother who "is blunter", a father who "is less sure", a tour
#: operator who "now sells his lunches". Borderline and optional: what an unnamed producer "who asked not to be
#: named" said, "came home, he says, because …" inside a relative clause, an ecologist who "thinks that time is over",
#: a russet "that Szczepanik-Rhéaume recommended".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "family": [
        (REJEAN, "the way you count on Christmas", False),
        (REJEAN, "waiting for a bus", True),
        (REJEAN, "need at least ten days below minus eight", False),
        (COLETTE, "Every year is written down", False),
        (COLETTE, "like watching a glacier melt", True),
        (REJEAN, "not a man who reads about the climate", False),
        (REJEAN, "I read the thermometer", False),
        (REJEAN, "doesn’t argue", True),
        (MATHIEU_BY_FIRST_NAME, "because nobody else was going to", True),
        (MATHIEU_BY_FIRST_NAME, "farms by feel", False),
        (MATHIEU_BY_FIRST_NAME, "not a business plan", True),
        (MATHIEU_BY_FIRST_NAME, "will not bear fully", False),
        (MATHIEU_BY_FIRST_NAME, "two more winters like this one", False),
        (MATHIEU_BY_FIRST_NAME, "patience is the first thing", True),
        (COLETTE, "lost money in two of the last four seasons", False),
        (ANOUK, "fallen by about a third", False),
        (ANOUK, "becoming the exception", False),
        (ANOUK, "splitting the bark", False),
        (ANOUK, "tells a tree that it is spring", False),
        (ANOUK, "better records than most research stations", False),
    ],
    "harvest": [
        (FEDERATION, "about half their usual volume", False),
        (NADEGE, "never had this many producers", False),
        (NADEGE, "about 60 of the federation", False),
        (NADEGE, "asked the province", False),
        (NADEGE, "Nobody wants to cheat the rules", False),
        (NADEGE, "still make sense in 2030", True),
        (NADEGE, "allowed to change with them", True),
        (MINISTRY, "aware of the federation", False),
        (MINISTRY, "foundation of the product", False),
        (VALMORENCY, "honour its contracts", False),
        (VALMORENCY, "walk away from them over one season", False),
        ("", "let their fruit drop", True),
        ("", "wait for the cold until March", True),
        ("", "rotten apple", True),
        (STEPHANE, "down about 30 per cent", False),
        (STEPHANE, "sleigh ride", False),
        (STEPHANE, "This year we have mud", True),
        (MATHIEU, "40 per cent of the usual volume", False),
        (REJEAN_BY_FIRST_NAME, "one winter this bad before", False),
        (REJEAN_BY_FIRST_NAME, "it was a fluke", False),
        (REJEAN_BY_FIRST_NAME, "Nobody says fluke", True),
    ],
    "future": [
        (ANOUK_BY_SURNAME, "that time is over", True),
        (ANOUK_BY_SURNAME, "fewer of them and shorter", False),
        (ANOUK_BY_SURNAME, "ice cider in 2050", False),
        (ANOUK_BY_SURNAME, "enough of it, in enough places", True),
        (ANOUK_BY_SURNAME, "Moving north is one answer", False),
        (ANOUK_BY_SURNAME, "You can move a tree", False),
        (ANOUK_BY_SURNAME, "eighty years of knowing", True),
        (MATHIEU, "a russet", True),
        (ANOUK_BY_SURNAME, "a russet", True),
        (MATHIEU, "he knew he would never pick", False),
        (MATHIEU, "plant some I hope to pick", True),
        (REJEAN_BY_FIRST_NAME, "outsmart the weather", False),
        (REJEAN_BY_FIRST_NAME, "Mine thought so too", True),
        (STEPHANE, "Fall bookings have almost made up", False),
        (STEPHANE, "won’t come to the tourists", False),
        (STEPHANE, "bring the tourists to the apples", True),
        (COLETTE, "write down the warm days", False),
        (COLETTE, "Somebody should", True),
        (NADEGE_BY_SURNAME, "survive if the rules bend", False),
        (NADEGE_BY_SURNAME, "sparkling cider", False),
        (NADEGE_BY_SURNAME, "made this region known abroad", False),
        (NADEGE_BY_SURNAME, "only thing we make", True),
        ("", "sell his orchard to a developer", True),
        (MATHIEU, "he understands", False),
        (MATHIEU, "Every empty orchard", False),
        (MATHIEU, "scares me", True),
    ],
}

ARTICLES = {
    "family": FAMILY,
    "harvest": HARVEST,
    "future": FUTURE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 12 of 43 required when the batch was written (blind). By pattern: "Moving north is one answer, explains
#: the ecologist, but …", an inverted cue set in mid-sentence after a clause of its own, missed (1); "says the tour
#: operator, whose groups Colette Gendreau-Lussier has fed …" read as a quote of "tour operator", a body (2), and the
#: "he says" after it given to the son named before (2); "she says" after "Ouimet-Karras, of the producers'
#: federation, says …", a speaker named by the surname alone, given to the mother named a paragraph before (2 missed,
#: 2 wrong); "he says" after "One longtime producer down the road, who asked not to be named, is less hopeful;" given
#: to the son named before (1); "Mathieu Gendreau-Lussier, who drives past …, says he understands." missed (1); and
#: the quotation that runs on into the next paragraph, which the tool rightly joins to the quote before, so that the
#: gold's second quote for it is missed (1, a gold slip).
#: Then 11 by that gold slip: the part of a quotation that runs on into the next paragraph is optional as a quote of its
#: own, as in the batches before; the blind gold had it required.
#: Then 10: an inverted cue set off in mid-sentence before a scientist named by the field ("Moving north is one answer,
#: explains the ecologist, but …") is read with the scientist as its speaker (misread_set_off_descriptions, 1).
#: Then 9: "he says" right after "One longtime producer down the road, who asked not to be named, is less hopeful;" is
#: that unnamed producer, not the son named before (unnamed_doers_reporting, 1).
#: Then 7: a given name the recogniser took for a place before a joined surname it left untagged ("Stéphane" +
#: "Quenneville-Arbour, the tour operator, now sells his lunches") is one person when a person's sign follows
#: (placed_given_names), so "says the tour operator" is his (2).
#: Left (7): the "he says" after it still goes to the son (2, one missed and one wrong), as a person set off by "the
#: tour operator" passes no "he" on; the recogniser takes the surname alone of "Ouimet-Karras, of the producers'
#: federation, says" for an organisation, and this follow-up story never names her in full, so the "she says" and
#: "the spokesperson says" after it go to the mother (4); and "says he understands." reports two words only, which
#: the rules leave out by design (1).
#: Then 3: "Ouimet-Karras, of the producers' federation, says" is remembered as a person, a one-word name set off as one
#: of a body (one_word_people), so the "she says" and "the spokesperson says" after it are hers (4).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
