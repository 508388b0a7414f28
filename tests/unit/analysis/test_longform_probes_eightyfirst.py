"""Quotes of an eighty-first batch of blind probes (longform_probes_eightyfirst.py, mining, metals and critical
minerals as the wires, the business press, the resource-town paper and geopolitics web analysis write them: a lithium
mine's permit hearing in northern Ontario, rare-earth export licences and the answers from Brussels and Tokyo, a copper
strike in Zambia, a nickel smelter's closure in Western Australia and a feature on a graphite junior): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightyfirst import CURBS, GRAPHITE, PERMIT, SMELTER, STRIKE

BOREAL = "Boreal Spodumene Corp.|Boreal Spodumene|The company|the company|company"
ASHDOWN = "Colleen Ashdown-Price"
BRASSEUR = "Wendell Brasseur"
KIWEEWIN = "Marlene Kiweewin"
COUNCIL = "|band council|The band council|the band council"
VAIK = "Teodor Vaik"
ASSESSMENT = "|the company’s environmental assessment|environmental assessment|assessment"
HALVORSEN = "Doug Halvorsen"
RAUTIO = "Anita Rautio"
MINISTRY = "Ministry of Commerce|the Ministry of Commerce|The ministry|the ministry|ministry"
VERBRUGGHEN = "Annelies Verbrugghen"
TAMAGAWA = "Hiroshi Tamagawa"
PAN = "Pan Yuening"
FERRANDI = "Lucia Ferrandi"
ESTIMATES = "|industry estimates|estimates"
LUBUTO = "Lubuto Copper Mines|Lubuto|The company|the company|company"
KASONDE = "Bwalya Kasonde-Mumba"
ODUYA = "Graham Oduya-Fenwick"
NKANDU = "Grace Nkandu-Siame"
REPORT = "|Harrowgate’s half-year report|half-year report|report"
ADEWALE = "Nkechi Adewale-Ross"
CHANDA = "Mutale Chanda"
YARRANDI = "Yarrandi Nickel|Yarrandi|The company|the company|company"
SHANE = "Shane Pellegrino"
KYLIE = "Kylie Pellegrino"
TUNSTALL = "Barry Tunstall"
MICHELLE = "Michelle Corrigan"
LEON = "Leon Corrigan"
MORENO = "Tash Moreno"
HALLORAN = "Derek Halloran"
SZABO = "Ray Szabo-Whitfield"
BENCHLINE = "Benchline Minerals|Benchline"
FILING = "|a resource statement|resource statement|The same filing|the same filing|filing"
MACKELLAR = "Fiona Mackellar-Dunn"
DEVARAJ = "Priyanka Devaraj"
WHITCROFT = "Alana Whitcroft"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Mayor",
#: "Chief", "Labour Minister", "managing director") are no part of a name; a description that refers back ("the
#: mayor", "the veteran geologist", "the analyst") is the person named before, and "his wife, Kylie Pellegrino" and
#: "her husband, Leon Corrigan" are people of their own, while "he" across paragraphs of a profile stays with the man
#: it follows (Shane Pellegrino). A company, a ministry and "the company" or "the ministry" said again, or "it said",
#: are institutions that speak, and what stands "according to" a consultancy is the consultancy's; "European and
#: Japanese officials called …" is a group (unnamed). Present-tense and inverted cues ("says the veteran geologist",
#: "notes Lucia Ferrandi", "she says"), cues set between commas inside the statement ("for most of them, he says,
#: nobody cared", "The strike is legal, she said, because …", "too low, she argues, for …"), "told the hearing", "told
#: the panel", "told reporters", "said in an interview", "said in a note to clients", "announced" and "asked" after a
#: quotation are cues, in double and in single quotation marks; "… and urged …" and "… and said …" with a verb of
#: their own are quotes of their own. A quotation that follows "“…,” X said." with no new cue, the second half of a
#: split quotation, a second "that" clause and a participle that carries on with one speaker in one sentence ("…,
#: calling graphite …") belong to the quote before and are optional as quotes of their own. An environmental
#: assessment, a half-year report, a resource statement filed with an exchange and industry estimates are documents,
#: no speakers: what stands "according to" them or what a filing "puts" somewhere is optional. Borderline and
#: optional: a statement of the company and the union together, what "many here fear", acts that carry no statement
#: ("voted to oppose", "rejected the charge", "appealed to both sides"), what an analyst "expects" and a headline's
#: "Europe vows".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "permit": [
        (BOREAL, "would create 420 permanent jobs", False),
        (ASHDOWN, "most carefully studied deposit", False),
        (BRASSEUR, "had lost half of its jobs", False),
        (BRASSEUR, "My kids left", False),
        (BRASSEUR, "If this mine doesn", True),
        (COUNCIL, "oppose the permit", True),
        (KIWEEWIN, "Nobody asked us whether", False),
        (KIWEEWIN, "They asked us how much", True),
        (VAIK, "assumes the rock is far less fractured", False),
        (VAIK, "not opposed to mining in principle", False),
        (VAIK, "I am opposed to guessing", False),
        (ASSESSMENT, "would be lined", True),
        (ASHDOWN, "had offered the First Nation", False),
        (ASHDOWN, "The offer is still on the table", False),
        (ASHDOWN, "and it will stay there", True),
        (HALVORSEN, "last chance", False),
        (HALVORSEN, "I worked 31 years", False),
        (RAUTIO, "feared the mine would drain", False),
        (RAUTIO, "put a lodge back", False),
        (KIWEEWIN, "would go to court", False),
        (KIWEEWIN, "We have been patient", False),
    ],
    "curbs": [
        ("|Europe", "will not be held hostage", True),
        (MINISTRY, "will require exporters", False),
        ("", "a direct threat", False),
        (MINISTRY, "safeguard national security", False),
        (MINISTRY, "compliant civilian end users", False),
        (VERBRUGGHEN, "firmly and proportionately", False),
        (VERBRUGGHEN, "We will not be held hostage", False),
        (VERBRUGGHEN, "all options were on the table", False),
        (VERBRUGGHEN, "talk, and talk hard", True),
        (TAMAGAWA, "four months of stocks", False),
        (TAMAGAWA, "We learned this lesson", False),
        (TAMAGAWA, "would expand subsidies", False),
        (PAN, "coercion", True),
        (PAN, "China has always been", False),
        (FERRANDI, "go further than earlier rounds", False),
        (FERRANDI, "The licence is the weapon", False),
        (ESTIMATES, "90 percent", True),
        (FERRANDI, "would take at least a decade", False),
    ],
    "strike": [
        ("|company|the company|union|the miners’ union", "walked off the job", True),
        (KASONDE, "22 percent pay rise", False),
        (KASONDE, "Our members dig out", False),
        (LUBUTO, "fair, affordable", False),
        (LUBUTO, "workers to return to their shifts", False),
        (LUBUTO, "losing about 800 tonnes", False),
        (ODUYA, "The door remains open", False),
        (NKANDU, "appealed to both sides", True),
        (NKANDU, "would not allow", False),
        (NKANDU, "The strike is legal", False),
        (REPORT, "142,000 tonnes", True),
        (ADEWALE, "would tighten a market", False),
        (ADEWALE, "We see copper at $11,200", False),
        (CHANDA, "We are not going back", False),
        (KASONDE, "would meet its members", False),
    ],
    "smelter": [
        ("", "went the town", True),
        (YARRANDI, "would close the smelter", False),
        (YARRANDI, "exhausted every option", False),
        (SHANE, "I kept thinking", False),
        (SHANE, "no Plan B", True),
        (KYLIE, "families are leaving", False),
        (TUNSTALL, "a job, it was the town", False),
        (MICHELLE, "The footy club", False),
        (LEON, "And now who pays", False),
        (MORENO, "fewer than a third", False),
        (MORENO, "The company got 41 years", False),
        (MORENO, "would seek an urgent meeting", False),
        (HALLORAN, "had set aside $35 million", False),
        (HALLORAN, "not in the business", False),
        (SHANE, "go where the work is", False),
    ],
    "graphite": [
        (SZABO, "nobody cared", False),
        (SZABO, "tell people at a dinner party", False),
        (BENCHLINE, "more than 90 percent", False),
        (FILING, "41 million tonnes", True),
        (FILING, "A$612 million", True),
        (MACKELLAR, "We are not pretending", False),
        (MACKELLAR, "two Japanese battery makers", False),
        (DEVARAJ, "A letter of intent is a handshake", False),
        (DEVARAJ, "stay below US$800", True),
        (DEVARAJ, "for most new Western projects", False),
        (DEVARAJ, "China can drop the price", False),
        (WHITCROFT, "would consider a loan", False),
        (WHITCROFT, "a national priority", True),
        (SZABO, "People think critical minerals", False),
    ],
}

ARTICLES = {
    "permit": PERMIT,
    "curbs": CURBS,
    "strike": STRIKE,
    "smelter": SMELTER,
    "graphite": GRAPHITE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 14 of 65 required when the batch was written (blind). A gold slip: the anchor of the company's "… and
#: urged workers to return to their shifts" held the cue's own verb, which is no part of what was said, so the row
#: that reported it was counted wrong and the quote missed (2; 14 -> 12). Then 7: an untagged full name whose surname
#: is that of a person the article tags in full, with another given name before it ("Shane Pellegrino has worked at
#: the smelter …" beside "His wife, Kylie Pellegrino,"), is another of that family, not the one tagged, so a later
#: "he says" finds him (bare_names.bare_mentions; 5). Then 6: a name set off after a fronted phrase, its description
#: closed by a comma right before the cue ("Under questioning from the company’s lawyer, Vaik, a veteran geologist who
#: …, said"), which the parser hung on that phrase, is the cue's subject (mended_subjects; 1). Then 4: a description
#: opened by an epithet of long service ("says the veteran geologist") calls back to the person the stretch before it
#: is about, though "veteran" alone names a kind of person (epithet_descriptions; 2). Left by pattern: a judgement
#: "called" in a relative clause whose relative word is what was called, with no quotation marks ("a move that
#: European and Japanese officials called a direct threat", missed; 1); two bodies that speak together ("the company
#: and the miners’ union said") given as one cut name (1); the owner of a filing given as the speaker of what stands
#: "according to" it ("According to Harrowgate’s half-year report, …"), a document here (1); and the rest after a cue
#: set off inside a "too … for" phrase ("too low, she argues, for most new Western projects to make money"), which
#: the parser hung on the cue and the quote leaves out, the quote carrying the sentence's "expects" clause before it
#: instead (1). Then 3: the object of "call" in a relative clause whose relative word is what was named ("a move that …
#: officials called a direct threat") is the name given, what was said (relative_predicates).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
