"""Quotes of a seventy-fourth batch of blind probes (longform_probes_seventyfourth.py, energy, utilities and power-grid
news as regional papers, the wires' energy desks and trade newsletters write it): the whole batch against its gold,
whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventyfourth import BATTERIES, ICE_STORM, PIPELINE, RATE_CASE, SOLAR

UTILITY = "Tamsett Valley Power & Light|Tamsett Valley Power|The utility|utility"
OKONKWO = "Marguerite Okonkwo-Bell"
SZABO = "Renata Szabo-Lindqvist"
VESEY = "Ambrose Vesey-Adair"
PICKERING = "Dolores Pickering-Nash"
COOPERATIVE = "Bramble Creek Electric Cooperative|The Bramble Creek Electric Cooperative|cooperative|The cooperative"
FAHEY = "Curtis Fahey-Mbeki"
VANDERMOLEN = "Marisol Vandermolen-Osei"
KESSINGER = "Dwight Kessinger-Rao"
ULLOA = "Bernadette Ulloa-Finch"
DRABOWSKI = "Emmett Drabowski-Hale"
SUNWARD = "Sunward Prairie Renewables"
LINDGREN = "Kavya Lindgren-Ortiz"
TOLBERT = "Francine Tolbert-Asante"
KEEP_HARLOW = "Keep Harlow Farming"
HALVORSEN = "Ingrid Halvorsen-Obi"
MAULDIN = "Garrick Mauldin-Ferreira"
WHITEBIRD = "Lorena Whitebird-Sandoval"
MELLINGHAM = "Ravindra Mellingham-Oduya"
GREAT_LOAM = "Great Loam Carbon Transport|Great Loam"
ABERNATHY = "Yusuf Abernathy-Kwan"
VARGA = "Anneliese Varga-Mendel"
PRAIRIE = "Prairie Interconnection Authority|The Prairie Interconnection Authority"
OYELARAN = "Terrence Oyelaran-Pike"
TALLIS = "Tallis Grid Research|Tallis"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles
#: ("Commissioner", "Mayor", "Township Supervisor", "Supervisor", "Chairwoman") are no part of a name; a description
#: that refers back ("the commissioner said", "the public counsel", "the spokeswoman added", "the lineman said", "the
#: mayor", "the farmer says", "the supervisor says", "the engineer acknowledged", "the chairwoman said", "the spokesman
#: says", "the analyst says") is the person named before, and "the chairwoman of the Kettle River Tribe" in a lede is
#: the chairwoman named in the next paragraph. "Testified", "acknowledged", "notes", "argues" and "adds" are cues, and
#: "notes X" after the words is an inverted cue. A quotation that follows "“…,” X said." with no new cue continues the
#: quote before it and is optional as a quote of its own. The utility that "says", the cooperative that "said in a
#: statement", the company that "said in a written statement" and the grid operator that "says" speak as themselves.
#: Borderline and optional: the headline's "Tribe tells regulators …" (a gold slip: left out when the batch was written,
#: though earlier batches keep such a headline as optional), "Consumer advocates argue" (an unnamed group), "It asked
#: members not to call …" and "which it said it could not give", "according to its developer", a group that "wants the
#: township to ban …" (intent), a filing "asking the commission to cut …", "asked them to send the company back", "is
#: skeptical that …" and a firm that "expects" what its report says. "Came to … say what they thought", "pressed the
#: utility's witnesses", "sees it differently", "has heard both sides", "That is the conclusion of a new report" and
#: "the report says" are no quotes; "they told us", "People say", "The code says" and "they said tomorrow" inside a
#: quotation are no quotes of their own.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "rate_case": [
        (UTILITY, "the increase, its first in six years", False),
        (OKONKWO, "We have been carrying these costs", False),
        (OKONKWO, "Every dollar in this request", True),
        ("", "the request is padded", True),
        (SZABO, "the utility was asking for a 10.8 percent return", False),
        (SZABO, "That gap alone is worth", False),
        (VESEY, "why the utility had not put the plant out to bid", False),
        (VESEY, "I’m not saying it’s the wrong plant", False),
        (PICKERING, "her bill had reached $238", False),
        (PICKERING, "she now sets her thermostat", False),
        (PICKERING, "I did everything they told us", False),
        (PICKERING, "What else am I supposed to give up", True),
        (OKONKWO, "the company understood the frustration", False),
        (OKONKWO, "would see no increase at all", False),
        (OKONKWO, "would remain below the national average", False),
        (SZABO, "Below the national average is a nice line", False),
        (SZABO, "to cut the request by more than half", True),
        (SZABO, "It doesn’t pay anybody’s bill", True),
    ],
    "ice_storm": [
        (COOPERATIVE, "crews had restored service to about 29,000", False),
        (COOPERATIVE, "not to call the outage line", True),
        (COOPERATIVE, "could not give", True),
        (FAHEY, "he has never seen ice like it", False),
        (FAHEY, "You fix one span", False),
        (FAHEY, "It’s like somebody went down the road", True),
        (FAHEY, "were sleeping in a church gym", False),
        (FAHEY, "We don’t even know who she is", False),
        (VANDERMOLEN, "six warming shelters were open", False),
        (VANDERMOLEN, "her biggest worry was older residents", False),
        (VANDERMOLEN, "put the generator outside", False),
        (KESSINGER, "the town’s tap water remained safe", False),
        (KESSINGER, "he understood why people were angry", False),
        (KESSINGER, "I’ve been mad at the co-op before", False),
        (ULLOA, "the family had been cooking on a camp stove", False),
        (ULLOA, "Four times they said tomorrow", False),
        (COOPERATIVE, "the last outages should be repaired by Monday", False),
    ],
    "solar": [
        (DRABOWSKI, "My great-grandfather would think", False),
        (DRABOWSKI, "Then he’d see the lease", True),
        (SUNWARD, "enough for roughly 30,000 homes", True),
        (LINDGREN, "the land will go back to farming", False),
        (LINDGREN, "We’re not paving anything", False),
        (DRABOWSKI, "the lease, which pays about $1,000", False),
        (DRABOWSKI, "I’m selling out the farm", False),
        (TOLBERT, "bought their house on County Road 14", False),
        (TOLBERT, "I don’t begrudge Emmett a dime", False),
        (KEEP_HARLOW, "to ban solar projects", True),
        (HALVORSEN, "never contemplated a power plant on farmland", False),
        (HALVORSEN, "This is an industrial use", False),
        (MAULDIN, "the final say on a project this size", False),
        (MAULDIN, "People think we can just vote it down", False),
        (MAULDIN, "he has not decided how he will vote", False),
        (LINDGREN, "has already moved the panels back", False),
        (LINDGREN, "about $900,000 a year in lieu of taxes", False),
        (LINDGREN, "That’s a new roof on the school", False),
        (TOLBERT, "the evergreens will take ten years", False),
        (TOLBERT, "I’m 63", False),
        (TOLBERT, "I’d like to see the sunset", True),
    ],
    "pipeline": [
        ("Kettle River Tribe", "a pipeline route threatens its water", True),
        (WHITEBIRD, "would cross within a mile of the well field", False),
        (WHITEBIRD, "to send the company back", True),
        (WHITEBIRD, "That water is the only water we have", False),
        (WHITEBIRD, "If this pipe breaks", True),
        (MELLINGHAM, "the route had been moved twice already", False),
        (MELLINGHAM, "had not modeled how a rupture", False),
        (MELLINGHAM, "such modeling was not required", False),
        (MELLINGHAM, "We design to the standard", False),
        (MELLINGHAM, "I would put my own family", True),
        (WHITEBIRD, "had learned of the route from a newspaper map", False),
        (WHITEBIRD, "would ask a federal court to intervene", False),
        (WHITEBIRD, "We are not against anybody’s ethanol", False),
        (GREAT_LOAM, "had offered to meet with tribal leaders", False),
    ],
    "batteries": [
        (ABERNATHY, "Projects now wait an average of 41 months", False),
        (ABERNATHY, "The batteries are cheap", False),
        (ABERNATHY, "Cell prices have fallen by about a third", False),
        (ABERNATHY, "interconnection studies have not kept pace", False),
        (VARGA, "her company now spends as much effort", False),
        (VARGA, "we’d pick a site", False),
        (VARGA, "has begun building next to retiring coal plants", False),
        (PRAIRIE, "it is changing that", False),
        (OYELARAN, "the first cluster under the new rules", False),
        (OYELARAN, "We hear the frustration", False),
        (OYELARAN, "But a battery that connects", True),
        (ABERNATHY, "clusters alone will close the gap", True),
        (TALLIS, "the average wait to fall", True),
        (ABERNATHY, "It helps. It doesn’t solve it", False),
    ],
}

ARTICLES = {
    "rate_case": RATE_CASE,
    "ice_storm": ICE_STORM,
    "solar": SOLAR,
    "pipeline": PIPELINE,
    "batteries": BATTERIES,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 27 of 65 required when the batch was written (blind); one gold slip after (the headline's "Tribe tells
#: regulators …", a tribe's claim in a headline, is borderline and now optional, as in earlier batches; no change in the
#: count, as the row names "Tribe" alone). By pattern: a ratepayer named as "Dolores Pickering-Nash, 71, a retired …"
#: whose "testified that …" is given to no one, her "She told commissioners …" to the commissioner of the paragraph
#: before and her "“…,” Pickering-Nash testified" to her surname alone (3 quotes: 6); "whose office" taken for an
#: institution that speaks after "said the public counsel, whose office has filed testimony asking …" (2 rows, one of
#: them a quote of the public counsel missed: 2); a farmer first named in a possessive ("Emmett Drabowski-Hale’s
#: family") whose "the farmer says" is given to no one (1 quote: 2); a chief executive named "Anneliese Varga-Mendel,
#: chief executive of …, which has …, says" kept as her surname alone (3 quotes, the third, "she adds", cut to the
#: relative clause after it: 6); "Supervisor" kept as a name ("Supervisor Mauldin-Ferreira says", 1 quote: 2); a lede's
#: "The chairwoman of the Kettle River Tribe told …" given to no one (1 quote: 2); "the analyst says" after the
#: analyst's name in the paragraph given to no one (1 quote: 2); "Cell prices have fallen …, Abernathy-Kwan notes, which
#: …" missed (1); "according to its developer, …" giving the sentence before it to no one (1); "what they thought of
#: that" after "came to … to say" (1); a program the spokeswoman "pointed to" taken for a quote of its own (1); the
#: headline's "Tribe tells regulators …" given to "Tribe" (1). Then 17: a known given name the tagger read as a common
#: noun ("Dolores") opens an untagged double-barrelled surname, and a joined surname tagged a product takes the given
#: name before it tagged a nationality ("Anneliese" + "Varga-Mendel") (given_before_hyphen.py; 10). Then 15:
#: "Supervisor" is a title, no part of a name (title_words.py; 2). Then 13: a "whose" clause set off by a comma after a
#: cue in the middle of what was said is no clause the cue says ("…, she adds, whose …": whose_clauses.py; 2). Then 11:
#: a person first named as the owner of a clause's subject ("Emmett Drabowski-Hale’s family has farmed …") is tied by
#: that clause to "the farmer says" (described_people.py; 2). Then 9: "whose office" speaks for the one its relative
#: clause describes ("said the public counsel, whose office has filed testimony asking …": offices.py; 2). Then 7: an
#: occupation's description is the one person named before anywhere in the article whom the words of its work fit ("the
#: analyst says" after "the research firm’s head of storage analysis" four paragraphs back: occupation_clues.py; 2).
#: Left, by pattern: a lede's "The chairwoman of the Kettle River Tribe told …", named only in the next paragraph after
#: a quotation, given to no one (2); a cue in -s read as a noun in the middle of a sentence ("…, Abernathy-Kwan notes,
#: which …", 1); "according to its developer, …" giving the words before it to no one (1); "came to … to say what they
#: thought of that" (1); a program the spokeswoman "pointed to" taken for a quote of its own (1); the headline's "Tribe
#: tells regulators …" given to "Tribe" alone (1). Then 5: an office a lead gives with its body after "of" ("The
#: chairwoman of the Kettle River Tribe told …") is the holder the next paragraph names and ties to that body after its
#: opening quotation (lead_roles_named_later.py, 2). Left, by pattern: the five above after the lede's. Then 4: the
#: headline's "Tribe tells regulators …", the body called by its kind while the story names it in full (tagged a place),
#: gives no quote (headline_bodies). Then 3: "…, Abernathy-Kwan notes, …", a name and a cue in -s set off inside the
#: sentence, read as a noun phrase, is mended in the parse (set_off_named_cues).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
