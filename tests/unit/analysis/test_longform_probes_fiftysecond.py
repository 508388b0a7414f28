"""Quotes of a fifty-second batch of blind probes (longform_probes_fiftysecond.py, testimony at Canadian public
inquiries, coroner's inquests and trials): the whole batch against its gold, whose count of wrong quotes may only go
down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftysecond import (
    CELL_INQUEST,
    DAM_INQUIRY,
    FERRY_COMMISSION,
    KICKBACK_TRIAL,
    TRANSIT_INQUIRY,
)

THORSTEINSON = "Annika Thorsteinson"
RAGHUNATHAN = "Vivek Raghunathan"
MARCHESSAULT = "Hélène Marchessault"
WIERZBICKI = "Tomasz Wierzbicki"
CLOUTIER_BOYLE = "Nadine Cloutier-Boyle"
KOWALCHUK = "Brady Kowalchuk"
AHENAKEW = "Rosalind Ahenakew"
OYELARAN = "Miriam Oyelaran"
VARGHESE = "Sunil Varghese"
FAIRWEATHER = "Louise Fairweather"
THERESA = "Theresa Keewatin"
THIBODEAU_KERR = "Raymond Thibodeau-Kerr"
ASHDOWN_PRICE = "Colin Ashdown-Price"
LEFEBVRE_NAKAMURA = "Gordon Lefebvre-Nakamura"
ODUYA_FENWICK = "Marguerite Oduya-Fenwick"
VANDERMOLEN = "Elias Vandermolen"
HADDAD_SORENSEN = "Farida Haddad-Sorensen"
MARCHETTI = "Kelvin Marchetti"
HOLLOWAY_REYES = "Diane Holloway-Reyes"
TSANG_LACROIX = "Raymond Tsang-Lacroix"
ABERNETHY = "Yusuf Abernethy"
KALINOWSKI = "Dennis Kalinowski"
ARSENAULT_GREER = "Sophie Arsenault-Greer"
LINDGREN = "Adebayo Lindgren"
MBEKI_HALL = "Theodora Mbeki-Hall"
TAMARACK = "Tamarack Transit Partners"
BABINEAUX = "Lucien Babineaux"
DESROCHERS = "Anjali Desrochers"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives; a witness first described by a role and named in the next sentence ("The former deputy
#: minister … testified", "An RCMP constable told a coroner's inquest") is that witness, and "the commissioner", "the
#: coroner", "the judge", "the pathologist", "the contractor", "the lawyer" and "the former mayor" are the person the
#: story gave that role. Commissioner, Justice, Const., Capt., Dr. are titles. "Testified that", "told the
#: commission/jury/inquiry", "conceded that", "agreed that", "replied that", "reminded the jury that", "suggested",
#: "wrote" (an email's author), "asked" after a quoted question, "went on" and "said no" are cues; a witness's answer
#: to a question ("Asked by X whether …, Y said no / said he had chosen …") is the witness's quote. A quotation that
#: follows one of the same speaker past its cue with no cue of its own joins that quote. Borderline and optional: the
#: headlines (the witness described, not named), a question put in reported form ("asked whether …", "interrupted to
#: ask the witness who …", "asked her why …": intent to learn, not a statement), the words of an email or text message
#: read into the record by someone else ("the message read", "it read", counsel "read a text message she sent: …"),
#: "denied ever telling anyone …" (a gerund, not a statement) and a relative clause ("a text message Thibodeau-Kerr
#: said he received").
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "dam_inquiry": [
        (THORSTEINSON, "warnings never reached cabinet", True),
        (THORSTEINSON, "engineers’ warnings about the Corbeau Falls dam", False),
        (THORSTEINSON, "she had read a summary", False),
        (THORSTEINSON, "I was given two pages", False),
        (THORSTEINSON, "the summary described the spillway cracks", False),
        (THORSTEINSON, "she had never asked to see the full report", False),
        (THORSTEINSON, "In hindsight, I should have", False),
        (RAGHUNATHAN, "she had told the minister", True),
        (THORSTEINSON, "she had not believed they were urgent", False),
        (THORSTEINSON, "no", False),
        (MARCHESSAULT, "who decided what went into the summary", True),
        (MARCHESSAULT, "Somebody chose those two pages", False),
        (THORSTEINSON, "the summary had been prepared by the department", False),
        (WIERZBICKI, "If we get a spring like 2019", False),
        (WIERZBICKI, "he had sent similar warnings", False),
        (CLOUTIER_BOYLE, "the testimony confirmed what families had suspected", False),
        (CLOUTIER_BOYLE, "Everyone had a piece of paper", False),
    ],
    "cell_inquest": [
        (KOWALCHUK, "he checked on man in cell", True),
        (KOWALCHUK, "he checked on Darnell Keewatin every 15 minutes", False),
        (KOWALCHUK, "talking and laughing", False),
        (KOWALCHUK, "He seemed fine to me", False),
        (KOWALCHUK, "2:15 and 2:40 were 25 minutes apart", False),
        (KOWALCHUK, "he had been called to the front counter", False),
        (KOWALCHUK, "be in two places at once", False),
        (AHENAKEW, "anyone else had been watching", True),
        (KOWALCHUK, "No one was assigned to it", False),
        (OYELARAN, "she was a civilian employee", False),
        (OYELARAN, "she had never been told", False),
        (OYELARAN, "Nobody showed me the policy", False),
        (VARGHESE, "Keewatin died of a combination", False),
        (FAIRWEATHER, "he would have survived", True),
        (VARGHESE, "more likely than not", False),
        (FAIRWEATHER, "an inquest does not find fault", False),
        (FAIRWEATHER, "Your job is not to blame anyone", False),
        (THERESA, "My son was not a number", False),
    ],
    "kickback_trial": [
        (THIBODEAU_KERR, "he paid city manager", True),
        (THIBODEAU_KERR, "he handed a former city roads manager", False),
        (THIBODEAU_KERR, "he made the payments", False),
        (THIBODEAU_KERR, "It was always an envelope", False),
        (THIBODEAU_KERR, "he received from Ashdown-Price", True),
        (ASHDOWN_PRICE, "Come in at 4.1", True),
        (THIBODEAU_KERR, "he understood the numbers", False),
        (LEFEBVRE_NAKAMURA, "the witness had invented the payments", False),
        (LEFEBVRE_NAKAMURA, "You were facing 14 charges", False),
        (THIBODEAU_KERR, "That’s right", False),
        (LEFEBVRE_NAKAMURA, "And all you had to do", False),
        (THIBODEAU_KERR, "it was not a story", False),
        (THIBODEAU_KERR, "I wish it was", False),
        (ODUYA_FENWICK, "Counsel, ask a question", False),
        (ODUYA_FENWICK, "the immunity agreement was something they could weigh", False),
        (LEFEBVRE_NAKAMURA, "his client looked forward", False),
        (LEFEBVRE_NAKAMURA, "has waited three years", False),
    ],
    "ferry_commission": [
        (VANDERMOLEN, "he was ordered to sail", True),
        (VANDERMOLEN, "a company manager ordered him to leave port", False),
        (VANDERMOLEN, "I said the crossing was not safe", False),
        (VANDERMOLEN, "he had the legal authority", False),
        (VANDERMOLEN, "On paper, yes", False),
        (MARCHETTI, "he had only passed on the forecast", False),
        (MARCHETTI, "Elias went", True),
        (HADDAD_SORENSEN, "the email was consistent", True),
        (MARCHETTI, "he had chosen his words badly", False),
        (HOLLOWAY_REYES, "she did not read the email", False),
        (HOLLOWAY_REYES, "By then there were 11 people", False),
        (HOLLOWAY_REYES, "the company had since given captains", False),
        (TSANG_LACROIX, "why that had not been the rule", True),
        (HOLLOWAY_REYES, "have a good answer for you", False),
        (ABERNETHY, "the vessel had passed its last inspection", False),
        (ABERNETHY, "We look at the ship", False),
        (TSANG_LACROIX, "he would make recommendations", False),
    ],
    "transit_inquiry": [
        (KALINOWSKI, "he learned of train delays", True),
        (KALINOWSKI, "he learned the trains would be a year late", False),
        (KALINOWSKI, "I found out the same way", False),
        (KALINOWSKI, "That should tell you something", True),
        (KALINOWSKI, "city staff had assured council", False),
        (ARSENAULT_GREER, "she briefed the mayor privately", False),
        (ARSENAULT_GREER, "Told D. Said keep it quiet", True),
        (LINDGREN, "Who was D?", False),
        (ARSENAULT_GREER, "The mayor", False),
        (KALINOWSKI, "ever telling anyone to keep the delays quiet", True),
        (KALINOWSKI, "he had met Arsenault-Greer several times", False),
        (KALINOWSKI, "the meetings were about the budget", False),
        (KALINOWSKI, "If she says I knew", False),
        (MBEKI_HALL, "he had kept notes", True),
        (KALINOWSKI, "he had not", False),
        (TAMARACK, "the city changed the design 200 times", False),
        (BABINEAUX, "each change cost weeks", False),
        (BABINEAUX, "You cannot redesign a station", False),
        (DESROCHERS, "she had expected more answers", False),
        (DESROCHERS, "Everybody was told something", False),
    ],
}

ARTICLES = {
    "dam_inquiry": DAM_INQUIRY,
    "cell_inquest": CELL_INQUEST,
    "kickback_trial": KICKBACK_TRIAL,
    "ferry_commission": FERRY_COMMISSION,
    "transit_inquiry": TRANSIT_INQUIRY,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 26 of 71 required when the batch was written (blind); 22 once a gold slip was mended (the anchors of the
#: optional reported questions began with "whether", which a quote of what was asked leaves out, as in the other
#: batches; "said no" now comes after the witness's other reported answer so that its short anchor cannot take it). Then
#: 16: a witness described by a lede ("An RCMP constable told …", "A paving contractor told …", "The former deputy
#: minister … testified") is the person the next sentence opens on as the subject of a cue (witnesses_named_next). Then
#: 15: "he said" after a question put by Rosalind Ahenakew is the constable's (given_names). Then 13: "He said he had
#: not." answers "asked him whether …" in the sentence before (short_answers). Left: the four headlines (the witness
#: described, not named; the test harness parses a headline as a paragraph), "said no" (an interjection the cue rules
#: read no content in), "reminded the jury that" ("remind" as a cue made more train rows wrong than right), "“That’s
#: right,” the contractor said" (the description not tied to the contractor of the lede), "the message read" given to
#: the prosecutor who showed it, "read a text message she sent …: “…”" given to counsel (dropping it broke the reading
#: out of an order over a radio, test_unsaid_objects), "“Who was D?” Lindgren asked" after a quotation read into the
#: record, "Asked by X whether …, Marchetti, who …, said" (the name parsed into the question), and two sentences the
#: parser misreads ("told the commission of inquiry into its sinking that …", "each change cost weeks").
#: Then 9: a headline set as a paragraph quotes only a person or body the article names, as the title does
#: (headline_lines), so the four headlines' described witnesses give no quote. Left: "said no", "reminded the jury
#: that", "“That’s right,” the contractor said", "the message read", "read a text message …: “…”", "“Who was D?”
#: Lindgren asked", "Asked by X whether …, Marchetti, who …, said" and the two sentences the parser misreads.
WRONG_TODAY = 9


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
