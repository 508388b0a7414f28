"""Quotes of a hundred-and-second batch of blind probes (longform_probes_hundredsecond.py, a long-form Canadian
feature on an Alberta small town's rodeo and the ranching families behind it as city dailies' weekend sections and
public-broadcaster web features write it: a rancher, his barrel-racing daughter, a stock contractor and a
veterinarian in three long blocks; the rodeo dropping an event after its sponsor leaves; and an agricultural
economist, the family, the stock contractor, the mayor and the veterinarian in three long blocks): the whole batch
against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredsecond import FAMILY, LEDGER, SPONSOR

GARTH = "Garth Thorvaldsen-Pike"
KAYLEE = "Kaylee|Kaylee Thorvaldsen-Pike"
WENDELL = "Wendell Okonkwo-Brandvold|Okonkwo-Brandvold"
SZABO = "Renata Szabo-MacLeish|Szabo-MacLeish"
KORSGAARD = "Korsgaard Feed & Supply|Korsgaard Feed|Korsgaard|the company|The company|company"
HAUGESTAD = "Lorne Haugestad-Finch"
OSTERHOUT = "Priyanka Osterhout-Vale"
MAYOR = "Deb Kostiuk-Arsenault"
EBERHARDT = "Travis Eberhardt-Sayer"
MINISTRY = (
    "Alberta’s Ministry of Agriculture and Irrigation|Alberta's Ministry of Agriculture and Irrigation"
    "|Ministry of Agriculture and Irrigation|the Ministry of Agriculture and Irrigation|the ministry|ministry"
)
FERREIRA = "Tobias Ferreira-Lundqvist"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Dr.",
#: "Mayor") are no part of it; a description that refers back ("the rancher", "the stock contractor", "the
#: 71-year-old", "the veterinarian", "the company", "the mayor", "the economist") and a pronoun that carries on ("he
#: says", "she added", "He said") are the person or body named before. The daughter named by her first name after
#: "His daughter Kaylee" is "Kaylee". Cues: present-tense and inverted ("recalls the stock contractor", "says the
#: veterinarian", "Szabo-MacLeish adds", "admits Thorvaldsen-Pike", "recalls the 71-year-old"), a cue set in
#: mid-sentence after a clause of its own ("The arena cost more …, Thorvaldsen-Pike admits, and he would …", "His
#: animals work …, he says, and spend …", "She has heard it before, she says, usually at five …", "Cattle prices are
#: the highest …, he notes, but so are …"), a cue after a whole sentence ("The town is applying …, the mayor says."),
#: and a quotation split by its cue ("“People see …,” Kaylee says, “but they don’t …”", "“He acts tough,” she says of
#: her father, “but …”", "“A rancher can …,” the economist says, “and most …”"), which is one quote. A name inside a
#: relative clause after the speaker's description ("the veterinarian, whose clinic Okonkwo-Brandvold's company has
#: used", "a calf roper from Ponoka whose entry fees Haugestad-Finch's association has now refunded") and inside a
#: relative clause on the speaker ("Mayor Deb Kostiuk-Arsenault, whose council gives …") is no speaker. A quotation
#: that follows "“…,” X says." with no new cue and a second "that" clause of one speaker in one sentence ("said rodeo
#: events are regulated … and that it had received no complaints") belong to the quote before and are optional as
#: quotes of their own. No quote at all: a company that "did not say", a ministry that "declined to comment", a
#: veterinarian who "puts it another way" (the quotation after it has its own cue), a father who "laughs". Borderline
#: and optional: a spokesperson who "called the decision “a good first step”" (a quoted label; the "said" after it is
#: required), a stock contractor who "lists six from memory".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "family": [
        (GARTH, "whole valley is in one place", False),
        (GARTH, "Weddings, funerals", True),
        (KAYLEE, "girl on a horse going fast", False),
        (GARTH, "cost more than the family made", False),
        (GARTH, "going to ride whether I built it", False),
        (GARTH, "somewhere with a roof", True),
        (WENDELL, "married my sister", False),
        (WENDELL, "eight seconds a weekend", False),
        (WENDELL, "cruel to them", False),
        (SZABO, "rare but not unheard of", False),
        (SZABO, "pulled animals out of the draw", False),
        (SZABO, "way it should be", True),
        (GARTH, "not stand in her way", False),
        (GARTH, "same thing my dad told me", False),
        (GARTH, "cows are fed first", True),
        (KAYLEE, "heard it before", False),
        (KAYLEE, "acts tough", False),
    ],
    "sponsor": [
        (KORSGAARD, "would not renew", False),
        (KORSGAARD, "listened to our customers", False),
        (HAUGESTAD, "voted 9-2", False),
        (HAUGESTAD, "Nobody on this board", False),
        (HAUGESTAD, "branding with a hat", True),
        (HAUGESTAD, "review the decision", False),
        (OSTERHOUT, "a good first step", True),
        (OSTERHOUT, "still protest", False),
        (OSTERHOUT, "roped at a full run", False),
        (OSTERHOUT, "chuckwagon racing as well", False),
        (MAYOR, "$2 million", False),
        (MAYOR, "Every motel room", False),
        (MAYOR, "good year and closing", True),
        (EBERHARDT, "eat like nothing happened", False),
        (EBERHARDT, "competed at Coldwater Forks", False),
        (HAUGESTAD, "understands why the company left", False),
        (HAUGESTAD, "sell feed to ranchers", False),
        (HAUGESTAD, "other half are on Instagram", True),
        (MINISTRY, "regulated under", False),
        (MINISTRY, "no complaints", True),
    ],
    "ledger": [
        (FERREIRA, "matters less than people think", False),
        (FERREIRA, "not going to save", False),
        (FERREIRA, "keep the young people", True),
        (FERREIRA, "highest he has seen", False),
        (FERREIRA, "best year on paper", False),
        (GARTH, "genetics back", False),
        (GARTH, "start again", True),
        (KAYLEE, "read a spreadsheet", False),
        (KAYLEE, "every animal in that pasture weighs", False),
        (KAYLEE, "what the ranch made last year", True),
        (GARTH, "She is not", False),
        (WENDELL, "six from memory", True),
        (WENDELL, "died the same way", False),
        (MAYOR, "no plans to let that happen", False),
        (MAYOR, "provincial grant", False),
        (MAYOR, "lose a sponsor", False),
        (MAYOR, "lose the kids", True),
        (SZABO, "ranch with the gates open", False),
        (SZABO, "stop coming through", True),
    ],
}

ARTICLES = {
    "family": FAMILY,
    "sponsor": SPONSOR,
    "ledger": LEDGER,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 17 of 41 required when the batch was written (blind). By pattern: a pronoun cue after a lead that names
#: the one person of the paragraph and then speaks of "his family" ("“The rodeo is …,” he says.") read as a quote of
#: an unnamed source (2); a description that calls the rancher back ("the rancher says") given to the daughter named
#: last (2); a surname cue set in mid-sentence after a clause of its own ("The arena cost more …, Thorvaldsen-Pike
#: admits, and he would …") missed (1); "says the veterinarian, whose clinic …" after a sentence that names her but
#: does not call her a veterinarian read as unnamed (2); "her father, who rode saddle bronc …, says" given to the
#: daughter (2), and the "he says" after it to the veterinarian (2); an animal-welfare group that "threatened to
#: protest at the gates" read as a quote, which the gold does not list (1); a quotation that follows "“…,” Kaylee
#: says." with no new cue read as unnamed (1); "recalls the 71-year-old" in an article that gives no age, given to the
#: rancher (2); and the veterinarian named by her surname alone in the third article, which the gold spells only in
#: full (2, a gold slip).
#: Then 15 by that gold slip: the third article names the veterinarian and the stock contractor by their surnames
#: alone, so those are their names there; the blind gold had only their full names.
#: Then 12: a surname cue set in mid-sentence that the parser hung right but tagged a plural noun ("…,
#: Thorvaldsen-Pike admits, and he would …") is tagged a verb (set_off_named_cues.noun_tag_mended, 1), and with the
#: rancher's words found, "the rancher says" after them goes to him, not to his daughter (2).
#: Still 12: "her father, who …, says" is now read as the father's words, not the daughter's
#: (lost_subjects.subject_of_first_verb), but as an unnamed father's (2), for "His daughter Kaylee, 19, barrel-races"
#: gives her the role "barrel-races", so "her father" is tied to no one; and the "he says" after it stays with the
#: veterinarian (2).
WRONG_TODAY = 12


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
