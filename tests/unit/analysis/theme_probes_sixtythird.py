"""A sixty-third batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: debt, aid and international finance in world affairs, as
agency copy, the financial press and development-policy web analysis tell them. An IMF bailout and its conditions, a
debt restructuring with creditor states and bondholders, a development bank's loan for a port built by a foreign
contractor, a donor state cutting its aid budget and the recipients' reply, a sovereign default and the currency's
fall, a swap line between two central banks, loans for arms and an analysis of who lends to the poorest states; with
the look-alikes of home news: household debt, a city's budget and bond issue, a food bank's appeal and a utility's
bond sale at home.

Boundaries judged here: an IMF programme, its conditions and the opposition's complaint of them are lending (trade,
diplomacy optional), as earlier batches labelled them, and so are talks with creditor states (diplomacy optional
unless states accuse or answer each other, or a forum of states is the clause); bondholders, a default, a currency's
fall and imports made dearer are trade; a foreign contractor's tender and a development bank's loan are trade; an aid
budget is no theme of its own (diplomacy optional, as the fiftieth batch has it), a recipient state's protest and a
contest for influence are diplomacy, and the savings spent on defence military; a swap line is trade; loans for arms
are trade and military; a central bank's rate, household debt, a city's bond issue and a company's bond sale at home
take trade only as optional, a food bank's appeal and a gala nothing.
Blind, main's rules got 8 of these 82 paragraphs wrong. One was a label slip, relabelled: a debt counsellor's words
continue the story of household debt and take trade as optional like its other paragraphs. 7 are left: trade missed for
an opposition leader's "signed away the country's budget to Washington", a foreign contractor's tender won against
foreign bids, local builders' complaint of it, a tank maker's assembly and transfer of technology abroad, and a forum of
states for debt relief; military missed for defence industry deals signed on a visit; diplomacy given to a currency's
one-line close. Mended: "defence industry cooperation" is defence cooperation, and a currency told after a lead's swap
is the market's figure, no participant of the event (see themes/events.py): 5 left (see KNOWN_MISSES in
test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYTHIRD_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Kenya reaches $3.1 billion IMF deal, pledges to end fuel subsidies",
        [
            Probe(
                "NAIROBI, June 12 (Coinwire) - Kenya reached a staff-level agreement with the International Monetary "
                "Fund on Wednesday for a $3.1 billion bailout over four years, after months of talks over how fast the"
                " government must cut its deficit.",
                "t",
                "d",
            ),
            Probe(
                "Under the deal, the Treasury will end subsidies on fuel and maize flour by December, raise "
                "value-added tax on mobile money transfers and sell stakes in three state firms, the fund said in a "
                "statement.",
                "t",
                "d",
            ),
            Probe(
                "The programme still needs the approval of the IMF's executive board, which is expected to meet in "
                "August. It would unlock a further $1.2 billion from the World Bank and the African Development Bank.",
                "t",
                "d",
            ),
            Probe(
                'Finance Minister Joseph Mwangi told parliament the country had no choice. "We are borrowing to pay '
                'interest on what we borrowed. This ends now," he said.',
                "t",
            ),
            Probe(
                "The shilling rose 1.4 per cent against the dollar after the announcement, and yields on Kenya's "
                "dollar bonds due in 2028 fell to their lowest since February.",
                "t",
            ),
            Probe(
                "Hundreds of people marched in central Nairobi on Thursday against the tax rises, and police fired "
                "tear gas to break up the crowd near parliament.",
                "",
                "t",
            ),
            Probe(
                "The opposition leader, Grace Achieng, said the government had \"signed away the country's budget to "
                'Washington" and promised to reopen the terms if her party won the 2027 election.',
                "t",
                "d",
            ),
            Probe(
                "Kenya owes about a third of its external debt to China, mostly for a railway from Mombasa to Nairobi,"
                " and Beijing has so far declined to join talks on easing repayments, diplomats in Nairobi said.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Ghana strikes debt deal with China, France-led creditors; bondholders balk",
        [
            Probe(
                "ACCRA, Jan 9 (Coinwire) - Ghana reached a deal with its official creditors, led by China and France, "
                "to restructure $5.4 billion of bilateral loans, clearing the way for the next payout of its IMF "
                "programme, the finance ministry said on Tuesday.",
                "t",
                "d",
            ),
            Probe(
                "The memorandum, signed in Paris after a year of talks, stretches repayments over 16 years and cuts "
                "interest rates to about 1 per cent, but writes off none of the principal.",
                "t",
                "d",
            ),
            Probe(
                "French Deputy Finance Minister Claire Aubert, who co-chairs the creditor committee, said the deal "
                'showed that "China and the Paris Club can work side by side".',
                "t",
                "d",
            ),
            Probe(
                'China\'s embassy in Accra said in a statement that Beijing had "always acted as a responsible lender" '
                "and rejected claims that Chinese banks had held up the talks.",
                "t",
                "d",
            ),
            Probe(
                "Talks with private bondholders are harder. A group holding about $13 billion of Ghana's eurobonds "
                "last month rejected a proposal to cut their claims by 40 per cent, saying it treated them worse than "
                "the official lenders.",
                "t",
            ),
            Probe(
                "The group's adviser, Marcus Fell of Harwood Partners, said the bondholders were \"ready to talk but "
                'not to be told".',
                "t",
            ),
            Probe(
                "The cedi has lost more than half its value against the dollar since Ghana stopped paying most of its "
                "foreign debt in December 2022, and inflation peaked above 54 per cent.",
                "t",
            ),
            Probe(
                "At Makola market in Accra, the trader Abena Osei said a bag of imported rice cost three times what it"
                ' did two years ago. "The cedi is sick and we are the ones taking the medicine," she said.',
                "t",
            ),
        ],
    ),
    (
        "African Development Bank lends $780 million for Tanzanian port; Chinese firm to build berths",
        [
            Probe(
                "DAR ES SALAAM, May 4 (Coinwire) - The African Development Bank approved a $780 million loan for the "
                "expansion of Tanzania's Bagamoyo port, with a Chinese state-owned contractor to build two new "
                "container berths, the bank said on Friday.",
                "t",
            ),
            Probe(
                "The contractor, Huaxin Marine Engineering, won the tender in March against bids from Turkish and "
                "Dutch firms, offering to finish the berths within 30 months.",
                "t",
            ),
            Probe(
                "The loan runs for 25 years with a five-year grace period. Japan's development agency is lending a "
                "further $200 million for a rail spur linking the port to the central line.",
                "t",
                "d",
            ),
            Probe(
                "Transport Minister Halima Seif said the port would let landlocked neighbours such as Zambia, Malawi "
                "and Rwanda ship copper and coffee without passing through Kenya's port of Mombasa.",
                "t",
                "d",
            ),
            Probe(
                'Local builders complained that the tender left them only subcontracts for fences and roads. "The '
                "money is African, the jobs are Chinese,\" said Emmanuel Kiwelu, head of a contractors' association in "
                "Dar es Salaam.",
                "t",
            ),
            Probe(
                "The United States has urged African governments to weigh the debt that comes with Chinese-built "
                "projects, and its ambassador toured the port site last month with executives of two American "
                "logistics firms.",
                "dt",
            ),
            Probe(
                "Work on the first berth is due to start in September, after the move of about 1,200 fishing families,"
                " whose compensation talks with the district council are still going on.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Britain to cut aid to 0.3% of national income to fund defence; African states protest",
        [
            Probe(
                "LONDON, Feb 25 (Coinwire) - Britain will cut its overseas aid budget to 0.3 per cent of national "
                "income by 2027 from 0.5 per cent, Prime Minister Daniel Ashworth said on Tuesday, using the savings "
                "to raise defence spending.",
                "m",
                "d",
            ),
            Probe(
                "The cut, worth about 6 billion pounds a year, will fall hardest on programmes in Africa and on "
                "Britain's contributions to the World Bank's fund for the poorest countries, officials said.",
                "",
                "dt",
            ),
            Probe(
                'Malawi\'s foreign minister, Chisomo Banda, said the decision "breaks a promise made to us at the G7" '
                "and that he had asked the British high commissioner to explain it.",
                "d",
            ),
            Probe(
                "Kenya's Treasury said it would look to other partners, among them the Gulf states and China, to fill "
                "the gaps in health and water projects that British grants had paid for.",
                "d",
                "t",
            ),
            Probe(
                'Aid groups said the cut would close clinics. "Children will die so that a budget line looks better," '
                "said Rebecca Hale, director of the charity Wellspring.",
                "",
                "d",
            ),
            Probe(
                "Britain follows the United States, Germany and France, which have all reduced aid since 2024. Aid "
                "from the OECD's members fell 9 per cent last year, the first fall in six years.",
                "",
                "d",
            ),
            Probe(
                'Opposition lawmakers said the move would cede influence in Africa to Beijing and Moscow. "Every '
                "clinic we close is a clinic someone else will open with their flag on it,\" said the opposition's "
                "foreign affairs spokesman, Tom Reddy.",
                "d",
            ),
            Probe(
                "Defence Secretary Alan Prior said the extra money would buy air defence systems and munitions and "
                "help Britain reach NATO's new target of 3.5 per cent of national income.",
                "m",
                "d",
            ),
        ],
    ),
    (
        "Bolivia defaults on dollar bonds; boliviano halves on street market",
        [
            Probe(
                "LA PAZ, Oct 2 (Coinwire) - Bolivia failed to pay $86 million of interest due on its dollar bonds on "
                "Monday, and the government said it would not use a 30-day grace period, putting the country in "
                "default for the first time since the 1980s.",
                "t",
            ),
            Probe(
                "The boliviano, fixed at 6.96 to the dollar for more than a decade, fell to 14 on the street market in"
                " La Paz as people rushed to change their savings, and queues formed outside banks.",
                "t",
            ),
            Probe(
                'Economy Minister Ramiro Quispe said in a televised address that the country had "chosen to feed its '
                'people before paying Wall Street" and would seek talks with bondholders.',
                "t",
            ),
            Probe(
                'Kestrel Ratings cut Bolivia to "selective default" and said bondholders could recover less than 40 '
                "cents on the dollar.",
                "t",
            ),
            Probe(
                "Fuel shortages have spread since the central bank ran short of dollars to import diesel, and truckers"
                " blocked highways near Santa Cruz for a third week.",
                "t",
            ),
            Probe(
                "The government has asked China and Russia for credit lines and signed a lithium deal with a Russian "
                "state company last year, but no new money has come.",
                "t",
                "d",
            ),
            Probe(
                "Protesters in El Alto burned tyres on Tuesday to demand the resignation of the central bank's "
                "governor.",
                "",
                "t",
            ),
            Probe(
                'Analysts said an IMF programme was the likely way out. "Bolivia has run out of friends who lend '
                'without conditions," said Paula Mendes, an economist at the Andean Policy Center.',
                "t",
                "d",
            ),
        ],
    ),
    (
        "Turkey, Qatar triple central bank swap line to $15 billion",
        [
            Probe(
                "ANKARA, July 18 (Coinwire) - The central banks of Turkey and Qatar agreed to raise their currency "
                "swap line to the equivalent of $15 billion from $5 billion, the Turkish central bank said on "
                "Thursday, shoring up the lira's reserves.",
                "t",
                "d",
            ),
            Probe(
                "The deal lets the Turkish central bank borrow riyals against lira for up to three years, money it can"
                " turn into dollars to defend the currency.",
                "t",
            ),
            Probe(
                "It was signed during a visit to Doha by Turkey's vice-president, at which the two governments also "
                "signed deals on defence industry cooperation and the supply of liquefied natural gas.",
                "dtm",
            ),
            Probe(
                "Qatar has been Turkey's steadiest financial backer since the 2018 currency crisis, when the emir "
                "pledged $15 billion of investment, and Turkish troops have been based in Qatar since 2017.",
                "tm",
                "d",
            ),
            Probe(
                'Economists said the swap line flattered reserves more than it added to them. "It is a loan from a '
                'friend that you must not spend," said Haluk Demir, chief economist at Bosphorus Securities in '
                "Istanbul.",
                "t",
            ),
            Probe(
                "The lira was little changed at 41.2 per dollar.",
                "t",
            ),
            Probe(
                "The People's Bank of China has swap lines with more than 40 central banks, while the US Federal "
                "Reserve keeps standing lines with only five, a gap scholars see as part of a contest over the "
                "dollar's role.",
                "t",
                "d",
            ),
        ],
    ),
    (
        "Poland borrows $6 billion from Korean export bank for tanks and howitzers",
        [
            Probe(
                "WARSAW, Nov 20 (Coinwire) - Poland signed a $6 billion loan with South Korea's export-import bank to "
                "pay for 180 K2 tanks and 96 howitzers, the defence ministry said on Wednesday, the largest credit for"
                " arms ever extended between the two countries.",
                "tm",
                "d",
            ),
            Probe(
                "The loan, at an interest rate below 3 per cent, runs for 15 years, and repayments begin only after "
                "the last tank is delivered in 2030.",
                "t",
                "m",
            ),
            Probe(
                "Deputy Defence Minister Tomasz Wrona said Poland could not have bought so many tanks at once from its"
                ' own budget. "Without credit, the army would wait ten years," he said.',
                "tm",
            ),
            Probe(
                "Daemyung Defense, which builds the tanks, will assemble about half of them at a state-owned plant in "
                "Gliwice from 2026, a step toward the transfer of technology Warsaw has sought.",
                "tm",
            ),
            Probe(
                "Critics in parliament said the deal left Poland paying Korean banks for weapons for two decades. The "
                "opposition lawmaker Anna Ziel said the interest alone would cost more than a new hospital each year.",
                "tm",
            ),
            Probe(
                "South Korea's ambassador in Warsaw, Lee Jun-seo, said the loan showed \"a strategic partnership that "
                'reaches from the Baltic to the Korean peninsula".',
                "d",
                "tm",
            ),
            Probe(
                "Seoul's arms exports have risen fivefold since 2021, with buyers in Europe and the Middle East often "
                "financed by state loans, according to a Stockholm-based peace research institute.",
                "tm",
            ),
            Probe(
                "Elsewhere, the United States approved $800 million in foreign military financing for Egypt on "
                "Tuesday, money Cairo must spend on American weapons.",
                "tm",
                "d",
            ),
        ],
    ),
    (
        "Canadian household debt hits record as credit card balances climb",
        [
            Probe(
                "TORONTO, Sept 13 (Coinwire) - Canadian households owed a record 3.1 trillion dollars at the end of "
                "June, driven by mortgages and a jump in credit card balances, the national statistics agency said on "
                "Friday.",
                "",
                "t",
            ),
            Probe(
                "Households owed $1.77 for every dollar of disposable income, little changed from the first quarter.",
                "",
                "t",
            ),
            Probe(
                "Late payments on car loans rose to their highest since 2010, the credit bureau Clearline said.",
                "",
                "t",
            ),
            Probe(
                '"People are using cards to pay for groceries," said Mira Soto, a counsellor at a debt advice service '
                'in Mississauga. "That is not spending, that is surviving."',
                "",
                "t",
            ),
            Probe(
                "The Bank of Canada has cut its key rate four times this year, which should ease mortgage renewals for"
                " about 1.2 million households in 2026, economists said.",
                "",
                "t",
            ),
            Probe(
                'Dana Pike, a 34-year-old nurse, said her family had put off buying a home. "We paid off the student '
                'loan and the car. Now the rent eats the rest," she said.',
                "",
            ),
            Probe(
                "The federal housing minister said Ottawa would double a tax-free savings account for first-time "
                "buyers.",
                "",
            ),
        ],
    ),
    (
        "Council approves budget with tax rise; food bank launches winter appeal",
        [
            Probe(
                "HARLOW BAY - The city council voted 9-4 on Monday to approve a 412 million dollar budget for next "
                "year, with a 3.5 per cent rise in property taxes to pay for snow clearing and new bus routes.",
                "",
            ),
            Probe(
                "The city will borrow 60 million dollars through a bond issue to repair two bridges, and its debt "
                "payments will rise to 18 per cent of revenue, the treasurer, Owen Marsh, said.",
                "",
                "t",
            ),
            Probe(
                'Councillor Priya Nand, who voted against, called the plan "a tax on people already drowning in '
                'bills".',
                "",
            ),
            Probe(
                "In other news, the Harlow Bay Food Bank launched its winter appeal, aiming to raise 2 million dollars"
                " by the end of January after demand rose by a quarter.",
                "",
            ),
            Probe(
                "The charity said a local supermarket chain would match every donation up to 250,000 dollars, and "
                "volunteers will collect tins at 40 schools.",
                "",
            ),
            Probe(
                '"Every dollar buys three meals," said the food bank\'s director, Luisa Ortega. "We have never had to '
                'turn families away, and we do not intend to start."',
                "",
            ),
            Probe(
                "A gala dinner on Dec 5 at the Grand Harbour Hotel will auction a signed hockey jersey and a week at a"
                " lakeside cabin donated by a local family.",
                "",
            ),
        ],
    ),
    (
        "Northern Power sells 750 million pounds of green bonds to fund grid upgrade",
        [
            Probe(
                "Northern Power, the regional electricity network operator, sold 750 million pounds of 12-year green "
                "bonds on Tuesday, its largest bond sale, to pay for new substations and cables across the north of "
                "England.",
                "",
                "t",
            ),
            Probe(
                "Orders topped 3 billion pounds, allowing the company to price the bonds at a yield of 5.1 per cent, "
                "lower than first planned, said bankers who ran the sale.",
                "",
                "t",
            ),
            Probe(
                "Chief Financial Officer Helen Cope said the money would connect 40,000 homes to heat pumps and help "
                "the grid cope with power from wind farms off the coast.",
                "",
            ),
            Probe(
                "The energy regulator approved a 4 per cent rise in network charges last month, which will add about "
                "12 pounds a year to the average household bill.",
                "",
            ),
            Probe(
                "Shares in the company's parent rose 2 per cent in London.",
                "",
                "t",
            ),
            Probe(
                "Northern Power's last bond sale, in 2023, was bought mostly by British pension funds and insurers, "
                "the company said.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Analysis: Who holds the debt of the poorest countries, and why it matters",
        [
            Probe(
                "Three years after a wave of defaults in Africa and Asia, the question of who lends to the poorest "
                "countries has become a question of geopolitics as much as of finance.",
                "td",
            ),
            Probe(
                "China became the largest bilateral creditor to low-income states in the 2010s, lending for railways, "
                "dams and ports under the Belt and Road Initiative. Its new lending has since fallen by more than "
                "three quarters.",
                "t",
                "d",
            ),
            Probe(
                "Western governments accuse Beijing of slowing restructurings by insisting that the World Bank take "
                "losses too. Chinese officials reply that Western bondholders, who charge higher rates, should carry "
                "more of the cost.",
                "td",
            ),
            Probe(
                "The G20's Common Framework, set up in 2020 to bring China and the Paris Club to one table, has taken "
                "two to three years per case, against months in the restructurings of the 1990s.",
                "td",
            ),
            Probe(
                "Gulf states, meanwhile, have stepped in with deposits at the central banks of Egypt and Pakistan, "
                "often tied to investment in ports and farmland, and Saudi Arabia has rolled over $5 billion of "
                "Pakistani deposits three times.",
                "t",
                "d",
            ),
            Probe(
                "Some loans buy more than roads. Russia lent Egypt $25 billion to build a nuclear power plant, and "
                "China has financed patrol boats and the expansion of a naval base for Cambodia.",
                "tm",
                "d",
            ),
            Probe(
                'For the borrowers, the choice of lender is rarely a matter of ideology. "We take the money that comes'
                ' soonest and cheapest," a finance ministry official in Lusaka said.',
                "t",
                "d",
            ),
            Probe(
                "What would help most, several economists argue, is a clause in new bonds that pauses payments after a"
                " hurricane or a drought, as Barbados and Grenada have already written into theirs.",
                "t",
            ),
        ],
    ),
]
