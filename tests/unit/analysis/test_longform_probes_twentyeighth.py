"""Quotes of a twenty-eighth batch of blind probes (longform_probes_twentyeighth.py, world newswire stories): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import quote_rows_of, wrong_in_articles
from tests.unit.analysis.longform_probes_twentyeighth import COUNT, MINE, OUTBREAK, RATES

WHO = "World Health Organization|The World Health Organization|WHO|The WHO|agency|The agency"
ZAMBIA_MINISTRY = "Zambia’s health ministry|health ministry|ministry|The ministry|Zambia"
BANK = "Bank Indonesia|bank|The bank"
COMPANY = "Minera Altamisa|company|The company"
LABOUR_MINISTRY = "Peru’s labour ministry|labour ministry|ministry|The ministry|Peru"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source or a group. What a statement
#: "said" is its author's (the ministry's, the bank's, the company's); "said through an interpreter" and "told
#: reporters" are cues like "said"; an official, a doctor, a dealer or a diplomat who is not named is an unnamed source
#: (""), and so is a former official named only in a later sentence, unless the quote goes to the name. "Saying …" and
#: "adding that …" after a cue are quotes of the one who said; "according to the WHO" and "according to two people"
#: and what "analysts said" are borderline (optional), and so is a statement made by two bodies at once.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "outbreak": [
        (WHO, "it was sending 40 more epidemiologists", False),
        ("Renske Achterhof", "We are not yet at the point", False),
        ("Renske Achterhof", "contact tracers had identified 412", False),
        ("Renske Achterhof", "Sixty-one is a number", False),
        (ZAMBIA_MINISTRY, "The outbreak began in a gold-panning camp", False),
        (ZAMBIA_MINISTRY, "The first patient, a 34-year-old miner", False),
        ("Chanda Mulenga-Phiri", "the government had closed two border crossings", False),
        ("Chanda Mulenga-Phiri", "Our health workers are doing", False),
        ("Gift Kabwe-Nyirenda", "four of the dead were nurses", False),
        ("Gift Kabwe-Nyirenda", "They did not know what they were dealing with", False),
        ("", "the isolation ward there had 12 beds", False),
        ("", "We are putting new patients in a tent", False),
        (WHO, "kills up to 88%", True),
        ("Renske Achterhof", "doses of one of them could reach Zambia", False),
        ("Renske Achterhof", "The protocol is ready", False),
        ("Emmanuel Sakala-Banda", "traders from Angola had stopped crossing", False),
        ("Emmanuel Sakala-Banda", "People are afraid of the hospital", False),
        ("Joachim Ferreira-Holm", "the agency had released $2 million", False),
        ("Joachim Ferreira-Holm", "This is a region that has seen outbreaks", False),
        ("", "Angola had sent a team of 15", False),
        ("", "We are watching very closely", False),
        (WHO, "the risk was", False),
        ("Renske Achterhof", "does not recommend any restrictions", False),
    ],
    "rates": [
        (BANK, "it needed to defend the rupiah", False),
        ("|Reuters", "had expected a move", True),
        ("Surya Hadiningrat", "The rupiah’s decline has gone beyond", False),
        ("Surya Hadiningrat", "the bank had sold about $4 billion", False),
        ("Surya Hadiningrat", "We have the ammunition", False),
        ("Larasati Wibisono", "the board’s vote had been unanimous", False),
        ("Larasati Wibisono", "We will look at the data", False),
        ("Natasha Lindqvist-Aydin", "That was a shock-and-awe move", False),
        ("", "importers had rushed to buy dollars", False),
        ("", "Someone knew, or someone guessed", False),
        ("Dewi Kusumawardani", "the government supported the central bank’s decision", False),
        ("Dewi Kusumawardani", "Fiscal and monetary policy are moving", False),
        ("Teguh Santoso-Harahap", "the government would cut its planned bond issuance", False),
        ("Teguh Santoso-Harahap", "We do not need to borrow", False),
        ("Benny Tanoto", "Our members borrow in rupiah", False),
        ("Benny Tanoto", "We understand the reasoning", False),
        ("", "It is not a policy", False),
        ("", "the bank had waited too long", False),
        (BANK, "it expected inflation to stay", False),
        ("", "The decision was taken at a board meeting", True),
        ("Rudi Gunawan-Lubis|", "They moved before the market", False),
    ],
    "mine": [
        ("", "Rescuers in southern Peru were trying", True),
        (COMPANY, "Two other workers were killed", False),
        (COMPANY, "the trapped men had been working", True),
        (COMPANY, "Our absolute priority is to bring", False),
        ("Rodrigo Salazar-Vidal", "rescuers had drilled a borehole", False),
        ("Rodrigo Salazar-Vidal", "It was faint", False),
        (LABOUR_MINISTRY, "it had ordered the suspension", False),
        ("Elena Quispe-Montoya", "the mine had been cited twice", False),
        ("Elena Quispe-Montoya", "Fines were not enough", False),
        ("Hugo Cárdenas-Ríos", "the inspectors’ reports from last year", False),
        ("Hugo Cárdenas-Ríos", "That recommendation was made in writing", False),
        (COMPANY, "it had complied with every order", False),
        ("Wilfredo Mamani", "workers had complained for months", False),
        ("Wilfredo Mamani", "We told the supervisors", False),
        ("Rosa Huamán", "she had not slept", False),
        ("Rosa Huamán", "He is 23", False),
        ("Álvaro Benavides", "his ministry would review the permits", False),
        ("|Analysts", "the accident was unlikely to dent", True),
        ("Carolina Basadre", "The market impact is small", False),
        ("|national fire brigade|fire brigade", "Rescuers expected to break through", False),
    ],
    "count": [
        ("Madagascar’s opposition|opposition|The opposition", "ballots from more than 600", False),
        ("European Union|EU|European Union observers|", "opaque", False),
        ("Lalao Rakotomalala", "We have the tally sheets", False),
        ("Tojo Ramanantsoa", "the party had documented 614", False),
        ("Arsène Razafindrakoto-Bé", "Every result we publish", False),
        ("Fanja Rasoanaivo", "technical error", False),
        ("Fanja Rasoanaivo", "The display was wrong", False),
        ("Marta Esquivel-Brandt", "her mission had been refused access", False),
        ("Marta Esquivel-Brandt", "Voting day itself was calm", False),
        ("Marta Esquivel-Brandt", "could not rule it out", False),
        ("African Union|African Union’s mission|mission|The African Union", "peaceful and broadly in line", False),
        ("", "several embassies had asked the commission", False),
        ("", "They told us it would be done by Wednesday", False),
        ("Naina Rajaonarison", "preparing the ground for unrest", False),
        ("Naina Rajaonarison", "The people voted", False),
        ("Haja Randriamampionona", "They did this to us before", False),
        ("Haja Randriamampionona", "he had voted for the first time", True),
        ("Jean-Aimé Ravelonarivo", "officers had orders to avoid force", False),
        ("|Analysts", "the dispute could delay", True),
    ],
}

ARTICLES = {"outbreak": OUTBREAK, "rates": RATES, "mine": MINE, "count": COUNT}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 20 of 75 required when the batch was written (blind). Then 16 after "the doctor said" and "the official
#: said" right after an unnamed doctor and official had spoken went to them, not to a "Dr. X" or an official named
#: earlier (`unnamed_again`); 12 after "Rescuers", opening the story after its dateline and tagged an organisation,
#: was no body that "the company said" and the story's lede could go to (`plural_openers`); 10 after "A second observer
#: group, the African Union’s mission, said" went to the mission set beside the description, named by its owner
#: (`body_phrases.body_in_apposition`); 9 after "who asked that his name be withheld" was no quote of its own, as the
#: negated "that his name not be used" was not (`unsaid_objects`). Left: a ministry's statement after a long place
#: phrase ("…, close to the borders with Angola and Congo, Zambia’s health ministry said") and "the statement said"
#: after it were missed (2); "Bank Indonesia … saying …" went to the country
#: (2); "none had forecast an increase" of economists polled was a quote (1); the company and the government's joint
#: lede went to the company (1); "called a 48-hour strike" was a quote (1); the opposition's "saying …" was missed (1);
#: the African Union's "called on all sides to …" was a quote (1). 7 after a central bank named by "Bank" and its
#: country, tagged the country alone, was the bank (`country_named_banks`); 6 after a body the parser hung on the place
#: phrase before its cue spoke (`hung_speakers`), and 5 after "…, the statement said" then reported its words
#: (`written_by.statement_reported`); 4 after two bodies named by their nouns speaking together were a group left
#: unnamed (`bodies_together`). Left: "none had forecast an increase" (1), "called a 48-hour strike" (1; the PolNeAR
#: gold keeps convening a vote as a call, in scope, and a session out of it), the opposition's "saying …" (1; "the
#: opposition" is a group, unnamed wherever it speaks) and "called on all sides to …" (1; a cue in scope in PolNeAR).
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_the_doctor_or_the_official_just_quoted_unnamed_is_not_a_named_doctor_or_official_before(nlp):
    """ "A doctor at the hospital, who …, told Reuters …" then "“…,” the doctor said": the second quote went to "Dr.
    X" named two paragraphs before; "the official said" after "An official at the ministry told Reuters on condition
    of anonymity" went to a permanent secretary named earlier. Both are the unnamed source who just spoke."""
    rows = quote_rows_of(
        nlp,
        "Dr. Ilona Marchbank-Sefu, who leads the agency’s response, said 30 people had been tested.",
        "Permanent secretary Oduya Lentz-Mwale said the ministry had opened two isolation wards.",
        "A doctor at the district hospital in Kavalo, who asked that his name be withheld, told Reuters the ward "
        "there had 10 beds.",
        "“We are turning families away at the gate,” the doctor said.",
        "An official at the neighbouring country’s interior ministry told Reuters on condition of anonymity that two "
        "crossings had been closed.",
        "“We are checking every truck,” the official said.",
    )
    assert [(r["speaker"], r["quote"][:12]) for r in rows if "“" in r["quote"]] == [
        ("", "“We are turn"),
        ("", "“We are chec"),
    ]


