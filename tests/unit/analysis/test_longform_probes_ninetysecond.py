"""Quotes of a ninety-second batch of blind probes (longform_probes_ninetysecond.py, a budget fight in a European
parliament as political desks, the wires and regional papers write them: a German finance minister's budget before
the Bundestag, a backbench revolt over a fuel subsidy cut in Malta, a pension freeze told by an Italian regional paper,
and French bonds after a rating agency's warning): the whole batch against its gold, whose count of wrong quotes may
only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_ninetysecond import ANCONA, BERLIN, PARIS, VALLETTA

ALBRECHT = "Konrad Albrecht-Severin"
VOSSBERG = "Henrike Vossberg-Lanz"
ALLIANCE = "Ecological Alliance|the Ecological Alliance|junior partner|The junior partner|the junior partner"
PFEILSTETTER = "Jonas Pfeilstetter-Ruhl"
FFC = "Federal Fiscal Council|The Federal Fiscal Council|the Federal Fiscal Council|council|The council|the council"
OBERKIRCH = "Matthias Oberkirch-Vale"
HALVARD = "Halvard Ratings|Halvard|agency|The agency|the agency"
THORWALDSEN = "Sabine Thorwaldsen-Greif"
CAMILLERI = "Roderick Camilleri-Brandt"
AZZOPARDI = "Noelle Azzopardi-Crane"
SPITERI = "Edward Spiteri-Locke"
VELLA = "Marisa Vella-Dunmore"
MICALLEF = "Karl Micallef-Horne"
CHAMBER = "Chamber of Small Traders|The Chamber of Small Traders|the Chamber of Small Traders"
UNION = "Island Transport Workers’ Union|the Island Transport Workers’ Union|Island Transport Workers"
GRECH = "Josephine Grech-Alder"
FONTANOT = "Graziella Fontanot-Reyes"
PETTINARI = "Arnaldo Pettinari-Stokes"
MAZZOCCHI = "Silvana Mazzocchi-Hale"
BRANCALEONI = "Tommaso Brancaleoni-Ward"
LANCIOTTI = "Fabrizio Lanciotti-Moor"
PAZZAGLIA = "Enrica Pazzaglia-Trent"
SBARBATI = "Dario Sbarbati-Kell"
CORVANE = "Corvane Sovereign Ratings|Corvane|agency|The agency|the agency|rating agency"
MARCHETTI = "Hélène Marchetti-Oakes"
LECLERCQ = "Bastien Leclercq-Haines"
DESTRAND = "Aurélie Destrand-Moss"
RAVIGNAC = "Solène Ravignac-Hurst"
ARMENTIER = "Gilles Armentier-Voss"
PETITJEAN = "Yannick Petitjean-Cole"
KESSENICH = "Ryo Kessenich-Amari"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Finance
#: Minister", "Chancellor", "Government whip", "Prime Minister", "Opposition leader", "Gozo MP", "taxi driver") are no
#: part of a name. A description that refers back ("the minister", "the chancellor", "the MP", "the strategist") and a
#: pronoun or a short name that carries on ("He said …", "She added that …", "he says", "Camilleri-Brandt says …",
#: "Fontanot-Reyes said …") are the person named before; "The official says" after "A senior official …, speaking on
#: condition of anonymity" is that unnamed official's. A fiscal council ("said in a report", "The council said", "It
#: added"), a rating agency ("said in a note", "said in a statement", "It said"), a chamber of traders ("says in a
#: statement") and a union that "calls it “…”" are institutions that speak; "Analysts said", an MP "who did not want
#: to be named" and officials on condition of anonymity are groups or unnamed sources. Cues: "told lawmakers", "told
#: parliament", "told senators", "told reporters", present-tense and inverted ones ("says X", "noted X", "notes the
#: strategist", "says the minister" splitting a quotation, which is one quote), "insists", "urged lawmakers “to …”",
#: "accused the MP of “…”", "Asked whether …, X says only that “…”", a cue set between commas inside the statement
#: ("Her party will vote …, she says", "The union, she adds, has asked …") and reported speech put before its cue ("The
#: subsidy costs …, the minister told parliament", "The freeze covers only “…,” the MP said", "The gap … could reach a
#: full point by Christmas, notes the strategist"). A quoted fragment inside reported speech belongs to that quote; a
#: quotation that follows "“…,” X said." with no new cue, what follows a colon after a cue, and a participle or a
#: second clause that carries on with one speaker in one sentence ("…, adding that …", "… but that …", "… and said …",
#: "… and “…”", "… and she has invited …", "… and the savings will pay …") belong to the quote before and are optional
#: as quotes of their own. No quote at all: "The vote is due on Friday", "is not budging", "fills up twice a week",
#: "is counting buses", "The opposition was quick to answer", a committee that "resumes its debate". Borderline and
#: optional: a lead's "telling the Bundestag" or backbenchers who "have told the party whip" before a speaker is named,
#: headlines ("defends debt-brake budget", "rating agency warns"), a chancellor who "backed her minister", an MP who
#: "defended the measure", a party that "wants" money restored, a prime minister who "has not ruled out" a step, and a
#: regional government's unnamed spokesman.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "berlin": [
        ("|" + ALBRECHT, "debt-brake budget", True),
        ("|" + ALBRECHT, "borrow its way out", True),
        (ALBRECHT, "Every euro we borrow", False),
        (ALBRECHT, "subsidies and on ministries", False),
        (ALBRECHT, "1.9 percent", False),
        ("|" + VOSSBERG, "her minister", True),
        (VOSSBERG, "Konrad has my full support", False),
        (VOSSBERG, "difficult but not broken", False),
        ("|" + ALLIANCE, "6 billion euros restored", True),
        (PFEILSTETTER, "balances the books", False),
        (PFEILSTETTER, "ready to talk all night", False),
        (FFC, "at the optimistic end", False),
        (FFC, "overshoot by about 8 billion", False),
        (FFC, "one-off revenue", False),
        ("", "top credit rating safe", False),
        (OBERKIRCH, "not in danger of a downgrade", False),
        (HALVARD, "remains the anchor", False),
        (THORWALDSEN, "pricing a messier autumn", False),
        (THORWALDSEN, "foreign investors had bought", True),
        ("", "offered the Ecological Alliance 2 billion", False),
    ],
    "valletta": [
        ("", "will not vote for the budget", True),
        (CAMILLERI, "has not changed his mind", False),
        (CAMILLERI, "I was elected", False),
        (CAMILLERI, "I am not going to tell them", True),
        (AZZOPARDI, "the door is open", False),
        (AZZOPARDI, "We can talk about how", False),
        (AZZOPARDI, "everyone knows the rules", False),
        (SPITERI, "180 million euros a year", False),
        (SPITERI, "most of it goes to people", True),
        (SPITERI, "the cut is fair", False),
        (SPITERI, "rebate card", False),
        (VELLA, "punishing Gozo", False),
        (VELLA, "vote against the budget as a whole", False),
        (VELLA, "vote with their conscience", True),
        (MICALLEF, "rebels have a point", False),
        (MICALLEF, "not how you win an argument", True),
        ("", "ringing people at midnight", False),
        (CHAMBER, "hit delivery firms hardest", False),
        (UNION, "a tax on getting to work", False),
        ("", "drafted a fallback", False),
        ("", "not yet been shown", False),
        (GRECH, "If the bus came", False),
        (GRECH, "It comes every hour", True),
        (CAMILLERI, "will meet the prime minister", False),
        (CAMILLERI, "I will listen", False),
        (CAMILLERI, "already listened to my voters", True),
    ],
    "ancona": [
        (FONTANOT, "They call it a freeze", False),
        (FONTANOT, "join a national strike", False),
        (FONTANOT, "found money for a bridge", False),
        (PETTINARI, "I voted for this government", False),
        (MAZZOCCHI, "60 euros a month", False),
        ("|" + BRANCALEONI, "the measure", True),
        (BRANCALEONI, "upper third of pensioners", False),
        (BRANCALEONI, "income tax cut", True),
        (BRANCALEONI, "I understand the anger", False),
        (LANCIOTTI, "put money in the pockets", False),
        ("", "top up the lowest pensions", True),
        (PAZZAGLIA, "3.6 billion euros", False),
        (PAZZAGLIA, "five-year freeze", True),
        (SBARBATI, "hiding behind a radio microphone", False),
        (FONTANOT, "We have booked eleven", False),
        (FONTANOT, "By the end of the week", True),
        (FONTANOT, "not to block roads", False),
        (FONTANOT, "We want Rome to see us", True),
    ],
    "paris": [
        ("|" + CORVANE, "budget stand-off", True),
        (CORVANE, "could cut the country’s credit rating", False),
        (CORVANE, "political path to fiscal consolidation", False),
        (CORVANE, "above 5 percent of output", False),
        (MARCHETTI, "Investors can live with", False),
        (MARCHETTI, "could reach a full point", False),
        (LECLERCQ, "a reminder, not a verdict", False),
        (LECLERCQ, "to read the note", False),
        (LECLERCQ, "a single euro", True),
        ("|" + DESTRAND, "forcing the budget through", True),
        (DESTRAND, "I would rather have a vote", False),
        (RAVIGNAC, "table a censure motion", False),
        (ARMENTIER, "crutch of a government", False),
        (PETITJEAN, "holding our noses", False),
        ("", "4 billion euros of spending freezes", False),
        (KESSENICH, "We changed the outlook", False),
        (KESSENICH, "would not force many funds", False),
    ],
}

ARTICLES = {
    "berlin": BERLIN,
    "valletta": VALLETTA,
    "ancona": ANCONA,
    "paris": PARIS,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 4 of 60 required when the batch was written (blind). By pattern: "The agency has Germany on a stable
#: outlook, and it said in a note that …": the "it" of a second clause whose first clause's subject is "The agency"
#: taken for the council named in the paragraph before, not the agency named in the sentence before (1 missed, 1 wrong);
#: reported speech put before an inverted cue with a description ("The gap …, now 0.86 percentage point, could reach a
#: full point by Christmas, notes the strategist") not found (1 missed); "The union, she adds, has asked its members not
#: to block roads: “…”": the quotation after the colon given to the union, the subject of the reported clause, and not
#: to her, the speaker of the cue (1 wrong). Then 3: an inverted cue at the end of the clause it reports that the parser
#: joined to that clause's verb, with the speaker taken for its object ("…, notes the strategist."), is that person's
#: (misread_set_off_descriptions, 1). Then 2: a quotation after a colon that ends a clause someone is reported to
#: say ("The union, she adds, has asked …: “…”", "She said the union had asked …: “…”") goes on with the reporter
#: (reported_colon_clauses, 1). Then 0: an "it" that opens a clause joined by "and" to one whose subject is a body
#: described by a common noun ("The agency has Germany on a stable outlook, and it said …") is that body, as the "it" of
#: the sentence after such a subject is (joined_it_bodies, 2).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
