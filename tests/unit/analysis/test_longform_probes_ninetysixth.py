"""Quotes of a ninety-sixth batch of blind probes (longform_probes_ninetysixth.py, Washington foreign-policy news from
the briefing rooms as the US wires and political web sites write it: a call about an American aid worker jailed in
Egypt, an ordered departure from the embassy in Chad, and a late missile shipment to Taiwan that a campaign seizes
on): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetysixth import AID_WORKER, DEPARTURE, MISSILES

WHITE_HOUSE = "White House|the White House|The White House"
QUINTRELL = "Marisa Quintrell"
ANNIKA = "Annika Dunmore-Reyes"
EGYPT_EMBASSY = (
    "Egypt’s embassy in Washington|Egypt’s embassy|embassy|the embassy|Egyptian embassy|the Egyptian embassy|Egypt"
)
FAKHOURY = "Dalia Fakhoury-Nassar"
AMBROSETTI = "Dale Ambrosetti"
MARCHETTI = "Helena Marchetti-Voss"
LOMASNEY = "Everett Lomasney"
CHAD_EMBASSY = "Chad’s embassy in Washington|Chad’s embassy|embassy|the embassy|The embassy|Chad"
VANDERSLOOT = "Harriet Vandersloot"
TREADAWAY = "Marcus Treadaway"
ALBARRACIN = "Ines Albarracin-Cole"
STATE = "State Department|the State Department|The State Department|department|the department"
FENNIMORE = "Wesley Fennimore"
FENNIMORE_CAMPAIGN = "|Fennimore’s campaign|campaign|the campaign|" + FENNIMORE
TAIWAN_OFFICE = (
    "|Taiwan’s representative office in Washington|Taiwan’s representative office|representative office|the "
    "representative office|Taiwan"
)
OKONJO = "Tamsin Okonjo-Ward"
HALVARD = "Halvard Dynamics"
PELLINORE = "Garrett Pellinore"
CASTELLANOS = "Noreen Castellanos-Burke"
MULHALL = "Evander Mulhall-Ochs"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Sen.",
#: "press secretary", "former Gov.") and the party and state after a senator ("R-Idaho", "D-N.M.") are no part of
#: it; a description that refers back ("the spokesman", "The ambassador") and a pronoun that carries on ("she said",
#: "She added that …", "He said") are the person named before. "The official said" after "a senior administration
#: official who briefed reporters on condition of anonymity" stays the unnamed official. The White House, an embassy
#: ("said in a statement posted on X", "It said") and a manufacturer are institutions that speak; an unnamed
#: spokesperson for a representative office may go to the office. Cues: "told reporters at the daily briefing", "said
#: at a briefing", "said in an email", "told reporters in the Capitol", "replied:", "Pressed by a reporter on whether
#: …, the spokesman said", "said in a statement", and a quotation split by "he added", which is one quote. A quotation
#: that follows "“…,” X said." with no new cue and a second verb or "that" clause of one speaker in one sentence ("…
#: but noted that …", "… and that …", "…, and noted that …") belong to the quote before and are optional as quotes of
#: their own. No quote at all: a reporter's question ("Asked whether …", "Pressed by a reporter on whether …"),
#: "declined to say", "did not say", "drew praise and impatience", "saw it differently", "defended a delay", and a
#: department that "ordered" staff out. Borderline and optional: "one official described as …", "According to a
#: readout", "a charge his family says is baseless", "citing fighting", "called the decision “premature.”", "accused
#: the administration of …", "calling the delay …" and "calling any suggestion otherwise “absurd.”"; and, mended in
#: the gold after the blind run, the headline's "White House says" (as the eighty-fifth batch makes a headline's cue)
#: and a department that "told Americans not to travel" (advice it gave, more an order than a statement).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "aid_worker": [
        (WHITE_HOUSE, "pressed Egypt’s leader", True),
        (WHITE_HOUSE, "pressed Egypt’s president", False),
        ("", "direct and at times", True),
        (QUINTRELL, "raised the case", False),
        (QUINTRELL, "priority for him personally", False),
        ("|" + WHITE_HOUSE, "close contact", True),
        (QUINTRELL, "get ahead of the president", False),
        (QUINTRELL, "every option remains", True),
        ("", "listened but made no promise", False),
        ("", "every conversation at every level", False),
        ("|his family", "baseless", True),
        (ANNIKA, "grateful but still waiting", False),
        (ANNIKA, "Words on a phone call", False),
        (EGYPT_EMBASSY, "matter for the courts", False),
        (FAKHOURY, "judiciary is independent", False),
        (FAKHOURY, "consular visits", False),
        (AMBROSETTI, "waited far too long", False),
        (AMBROSETTI, "Seven months is a disgrace", False),
        (AMBROSETTI, "military aid", True),
        (MARCHETTI, "welcomed the call", False),
        (MARCHETTI, "conditions on part", True),
        (MARCHETTI, "The tools are there", False),
        (MARCHETTI, "whether anyone intends", True),
        (QUINTRELL, "aid worker’s parents", False),
    ],
    "departure": [
        ("|" + STATE, "fighting near the Chadian capital", True),
        ("|" + STATE, "not to travel", True),
        (LOMASNEY, "highest priority", False),
        (LOMASNEY, "assessment of the situation", True),
        (LOMASNEY, "remain open", False),
        (LOMASNEY, "no plans at this time", False),
        (LOMASNEY, "Commercial flights", False),
        (LOMASNEY, "specific threats", False),
        ("", "within 60 miles", False),
        ("", "France and Cameroon", False),
        (CHAD_EMBASSY, "premature", True),
        (CHAD_EMBASSY, "N’Djamena is calm", False),
        (CHAD_EMBASSY, "pushed back", False),
        (VANDERSLOOT, "signal to the government", False),
        (VANDERSLOOT, "stopped trusting", False),
        (VANDERSLOOT, "similar drawdown", False),
        (TREADAWAY, "caught flat-footed", False),
        (ALBARRACIN, "the right call", False),
        (ALBARRACIN, "early than late", False),
        (LOMASNEY, "300 Americans", False),
    ],
    "missiles": [
        (FENNIMORE_CAMPAIGN, "bowing to Beijing", True),
        (QUINTRELL, "no pause in our commitment", False),
        (QUINTRELL, "within months, not years", False),
        (QUINTRELL, "explained to Taipei", True),
        (TAIWAN_OFFICE, "informed of the schedule", False),
        (TAIWAN_OFFICE, "rock solid", False),
        (OKONJO, "a gift to Beijing", False),
        (OKONJO, "Fourth of July", True),
        (FENNIMORE, "most dangerous", True),
        (FENNIMORE, "watching every move", False),
        (QUINTRELL, "campaign rhetoric", False),
        (QUINTRELL, "welcome to visit the factory", False),
        ("", "second shift", False),
        ("", "not been consulted", False),
        ("", "absurd", True),
        (HALVARD, "working closely", False),
        (PELLINORE, "much bigger problem", False),
        (CASTELLANOS, "frustrating but not", False),
        (CASTELLANOS, "approved money", True),
        (MULHALL, "at its word", False),
        (MULHALL, "words are cheap", False),
    ],
}

ARTICLES = {
    "aid_worker": AID_WORKER,
    "departure": DEPARTURE,
    "missiles": MISSILES,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 7 of 47 required when the batch was written (blind). By pattern: "X, the White House said, in a call that
#: one official described as “…”", a cue set after the clause it reports and followed by a clause of its own, takes
#: the clause after it and misses the one before (2); "Sen. X, D-Del., a member of …, said" given to the state's
#: abbreviation "Del." (2); the headline "White House says …" (1), which the gold left out; a department that "told
#: Americans not to travel" (1), which the gold left out; "the presidential campaign of former Gov. X" named
#: "presidential campaign" (1). Then 5 by two gold slips: the headline's cue and the department's "told Americans not
#: to travel", both left out of the blind gold, are optional. Then 3: the legislator named before a party label whose
#: state the parser made the cue's subject is the speaker (label_state_subjects, 2). Then 1: a cue set off after the
#: clause it reports takes no "that" clause of the setting after it ("…, the White House said, in a call that …"),
#: so the clause before it is what was said (settings_after_set_off_cues, 2). Left: "presidential campaign" for "the
#: presidential campaign of former Gov. X" (1), a weak name for the candidate's campaign.
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
