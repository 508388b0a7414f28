"""Quotes of an eighty-sixth batch of blind probes (longform_probes_eightysixth.py, central banks, inflation and
monetary policy as the wires, the financial press and business web sites write them: a rate rise in New Zealand,
minutes of a split South African rate meeting and a finance minister's attack on the bank, a currency crisis in
Paraguay with an IMF mission, a lone dissenter at the Federal Reserve and a jump in Czech inflation): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightysixth import CURRENCY, DISSENT, INFLATION, MINUTES, RATE_RISE

NZ_BANK = "New Zealand’s central bank|central bank|the central bank|bank|the bank|The bank"
PENHALIGON = "Alistair Penhaligon"
OSTROWSKA = "Halina Ostrowska-Hale"
THACKERAY = "Nerys Thackeray"
WRENFIELD = "Lucan Wrenfield"
SA_BANK = "central bank|the central bank|The central bank|South African central bank|bank"
RAVENSWORTH = "Themba Ravensworth-Mokoena"
ASHCOMBE = "Lindiwe Ashcombe-Dube"
ASWEGEN = "Cornelius Aswegen-Blight"
STARKHAVEN = "Refilwe Starkhaven"
PY_BANK = "central bank|the central bank|Paraguay’s central bank|bank"
VALDIVIESO = "Ernestina Valdivieso-Arrate"
SOLVANG = "Henrik Solvang-Maturi"
ALDECOA = "Anselmo Aldecoa-Finch"
MARROQUIN = "Celestina Marroquín-Baird"
PRENTISS = "Oswaldo Prentiss-Ruane"
FED = "Federal Reserve|The Federal Reserve|the Federal Reserve|Fed"
OAKHOLLOW = "Marguerite Oakhollow"
HARTIGAN = "Lorcan Hartigan-Voss"
VOSKUIJLEN = "Priyanka Voskuijlen"
CALDWELL = "Ambrose Caldwell-Pyne"
STATS = "statistics office|the statistics office|office|the office"
HALABRIN = "Ondřej Halabrin"
MORAVCOVA = "Jitka Moravcová-Ellis"
DOSTROVSKY = "Pavel Dostrovský"
TOLLENBACH = "Marek Tollenbach"
KUBELIKOVA = "Vlasta Kubelíková-Rand"
SANDTNER = "Ludmila Sandtner"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Governor",
#: "Deputy Governor", "Finance Minister", "Fed Chair", "Opposition leader") are no part of it; a description that
#: refers back ("the central bank chief", "the minister", "the former governor", "the governor", "the Fed chief", "the
#: strategist", "the former vice chair", "the deputy governor") and a pronoun that carries on across paragraphs are
#: the person named before. A central bank, the Federal Reserve and a statistics office that "said" (in a statement or
#: not, or "saying …") are institutions that speak. Cues: "told a news conference", "said in its statement", "wrote in
#: a note to clients", "said in remarks prepared for delivery", "told parliament", "said in a brief statement", "noted
#: that", "said in an interview", "said in a statement on arrival", "told the state broadcaster", "answered that",
#: "called … “…”", "has argued … that", "told Ledger Television", "disagreed, saying", "wrote that" in a post on X,
#: and a quotation split by its cue ("“…,” X said, “…”"), which is one quote; "… and noted that …" with a verb of its
#: own is a quote of its own. A quotation that follows "“…,” X said." with no new cue, a participle that carries on
#: ("adding that …"), and a second "that" clause of one speaker in one sentence ("… and that …", "… but that …")
#: belong to the quote before and are optional as quotes of their own. No quote at all: what minutes "showed" (a
#: document is no speaker), "declined to say", "did not return calls", "did little to calm",
#: "analysts were skeptical", "drew a rebuke", "dissented" and headlines with no cue. Borderline and optional: groups
#: and unnamed sources ("several members said … and warned …, according to the minutes", "the minority arguing",
#: "traders said", what "economists polled … had expected" or "forecast"), a governor who "pushed back against
#: suggestions that …" (the suggestion is not his), headlines' "signals" and "says", and a reporter's question in
#: reported speech ("Asked whether …", as the eighty-second batch has it).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "rate_rise": [
        ("|" + NZ_BANK, "more to come", True),
        (NZ_BANK, "was prepared to go further", False),
        (PENHALIGON, "Inflation is coming down", False),
        (PENHALIGON, "If we have to do more", True),
        (NZ_BANK, "uncomfortably strong", False),
        (NZ_BANK, "core inflation back inside", True),
        ("|Harwell Wire", "to hold its rate steady", True),
        ("", "forecast no change", True),
        (OSTROWSKA, "hawkish surprise", False),
        (PENHALIGON, "had discussed a larger", False),
        (PENHALIGON, "too slow to act", True),
        (PENHALIGON, "Hindsight is a wonderful", False),
        (PENHALIGON, "moved sooner than most", True),
        (THACKERAY, "watching the housing market", False),
        (THACKERAY, "further fall in the currency", True),
        (WRENFIELD, "caught leaning the wrong way", False),
        (PENHALIGON, "would not be drawn on politics", False),
        (PENHALIGON, "Fiscal policy is for", False),
    ],
    "minutes": [
        ("|" + RAVENSWORTH, "strangling’ growth", True),
        (RAVENSWORTH, "lower rates", False),
        ("", "economy was weaker", True),
        ("", "would be short-lived", True),
        ("", "cutting too soon", True),
        (RAVENSWORTH, "a recovery that had barely begun", False),
        (RAVENSWORTH, "Every month the bank waits", False),
        (RAVENSWORTH, "respected the bank", False),
        (RAVENSWORTH, "does not mean deafness", True),
        (SA_BANK, "mandate was set by law", False),
        (SA_BANK, "will not be drawn into", True),
        (ASHCOMBE, "We are not here to be popular", False),
        (ASHCOMBE, "premature cut", False),
        (ASHCOMBE, "had cut rates twice", False),
        (ASWEGEN, "unwise but not unusual", False),
        (ASWEGEN, "Every finance minister wants", False),
        (ASWEGEN, "usually regret it", True),
        (STARKHAVEN, "door to a cut is open", False),
    ],
    "currency": [
        (PY_BANK, "use every tool", False),
        (VALDIVIESO, "reserves had fallen", False),
        (VALDIVIESO, "We have the reserves", False),
        ("", "stopped quoting prices", True),
        (SOLVANG, "stood ready to help", False),
        (SOLVANG, "talks on a new loan", True),
        (ALDECOA, "wanted a deal within", False),
        (ALDECOA, "not asking for charity", False),
        (MARROQUIN, "wasted two years", False),
        (MARROQUIN, "rainy-day money", False),
        (ALDECOA, "most of the spending", False),
        (SOLVANG, "come with conditions", False),
        (SOLVANG, "A program is not a blank check", False),
        (SOLVANG, "promise in both directions", True),
        (SOLVANG, "fuel subsidies", False),
        (VALDIVIESO, "require exporters", False),
        (VALDIVIESO, "temporary and necessary", False),
        (PRENTISS, "Capital controls by another name", False),
    ],
    "dissent": [
        (FED, "somewhat elevated", False),
        (OAKHOLLOW, "cooling faster", False),
        (OAKHOLLOW, "a deeper downturn", True),
        (HARTIGAN, "respected Oakhollow", False),
        (HARTIGAN, "a few more months", True),
        (HARTIGAN, "We are close", False),
        (HARTIGAN, "There is no preset course", False),
        (HARTIGAN, "anyone who tells you", True),
        (HARTIGAN, "watching tariffs", False),
        ("|" + HARTIGAN, "pressed him to cut", True),
        (HARTIGAN, "had not discussed rates", False),
        (VOSKUIJLEN, "The dissent is the story", False),
        (VOSKUIJLEN, "two cuts by the end", False),
        (OAKHOLLOW, "overstates housing costs", False),
        (CALDWELL, "Dissent is healthy", False),
        (CALDWELL, "expected Oakhollow to be joined", False),
    ],
    "inflation": [
        (STATS, "rose 5.1 percent", False),
        ("|Harwell Wire", "4.2 percent", True),
        (STATS, "Food and energy drove", False),
        (HALABRIN, "not hesitate", False),
        (HALABRIN, "We cut rates because", False),
        (MORAVCOVA, "mostly a weather story", False),
        (DOSTROVSKY, "wages were rising", False),
        (DOSTROVSKY, "one time too many", True),
        (DOSTROVSKY, "The board took the weather", False),
        (TOLLENBACH, "demand raises", False),
        (TOLLENBACH, "Nobody gets paid", False),
        (KUBELIKOVA, "would not cut the tax", False),
        (KUBELIKOVA, "shock absorber", False),
        (HALABRIN, "Inflation is a tax", False),
        (HALABRIN, "and it is our job", True),
        (HALABRIN, "present the bank", False),
        (HALABRIN, "inflation above target", False),
        (SANDTNER, "price in a hike", False),
        (SANDTNER, "quarter point in November", False),
    ],
}

ARTICLES = {
    "rate_rise": RATE_RISE,
    "minutes": MINUTES,
    "currency": CURRENCY,
    "dissent": DISSENT,
    "inflation": INFLATION,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 63 required when the batch was written (blind). Then 13 by a gold slip: the blind gold left out a
#: minister "who has called for lower rates", where GUIDELINES.md lists "call for" among the cues (required now, 64).
#: Then 6: "the central bank chief" and "the Fed chief" are the governor and the chair, "the governor" the one the
#: article called the central bank's chief, and "the former governor" not the governor in office (body_chiefs; 7);
#: then 4: a clause hung on "prepared" of "said in remarks prepared for delivery at … that …" is what was said
#: (setting_clauses; 1); then 2: a person set off after "her counterpart at a rival lender," whom the parser hung on
#: "counterpart" is the counterpart, not the lender's name, and so "he said" after is his (set_off_people). Then 0: a
#: given name the lexicon does not know, which the recogniser took for a place, before an untagged hyphenated surname
#: with a person's sign after it ("Halina" + "Ostrowska-Hale") opens the person's name (placed_given_names; 2).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
