"""Word lists of general English that quote finding relies on: cues of speech, speaker nouns, role words for kind."""

from __future__ import annotations

from dashboard.analysis.makers import COMPANY_MAKERS
from dashboard.analysis.names import words

#: Dependencies of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs that tell how words were said ("“…,” she laughed"): cues in a quotation's sentence, narration in the next
#: ("“…” Ann laughs at that.").
MANNER_CUES = words("grumble mutter muse sigh laugh exclaim shout yell whisper interject gush marvel read")

#: Verbs of communication or judgement whose subject is a speaker and whose clause is what was said.
CUE_VERBS = MANNER_CUES | words("""
say tell add note explain argue claim insist suggest warn caution emphasize emphasise stress underscore
highlight acknowledge admit concede believe reassure assure state declare announce assert contend maintain
observe remark comment write tweet report reply respond answer ask recall predict estimate confirm deny
agree complain reiterate repeat vow pledge promise threaten mention indicate reveal disclose testify inform
advise recommend propose demand urge hint speculate conclude allege charge counter retort quip joke boast
brag point call describe praise criticize criticise condemn welcome hail express voice reaffirm affirm accuse
blame dismiss reject defend applaud laud slam blast lament decry denounce cite forecast outline
question doubt fear recount proclaim wonder inquire underline aver opine clarify
""")

#: Cues whose subject is a person or group even when the noun is none the lists know ("the actress said").
HUMAN_CUES = words("""
say tell add explain insist argue claim acknowledge admit recall complain reply respond answer joke quip boast
concede contend testify recount vow pledge promise deny confirm
""")

#: Cues that take a clause and never an object of their own ("said", not "told him").
CLAUSE_CUES = words("say argue claim insist believe suggest add explain warn write contend maintain aver opine")

#: Cues that, in "as X noted, …", attribute the clause around them.
AS_CUES = words("note observe point report mention predict acknowledge state")

#: Cues whose direct object can itself be what was said ("praised the growing trade ties").
NOMINAL_CUES = words("""
note highlight emphasize emphasise stress underscore praise express voice acknowledge reiterate reaffirm
criticize criticise condemn hail describe cite mention question predict urge recall applaud laud lament decry
denounce recommend outline forecast estimate blame admit concede welcome repeat tweet explain underline
""") | {"point out", "call out"}  # "pointed out the progress", "called out the mayor for …": the phrasal verb

#: Cues whose object is what was said only with a predicate after it ("called the plan a failure").
PREDICATE_CUES = frozenset({"call", "describe", "label", "brand", "dub"})

#: Verb + preposition pairs whose object is what was said ("called for talks", "warned of a crisis").
PREPOSITION_CUES = frozenset(
    {
        ("call", "for"),
        ("call", "on"),
        ("warn", "of"),
        ("warn", "about"),
        ("warn", "against"),
        ("point", "to"),
        ("caution", "against"),
        ("advise", "against"),
        ("complain", "about"),
        ("believe", "in"),
        ("accuse", "of"),
        ("describe", "as"),
        ("ask", "about"),
    }
)

#: Cues with the preposition that says what they charge, warn or advise of, which the parser may hang on their object.
OBJECT_PREPOSITIONS = frozenset(pair for pair in PREPOSITION_CUES if pair[0] in ("accuse", "warn", "advise"))

#: Cues that ask: "asked them if they …", "wondered whether …" is what was asked.
QUESTION_CUES = frozenset({"ask", "wonder", "question", "inquire"})

#: Cues that take an object and an infinitive ("urged Moscow to stop"): the object belongs to the content.
OBJECT_INFINITIVE_CUES = frozenset({"urge", "ask", "call", "tell", "advise", "warn"})

#: Cues whose infinitive is what was said ("vowed to fight on"), besides those that take an object first.
INFINITIVE_CUES = words("vow pledge promise threaten demand claim say")

#: Documents and messages: "a statement saying …" speaks for whoever issued it.
DOCUMENT_NOUNS = words("""
statement letter report tweet post message email e-mail release communique memo note document video ad
advertisement op-ed column interview speech remark comment notice filing complaint ruling book research study
paper article story survey poll data figure analysis review audit response reply rebuttal advisory order
""")

