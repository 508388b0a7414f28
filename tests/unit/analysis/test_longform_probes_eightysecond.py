"""Quotes of an eighty-second batch of blind probes (longform_probes_eightysecond.py, press freedom and journalists
detained or expelled abroad as the wires, international broadcasters' web sites and media-freedom groups write them: a
Dutch correspondent held in Azerbaijan, an Irish correspondent expelled from Ethiopia, a press-freedom group's annual
count, a reporter sentenced in Kyrgyzstan and a Spanish photographer freed by Venezuela): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_eightysecond import EXPELLED, FREED, HELD, INDEX, VERDICT

KUSTBODE = "De Kustbode|Kustbode|the Rotterdam daily De Kustbode|Rotterdam daily De Kustbode|the paper|paper"
MAARTJE = "Maartje Oosterbeek"
VELTHOVEN = "Joost van Velthoven"
SANDER = "Sander Oosterbeek"
BROUWER = "Ilse Brouwer-Kamp"
MAMMADLI = "Rauf Mammadli"
LEDGER = "Shannon Ledger|The Shannon Ledger|the Dublin-based Shannon Ledger|Dublin-based Shannon Ledger"
BRENNOCK = "Cathal Brennock"
AUTHORITY = "Ethiopian Media Authority|The Ethiopian Media Authority|the Ethiopian Media Authority"
DAWIT = "Dawit Alemseged"
EMBASSY_X = "Ireland’s embassy|embassy|the embassy|Ireland’s embassy in Addis Ababa"
CARBERRY = "Aoife Carberry"
LINDGREN = "Nora Lindgren"
HEGARTY = "Fionnuala Hegarty"
WATCH = "Open Press Watch|the Geneva-based group Open Press Watch|Geneva-based group Open Press Watch|the group|group"
REPORT = "|report|the report|" + WATCH
MARCHETTI = "Hélène Marchetti-Sauvé"
BELARUS = "Belarus’s foreign ministry|foreign ministry|the foreign ministry"
KLIMOVICH = "Andrei Klimovich"
RAMANATHAN = "Priya Ramanathan"
AIZADA = "Aizada Temirbekova"
BAKYT = "Bakyt Temirbekov"
SADYKOVA = "Gulnara Sadykova"
DZHUMABAEV = "Almaz Dzhumabaev"
UNION = "Ala-Too Union of Journalists|The Ala-Too Union of Journalists|the Ala-Too Union of Journalists|the union"
BAISERKEEV = "Ermek Baiserkeev"
US_EMBASSY = "United States embassy in Bishkek|United States embassy|The United States embassy|embassy|the embassy"
LUCIA = "Lucía Barrenechea"
OMS = "Montserrat Oms"
LEDESMA = "Carmen Ledesma"
QUINTANAR = "Alberto Quintanar"
ITURRIZA = "Ramón Iturriza"
LEVANTE = "Levante Press"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Attorney
#: General", "Foreign Minister") are no part of a name; a description that refers back ("the 38-year-old", "the
#: 45-year-old", "the lawyer") and a pronoun that carries on across paragraphs are the person named before. A newspaper,
#: a media authority, an embassy that says something "in a post on X", a foreign ministry, a press-freedom group and a
#: journalists' union are institutions that speak, and what stands "according to De Kustbode" is the paper's. Cues:
#: "told Dutch public radio", "told a regular briefing", "was quoted by state media as saying", "wrote in a farewell
#: column" and "he wrote", "said in a post on X", "called … “…”", "said the figures showed", "told reporters outside the
#: court", "told reporters as he left", "she said:" before a quotation, in double and in single quotation marks; "… and
#: said …" with a verb of its own is a quote of its own. A quotation that follows "“…,” X said." with no new cue, and a
#: second "that" clause of one speaker in one sentence ("… and that …"), belong to the quote before and are optional as
#: quotes of their own. No quote at all: a headline of a reporter's own story ("was headlined “…”", "published under the
#: title “…”") unless she says it, a charge sheet's words ("charged with “…”"), "did not respond" to questions or to a
#: request for its comment, "did not say", "would not say whether" and what an article or report "quoted" or
#: "described". Borderline and optional: a report that "said" (a document, or the group speaking through it), a
#: reporter's question ("Asked by a reporter whether …", "When a reporter asked about …"; intent to learn, not a
#: statement), groups and unnamed sources ("farmers who said", "former detainees who described", "her supporters say",
#: "Venezuelan officials accused", "a Western diplomat … speaking on condition of anonymity"), acts that carry no
#: statement ("dismissed the count", "has denied the charges", "thanked the many journalists") and the headlines'
#: "newspaper says", "press freedom group says" and a quotation set in a headline with no cue.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "held": [
        ("|" + KUSTBODE + "|newspaper", "held in Azerbaijan", True),
        (KUSTBODE, "charged with espionage", False),
        (KUSTBODE, "was arrested at her flat", False),
        (VELTHOVEN, "Maartje is a journalist", False),
        (VELTHOVEN, "We demand her immediate release", True),
        (VELTHOVEN, "had not been allowed to contact her", False),
        (SANDER, "learned of the arrest", False),
        (SANDER, "She rang our mother", False),
        (SANDER, "That was the last time", True),
        (BROUWER, "summoned Azerbaijan", False),
        ("", "would consider sanctions", True),
        (BROUWER, "too early to talk about", False),
        (MAMMADLI, "caught with documents", False),
        (MAMMADLI, "overwhelming", True),
        ("", "lost their land", True),
        (KUSTBODE, "held accreditation", False),
    ],
    "expelled": [
        (LEDGER, "has expelled the correspondent", False),
        (BRENNOCK, "was told at the immigration office", False),
        ("", "beatings and hunger", True),
        (BRENNOCK, "loved this country", False),
        (BRENNOCK, "I was never told", False),
        (BRENNOCK, "They simply asked me to leave", True),
        (AUTHORITY, "repeatedly violated", False),
        (DAWIT, "administrative, not political", False),
        ("", "findings were disputed", True),
        (DAWIT, "That is not a question for me", False),
        (EMBASSY_X, "regretted the decision", False),
        (CARBERRY, "a serious setback", False),
        (LINDGREN, "Expelling the messenger", False),
        (HEGARTY, "censorship dressed up", False),
        (HEGARTY, "keep covering Ethiopia", False),
        (HEGARTY, "We will find other ways", False),
        ("", "complained privately", True),
        ("", "Everyone here is watching", True),
        (BRENNOCK, "hoped to return", False),
        (BRENNOCK, "I have friends here", False),
    ],
    "index": [
        ("|" + WATCH + "|press freedom group", "Record number", True),
        (WATCH, "412 journalists were in prison", False),
        (REPORT, "up from 361", True),
        (MARCHETTI, "lost any sense of", False),
        (MARCHETTI, "Ten years ago a government", False),
        (REPORT, "31 foreign reporters", True),
        (MARCHETTI, "A foreign passport used to be", False),
        (MARCHETTI, "Now it makes you", True),
        (MARCHETTI, "expected the number to rise", False),
        (MARCHETTI, "jailing a reporter cost them little", False),
        (MARCHETTI, "Nobody loses a trade deal", False),
        (BELARUS, "count", True),
        (KLIMOVICH, "knows nothing about our country", False),
        (KLIMOVICH, "criminals, not journalists", True),
        (RAMANATHAN, "understate the problem", False),
        (RAMANATHAN, "The figures only catch", False),
    ],
    "verdict": [
        ("", "invented to punish", True),
        (AIZADA, "charges", True),
        (BAKYT, "family would appeal", False),
        (BAKYT, "My sister wrote", False),
        (SADYKOVA, "a single witness", False),
        (SADYKOVA, "written in advance", True),
        (DZHUMABAEV, "lenient given", False),
        ("", "linked to her reporting", True),
        (DZHUMABAEV, "Journalism is not a crime", False),
        (AIZADA, "only done her job", False),
        (AIZADA, "I am not afraid of prison", False),
        (UNION, "a message to every reporter", False),
        (BAISERKEEV, "ask the Supreme Court", False),
        (SADYKOVA, "would file the appeal", False),
        (SADYKOVA, "health had worsened", False),
        (SADYKOVA, "She has lost twelve kilos", False),
        (US_EMBASSY, "deeply concerned", False),
    ],
    "freed": [
        ("", "acts of destabilisation", True),
        (LUCIA, "I never stopped counting", False),
        (LUCIA, "There were weeks", True),
        (LUCIA, "had been held alone", False),
        ("", "about her health", True),
        (LUCIA, "a long sleep", False),
        (LUCIA + "|", "I never stopped counting", True),
        (OMS, "told of the release", False),
        (OMS, "Until I saw her", False),
        (LEDESMA, "followed months of talks", False),
        (LEDESMA, "no concessions", True),
        (QUINTANAR, "keep working", False),
        (ITURRIZA, "on humanitarian grounds", False),
        (ITURRIZA, "had not been dropped", True),
        (LEVANTE, "overjoyed", False),
        (LEVANTE, "many journalists", True),
        ("", "would go back", True),
        (LUCIA, "Ask me in a year", False),
    ],
}

ARTICLES = {
    "held": HELD,
    "expelled": EXPELLED,
    "index": INDEX,
    "verdict": VERDICT,
    "freed": FREED,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 18 of 58 required when the batch was written (blind). A gold slip: the embassy that "said in a post on X"
#: was given the spellings of its name without "in Bishkek", the whole name the article gives it (as the batch gives
#: the Irish embassy "in Addis Ababa"), so its right row was counted missed and wrong (2; 18 -> 16). Then 13: a
#: quotation right after "headlined" is a story's name, no one's words (work_titles; 3 headlines had been given to the
#: reporter who wrote the story or to an unnamed source). Then 3: a given name the tagger read as an adjective, hung on
#: the surname that ends a two-word name ("Cathal Brennock"), stays in the name (misread_given_names; 10: five quotes
#: of the expelled correspondent given to his surname alone, one of them to the spokesman named before). Then 2: "the
#: diplomat said" right after an unnamed diplomat spoke, later than the last person the paragraph names, stays that
#: unnamed source (described_people; 1). Then 1: reported speech of three words whose adjective the parser put under a
#: passive "was" ("that it was “overjoyed”") is a complete clause (finder._says_something; 1). Left by pattern: "the
#: paper said" of a newspaper the article named ("the Rotterdam daily De Kustbode"), which the rules read as a
#: document, no speaker (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
