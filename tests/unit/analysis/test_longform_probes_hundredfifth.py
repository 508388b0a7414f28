"""Quotes of a hundred-and-fifth batch of blind probes (longform_probes_hundredfifth.py, sports governance, doping
cases and a world federation's presidential election as the wires' sports desks and international broadcasters' sport
pages write them: a canoeist banned after a positive test, a kayaker's appeal to a sports tribunal, the world body's
presidential election and a World Cup race after the ban): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredfifth import APPEAL, BAN, ELECTION, RACE

AGENCY = "Independent Paddling Integrity Agency|the Independent Paddling Integrity Agency|the agency|agency"
FEDERATION = (
    "International Sprint Paddling Federation|the International Sprint Paddling Federation|the body|body"
    "|the federation|federation|the governing body|governing body"
)
LARISSA = "Larissa Quintanilha-Moraes"
BRANDIMARTE = "Otávio Brandimarte-Sales"
MINISTRY = "Brazil’s sports ministry|Brazil's sports ministry|sports ministry|the ministry|Brazil"
DORA = "Dóra Kisfaludi-Ormos"
TRIBUNAL = "A sports appeals tribunal|sports appeals tribunal|the tribunal|tribunal|the panel|panel"
DIJKSTRA = "Anneke Dijkstra-Voss"
KOWALCZYK = "Bartosz Kowalczyk-Ruhl"
HOLLOWAY = "Maren Holloway-Strand"
AASLUND = "Gunnar Aaslund-Breivik"
TAKAHARA = "Mei-Ling Takahara-Cho"
KIPIANI = "Levan Kipiani-Gogua"
RENWICK = "Tobiah Renwick-Aldous"
JULIA = "Júlia Arantes-Viegas"
TAVOLARO = "Marcos Tavolaro-Neves"
KISFALUDI = "Kisfaludi-Ormos"
GOVERNING_BODY = "the governing body|governing body|the federation|federation"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Brazil's
#: head coach", "Georgia's sports minister") are no part of it; a description that refers back ("the agency", "the
#: body", "the Hungarian", "the kayaker", "the delegate", "the minister", "the coach", "the federation") and a pronoun
#: that carries on ("she wrote", "She said", "He told a news conference", "he told reporters") are the person or body
#: named before. An integrity agency, a world federation, a ministry and a tribunal are institutions that speak; a
#: tribunal's ruling is told through "the panel", which is the tribunal ("The panel found that …" is its judgement,
#: "the panel wrote in its award" its words, split over the cue and so one quote). In the race article the federation
#: is never named and speaks as "the governing body" and "the federation", and the runner-up is named by her surname
#: alone. A delegate "who spoke on condition of anonymity" is an unnamed source. A quotation that follows "“…,” X
#: said." with no new cue and a second "that" clause of one speaker in one sentence ("said … and that …", "told
#: delegates that … and that …") belong to the quote before and are optional as quotes of their own. No quote at all:
#: a body that "declined to comment", a kayaker who "did not speak to reporters", a challenger who "has campaigned on
#: a promise", a runner-up who "finished second", a winner who "shook her head". Borderline and optional: the
#: tribunal's "ruling that …" in the lead (a participle of a verdict), an incumbent who "has rejected accusations that
#: he promised …" (a denial of what others said).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "ban": [
        (AGENCY, "banned for four years", False),
        (AGENCY, "tested positive for trenbolone", False),
        (AGENCY, "has not established how the substance", False),
        (BRANDIMARTE, "never knowingly taken", False),
        (BRANDIMARTE, "treated like a criminal", False),
        (BRANDIMARTE, "contaminated supplement", True),
        (LARISSA, "destroyed", False),
        (LARISSA, "never cheated", False),
        (FEDERATION, "respected the decision", False),
        (FEDERATION, "Clean sport is not negotiable", False),
        (MINISTRY, "informed of the ban", False),
        (MINISTRY, "stipend would be suspended", True),
        (AGENCY, "expand testing", False),
        (DORA, "no joy", False),
        (DORA, "sad day", False),
    ],
    "appeal": [
        (TRIBUNAL, "contaminated meat was the most likely source", True),
        (TRIBUNAL, "consistent with eating beef", False),
        (TRIBUNAL, "bears some fault", False),
        (AGENCY, "study the reasoned decision", False),
        (DIJKSTRA, "a vindication, but a late one", False),
        (DIJKSTRA, "eating a steak", False),
        (DIJKSTRA, "No ruling gives that back", True),
        (KOWALCZYK, "looking forward to racing again", False),
        (HOLLOWAY, "limits of strict liability", False),
        (HOLLOWAY, "every meal they eat abroad", False),
        (HOLLOWAY, "publish a list of countries", False),
        (FEDERATION, "apply the ruling", False),
    ],
    "election": [
        (AASLUND, "better financial health", False),
        (AASLUND, "Olympic place at risk", True),
        (TAKAHARA, "cap presidential terms", True),
        (TAKAHARA, "paying for the mistakes", False),
        (TAKAHARA, "That ends if I am elected", True),
        ("", "most of Africa and Asia", False),
        ("", "visited every one of those countries", False),
        (AASLUND, "promised development grants", True),
        (AASLUND, "approved by the executive committee", False),
        (AASLUND, "nothing to hide", True),
        (FEDERATION, "cleared both candidates", False),
        (FEDERATION, "outside auditing firm", True),
        (KIPIANI, "honoured", False),
        (KIPIANI, "30 million lari", False),
        (KIPIANI, "Whoever wins on Saturday", False),
        (RENWICK, "contested elections were still rare", False),
        (RENWICK, "travel budgets", False),
        (TAKAHARA, "accept the result", False),
    ],
    "race": [
        (JULIA, "strange week", False),
        (JULIA, "next stroke", True),
        (JULIA, "not spoken to Quintanilha-Moraes", False),
        (JULIA, "She is my friend", False),
        (TAVOLARO, "tested four times", False),
        (TAVOLARO, "nothing to fear from testers", False),
        (TAVOLARO, "shocked", False),
        (KISFALUDI, "side wind", False),
        (KISFALUDI, "simply faster today", False),
        (GOVERNING_BODY, "38 athletes", False),
        (GOVERNING_BODY, "can be tested at any time", False),
        (JULIA, "race for myself", False),
    ],
}

ARTICLES = {
    "ban": BAN,
    "appeal": APPEAL,
    "election": ELECTION,
    "race": RACE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 20 of 46 required when the batch was written (blind). By pattern: the winner named in full in the lead
#: after a dateline ("SZEGED, Hungary — Júlia Arantes-Viegas won …") and then by her surname alone, whose quotes go to
#: the surname, not the full name (8); "the Hungarian said" for the runner-up, who is named by surname and called "the
#: home favourite" at a regatta in Hungary, given to the coach named before, and the "she said" after it to the
#: winner (4); "The governing body said …" given, as an institution, to the runner-up named in the paragraph before
#: (2); "The agency has said it will …" given to a ministry named in the paragraph before, not to the agency of the
#: article (2); "he thanked his family and said …" after "The kayaker did not speak to reporters." given to his
#: lawyer, a woman (2); "The 27-year-old tested positive …, the agency said in a statement." missed (1); "The panel
#: found that …" missed (1).
#: Then 14: a joined surname the recogniser took for a date after a given name it took for a place ("Júlia" +
#: "Arantes-Viegas") is one person (dated_surnames, 6); her last "she said" now goes to her team-mate, as the
#: runner-up's "she said" before it does (2 of the 4 above, moved).
#: Then 12: "The agency has said …" after a ministry spoke is the agency named before, whose name ends in the word, not
#: the ministry, whose name ends in another body's noun (own_word_bodies, 2).
#: Then 10: a "he" after a sentence whose subject is "the kayaker", the role the article gave him, is the kayaker,
#: not his lawyer named since (role_described_topics, 2).
#: Then 4: a joined surname alone the recogniser took for an organisation, set off by a competitor's description
#: ("Kisfaludi-Ormos, the home favourite,"), is a person (competitor_surnames), so "the Hungarian said" and the "she
#: said" after it are hers and "The governing body said" is no more taken for her (6). Left: "The 27-year-old tested
#: positive …, the agency said in a statement." parsed with "tested" a modifier and "positive" a noun, so no clause
#: is said (1); "The panel found that …" ("find" is no cue, 1); "Arantes-Viegas's next race" tagged a date with its
#: possessive, so the "she said" after it goes to the runner-up who spoke last (2).
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