#: Nouns for people who speak without being named ("analysts", "a ministry spokesman"); "TD" is a member of the Dáil,
#: as "MP" is one of the Commons (the bank of the same letters is a name, which no noun of these lists is).
PEOPLE_NOUNS = words("""
analyst official expert observer source spokesman spokeswoman spokesperson critic supporter diplomat aide
adviser advisor insider lawmaker legislator leader minister officer executive economist scholar researcher
academic professor historian strategist commentator pundit pollster investigator prosecutor lawyer attorney
witness resident voter citizen people person man woman activist protester worker employee staffer narrator
demonstrator marcher striker caller listener viewer reader fan follower
proponent advocate developer owner user
representative delegate negotiator envoy ambassador general commander soldier candidate auditor
nominee republican democrat conservative liberal organizer donor journalist reporter editor columnist writer
author scientist doctor physician farmer trader dealer banker investor businessman entrepreneur chairman
chairwoman chairperson
president director manager head chief secretary governor senator congressman congresswoman mayor judge
friend family relative parent student teacher veteran survivor victim neighbor neighbour colleague ally opponent rival
member specialist consultant operative strategist surrogate backer detractor participant organiser hopeful
panellist panelist attendee
mp mla mpp mep td
contender challenger incumbent actress actor singer star host anchor pastor priest bishop rabbi imam coach
player nurse teacher baker engineer driver chef
foreman machinist carpenter plumber electrician mechanic welder miner fisherman fisherfolk rancher librarian
picker laborer labourer farmworker farmhand rider cyclist motorist pedestrian shopper
architect artist musician photographer pilot firefighter paramedic volunteer retiree pensioner homeowner landlord
tenant shopkeeper cashier janitor commuter passenger patient caregiver counsellor counselor therapist psychologist
dentist pharmacist veterinarian surgeon midwife lecturer instructor principal superintendent councillor councilor
sheriff detective chaplain athlete accountant staff jury
officer commissioner administrator coordinator broker agent someone observer report media medium
""")

#: Nouns for organisations that speak ("the ministry said", "the Clinton campaign argued", "the diocese said").
INSTITUTION_NOUNS = words("""
police ministry government administration department agency office embassy kremlin campaign committee commission
council parliament congress senate court party company firm bank corporation group organization organisation
union association institute university foundation military army navy command board bureau newspaper network
outlet station team cabinet legislature assembly regime coalition alliance consulate secretariat mission
fund watchdog regulator panel caucus tribunal authority presidency junta palace federation chamber forum
diocese archdiocese synod directorate
""")

#: Institution nouns that, after "the", stand for the organisation the article named last ("the company said").
COMPANY_NOUNS = (
    words("""
company firm group agency carrier airline insurer reinsurer bank lender retailer maker manufacturer refiner cooperative
railroad railway importer exporter body operator business giant conglomerate chain utility broadcaster publisher charity
organisation concern fund organization union tank centre center watchdog regulator authority
""")
    | COMPANY_MAKERS
)
#: Trades a company plies as well as a person: "Chilean miner Andes Copper" stays the organisation the recogniser
#: found, and "the miner said" is the company the article follows when no person has that role ("the trader said"
#: is mostly a person's).
PLIED_BY_COMPANIES = words("miner developer producer operator")
#: Nouns of an institution or company that speaks as one ("the ministry", "the carrier").
BODY_NOUNS = INSTITUTION_NOUNS | COMPANY_NOUNS
#: Company nouns that describe a public body ("the regulator said" is the agency named before, not a company).
PUBLIC_BODY_NOUNS = frozenset({"watchdog", "regulator"})
#: Nouns that name the state, or a house of it, whole: no department that spoke is "the government".
WHOLE_STATE_NOUNS = words("government cabinet legislature parliament senate")
#: Nouns that name a body of the state by what it is.
STATE_BODY_NOUNS = WHOLE_STATE_NOUNS | words("""
ministry ministries department agency bureau office commission council embassy consulate regulator treasury authority
""")

