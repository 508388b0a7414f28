"""The thirty-fourth round of blind profile probes: fictional business, economy and labour news of a Canadian
province (a paper mill's lockout, a housing market report, a grocery strike, a fishing season, a doctors' regulator)
quoting the people of unions and of trade, industry and professional bodies (union presidents of named and numbered
locals, business agents and stewards, presidents of real estate boards, boards of trade and chambers of commerce,
home builders', producers' and fishermen's associations, an industry council, a federation of independent business
and a college of physicians, their chief economists and spokespeople, and the bodies speaking as themselves), and for
each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_thirtyfourth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked. GUIDELINES: union leaders are `other`; the presidents and spokespeople of business and trade bodies
#: are `other` too, as executives of a body of members that holds no public office; an economist of such a body is
#: an `analyst` (economists are experts); a college of physicians licenses and disciplines doctors for the province,
#: a regulator, so its registrar is `official`; a minister is `official`; a body speaking as itself is an
#: `institution` keyed by its fullest name.
STORIES = [
    (
        (
            "Workers at the Kestrel Bay paper mill were locked out early Saturday after talks with Harwick Forest "
            "Products broke down over pensions.",
            "Dale Purvis, president of the Northern Pulp and Paper Workers Union Local 112, said the company had "
            "walked away from a deal that was within reach. He said members would picket the mill gates around the "
            "clock.",
            "Harwick Forest Products said in a statement that the union's demands would make the mill unprofitable.",
            "Marla Oduya, a business agent for the local, said about 340 workers were affected.",
            '"We have families who have worked in that mill for three generations," said shop steward Glen Tasker.',
            "Provincial Labour Minister Irene Calder urged both sides to return to the table.",
        ),
        [
            ("within reach", "Dale Purvis", "other", "Northern Pulp and Paper Workers Union Local 112"),  # president
            ("picket the mill", "Dale Purvis", "other", "Northern Pulp and Paper Workers Union Local 112"),  # president
            ("unprofitable", "Harwick Forest Products", "institution", ""),
            ("340 workers", "Marla Oduya", "other", ""),  # business agent of the local
            ("three generations", "Glen Tasker", "other", ""),  # shop steward
            ("return to the table", "Irene Calder", "official", ""),  # provincial labour minister
        ],
    ),
    (
        (
            "Home sales in the Greater Lakemoor area fell 14 per cent in March from a year earlier, according to "
            "figures released Tuesday.",
            "Priya Vanterpool, president of the Lakemoor Regional Real Estate Board, said buyers were waiting for "
            "interest rates to come down before making offers.",
            "Tomas Reinholt, chief economist at the Lakemoor Board of Trade, said the slowdown would weigh on "
            "hiring in construction through the summer.",
            "The Lakemoor Home Builders' Association said permits for new detached houses had reached their lowest "
            "level since 2009.",
            "Carys Mbeki, executive director of the home builders' association, said development charges added tens "
            "of thousands of dollars to the price of each new house.",
            "Alain Brisebois, vice-president of the Canadian Federation of Independent Business, said small firms "
            "were already cutting hours.",
        ),
        [
            ("waiting for interest rates", "Priya Vanterpool", "other", "Lakemoor Regional Real Estate Board"),
            ("weigh on hiring", "Tomas Reinholt", "analyst", "Lakemoor Board of Trade"),  # chief economist
            ("lowest level", "Lakemoor Home Builders' Association", "institution", ""),
            ("development charges", "Carys Mbeki", "other", ""),  # executive director of the association
            ("cutting hours", "Alain Brisebois", "other", "Canadian Federation of Independent Business"),  # v-p
        ],
    ),
    (
        (
            "Cashiers and shelf stockers at 22 Brantwell grocery stores walked off the job on Thursday.",
            "United Food and Commercial Workers Local 2417 president Nadia Ferreira said wages had fallen far behind "
            "the cost of food and rent.",
            "Brantwell spokesperson Owen Gallant said the chain had offered raises of 11 per cent over four years.",
            "Jasper Ng, president of the Westvale Chamber of Commerce, said the strike would hurt the small shops "
            "that share plazas with the grocery stores.",
        ),
        [
            ("fallen far behind", "Nadia Ferreira", "other", "United Food and Commercial Workers Local 2417"),
            ("11 per cent", "Owen Gallant", "other", "Brantwell"),  # spokesperson
            ("small shops", "Jasper Ng", "other", "Westvale Chamber of Commerce"),  # president
        ],
    ),
    (
        (
            "The lobster season off the south shore opened a week late after storms kept boats in harbour.",
            "Ruth Amadi, president of the Southshore Fishermen's Association, said prices at the wharf had started "
            "strong.",
            "Bernard Lisle, who chairs the Atlantic Seafood Industry Council, said processors were short of about "
            "600 workers.",
            "The Maritime Egg Producers Association said in a release that feed costs had doubled.",
        ),
        [
            ("started strong", "Ruth Amadi", "other", "Southshore Fishermen's Association"),  # president
            ("600 workers", "Bernard Lisle", "other", "Atlantic Seafood Industry Council"),  # chair
            ("feed costs", "Maritime Egg Producers Association", "institution", ""),
        ],
    ),
    (
        (
            "A family doctor in Port Elden has been suspended for six months for billing for visits that never "
            "took place.",
            "Dr. Helene Marchetti, registrar of the College of Physicians and Surgeons of Elden, said the public "
            "needed to trust the bills their doctors sign.",
            "The Elden Medical Association said the suspension showed the system was working.",
            "Wendell Okafor, a spokesperson for the Elden Nurses' Union, said nurses had raised the concerns first.",
        ),
        [
            ("needed to trust", "Helene Marchetti", "official", "College of Physicians and Surgeons of Elden"),
            ("system was working", "Elden Medical Association", "institution", ""),
            ("raised the concerns", "Wendell Okafor", "other", "Elden Nurses' Union"),  # spokesperson
        ],
    ),
]
