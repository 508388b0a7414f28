"""Quotes of an eighty-fifth batch of blind probes (longform_probes_eightyfifth.py, nuclear arms control,
non-proliferation and inspections as the wires, the arms-control press and think-tank web sites write them: a board
meeting of a U.N. nuclear watchdog in Vienna, a state's envoy to the agency and its foreign ministry's reply, the lapse
of the last U.S.-Russian arms treaty, a missile test reported by a neighbour's joint chiefs, and the analysts of an
arms-control association and an institute with a retired inspector): the whole batch against its gold, whose count
of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightyfifth import ANALYSTS, BOARD, ENVOY, MISSILE, TREATY

SANDVIK = "Aurelio Sandvik-Moreau"
REPORT = "|report|the report|" + SANDVIK
TREVANION = "Marisol Trevanion"
ETXEBERRI = "Lucía Etxeberri-Paz"
MINISTRY = (
    "foreign ministry|the foreign ministry|Foreign Ministry|ministry|the ministry|Iran’s foreign ministry"
    "|Iranian foreign ministry"
)
ALAVIPOUR = "Farzaneh Alavipour"
NADERKHANI = "Behrouz Naderkhani"
MARCHETTI = "Olivier Marchetti-Loy"
RASTEGARNIA = "Kaveh Rastegarnia"
VOSTRIKOV = "Arkady Vostrikov"
HOLLINGSWORTH = "Everett Hollingsworth-Baines"
ZHOU = "Zhou Lianbo"
VANTONGEREN = "Mariela Vantongeren"
JCS = (
    "Joint Chiefs of Staff|the Joint Chiefs of Staff|South Korea’s Joint Chiefs of Staff|military|the military"
    "|South Korean military|South Korea’s military"
)
KANEMURA = "Haruto Kanemura"
BUREAU = "Rocket Industry Bureau|North Korea’s Rocket Industry Bureau|the Rocket Industry Bureau"
BAE = "Bae Dong-yeol"
YUN = "Yun Hae-ri"
RANGANATHAN = "Priya Ranganathan-Holt"
EKWUEME = "Tobias Ekwueme-Strand"
OYELARAN = "Margit Oyelaran-Bos"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Ambassador",
#: "Secretary of State", "Col.") are no part of it; a description that refers back ("the agency chief", "the veteran
#: diplomat", "the envoy", "the deputy minister", "the former negotiator", "the colonel", "the retired inspector", "the
#: former inspector") and a pronoun that carries on across paragraphs are the person named before. A foreign ministry
#: "in a statement carried by state media" and then "the ministry", a bureau "in a statement", and a joint chiefs of
#: staff and then "the military" and "It" are institutions that speak. Cues: "told reporters", "said in a confidential
#: report seen by", "told the board in a statement", "told her weekly news conference", "called … “…”", "told reporters
#: outside", "wrote on X:" and "wrote on X that", "told state television", "told a meeting of senior officers", "said at
#: a regular briefing", "said in a text message to reporters", "wrote in an analysis", "said on the institute's weekly
#: podcast", "arguing that" after "disagreed", the answer to an unattributed question ("Asked whether …, X said …"), and
#: a quotation split by its cue ("“…,” X said, “…”"), which is one quote. A quotation that follows "“…,” X said." with a
#: cue of its own is a quote of its own. A second "that" clause of one speaker in one sentence ("… and that …", "…, but
#: that …"), "adding that" after a quotation and its cue, and "money he said …" inside a clause of the same speaker
#: belong to the quote before and are optional as quotes of their own. No quote at all: "declined to say whether", "was
#: blunter", "was less sure:" before the cue. Borderline and optional: a headline's "Iran warns" (a gold slip mended
#: after the blind count), unnamed sources ("Two Western diplomats, speaking on condition of anonymity", "One of them",
#: "A senior administration official … on a background call", "the official"), groups ("Analysts at two Washington
#: groups"), and what "The report also said" (a document, for which the agency chief speaks).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "board": [
        (SANDVIK, "had lost track of how many centrifuges", False),
        (SANDVIK, "We are flying blind", False),
        (SANDVIK, "had grown by 38 kilograms", False),
        (REPORT, "traces of man-made uranium", True),
        ("", "drafting a resolution", True),
        ("", "had not yet decided", True),
        (SANDVIK, "The board is sovereign", False),
        (SANDVIK, "in the coming weeks", True),
        (SANDVIK, "had still made 14 visits", False),
        (SANDVIK, "extra 9 million euros", False),
        (SANDVIK, "no member state had yet offered", True),
        (TREVANION, "gone from poor to worse", False),
        (TREVANION, "consult its European partners", False),
        (ETXEBERRI, "would run until Friday", False),
        (ETXEBERRI, "Iran item", True),
    ],
    "envoy": [
        (MINISTRY, "cut back the access", False),
        (MINISTRY, "Those who push", False),
        (ALAVIPOUR, "could stop letting", False),
        (ALAVIPOUR, "would rest with", False),
        (ALAVIPOUR, "not on the agenda", False),
        (NADERKHANI, "a political act dressed up", False),
        (NADERKHANI, "dated from the early 2000s", False),
        (NADERKHANI, "We answered every question", False),
        (NADERKHANI, "remained ready to talk", False),
        (MARCHETTI, "only confirms the need", False),
        (RASTEGARNIA, "Our patience", False),
        (RASTEGARNIA, "no wish for a crisis", False),
        ("|" + ALAVIPOUR, "would leave the Non-Proliferation", True),
        ("|Iran", "will curb inspections", True),
    ],
    "treaty": [
        (VOSTRIKOV, "keep to the limits", False),
        (VOSTRIKOV, "We did not choose this", False),
        (VOSTRIKOV, "new heavy missile", False),
        ("", "would match any Russian restraint", True),
        ("", "had asked the Pentagon", True),
        ("", "We are studying it", True),
        (HOLLINGSWORTH, "ready to sit down tomorrow", False),
        (ZHOU, "minimum level", False),
        (ZHOU, "would not take part", True),
        (VANTONGEREN, "mattered less", False),
        (VANTONGEREN, "For fifteen years", False),
        (VANTONGEREN, "did not expect new talks", False),
        (VANTONGEREN, "best hope was an informal pledge", False),
    ],
    "missile": [
        (JCS, "intermediate-range ballistic missile", False),
        (JCS, "flew about 1,000 kilometres", False),
        (JCS, "stepped up its surveillance", False),
        (KANEMURA, "had landed outside", False),
        (KANEMURA, "no reports of damage", True),
        (KANEMURA, "Launches like this one", False),
        (BUREAU, "new guidance system", False),
        (BAE, "appeared aimed at", False),
        (BAE, "The North wants", False),
        (BAE, "manoeuvring warhead", False),
        (YUN, "the timing pointed", False),
        (YUN, "a message with a date", False),
        (YUN, "more solid-fuel missiles", False),
    ],
    "analysts": [
        ("", "less insight", True),
        (RANGANATHAN, "verification is not a courtesy", False),
        (RANGANATHAN, "right to go public", False),
        (RANGANATHAN, "few tools to close them", True),
        (EKWUEME, "what nobody could see", False),
        (EKWUEME, "We used to argue", False),
        (OYELARAN, "An inspector who cannot go back", False),
        (RANGANATHAN, "satellite images and environmental sampling", False),
        (RANGANATHAN, "Not all, but some", False),
        (EKWUEME, "satellites could show a building", False),
        (EKWUEME, "a centrifuge hall", True),
        (OYELARAN, "had installed some of them", False),
        (OYELARAN, "never had more money", False),
        (RANGANATHAN, "the last cheap moment", False),
        (OYELARAN, "still kept her agency badge", False),
        (OYELARAN, "Just in case they call", False),
    ],
}

ARTICLES = {
    "board": BOARD,
    "envoy": ENVOY,
    "treaty": TREATY,
    "missile": MISSILE,
    "analysts": ANALYSTS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 8 of 55 required when the batch was written (blind): the agency chief's figures "in a confidential report
#: seen by" a news agency and what "the veteran diplomat" said given to an unnamed source (2 missed, 2 wrong); the
#: joint chiefs of staff after a clause of what they said ("…, South Korea's Joint Chiefs of Staff said, …") read as
#: an unnamed source (1 missed, 1 wrong); a bureau's "said in a statement carried by state media" missed (1); and the
#: headline "Iran warns it will curb …" given to Iran (1 wrong). Then 7 by a gold slip: the blind gold left out the
#: headline's "Iran warns", where the eighty-first, eighty-second and eighty-fourth batches make a headline's cue
#: borderline; it is optional now. Then 2: a statement "carried by state media" is a setting the cue was said in, as
#: one "posted" or "released" is (setting_clauses; 1); a day the recogniser ran on across a comma into the source
#: after it ("on Sunday, South Korea's Joint Chiefs of Staff said") is cut at the comma (dated_run_ons; 2); "the
#: agency chief" is the director general of the agency named before (body_chiefs; 2).
#: Then 0: a "the veteran …" description that opens a paragraph ("The veteran diplomat, who ran the agency's
#: safeguards department …, said") calls back to the one person the paragraph before named (epithet_descriptions; 2).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
