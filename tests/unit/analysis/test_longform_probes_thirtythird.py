"""Quotes of a thirty-third batch of blind probes (longform_probes_thirtythird.py, Canadian web news on health,
science and the courts): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_thirtythird import EMERGENCY, INQUEST, MEASLES, SMOKE, TRENCH

AHS = "Alberta Health Services|AHS"
COMPANY = "Pellegrini Excavating|Pellegrini Excavating Ltd.|company|The company"
LABOUR_MINISTRY = (
    "Ministry of Labour, Immigration, Training and Skills Development|The Ministry of Labour, Immigration, Training "
    "and Skills Development|ministry|The ministry"
)
AUTHORITY = "Nova Scotia Health|The health authority|health authority|authority"
ARSENAULT = "Colleen Arsenault|Arsenault’s office|Colleen Arsenault’s office"
NURSES_UNION = "Nova Scotia Nurses’ Union|union|The union"
EHS = "Emergency Health Services|EHS"
RCMP = "B.C. RCMP|RCMP|The RCMP|BC RCMP|The B.C. RCMP"
WATCHDOG = "Independent Investigations Office of B.C.|Independent Investigations Office|IIO"
CORONERS = "B.C. Coroners Service|Coroners Service|The B.C. Coroners Service|BC Coroners Service"
HEALTH_UNIT = "Grey Ridge Public Health|health unit|The health unit"
PHO = "Public Health Ontario|PHO"
BOARD = "Bluewater Crest District School Board|school board|The school board|board"
ONTARIO_MINISTRY = "Ontario’s Ministry of Health|Ministry of Health|ministry|"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A quotation split by
#: its cue is one quote (its first piece is the anchor), and a quotation that goes on after its cue with no new one is
#: the same quote (its later piece optional); a quotation that runs on into the next paragraph is its speaker's there
#: too. A study, an autopsy, letters, an inquest's evidence and "the statement" are documents and events, no speakers
#: (what "the statement said" of a family is optional; so is what stands "according to" a study or the evidence, an
#: unnamed source to the wire gold); a jury and a family are groups; a minister's office speaks for the minister.
#: Borderline and optional: what researchers "say should" change inside a relative clause, what "they found" in a
#: study and what forecasters "expect", what a judge "called" in a lead before she is named, what a lawyer "asked
#: for" or "argued for" as a noun (and the participle going on from it), the second clause of "said … and that …",
#: what a watchdog "found", and what "the region confirmed" in a subordinate clause.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "smoke": [
        ("", "Children who breathed heavy wildfire smoke", True),
        ("", "should change how provinces warn families", True),
        ("Anjali Raghunathan", "What surprised us was how quickly", False),
        ("Anjali Raghunathan", "Within three days of a bad smoke day", True),
        ("Anjali Raghunathan", "the youngest children, those under five, were hit hardest", False),
        ("Anjali Raghunathan", "gap likely reflects housing", False),
        ("Anjali Raghunathan", "You can tell a family to stay indoors", False),
        ("", "the risk rose with each additional day", True),
        ("Michel Thibodeau", "one of the most careful looks", False),
        ("Michel Thibodeau", "satellite estimates can miss", False),
        ("Michel Thibodeau", "It tells us the size of the problem", False),
        ("", "another long fire season", True),
        (AHS, "it was reviewing the study", False),
        (AHS, "its smoke guidance already advises", True),
        ("Health Canada", "it would update its advice for schools", False),
        ("Evelyn Oduro", "she sees the pattern every summer", False),
        ("Evelyn Oduro", "By the second week of smoke", False),
        ("Evelyn Oduro", "Parents ask me what to buy", True),
        ("Kelsey Marchand", "Nobody told us that smoke could", False),
        ("Kelsey Marchand", "I thought smoke was a campfire smell", True),
        ("Anjali Raghunathan", "her team is now studying whether portable air cleaners", False),
        ("Sandra Kowalchuk", "The message for parents is not to panic", False),
        ("Sandra Kowalchuk", "Know where the cleanest air is", True),
        ("Ben Yazzie-Holt", "the team had expected to find an effect", False),
    ],
    "trench": [
        ("Marguerite Solberg|", "profound and deliberate indifference", True),
        ("Marguerite Solberg", "Pellegrini had been warned at least three times", False),
        ("Marguerite Solberg", "This was not a momentary lapse", False),
        ("Marguerite Solberg", "Mr. Pellegrini weighed the cost", True),
        ("Natalie Osei", "a sentence of five years", True),
        ("Natalie Osei", "employers in the construction industry needed to hear", False),
        ("Natalie Osei", "Trench deaths are preventable", False),
        ("Graham Whitcombe", "a conditional sentence to be served", True),
        ("Graham Whitcombe", "Pellegrini’s lack of a criminal record", True),
        ("Graham Whitcombe", "his client was", False),
        ("Marguerite Solberg", "fail entirely", False),
        ("Marguerite Solberg", "she had given weight to Pellegrini’s remorse", False),
        ("", "no sentence could return Tomasz", False),
        ("", "Tomasz came to Canada to build a life", True),
        ("", "He deserved to come home every night", True),
        (LABOUR_MINISTRY, "trench-related deaths in Ontario had fallen", False),
        ("Rosa Inácio", "the sentence was", False),
        ("Rosa Inácio", "For years, the worst that happened", False),
        ("Rosa Inácio", "Today a man is going to jail", True),
        ("Dario Pellegrini", "I think about Tomasz every day", False),
        ("Dario Pellegrini", "I should have stopped the job", True),
        ("Marguerite Solberg", "the courts had for too long treated workplace deaths", False),
        ("Marguerite Solberg", "The law has permitted criminal prosecutions", False),
        # one quote with the one above by GUIDELINES: its paragraph carries on that quotation, no cue
        # ("Marguerite Solberg", "A worker in a trench is entitled", False),
        (COMPANY, "it had since bought trench boxes", False),
    ],
    "emergency": [
        (AUTHORITY, "will close overnight for at least six more weeks", False),
        ("", "has left the small valley town feeling abandoned", True),
        (AUTHORITY, "the department would be open from 8 a.m.", False),
        ("Farah Lindqvist", "the closures were a last resort", False),
        ("Farah Lindqvist", "We do not close an emergency department lightly", False),
        ("Farah Lindqvist", "the authority had hired two doctors", False),
        ("Farah Lindqvist", "locum physicians had covered 40 per cent", False),
        ("Hollis Drummond", "the town had heard such promises before", False),
        ("Hollis Drummond", "Every time it closes", False),
        ("Hollis Drummond", "the council would ask for a meeting", False),
        (ARSENAULT, "the minister was aware of the situation", False),
        ("Marjorie Feltham", "she drove her husband to Carrow Bay", False),
        ("Marjorie Feltham", "Forty-five minutes on that road", False),
        ("Marjorie Feltham", "He did. The next person might not", True),
        ("", "the closures feed on themselves", False),
        ("Janet MacQuarrie", "nurses who are left to cover the day shifts", False),
        ("Janet MacQuarrie", "The nurses who stay are working double shifts", False),
        ("Janet MacQuarrie", "Then people wonder", True),
        (NURSES_UNION, "14 of the hospital’s 31 nursing positions", False),
        (EHS, "response times in the area had not changed", False),
        ("", "crews are often tied up for hours", False),
        ("", "When we’re on the highway", False),
        ("Devon Pyke", "the government had promised to end", False),
        ("Devon Pyke", "They made a promise they could not keep", False),
        ("Colleen Arsenault", "the government had added 300 doctors", False),
        ("Colleen Arsenault", "We are not there yet", False),
    ],
    "inquest": [
        ("", "An autopsy found he died", True),
        ("Ruth Abernathy", "its role was not to find fault", False),
        ("Amrit Sandhu", "Lafleche-Bear was talking and walking", False),
        ("Amrit Sandhu", "He was joking with us in the car", False),
        ("Amrit Sandhu", "There was nothing that told me", True),
        ("Wesley Obomsawin", "he noticed the man had not moved", False),
        ("Wesley Obomsawin", "he had never been trained", False),
        ("", "require that guards enter cells", False),
        ("Denise Lafleche", "the family was relieved the jury had listened", False),
        ("Denise Lafleche", "My brother was not a number", False),
        ("Denise Lafleche", "If one of these recommendations", True),
        ("Sébastien Ouimet", "the finding of accidental death did not mean", False),
        ("Sébastien Ouimet", "the family would watch closely", False),
        ("Sébastien Ouimet", "We have been here before", False),
        (RCMP, "it would review the jury’s recommendations", False),
        ("Kirsten Hale", "the force had already begun a pilot project", False),
        ("Kirsten Hale", "Cells are not hospitals", False),
        (WATCHDOG, "no reasonable grounds", True),
        ("Naomi Featherstone", "the case fits a pattern", False),
        ("Naomi Featherstone", "We are using jail cells as sobering centres", False),
        ("Naomi Featherstone", "The recommendations are good", True),
        (CORONERS, "it would forward the recommendations", False),
    ],
    "measles": [
        ("", "check their children’s vaccination records", False),
        ("Grey Ridge|the region|region|Grey Ridge Public Health|", "23 cases of measles", True),
        ("Hamza Qureshi", "the outbreak had likely begun with a traveller", False),
        ("Hamza Qureshi", "Measles is the most contagious disease", False),
        ("Hamza Qureshi", "three children had been admitted to hospital", False),
        ("Hamza Qureshi", "the congregation had been co-operating", False),
        (PHO, "the province had recorded 61 measles cases", False),
        ("Lena Marchetti", "the numbers reflect a drop in routine childhood vaccination", False),
        ("Lena Marchetti", "We lost ground", False),
        ("Lena Marchetti", "Ninety-five per cent coverage", True),
        (BOARD, "it had sent letters to families", False),
        (BOARD + "|", "students without proof of vaccination", True),
        ("Miriam Hofstetter", "she had not vaccinated them", False),
        ("Miriam Hofstetter", "I thought I was protecting them", False),
        ("Miriam Hofstetter", "I’m not here to judge anybody", True),
        ("Miriam Hofstetter", "Her eldest son, 11, has since been vaccinated", False),
        (HEALTH_UNIT, "nurses gave 340 shots", False),
        ("Kwame Asante-Reid", "his phone had not stopped ringing", False),
        ("Kwame Asante-Reid", "A lot of these are adults", False),
        ("Kwame Asante-Reid", "If you don’t know, get the shot", True),
        ("Hamza Qureshi", "adults born in or after 1970", False),
        (ONTARIO_MINISTRY, "the province had shipped 6,000 additional doses", False),
    ],
}

ARTICLES = {"smoke": SMOKE, "trench": TRENCH, "emergency": EMERGENCY, "inquest": INQUEST, "measles": MEASLES}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 18 of 88 required when the batch was written (blind). Then 13 by five gold slips: the anchor "that gap
#: likely reflects …" hung on a "that" the rules read as the clause's, not the noun's (2, now "gap likely …"); what
#: stands "according to" a study or the inquest's evidence is an unnamed source to the wire gold, so borderline (2);
#: "argued for …, pointing to his lack of a record" is the lawyer's, as its participle goes on from his cue (1). Then
#: 9: an abbreviated police rank opened a name the recogniser took for a body ("Cst. Amrit Sandhu" an organisation,
#: 4, `titled_names`). Then 7: a province after a town ("Grey Ridge, Ont.") was tagged a person, who spoke for the
#: officials in the town (2, `region_abbreviations`). Then 6: "the jury called for …" found no speaker, as "jury" was
#: no noun of people (1, lexicon). Left: the recogniser cut "Ministry of Labour, Immigration, Training and Skills
#: Development" at its second comma (2; a rule joining capitalised words over commas and "and" would join lists of
#: bodies as well); "according to the health unit" is left unnamed, not Grey Ridge Public Health, named before only as
#: the doctor's employer (2; "unit" names no body, and "health unit" alone is no institution's name); "said nurses who
#: are left to cover the day shifts are burning out" was parsed with the relative clause closed at "day", so the quote
#: starts at "shifts" (2; no other wording gave that parse, so a rule for it would fit this sentence alone). Then 4:
#: a public body named by a list of fields joined by commas and a last "and", each a field of government, is one name
#: however the recogniser cut the list (listed_portfolios, 2). Left the health unit (2) and the nurses' clause (2).
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
