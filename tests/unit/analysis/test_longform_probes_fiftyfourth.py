"""Quotes of a fifty-fourth batch of blind probes (longform_probes_fiftyfourth.py, fact-check articles and
claim-checking news of US and Canadian outlets): the whole batch against its gold, whose count of wrong quotes may
only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fiftyfourth import (
    BALLOT_DEADLINE,
    BIKE_LANES,
    CRIME_FIGURE,
    FUEL_LEVY_AD,
    JOBS_CLAIM,
)

KESSLER = "Rhonda Kessler"
WHITCOMBE = "Dana Whitcombe"
MARLOW_POLICE = "Marlow Springs Police Department|the Marlow Springs Police Department"
CRIMINAL_RECORDS = "State Bureau of Criminal Records|the State Bureau of Criminal Records"
MENDEZ_HART = "Carla Mendez-Hart"
OKAFOR_LIND = "Jerome Okafor-Lind"
FERREIRA_COLLINS = "Nadia Ferreira-Collins"
ABERNATHY = "Tomas Abernathy"
PRAIRIE_RENEWAL = "Prairie Renewal Party|the Prairie Renewal Party"
VANTREIGHT = "Gordon Vantreight"
FINANCE_MINISTRY = "Ministry of Finance|the Ministry of Finance|provincial Ministry of Finance"
DUBE_HARTMAN = "Melissa Dubé-Hartman"
LACHAPELLE = "Farid Lachapelle"
OYELARAN_SMYTHE = "Beatrice Oyelaran-Smythe"
FUEL_MONITOR = "Canadian Fuel Price Monitor|the Canadian Fuel Price Monitor"
COLDWELL_SOTO = "Harjit Coldwell-Soto"
BRANNIGAN_LOWE = "Wyatt Brannigan-Lowe"
ELECTIONS_OFFICE = "Dorrance County Elections Office|the Dorrance County Elections Office"
NGATA_ELLISON = "Patrice Ngata-Ellison"
REYES_ALDRIDGE = "Sofia Reyes-Aldridge"
HOLLOWAY_PIKE = "Martin Holloway-Pike"
BAPTISTE_KWON = "Lorraine Baptiste-Kwon"
ELLISON = "Marcus Ellison"
LABOR_DEPARTMENT = "Department of Labor and Workforce|the state Department of Labor and Workforce"
FENSWORTH = "Tara Fensworth"
VARNADO_LUTZ = "Keisha Varnado-Lutz"
TASKER_BRANDT = "Owen Tasker-Brandt"
PRUITT_CASTELLANOS = "Joanna Pruitt-Castellanos"
MACQUARRIE_DOYLE = "Alastair MacQuarrie-Doyle"
PARAMEDIC_SERVICE = "Keswick-Lakeshore Paramedic Service|the Keswick-Lakeshore Paramedic Service"
AKANDE_FLEURY = "Rosalind Akande-Fleury"
TAN_ODUYA = "Marguerite Tan-Oduya"
OKONKWO_REILLY = "Devin Okonkwo-Reilly"
PARAMEDICS_UNION = "Lakeshore Paramedics Union|the Lakeshore Paramedics Union"
WHITFIELD_ARSENAULT = "Joan Whitfield-Arsenault"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives; State Sen., Mayor, Gov., Lt., Coun., Deputy Chief, Elections Director, Finance
#: Minister and state Treasurer are titles ("A mayoral candidate ... says" is the councillor named in the next
#: sentence). "claimed in a Facebook post", "wrote on X", "told supporters", "told the crowd", "replied", "said in an
#: email", "said in a phone interview", "said in a statement to" an outlet, "told" an outlet and "writing that" are
#: cues. A post or an ad is no speaker, but what it says is its author's when the story names the author: "The post
#: says" after Kessler's post is Kessler's, "A campaign ad from the Prairie Renewal Party claims" is the party's. "the
#: statement said" is whoever gave the statement. What is so "according to" a named agency, service or person is
#: theirs; what "figures show" or a notice "says" has no speaker. A restated claim in a ruling ("Kessler said violent
#: crime ... doubled") is a quote of the person restated; the "CLAIM:" line, the verdicts ("We rate this claim
#: False", "The claim is false", "Misleading.") and "did not respond" are none. A quotation that follows one of the
#: same speaker past its cue with no cue of its own joins that quote (its piece optional). Optional: groups and
#: unnamed sources (county officials, economists, experts, an ad's narrator, an anonymous Facebook post), "pointed
#: to" a report or notice, "accused ... of", "called ... “…”", "repeated the figure", and a second "that" clause
#: after "and that" or "but that".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "crime_figure": [
        (KESSLER, "crime in Marlow Springs had", False),
        (KESSLER, "Families are afraid to walk downtown", False),
        (KESSLER, "the city recorded 1,900 violent crimes", False),
        (WHITCOMBE, "a news story about a rise in carjackings", True),
        (MARLOW_POLICE, "1,012 violent crimes", False),
        (CRIMINAL_RECORDS, "Violent crime statewide fell 3%", False),
        (MENDEZ_HART, "the department reports its figures", False),
        (MENDEZ_HART, "There was an uptick in aggravated assaults", False),
        (MENDEZ_HART, "the department changed how it counted", False),
        (OKAFOR_LIND, "one common mistake is to compare", False),
        (OKAFOR_LIND, "People grab a number from a dashboard", False),
        (OKAFOR_LIND, "single-year changes in small cities are noisy", False),
        (OKAFOR_LIND, "a 5% rise could reverse", True),
        (FERREIRA_COLLINS, "fear was real even when", False),
        (FERREIRA_COLLINS, "Perception follows the headlines", False),
        (ABERNATHY, "fearmongering dressed up as math", False),
        (KESSLER, "crime in Marlow Springs doubled in two years", False),
    ],
    "fuel_levy_ad": [
        (PRAIRIE_RENEWAL, "the provincial fuel levy adds", False),
        ("|" + PRAIRIE_RENEWAL, "paying for Ottawa", True),
        (VANTREIGHT, "the figure", True),
        (VANTREIGHT, "Forty cents a litre", False),
        (FINANCE_MINISTRY, "The levy is 17.6 cents a litre", False),
        (FINANCE_MINISTRY, "adds roughly another cent", False),
        (FINANCE_MINISTRY, "The rate is set in regulation", False),
        (DUBE_HARTMAN, "the full cost of carbon pricing", False),
        (DUBE_HARTMAN, "a 2023 study by the Westgate Institute", True),
        (LACHAPELLE, "his report did not say that", False),
        (LACHAPELLE, "We estimated indirect costs", False),
        (LACHAPELLE, "the institute had received calls", False),
        (OYELARAN_SMYTHE, "retail gas prices move mostly", False),
        (OYELARAN_SMYTHE, "In a month when crude jumps", False),
        (FUEL_MONITOR, "averaged $1.58 a litre", False),
        (COLDWELL_SOTO, "making numbers up", True),
        (VANTREIGHT, "hiding behind fine print", False),
    ],
    "ballot_deadline": [
        ("", "they have no plans to change that", True),
        (BRANNIGAN_LOWE, "quietly changed the rules", False),
        (BRANNIGAN_LOWE, "tossed in the trash", True),
        ("", "not trust the mail", True),
        (BRANNIGAN_LOWE, "a county notice posted last month", True),
        ("|" + ELECTIONS_OFFICE, "must be received by the close of polls", True),
        (ELECTIONS_OFFICE, "it refers to ballots returned in person", False),
        (NGATA_ELLISON, "We understand why people were confused", False),
        (NGATA_ELLISON, "Every mail ballot postmarked", True),
        (REYES_ALDRIDGE, "the office had contacted the county", False),
        (REYES_ALDRIDGE, "the state had received no complaints", False),
        (HOLLOWAY_PIKE, "Spreading false deadlines", False),
        ("", "the confusion was predictable", True),
        (BAPTISTE_KWON, "Any time a rule has two deadlines", False),
        (BAPTISTE_KWON, "courts in several states had upheld", False),
        (BRANNIGAN_LOWE, "glad the county backed down", False),
    ],
    "jobs_claim": [
        (ELLISON, "created 200,000 new jobs", False),
        (ELLISON, "Two hundred thousand", False),
        (LABOR_DEPARTMENT, "added about 204,000 nonfarm jobs", False),
        ("", "Most of the gain", True),
        (FENSWORTH, "inherited a crisis", False),
        (FENSWORTH, "a report by the Growth Alliance", True),
        (FENSWORTH, "no governor creates jobs alone", False),
        (FENSWORTH, "leadership sets the table", True),
        ("", "governors have limited influence", True),
        (VARNADO_LUTZ, "A governor can help at the margins", False),
        (VARNADO_LUTZ, "job growth since 2021 was close", False),
        (TASKER_BRANDT, "the two battery plants employ", False),
        (TASKER_BRANDT, "the governor deserves some credit", False),
        (TASKER_BRANDT, "It is not 200,000", True),
        (PRUITT_CASTELLANOS, "taking credit for the sunrise", False),
        (ELLISON, "his administration created 200,000 jobs", False),
        ("", "governors have little control", True),
    ],
    "bike_lanes": [
        (MACQUARRIE_DOYLE, "new bike lanes on Harbour Street are costing lives", False),
        (MACQUARRIE_DOYLE, "Ambulances are stuck behind planters", False),
        (MACQUARRIE_DOYLE, "paramedic response times", False),
        (PARAMEDIC_SERVICE, "Median response times in the city", False),
        (AKANDE_FLEURY, "We have seen no measurable effect", False),
        (AKANDE_FLEURY, "crews are trained to use the lanes", False),
        (AKANDE_FLEURY, "ambulances are narrow enough", True),
        (TAN_ODUYA, "Twelve seconds is within the normal variation", False),
        (TAN_ODUYA, "call volumes rose 9%", False),
        (TAN_ODUYA, "If you want to know what slows ambulances", False),
        (TAN_ODUYA, "offload times in the region had doubled", False),
        (OKONKWO_REILLY, "the candidate had heard from", False),
        (OKONKWO_REILLY, "They are afraid for their jobs", False),
        (PARAMEDICS_UNION, "it had received no complaints", False),
        (WHITFIELD_ARSENAULT, "irresponsible", True),
        (WHITFIELD_ARSENAULT, "it had frightened seniors", False),
        (WHITFIELD_ARSENAULT, "My office got calls", False),
        ("", "other causes", True),
    ],
}

ARTICLES = {
    "crime_figure": CRIME_FIGURE,
    "fuel_levy_ad": FUEL_LEVY_AD,
    "ballot_deadline": BALLOT_DEADLINE,
    "jobs_claim": JOBS_CLAIM,
    "bike_lanes": BIKE_LANES,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 15 of 63 required when the batch was written (blind), with no gold slip found. Wrong: labels before a
#: colon taken for speakers ("FACT FOCUS:", "CLAIM:"; 2); "A campaign ad from the party claims the levy adds
#: “...”", whose "adds" is read as the cue of an unnamed source (2); "according to the state Department of Labor and
#: Workforce" cut at "and" (2); "economists told CheckWorks" set inside the sentence, whose subject is lost (1); "state
#: Treasurer Joanna Pruitt-Castellanos" given as "Treasurer Joanna Pruitt-Castellanos" (2); "A mayoral candidate in
#: Port Keswick, Ont., says" given to a speaker called "Ont" (2); "according to the service" after the service was
#: named (2); "said in an interview that call volumes rose", whose subject is lost (2). Then 9: a fact check's labels
#: name nobody ("CLAIM:", "FACT FOCUS:"; turns); the state after a town is no name of the person placed there
#: ("A mayoral candidate in Port Keswick, Ont., says" is now an unnamed source; place_regions); a title read into a
#: given name whose double-barrelled surname was tagged apart is left out ("state Treasurer Joanna" +
#: "Pruitt-Castellanos"; particle_names); a writing that carries its author speaks for the author ("A campaign ad from
#: the Prairie Renewal Party claims"; authored_writings). Left: the lede's "A mayoral candidate ... says" named only in
#: the next sentence under another title (2); "Department of Labor and Workforce" cut at "and" by the recogniser (2);
#: "the Keswick-Lakeshore Paramedic Service" tagged a facility, so "according to the service" is unnamed (2); "call
#: volumes" read as a verb and its object, so the subject is lost (2); "economists told CheckWorks" set inside the
#: sentence, whose subject is lost (1).
#: Then 8: what was said keeps the noun phrase that opens the sentence before a cue set inside it with its listener
#: ("Most of the gain, economists told CheckWorks, was …"; set_off_subjects). Left: the lede's "A mayoral candidate
#: ... says" (2), "Department of Labor and Workforce" (2), "according to the service" (2), "call volumes" (2).
#: Then 6: a public body named by fields of government joined by a last "and" is one name, without the lower-case
#: "state" before it, however the recogniser cut it (listed_portfolios, 2). Left the lede's candidate (2), "according
#: to the service" (2) and "call volumes" (2).
#: Then 4: the lede's "A mayoral candidate in Port Keswick, Ont., says …" is the councillor who speaks, named for
#: the first time, in the very next sentence (lede_people_named_next, 2). Left "according to the service" (2) and
#: "call volumes" (2).
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