def test_a_plural_noun_of_people_opening_a_wire_story_is_no_organisation(nlp):
    """ "LA PAZ (Reuters) - Rescuers …": the recogniser tagged "Rescuers" an organisation, and the company's quotes
    after went to it ("the company said" -> "Rescuers")."""
    rows = quote_rows_of(
        nlp,
        "LA PAZ, May 9 (Reuters) - Rescuers in western Bolivia were digging toward five miners trapped in a tin mine "
        "on Monday, the police said.",
        "Three workers were hurt when the shaft flooded, Estaño Ventura said in a statement.",
        "“Every crew we have is at the site,” the company said.",
    )
    assert "Rescuers" not in [r["speaker"] for r in rows]


def test_a_body_described_then_set_beside_a_named_owners_body_is_that_body(nlp):
    """ "A second observer group, the Caribbean Assembly’s mission, said …": the speaker was "second observer
    group"; a body set beside the description and named by its owner ("X’s mission") is the body that speaks, as
    one named by a proper word before its noun ("the Ostland wealth fund") was."""
    rows = quote_rows_of(
        nlp,
        "A second observer group, the Caribbean Assembly’s mission, said in a preliminary report that the vote had "
        "been calm.",
    )
    assert [r["speaker"] for r in rows] == ["Caribbean Assembly’s mission"]


