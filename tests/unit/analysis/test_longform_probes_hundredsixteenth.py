"""Quotes of a hundred-and-sixteenth batch of blind probes (longform_probes_hundredsixteenth.py, US election news on a
recount in a close House race in Florida and the fight over provisional ballots, in a made-up election year: the
machine recount ordered, the county's canvassing board and voters in line, a judge's order, and the result): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredsixteenth import COUNT, COURT, PROVISIONAL, RESULT

STENHOLM = "Joanna Stenholm|Stenholm"
KEMMERER = "Travis Kemmerer|Kemmerer"
STENHOLM_CAMPAIGN = "|" + STENHOLM + "|Stenholm campaign|Stenholm's campaign|campaign"
KEMMERER_CAMPAIGN = "|" + KEMMERER + "|Kemmerer campaign|Kemmerer's campaign|campaign"
NORRGARD = "Cecilia Norrgard|Norrgard"
NORRGARD_OFFICE = "|" + NORRGARD + "|secretary of state's office|office"
AVAKIAN = "Danielle Avakian|Avakian"
SULKOWSKI = "Brett Sulkowski|Sulkowski"
TOUCHETTE = "Raymond Touchette|Touchette"
BREKKESTAD = "Curtis Brekkestad|Brekkestad"
PAREDES = "Yesenia Paredes|Paredes"
GILLIARD = "Rhonda Gilliard|Gilliard"
PRUNEDA = "Albert Pruneda|Pruneda"
FENSTERWALD = "Gregory Fensterwald|Fensterwald"
CASTAGNOLI = "Miriam Castagnoli|Castagnoli"
TREMBLETT = "Ingrid Tremblett|Tremblett"
BRINKERHOFF = "Loretta Brinkerhoff|Brinkerhoff"
BOUDREAUX = "Wade Boudreaux|Boudreaux"
HIXENBAUGH = "Dale Hixenbaugh|Hixenbaugh"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Secretary
#: of State", "County Judge", "Circuit Judge") are no part of a name. The lede's "the state's top elections official
#: said" is the secretary of state named in the next paragraph. A description that refers back ("the secretary of
#: state", "the judge", "the Democratic chairman", "the nursing student", "the Gulfmoor election-law professor") and a
#: pronoun that carries on ("he said, to cheers" in the paragraph after the man's rally, "she told the board", "she
#: wrote", "He told reporters") are the person named before, "she" the woman and "he" the man where both are about: the
#: Republican candidate is a woman and the Democrat a man; "Kemmerer's campaign manager, Danielle Avakian, accused ….
#: She said …" is the manager, and in "She did not say …. She said these 48 do,” she said." the quotation's "She" is
#: the judge but the cue's "she" the professor. A debate's lines in one sentence ("where Stenholm said Kemmerer “…” and
#: Kemmerer called her “…”") are two quotes of two speakers; "At their debate in October, Kemmerer had said he would
#: “…”" is a quote. A quotation that follows "“…,” X said." with no new cue and a second verb of one speaker in one
#: sentence ("and praised the county's elections workers") belong to the quote before and are optional as quotes of
#: their own. Cues: "said in a statement", "told supporters at … that", "told reporters … that", "accused X of trying
#: to “…”", "said its chairman, X", "warned both sides … that", "argued that", "she told the board", "wrote that" and
#: "she wrote" (a judge's written order), "said later that", "claimed that", "warned that", "Asked whether …, he
#: shrugged. “…,” he said". Unnamed and optional: an aide "who spoke on the condition of anonymity", "a person
#: familiar with the talks" and "The person said", "state officials said", "aides said". Borderline and optional: a
#: campaign with no name of its own ("Stenholm's campaign said in a statement that", "a text message from the Kemmerer
#: campaign telling her that", "his campaign said"), "according to the secretary of state's office", "according to a
#: tally kept by his campaign" (a document), and "objected to 74 ballots" (an objection). No quote: a headline, "He
#: declined to say whether", "would not confirm the talks", "conceded in a phone call" (an act, but the campaign's
#: report of it is optional), "thanked him in a post".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "count": [
        (NORRGARD, "will go to a", False),
        (NORRGARD, "no decision for me to make", False),
        (NORRGARD, "run every ballot through", True),
        (KEMMERER, "not conceding a single ballot", False),
        (KEMMERER, "count every vote", False),
        (STENHOLM, "in every way that matters", False),
        (STENHOLM, "voters have spoken", False),
        (STENHOLM, "turn 212 votes into a", True),
        (AVAKIAN, "declare victory before", False),
        (AVAKIAN, "900 provisional ballots", False),
        (AVAKIAN, "stood in line", False),
        (SULKOWSKI, "couch", False),
        (SULKOWSKI, "rejected under the law", False),
        (TOUCHETTE, "been here before", False),
        ("", "quietly hired a Tallahassee law firm", True),
        (STENHOLM, "never met a tax", False),
        (KEMMERER, "rubber stamp", False),
        (STENHOLM_CAMPAIGN, "welcomes the recount", True),
        (NORRGARD_OFFICE, "finished by noon", True),
    ],
    "provisional": [
        (BREKKESTAD, "cast a provisional ballot", False),
        (BREKKESTAD, "same church for 30 years", False),
        (BREKKESTAD, "prove I exist", True),
        (PAREDES, "received a text message", False),
        (KEMMERER_CAMPAIGN, "signature did not match", True),
        (PAREDES, "Nobody told me", False),
        (GILLIARD, "1,140 provisional ballots", False),
        (GILLIARD, "until 5 p.m. Saturday", False),
        (GILLIARD, "not going to rush this", False),
        (GILLIARD, "we will meet it", True),
        (PRUNEDA, "would not hear", False),
        (PRUNEDA, "make it to that ballot", False),
        (FENSTERWALD, "objected to 74 ballots", True),
        (FENSTERWALD, "does not allow such ballots", False),
        (CASTAGNOLI, "not the voters", False),
        (CASTAGNOLI, "cannot punish a voter", False),
        (TREMBLETT, "main event in close races", False),
        (TREMBLETT, "machine recount almost never", False),
        (TREMBLETT, "actually decided", True),
        (BREKKESTAD, "nowhere else to be", False),
    ],
    "court": [
        (BRINKERHOFF, "done everything the law asked", False),
        (BRINKERHOFF, "sent to the wrong table", False),
        (BRINKERHOFF, "not put her order on hold", False),
        (STENHOLM_CAMPAIGN, "appeal to the 5th District", True),
        (SULKOWSKI, "rewritten the election code", False),
        (SULKOWSKI, "expect to win", False),
        (STENHOLM, "win in a courtroom", False),
        (STENHOLM, "trust the people", False),
        (KEMMERER, "a win for 48 people", False),
        ("", "limiting the number of ballots", True),
        ("", "had not agreed on anything", True),
        (CASTAGNOLI, "talk to the other side", False),
        (NORRGARD, "whatever the courts", False),
        (BOUDREAUX, "describing the legal deadline", False),
        (TREMBLETT, "judge was careful", False),
        (HIXENBAUGH, "sloppy ballot", False),
    ],
    "result": [
        ("", "by 137 votes", True),
        (KEMMERER_CAMPAIGN, "conceded in a phone call", True),
        (KEMMERER, "margin demanded it", False),
        (KEMMERER, "looked at by a human being", False),
        (KEMMERER, "not having asked", True),
        (STENHOLM, "congresswoman for the people", False),
        (STENHOLM, "exhausting but fair", False),
        (STENHOLM, "elections workers", True),
        (KEMMERER_CAMPAIGN, "31 went to Kemmerer", True),
        (SULKOWSKI, "real lead", False),
        (GILLIARD, "41 hours", False),
        (GILLIARD, "Two days is not enough", False),
        (TOUCHETTE, "push for a change", False),
        (TOUCHETTE, "almost lost their votes", False),
        (PAREDES, "had not known", False),
        (PAREDES, "mine was in there", False),
        (PAREDES, "That's enough", True),
        (KEMMERER, "accept the result", False),
        ("", "kept that promise", True),
    ],
}

ARTICLES = {
    "count": COUNT,
    "provisional": PROVISIONAL,
    "court": COURT,
    "result": RESULT,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 54 required when the batch was written (blind). By pattern: people named by their surname alone in
#: the court and result stories (each is named in full only in an earlier story) are no person there, so "“…,” he
#: said" after "Sulkowski said" goes to "Stenholm", "“…,” she said" after "Stenholm, speaking to …, said" and after
#: "Castagnoli would not confirm" to the judge named in full, and after "Gilliard said" to "Sulkowski" (8); the lede's
#: "the state's top elections official said", named in the next paragraph, left unnamed (2); "Brekkestad was still in
#: it. Asked whether he would wait, he shrugged. “…,” he said." given to the lawyer named paragraphs before instead of
#: the voter named in the paragraph (2); "his campaign said" left as "his campaign" (1); and "and praised the
#: county's elections workers" read as a quote of its own whose words match no gold anchor (1).
#: Then 12: a person who spoke under a full name the recogniser did not tag is, at each later subject of his surname,
#: the one a pronoun right after carries on (untagged_surnames_later), so the voter still in line is the speaker of
#: "“…,” he said" again (2).
#: Then 11: a gold slip mended after the blind count: the optional anchor of "and praised the county's elections
#: workers" held the cue "praised", no word of what was praised, so no row could ever match it (1).
#: Then 5, from rules written for other batches in the same round: a surname alone tagged an organisation that a "he"
#: or "she" goes on with is a person (surnames_taken_for_bodies), and one whose full name was written with no tag is
#: that full name (untagged_full_names), so three of the four "he said" and "she said" after a surname alone in the
#: court and result stories go to the right person (6). Left: "“…,” she said" after "Castagnoli would not confirm"
#: (given to the candidate Stenholm, named before, 2), the lede's top elections official (2) and "his campaign" (1).
WRONG_TODAY = 5


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
