"""A sixty-sixth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: foreign policy on the campaign trail, as political desks,
the wires and campaign web coverage tell it. A candidate promising tariffs on a rival state's goods at a rally, a
debate exchange on an alliance and a war abroad, a running mate's trip to a friendly capital, a party platform's plank
on arms sales, a poll on voters' views of a trade deal, a foreign leader's remark about the race and an election
abroad fought over relations with a neighbour; with the look-alikes of the campaign itself: a "ground war" of
canvassers, a "battleground" state, attack ads "traded", a "war chest" and a rule on "foreign" donors at home.

Boundaries judged here: a campaign gets no theme, but a candidate's promise or argument that substantively discusses
one does (tariffs promised on a state's goods are trade, an ally's defence spending argued over military and
diplomacy); a foreign leader taking sides in another state's race, and that state's envoy answering, are diplomacy; a
plank on arms sales is military with trade and diplomacy optional; the crowd, the polls of the race, the money, the
canvassers, the ads and a fine for a foreign national's gift at home get nothing.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYSIXTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Hartwell vows 60 percent tariff on Chinese goods at Ohio rally",
        [
            Probe(
                "YOUNGSTOWN, Ohio, Sept 9 (Nordwire) - Republican nominee Dale Hartwell promised on Monday to put a 60 "
                "percent tariff on every good made in China if he is elected, telling a rally at a shuttered steel "
                'mill that Beijing had "hollowed out" towns like this one.',
                "t",
                "d",
            ),
            Probe(
                'The crowd of about 4,000 chanted "bring it back" as Hartwell, flanked by steelworkers who broke with '
                "their union's leadership to endorse him, walked onto a stage built from old rail girders.",
                "",
            ),
            Probe(
                "Economists at the Halvorsen Institute estimate that such a tariff would cost a typical household "
                "about $2,600 a year, as importers pass the levy on to shoppers.",
                "t",
            ),
            Probe(
                "China's foreign ministry, asked about the pledge, said it did not comment on American elections but "
                'that "a trade war has no winners."',
                "td",
            ),
            Probe(
                "Ohio is a battleground no longer: Hartwell leads there by nine points, and his campaign has moved its "
                "advertising money to Pennsylvania and Michigan.",
                "",
            ),
            Probe(
                "Democrats answered with attack ads of their own, trading blows with the Hartwell campaign over who "
                "has done more for factory workers; the two sides have spent $48 million on television in the state "
                "since July.",
                "",
            ),
            Probe(
                'Hartwell also said he would strip China of its "most favoured nation" status and bar Chinese '
                "companies from buying American farmland.",
                "t",
                "d",
            ),
            Probe(
                "His rival, Vice President Maria Delacroix, has kept most of the tariffs the current administration "
                'placed on Chinese electric cars and chips, but calls a blanket levy "a sales tax on the middle '
                'class."',
                "t",
            ),
        ],
    ),
    (
        "Delacroix and Hartwell clash over Ukraine and NATO in final debate",
        [
            Probe(
                "PHILADELPHIA, Oct 22 (Nordwire) - The two presidential candidates clashed over the war in Ukraine on "
                'Tuesday night in their last debate, with Hartwell saying he would end the fighting "within a day" '
                "and Delacroix accusing him of handing Kyiv to Moscow.",
                "md",
            ),
            Probe(
                'Hartwell said allies in Europe had "freeloaded" on American protection for decades and that NATO '
                "members who did not spend 2 percent of their economies on defence should not count on Washington.",
                "md",
            ),
            Probe(
                "Delacroix answered that the alliance had kept the peace in Europe for 75 years and that walking away "
                "from it would tell Beijing that America's word could not be trusted on Taiwan.",
                "md",
            ),
            Probe(
                "The moderators pressed both on how many more weapons they would send. Neither gave a figure; "
                'Hartwell said Europe should "pay for its own war" and Delacroix said aid would go on "as long as it '
                'takes."',
                "m",
                "d",
            ),
            Probe(
                "The exchange drew the loudest reaction of the night from the audience of 900 at Liberty Hall, where "
                "the moderators twice asked for quiet.",
                "",
                "md",
            ),
            Probe(
                "The candidates also sparred over abortion, the border and housing costs, with Delacroix promising "
                "3 million new homes in four years.",
                "",
            ),
            Probe(
                "A snap poll by the Mercer network found that 51 percent of viewers thought Delacroix had won, against"
                " 44 percent for Hartwell.",
                "",
            ),
            Probe(
                "In Kyiv, a senior aide to Ukraine's president said his country would work with \"whoever the "
                'American people choose" and was grateful for the support of both parties.',
                "d",
                "m",
            ),
            Probe(
                "Both campaigns now turn to the ground war: Delacroix's team says it has 2,500 paid staff knocking on "
                "doors in the seven swing states, and Hartwell's allies are spending $100 million on canvassing.",
                "",
            ),
        ],
    ),
    (
        "Hartwell's running mate visits Warsaw, praises Poland's defence spending",
        [
            Probe(
                "WARSAW, Sept 30 (Nordwire) - Senator Ryan Colbeck, Dale Hartwell's running mate, met Polish President"
                " Tomasz Wirski in Warsaw on Monday, a rare trip abroad in the middle of an American presidential "
                "campaign.",
                "d",
            ),
            Probe(
                "Colbeck praised Poland for spending more than 4 percent of its economy on its armed forces and "
                'called it "a model ally" that others in NATO should follow.',
                "md",
            ),
            Probe(
                "He also toured the base at Redzikowo, where a US missile defence site went into service this year.",
                "m",
                "d",
            ),
            Probe(
                'Polish officials were careful to say the visit was no endorsement. "We meet both sides of American '
                'politics, as we always have," a spokesman for the foreign ministry said.',
                "d",
            ),
            Probe(
                "Critics at home said the trip broke with the custom that candidates do not conduct foreign policy "
                'abroad. "There is one president at a time," said Democratic Senator Lena Ortiz.',
                "d",
            ),
            Probe(
                "Colbeck flew on to London, where he is due to speak at a fundraiser for Americans living abroad on "
                "Wednesday; the campaign said no meetings with British ministers were planned.",
                "",
                "d",
            ),
            Probe(
                "Under US law foreign nationals may not give money to American campaigns, and the Hartwell team said "
                "every guest at the London dinner had been checked for citizenship.",
                "",
            ),
        ],
    ),
    (
        "Democratic platform draft would tie arms sales to the laws of war",
        [
            Probe(
                "CHICAGO, Aug 12 (Nordwire) - The Democratic Party's draft platform would make US arms sales to "
                "foreign governments depend on their respect for the laws of war, a shift pushed by the party's "
                "progressive wing after months of protests over Gaza.",
                "m",
                "td",
            ),
            Probe(
                "The plank, agreed by the platform committee on Sunday by 97 votes to 61, names no country but would "
                "require a State Department review of any sale above $100 million to a government at war.",
                "m",
                "td",
            ),
            Probe(
                "Delegates who opposed it said it would weaken a close ally and hand contracts to Russian and Chinese "
                "arms makers.",
                "m",
                "td",
            ),
            Probe(
                'The platform also pledges to "restore American leadership" at the United Nations and to rejoin the '
                "Paris climate agreement.",
                "d",
            ),
            Probe(
                "Platforms bind no one, and party leaders rarely campaign on them. But activists said the vote "
                "mattered in Michigan, home to the largest Arab American community in the country.",
                "",
                "m",
            ),
            Probe(
                "The committee also adopted planks on abortion rights, a $15 minimum wage and a ban on stock trading "
                "by members of Congress.",
                "",
            ),
            Probe(
                "The convention opens on Aug. 19 at the city's United Center, where organisers expect 50,000 visitors "
                "and protests outside.",
                "",
            ),
            Probe(
                'The Republican platform, adopted in July, calls for "peace through strength", a missile defence '
                "shield over the whole country and a wall along the southern border.",
                "m",
            ),
        ],
    ),
    (
        "Poll: Midwest voters sour on trade pact with Mexico and Canada",
        [
            Probe(
                "DES MOINES, Iowa, Oct 3 (Nordwire) - Most voters in four Midwest states say the trade agreement with "
                "Mexico and Canada has hurt their area, a poll released on Thursday found, as both candidates promise "
                "to reopen the pact when it comes up for review in 2026.",
                "t",
                "d",
            ),
            Probe(
                "In the Great Lakes Poll of 2,400 likely voters, 54 percent said the USMCA had cost jobs where they "
                "live, against 21 percent who said it had created them.",
                "t",
            ),
            Probe(
                "Farm counties were the exception: soybean and pork growers, who sell heavily to Mexico, said by two "
                "to one that the deal had helped them.",
                "t",
            ),
            Probe(
                'Hartwell has vowed to "tear up" the pact unless Mexico stops Chinese carmakers from building plants '
                "there to reach the US market. Delacroix says she would use the review to enforce labour rules in "
                "Mexican factories.",
                "t",
                "d",
            ),
            Probe(
                "The poll also found Delacroix ahead by two points in Michigan and Wisconsin and Hartwell ahead by "
                "three in Iowa and Ohio, within the margin of error of 4 points.",
                "",
            ),
            Probe(
                "Mexico's economy minister said last week that his government would not renegotiate \"under pressure "
                'from a campaign" and that the pact served all three countries.',
                "td",
            ),
            Probe(
                "The poll was conducted by phone and online from Sept. 25 to Oct. 1 by the Public Opinion Lab "
                "at Lakeshore University.",
                "",
            ),
        ],
    ),
    (
        "Hungary's prime minister says he hopes Hartwell wins; Democrats cry meddling",
        [
            Probe(
                "BUDAPEST, Oct 8 (Nordwire) - Hungarian Prime Minister Gabor Lendvai said on Tuesday he hoped Dale "
                'Hartwell would win next month\'s US election, saying a Hartwell presidency would "bring peace" to '
                "Ukraine within weeks.",
                "d",
                "m",
            ),
            Probe(
                'Lendvai, who met Hartwell at his Florida home in March, told state radio he had "several bottles of '
                'champagne" ready for election night.',
                "d",
            ),
            Probe(
                "The Delacroix campaign called the remarks foreign meddling, and the US ambassador in Budapest said "
                'Washington "does not need advice from Budapest on its elections."',
                "d",
            ),
            Probe(
                "Hungary has blocked or delayed several EU aid packages for Ukraine and has refused to let weapons for"
                " Kyiv cross its border.",
                "md",
            ),
            Probe(
                "Leaders rarely take sides openly in an American race. In 2016 a European foreign minister called one "
                'candidate\'s remarks "frankly unhinged" and later had to apologise.',
                "d",
            ),
            Probe(
                "Meanwhile a judge in Georgia threw out a suit by the Hartwell campaign that sought to stop counties "
                "from counting mail ballots that arrive late.",
                "",
            ),
            Probe(
                'Hartwell thanked Lendvai on social media, calling him "a strong leader who loves his country."',
                "d",
            ),
        ],
    ),
    (
        "Delacroix campaign's war chest tops $1 billion as ground game grows",
        [
            Probe(
                "WASHINGTON, Oct 16 (Nordwire) - Maria Delacroix's campaign and its allied committees have raised more"
                " than $1 billion since July, filings showed on Tuesday, giving the vice president a war chest nearly "
                "twice the size of her rival's.",
                "",
            ),
            Probe(
                "The money has paid for a ground war of 350 field offices in the battleground states, where "
                "volunteers made 3 million phone calls last weekend alone.",
                "",
            ),
            Probe(
                "Hartwell's campaign, which has leaned more on outside groups, said its own fundraising hit a record "
                "in September after a surge of small donors.",
                "",
            ),
            Probe(
                "The Federal Election Commission fined a Texas committee $90,000 this month for taking money from a "
                "foreign national, a Canadian businessman who gave through a shell company.",
                "",
            ),
            Probe(
                "Both campaigns have traded attack ads on taxes and crime, and media buyers say the two sides will "
                "have spent $2.5 billion on advertising by polling day.",
                "",
            ),
            Probe(
                "Strategists say the money matters less than turnout in a handful of counties around Philadelphia, "
                "Atlanta, Milwaukee and Phoenix.",
                "",
            ),
            Probe(
                "The largest single donor on the Delacroix side is a hedge fund founder who gave $50 million to a "
                "super PAC; Hartwell's is a shipping heir who gave $75 million.",
                "",
            ),
        ],
    ),
    (
        "Analysis: Taiwan's candidates split on how to talk to Beijing",
        [
            Probe(
                "TAIPEI, Jan 8 - With five days to go before Taiwan's presidential election, the three candidates have"
                " spent more of the campaign on China than on housing or wages, the issues voters tell pollsters they"
                " care about most.",
                "",
                "d",
            ),
            Probe(
                "Lai Chen-wu of the ruling party promises to keep buying American weapons and to extend military "
                "service to one year, saying only strength will deter an invasion.",
                "m",
                "d",
            ),
            Probe(
                "His main rival, Hou Ming-te, says he would reopen talks with Beijing and revive a services trade pact"
                " that students blocked with a three-week occupation of parliament in 2014.",
                "td",
            ),
            Probe(
                'Beijing has called the election a choice "between peace and war" and sent warplanes across the '
                "median line of the strait on 12 days in December.",
                "md",
            ),
            Probe(
                "China also ended tariff cuts on 12 Taiwanese chemicals in December under a 2010 trade deal, a move "
                "Taipei called interference in the election.",
                "td",
            ),
            Probe(
                "The third candidate, a former mayor, has drawn young voters with promises on rent and a plan to "
                "lower the voting age to 18, and barely mentions the mainland.",
                "",
            ),
            Probe(
                "On the ground, all three campaigns have filled night markets with volunteers, and the ruling party's"
                " rallies end with a rock concert.",
                "",
            ),
            Probe(
                "Washington has said it will send an unofficial delegation of former officials after the vote, "
                "whoever wins, as it has done since 1996.",
                "d",
            ),
        ],
    ),
]