def test_asking_that_ones_name_be_withheld_says_nothing(nlp):
    """ "A nurse …, who asked that her name be withheld, told Reuters …": the request was taken for a quote of its
    own, as "asked that her name not be used" was not."""
    rows = quote_rows_of(
        nlp,
        "A nurse at the clinic in Mapleton, who asked that her name be withheld because she feared for her job, told "
        "Reuters the clinic had run out of gloves.",
    )
    assert [r["quote"] for r in rows] == ["the clinic had run out of gloves"]


def test_a_bank_named_by_bank_and_its_country_is_the_bank(nlp):
    """ "Bank Indonesia …, saying …": the recogniser tagged the country alone, and the bank's words went to
    "Indonesia"; a central bank named by "Bank" and its country is the bank, with or without a dateline before it."""
    rows = quote_rows_of(
        nlp,
        "Bank Indonesia left its main rate unchanged on Thursday, saying the rupiah had steadied.",
        "MANILA, June 4 (Reuters) - Bank Indonesia held its policy rate on Tuesday, saying inflation remained within "
        "its target.",
    )
    assert [r["speaker"] for r in rows] == ["Bank Indonesia", "Bank Indonesia"]


def test_a_body_hung_on_the_place_phrase_before_its_cue_speaks(nlp):
    """ "…, not far from the borders with X and Y, Tanzania’s health ministry said in a statement": the parser read the
    ministry as one more word of the place phrase, and left "said" with no subject: the lede was missed."""
    rows = quote_rows_of(
        nlp,
        "The first cases were found in a fishing camp on the lake, not far from the borders with Malawi and "
        "Mozambique, Tanzania’s health ministry said in a statement on Monday.",
    )
    assert [(r["speaker"], r["quote"][:15]) for r in rows] == [("Tanzania’s health ministry", "The first cases")]


def test_the_statement_said_after_a_clause_reports_its_authors_words(nlp):
    """ "…, the statement said" after "X said in a statement …": the clause is X's, as "“…,” the statement said" is
    X's quotation; it was dropped, a writing being no speaker of its own."""
    rows = quote_rows_of(
        nlp,
        "The Ostland Red Cross said in a statement on Friday that two of its clinics had closed. The last one shut "
        "on Thursday night, the statement said.",
    )
    assert [(r["speaker"], r["quote"][:15]) for r in rows] == [
        ("Ostland Red Cross", "two of its clin"),
        ("Ostland Red Cross", "The last one sh"),
    ]


def test_two_bodies_named_by_their_nouns_speaking_together_are_a_group(nlp):
    """ "…, the company and the government said": the lede went to the company alone; two bodies that speak at once
    and that no name tells are a group left unnamed."""
    rows = quote_rows_of(
        nlp,
        "OSLO (Reuters) - Two workers were missing after a barge sank in a fjord on Sunday, the company and the "
        "government said on Monday.",
        "The ministry and the police said the search would go on through the night.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed"), ("", "unnamed")]
