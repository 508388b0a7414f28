"""Quotes of a seventy-sixth batch of blind probes (longform_probes_seventysixth.py, geopolitics explainers as
international broadcasters and think tanks write them: two powers courting each other, a summit between neighbours, a
sanctions package and trade, naval drills in a disputed sea and talks over a dam): the whole batch against its gold,
whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_seventysixth import COURTSHIP, DAM, DRILLS, SANCTIONS, SUMMIT

ANALYSTS = "|analysts|Analysts"
EXPERTS = "|experts|Experts"
KARADUMAN = "Selin Karaduman-Öztürk"
ID_DEFENCE = "defence ministry|Indonesia’s defence ministry|Indonesia's defence ministry|ministry"
TR_MEDIA = "|state media|Turkish state media"
EKINCIOGLU = "Murat Ekincioğlu-Sarp"
WIRASENA = "Bambang Wirasena-Halim"
AKSUNGUR = "Deniz Aksungur-Ilgaz"
KARTIKASARI = "Ayu Kartikasari-Lim"
LEADERS = "|leaders|two leaders|the two leaders"
DOSMUKHAMEDOV = "Yerlan Dosmukhamedov-Abenov"
RAKHIMJONOV = "Shavkat Rakhimjonov-Tursunov"
UZ_AGENCY = (
    "state news agency|Uzbekistan’s state news agency|Uzbekistan's state news agency|news agency|agency|The agency"
)
ABDRAKHMANOVA = "Gulnara Abdrakhmanova-Reiss"
SADVAKASOV = "Timur Sadvakasov-Lind"
CN_FOREIGN = "foreign ministry|China’s foreign ministry|China's foreign ministry|ministry"
EU_OFFICIALS = "|EU officials|officials"
VERHOEVEN = "Annelies Verhoeven-Duras"
WIELGOSZ = "Tomasz Wielgosz-Arendt"
KREMLIN = "Kremlin|The Kremlin"
RU_TV = "|state television|Russian state television"
ZABABURIN = "Kirill Zababurin-Lvov"
KG_ECONOMY = "economy ministry|Kyrgyzstan’s economy ministry|Kyrgyzstan's economy ministry|ministry"
TEMIRBEKOVA = "Aizada Temirbekova-Nurlan"
PETROSYAN = "Narine Petrosyan-Vardanyan"
CN_DEFENCE = "defence ministry|China’s defence ministry|China's defence ministry|ministry"
CN_TV = "|state television|Chinese state television"
QIAO = "Qiao Minghan"
DALISAY = "Teresita Dalisay-Ocampo"
FANG = "Fang Zhirui"
MANALASTAS = "Rafael Manalastas-Cruz"
AMAMIYA = "Keiko Amamiya-Sloane"
EG_FOREIGN = "foreign ministry|Egypt’s foreign ministry|Egypt's foreign ministry|ministry"
ET_MEDIA = "|state media|Ethiopian state media"
GEBREMESKEL = "Dawit Gebremeskel-Alemu"
SHARKAWY = "Hany El-Sharkawy-Mansour"
HAILEYESUS = "Meseret Haileyesus-Tadesse"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Senior
#: Colonel") are no part of a name. A pronoun or a short name carries the person across paragraphs ("She noted …",
#: "He added …", "He argued …", "He warned …"); a name inside a "who" clause after the speaker ("…, who led the talks
#: with his counterpart, X, told …") is not the speaker; a quotation split by "said X, a senior fellow at Y," is one
#: quote of X. "Highlighted", "noted", "pointed out", "argued", "warned", "cautioned", "observed" and "told" are cues;
#: "Analysts say", "experts believe", "EU officials said" and an official on condition of anonymity are unnamed
#: sources; a ministry, an agency and the Kremlin that "said" speak as institutions. When state media "quoted X as
#: saying", the quote is X's (the state media's own, optional). A quotation that follows "“…,” X said." with no new
#: cue, and a participle or a verb joined by "and" that carries on with one speaker in one sentence ("…, adding that
#: …", "… and pointed out that …", "… and urged …", "… but warned that …"), belong to the quote before and are optional
#: as quotes of their own. Figures that "show", what is "according to" customs figures and what a joint statement
#: "called for" are documents, no speakers. Borderline and optional: what two leaders said "in a joint statement", a
#: cue inside a relative or "why" clause ("in what analysts said was …", "why experts believe …") and what "both sides
#: hailed as" something.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "courtship": [
        (ANALYSTS, "the relationship, long cordial but thin", False),
        (KARADUMAN, "the speed of the change", False),
        (KARADUMAN, "the two countries had signed more defence agreements", False),
        (KARADUMAN, "Indonesia was now the largest foreign customer", True),
        (KARADUMAN, "Jakarta wants to diversify away", False),
        (KARADUMAN, "the courtship had been helped", False),
        (ID_DEFENCE, "it had ordered two more frigates", False),
        (ID_DEFENCE, "the contract included a transfer", True),
        (EKINCIOGLU, "first of several", False),
        (TR_MEDIA, "first of several", True),
        (EKINCIOGLU, "Turkish engineers would be based", True),
        (WIRASENA, "Indonesian arms procurement had a long history", False),
        (WIRASENA, "We have signed memorandums", False),
        (WIRASENA, "the more durable tie might prove to be economic", False),
        (AKSUNGUR, "Turkey did not see its ties", False),
        (AKSUNGUR, "Our partnership with Indonesia stands", False),
        (AKSUNGUR, "the foreign ministers of the two countries would meet", True),
        (EXPERTS, "China is watching closely", False),
        (KARTIKASARI, "Beijing will not object publicly", False),
        (KARTIKASARI, "Chinese shipyards had bid", False),
    ],
    "summit": [
        ("|both sides", "a turning point", True),
        (LEADERS, "set up a commission to manage water", True),
        (DOSMUKHAMEDOV, "the water agreement had been the hardest part", False),
        (DOSMUKHAMEDOV, "For thirty years we have argued", False),
        (RAKHIMJONOV, "would cut freight times", False),
        (UZ_AGENCY, "would cut freight times", True),
        (UZ_AGENCY, "construction would begin next spring", False),
        (ANALYSTS, "the deal reflects a broader thaw", False),
        (ABDRAKHMANOVA, "What you are seeing", False),
        (ABDRAKHMANOVA, "is a region that has decided", True),
        (ABDRAKHMANOVA, "trade among the five Central Asian states", False),
        (ABDRAKHMANOVA, "the water deal would be tested", False),
        (ABDRAKHMANOVA, "An agreement on paper is easy", False),
        (SADVAKASOV, "Moscow and Beijing both stood to gain", False),
        (SADVAKASOV, "the commission on water would need real powers", False),
        (SADVAKASOV, "If it is just another committee", False),
        (CN_FOREIGN, "it welcomed the agreement", False),
        (CN_FOREIGN, "hoped the railway would become part", True),
    ],
    "sanctions": [
        (EU_OFFICIALS, "the measures were aimed at closing loopholes", False),
        (VERHOEVEN, "the package had been drawn up", False),
        (VERHOEVEN, "We are not targeting these countries", False),
        (WIELGOSZ, "many of the goods never left the warehouses", False),
        (WIELGOSZ, "The pattern is too neat", False),
        (WIELGOSZ, "the new listings would probably push", False),
        (WIELGOSZ, "Sanctions raise the cost", False),
        (KREMLIN, "the measures were illegal", False),
        (ZABABURIN, "Russian importers had already found", False),
        (RU_TV, "Russian importers had already found", True),
        (KG_ECONOMY, "it would study the package", False),
        (KG_ECONOMY, "Kyrgyz firms had been listed without", True),
        (TEMIRBEKOVA, "Kyrgyzstan complied with all", False),
        (PETROSYAN, "Armenia’s exports to Russia had tripled", False),
        (PETROSYAN, "A slowdown is coming", False),
        (PETROSYAN, "the government had begun to tighten", True),
        (PETROSYAN, "the Armenian dram had risen", False),
        (PETROSYAN, "exporters who had borrowed", True),
    ],
    "drills": [
        (ANALYSTS, "a message to the Philippines", True),
        (CN_DEFENCE, "the exercises were routine", False),
        (QIAO, "the drills would test", False),
        (CN_TV, "the drills would test", True),
        (DALISAY, "the Philippines had lodged a diplomatic protest", False),
        (DALISAY, "These drills are taking place", False),
        (DALISAY, "it was the fourth protest", False),
        (DALISAY, "the Philippine coast guard would keep ships", False),
        (DALISAY, "fishermen had been advised", True),
        (DALISAY, "Our fishermen have fished there", False),
        (FANG, "tensions by inviting outside countries", False),
        (FANG, "stop stirring up", True),
        (MANALASTAS, "the drills were larger", False),
        (MANALASTAS, "The signal is that each step", False),
        (MANALASTAS, "the risk of an accident", False),
        (AMAMIYA, "part in the patrols had raised the stakes", False),
        (AMAMIYA, "China can tolerate American ships", False),
    ],
    "dam": [
        (EXPERTS, "this round may go further", True),
        (EG_FOREIGN, "would focus on rules for filling", False),
        (GEBREMESKEL, "not accept any deal", False),
        (ET_MEDIA, "not accept any deal", True),
        (SHARKAWY, "the change in tone", False),
        (SHARKAWY, "Two years ago neither side", False),
        (SHARKAWY, "a drought in Sudan", False),
        (HAILEYESUS, "Ethiopia now had less to fear", False),
        (HAILEYESUS, "any agreement that did not cover future dams", False),
        (HAILEYESUS, "The hard question was never this dam", False),
        (ANALYSTS, "Gulf states, which have invested heavily", False),
        ("", "cautiously hopeful", False),
    ],
}

ARTICLES = {
    "courtship": COURTSHIP,
    "summit": SUMMIT,
    "sanctions": SANCTIONS,
    "drills": DRILLS,
    "dam": DAM,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 4 of 65 required when the batch was written (blind): what is "according to" customs figures given to an
#: unnamed source (1); a headline's genre label ("Explainer: Why …") read as a speaker with a colon (1); and "He
#: warned …" opening a paragraph after a retired ambassador's quotation given to a spokesman named two paragraphs
#: before (a miss and a wrong speaker: 2). Then 3: a genre label that opens a paragraph ("Explainer: …") names nobody,
#: though the parser took it for a person's name (turns._named_turn; 1). Then 1: a bare "He" opening a paragraph
#: picks up the speaker the paragraph before named as its subject and then called "he", when no one else was
#: mentioned there after (previous_speakers._named_first; 2). Left, by pattern: what is "according to" figures, a
#: document, given to an unnamed source (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
