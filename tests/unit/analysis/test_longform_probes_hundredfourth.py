"""Quotes of a hundred-and-fourth batch of blind probes (longform_probes_hundredfourth.py, a US presidential primary
debate night and the morning after in a made-up election year as the wires, political web sites and network web pages
write it: the debate, the spin room, a network's fact-check page and the morning after): the whole batch against its
gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredfourth import DEBATE, FACTCHECK, MORNING, SPIN

QUENNEVILLE = "Marisol Quenneville-Obi|Quenneville-Obi"
ACHTERBERG = "Desmond Achterberg-Lyle|Achterberg-Lyle"
PELL = "Rutger Pell-Amadi|Pell-Amadi"
GREAVES = "Tobin Greaves-Nakashima|Greaves-Nakashima"
IVERSEN = "Lorna Iversen-Bakshi|Iversen-Bakshi"
STRATHDEE = "Yvonne Strathdee-Koenig|Strathdee-Koenig"
WREXHAM = "Caleb Wrexham-Oduya|Wrexham-Oduya"
DUNMORE = "Hollis Dunmore-Achebe|Dunmore-Achebe"
CASTELLWEIS = "Oren Castellweis|Castellweis"
VANTONGEREN = "Priscilla Vantongeren|Vantongeren"
FELDKAMP = "Augustin Feldkamp-Rowe|Feldkamp-Rowe"
ADEYEMI = "Fenwick Adeyemi-Stroud|Adeyemi-Stroud"
HALLORAN = "Dmitri Halloran-Voss|Halloran-Voss"
VORHEES = "Nadia Vorhees-Kimura|Vorhees-Kimura"
DESMOND_FOR_AMERICA = "Desmond for America|the campaign|campaign"
BRUNDAGE = "Colette Brundage-Farouk|Brundage-Farouk"
SOLVANG = "Ingrid Solvang-Mbeki|Solvang-Mbeki"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Gov.",
#: "Sen.", "Rep.", "Former Ambassador", "Businessman") are no part of a name; a description that refers back ("the
#: governor", "the senator", "the state party chairman" named again) and a pronoun that carries on ("she said", "he
#: told", "he wrote") are the person named before. A first name inside a quotation ("Desmond has been …", "Marisol had
#: a good night") and a full name that opens one ("“Marisol Quenneville-Obi spent ninety minutes …,” Castellweis said")
#: are what is said, not the speaker. Cues: "said, turning to" a rival, "shot back", "accused X of …", "called X
#: “…”", "told the audience … that", "told reporters", "claimed that …, which is false", "said … of her proposal",
#: "said in an email that", "in an interview with", "saying" after a verb that is no cue ("dismissed …, saying …"),
#: "tweeted that", "he wrote", "wrote on social media that", "According to X, …" (a person behind "according to"), a
#: cue set in mid-sentence ("Tariffs on Chinese steel, he said, had cost …"), and "“…” X said it three times …", a
#: quotation that opens a paragraph and whose speaker says "it" in the next sentence. A quotation that follows "“…,”
#: X said." with no new cue, a second "that" clause or verb of one speaker in one sentence ("and said he would not take
#: a salary", "and accused her of copying it", "adding that the campaign would not change …") belong to the quote
#: before and are optional as quotes of their own. A campaign aide, one of a focus group and a senior aide speaking on
#: condition of anonymity are unnamed sources; the members of the focus group who "said they would caucus" are a
#: group, optional. Records, figures, an analysis and a poll are documents, no speakers: what they "show" and what is
#: "according to" them are optional, and so is "according to the state's Department of Revenue" (a body behind a
#: figure). Borderline and optional: a moderator who "asked … whether", a campaign with no name of its own
#: ("Strathdee-Koenig's campaign said in a statement"). No quote: the fact-check's own verdicts ("That is misleading",
#: "He did not", "She is nearly right"), a campaign that "did not respond".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "debate": [
        (QUENNEVILLE, "balanced four budgets", False),
        (ACHTERBERG, "raised the gas tax twice", False),
        (QUENNEVILLE, "only thing he has ever balanced", False),
        (PELL, "ignoring China", False),
        (PELL, "cost Iowa farmers", False),
        (GREAVES, "career politician with a tan", False),
        (GREAVES, "not take a salary", True),
        (IVERSEN, "sign a national abortion ban", True),
        (ACHTERBERG, "belonged to the states", False),
        (ACHTERBERG, "any bill that takes it back", True),
        (STRATHDEE, "talking about ourselves", False),
        (STRATHDEE, "four more years of this", False),
        (ACHTERBERG, "cherry-pick the healthy", False),
        (ACHTERBERG, "copying it from", True),
        (QUENNEVILLE, "not true, and he knows", False),
        (WREXHAM, "income tax to zero", False),
    ],
    "spin": [
        (DUNMORE, "owned that stage", False),
        (DUNMORE, "$1.2 million", False),
        (CASTELLWEIS, "only adult on the stage", False),
        (CASTELLWEIS, "spent ninety minutes attacking", False),
        (VANTONGEREN, "did what front-runners", False),
        (VANTONGEREN, "would not change its plans", True),
        ("", "perfectly happy", False),
        (GREAVES, "made a payroll", False),
        (FELDKAMP, "sold every one of the", False),
        (FELDKAMP, "biggest crowd", True),
        (ADEYEMI, "nine of them had moved", False),
        (ADEYEMI, "gas tax line hurt her", False),
        (ADEYEMI, "only two members", False),
        ("", "would caucus for", True),
        ("", "liked the senator", False),
        ("|" + STRATHDEE + "|Strathdee-Koenig’s campaign|campaign", "every suburban mother", True),
    ],
    "factcheck": [
        (QUENNEVILLE, "more manufacturing jobs", False),
        ("|Federal figures", "Arizona and Utah", True),
        (ACHTERBERG, "raised the gas tax twice", False),
        (PELL, "twice in a decade", False),
        (GREAVES, "never laid off", False),
        ("|Court records", "closed a warehouse", True),
        (HALLORAN, "offered jobs at other sites", False),
        (STRATHDEE, "every suburban county", False),
        (QUENNEVILLE, "keeps every senior", False),
        ("|Ferncastle Budget Project|analysis", "true for current enrollees", True),
        (WREXHAM, "to zero", False),
        ("|Department of Revenue|state’s Department of Revenue", "top rate fell", True),
        (ACHTERBERG, "copying her Medicare plan", False),
        (VORHEES, "did not write anyone", False),
    ],
    "morning": [
        (QUENNEVILLE, "changed the race", False),
        (ACHTERBERG, "good January", False),
        (ACHTERBERG, "make up their minds", False),
        (QUENNEVILLE, "running out the clock", False),
        (DESMOND_FOR_AMERICA, "running from her own", False),
        (GREAVES, "won the debate by a mile", False),
        (GREAVES, "one weird trick", False),
        (PELL, "as long as there is a China", False),
        (STRATHDEE, "qualified for the second debate", False),
        (BRUNDAGE, "30 organizers", False),
        (SOLVANG, "Nobody landed a punch", False),
        (SOLVANG, "mostly confirmed", False),
        ("|Keystone Broadcast Network", "Quenneville-Obi won", True),
        (FELDKAMP, "second forum in Sioux City", False),
        (FELDKAMP, "Six is a lot", False),
        (FELDKAMP, "won’t be six", True),
        ("", "still led in Iowa", False),
    ],
}

ARTICLES = {
    "debate": DEBATE,
    "spin": SPIN,
    "factcheck": FACTCHECK,
    "morning": MORNING,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 17 of 49 required when the batch was written (blind). By pattern: a quotation that names a rival by his
#: first name, cued by "shot back" ("“Desmond has been …,” Quenneville-Obi shot back."), given to the rival (2); "He
#: said …" after "The moderator, Lorna …, twice asked Achterberg-Lyle whether …" given to the man named in the
#: paragraph before, not to the one asked (2); "“…,” said Hollis Dunmore-Achebe, Quenneville-Obi's campaign manager."
#: read as unnamed (2); "“…,” he told a crowd of reporters." after "Greaves-Nakashima worked the room himself." read
#: as unnamed (2); "According to Adeyemi-Stroud, only two members of the group said …" taken only as the group's words
#: (1); "dismissed …, saying caucusgoers “…”" after "The senator" read as unnamed (2); a campaign with a name of its
#: own ("Desmond for America, the senator's campaign, said in a statement") named "Desmond" (2); "he wrote" after a
#: sentence whose subject tweeted and whose object is a rival ("… posted a clip of his exchange with Achterberg-Lyle.")
#: given to the rival (2); reporters who "asked … whether he would stay in the race" read as an unnamed quote (1);
#: and a group "each explaining why their candidate had won", which the gold does not list (1).
#: Then 15: a reply with "back" right after a quotation ("“…,” Quenneville-Obi shot back."), which the tagger read as a
#: noun, is a cue of the name before it (retorts.retorted; 2).
#: Then 13: a name set off before a role owned by a hyphenated name ("said Hollis Dunmore-Achebe, Quenneville-Obi's
#: campaign manager"), which the parser made a modifier of the role, speaks
#: (names_before_owned_roles.name_before_owned_role; 2). The profile still gives her no role.
#: Left (13): the two follow-up articles name the businessman and the senator by surname alone and never call
#: Achterberg-Lyle a senator, so the lone hyphenated surname tagged an organisation is passed over by "he told" and
#: "he wrote" (4) and "The senator dismissed …, saying" finds no one (2); with the full name given earlier in the
#: article both are found. "He said" after a moderator "asked Achterberg-Lyle whether" (2), "Desmond for America" (2),
#: "According to X, the group said" (1), the reporters' question (1) and "each explaining" (1) are as before.
#: Then 9: the lone hyphenated surname tagged an organisation is a person for the "he" after it when the words its cue
#: reports have "he" as subject ("tweeted … that he had “won …”"; one_word_people) or its own sentence says "himself"
#: ("Greaves-Nakashima worked the room himself."; one_word_subjects), so "he wrote" and "he told" are his (4).
WRONG_TODAY = 9


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