#: Nouns that only speak as a crowd ("reports suggest"); singular documents do not speak.
PLURAL_ONLY_SPEAKERS = frozenset({"report", "medium"})
#: Shares of the people a poll asked, which speak for them ("63 percent said", "a majority say").
SHARE_NOUNS = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter"})

#: Role nouns that, after "the", stand for a person the article has named ("the senator said").
TITLE_NOUNS = words("""
president premier minister chancellor secretary ambassador senator congressman congresswoman governor mayor
nominee candidate businessman businesswoman chairman chairwoman chairperson general admiral commander king queen prince
judge prosecutor director executive founder lawmaker representative billionaire mogul pope pontiff taoiseach tánaiste
tanaiste
""")

#: Portfolios that name a minister's field, not an organisation ("Defense Minister", "Finance and Trade Minister").
PORTFOLIOS = words("""
defense defence finance foreign interior home economy economic trade health justice energy education agriculture
transport labour labor industry environment culture and of petroleum oil mines power competition climate commerce
communications information tourism housing planning fisheries telecommunications sports youth security water affairs
economics employment pensions welfare immigration resources natural mining infrastructure development social public
works rural regional devolution maritime unification transportation budget homeland veterans mineral minerals
sustainability environmental science
""")

#: Last words of the names of streets and other ways: a place someone works on, never whom they speak for.
WAY_WORDS = words("street st avenue ave road rd boulevard blvd lane drive highway square way")

#: The armed services of a state, as their names end ("U.S. Army", "Royal Navy", "Air Force", "Marine Corps").
ARMED_SERVICES = ("army", "navy", "air force", "marine corps", "space force", "coast guard")

#: Pronouns and the kind of speaker they refer to.
PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
#: Possessive pronouns of one person and the gender they name ("his campaign", "her office").
PERSON_POSSESSIVES = {"his": "m", "her": "f"}
GROUP_PRONOUNS = frozenset({"they"})
#: Quantifiers that stand for a group of people when they are the subject of a cue ("some argue").
GROUP_WORDS = frozenset(
    {"some", "many", "others", "most", "several", "few", "those", "both", "all", "another", "each", "one", "none"}
)
THING_PRONOUNS = frozenset({"it"})
#: Pronouns of one person the writer does not name ("someone asked how …"), an unnamed source.
SOMEONE_PRONOUNS = frozenset({"someone", "somebody"})
#: Bodies only a state has, which make a role public whoever the article ties it to ("a bureau chief" may be a paper's).
STATE_ONLY_BODIES = words("ministry government embassy army navy police")
#: Nouns of people a state or body sends to another.
ENVOY_NOUNS = words("ambassador envoy representative delegate consul emissary sherpa")
#: Titles a paper may go on giving a person who has left the office ("President X" of a retired one).
TITLES_KEPT_FOR_LIFE = words("president governor senator")
#: Words that make a post one held before ("a former prosecutor", "an ex-minister's", "a onetime aide").
PAST_POST_WORDS = frozenset({"former", "ex", "ex-", "onetime", "one-time"})
#: People who speak for an organisation, as no expert of their own.
SPOKESPEOPLE = words("spokesman spokeswoman spokesperson")
#: Trades that open a company's name in Spanish and Portuguese ("Minera Andina Norte", "Constructora Sol"), which no
#: person's name opens with.
OPENING_TRADES = words("""
minera mineradora constructora construtora naviera aerolíneas aerolineas petróleos petroleos inversiones
distribuidora siderúrgica siderurgica empresa empresas compañía compania companhia
""")

#: Endings of a noun for one who does something ("baker", "fisherman", "pharmacist", "interpreter"), in the order a
#: stem is cut from them (described_people).
DOER_ENDINGS = ("man", "woman", "er", "or", "ist", "ian")

#: Names of the days of the week, which name no one though a description may hang on them ("on Thursday, Rohan, 24,
#: a student,").
WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")

#: Verbs of holding back speech: with an infinitive, the speaker would not say something ("declined to name", "refused
#: to predict").
WITHHOLDING = words("refuse decline")
#: Legislatures whose members hold a seat in them ("a member of parliament", "the leader in the Storting").
LEGISLATURES = words(
    "parliament assembly congress senate legislature house diet bundestag duma knesset majlis sejm storting"
)
