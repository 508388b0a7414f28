"""A sixty-eighth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: debt, aid and development finance between states, as
agency copy, the financial press, development-policy web analysis and a local weekly tell them. A lender state's
infrastructure loans and a port taken over when the borrower defaults, a debt restructuring negotiated between
creditor governments and the IMF, aid suspended after a coup, a donor conference's pledges, a currency swap line
between two central banks, export credit for a railway and an aid-for-basing deal that lets a foreign navy use a
harbour; with the look-alikes of a town's own life: a student-loan "default", a household "debt restructuring", a
charity's "aid" for a flooded town, the "donor" of a museum wing and a credit union's "swap".

Boundaries judged here: a state lender's loan, a port handed over for it, the borrower's debt and the opposition's
complaint of it are lending (trade, diplomacy optional), as the sixty-third batch labelled them, and so is a
restructuring with creditor governments and the IMF (diplomacy optional unless states accuse or answer each other or
thank and press one another); the lender state's foreign ministry answering a rival's charge is diplomacy and trade;
another state's fear that the lender's navy will use the port is diplomacy and military; aid suspended after a coup is
diplomacy with trade optional and the soldiers who seized power are military, as the sixty-first batch had it; a
donor conference's pledges are relations between states (diplomacy, trade optional) and humanitarian spending on its
own takes diplomacy only as optional, as the fiftieth batch had it; a swap line, export credit, a railway's contract
and a currency's move are trade; a visit on which they are signed is diplomacy too; a foreign navy's use of a harbour
is military and diplomacy, the aid paid for it diplomacy with trade optional. A student-loan default, a household
restructuring and a credit union's swap take trade only as optional, a charity's aid for a flooded town and a museum
donor nothing.
Blind, main's rules got 10 of these 60 paragraphs wrong, none a label slip: military given to a bloc's summit on a
return to civilian rule; diplomacy missed for a president's thanks at a donor conference and for six paragraphs of the
aid-for-basing analysis (the deal, the aid, the opposition's complaint, a state hosting foreign bases and a
researcher's words), military missed for that complaint too; trade given to a charity's aid after a river "burst its
banks" and to a museum's maps of an old port. Mended: a river that bursts its banks as no bank, a return to civilian
rule as no civilians hit by war, a donor conference and donor states as words of diplomacy (7 left, the museum's port
with them), then "Sao Tome" as the name of its state, a sum "in aid" and the foreign militaries a state hosts as weak
words of diplomacy: 5 left, all diplomacy missed in a thin article of relations (see KNOWN_MISSES in
test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYEIGHTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Sierra Leone hands Port Kambia to Chinese lender after missing loan payments",
        [
            Probe(
                "FREETOWN, April 9 (Quayline) - Sierra Leone agreed on Tuesday to hand control of the deep-water port "
                "at Kambia to a Chinese state-owned operator for 60 years after it missed three payments on a $1.3 "
                "billion loan from China's Export-Import Bank, the finance ministry said.",
                "t",
                "d",
            ),
            Probe(
                "Under the agreement, Dongreach Harbour Holdings will take a 70 per cent stake in the port company and "
                "run its container and bauxite berths, and the outstanding loan will be written down by $480 million.",
                "t",
                "d",
            ),
            Probe(
                'Finance Minister Abubakar Sesay-Koroma told reporters the deal was "painful but honest", saying the '
                "port earned too little to service a loan that had been priced for twice its traffic.",
                "t",
            ),
            Probe(
                'The opposition leader, Fatmata Kallon-Reeves, said the government had "mortgaged the coast to '
                'Beijing" and promised to take the port back if her party won next year.',
                "t",
                "d",
            ),
            Probe(
                "China's foreign ministry said the agreement was a commercial arrangement between equal partners and "
                'accused Western governments of spreading a "debt-trap myth" to hold Africa back.',
                "td",
            ),
            Probe(
                "The US State Department said it was concerned that the port, which can berth ships of up to 100,000 "
                "tonnes, could in time be used by China's navy, and urged Freetown to keep it under civilian control.",
                "dm",
                "t",
            ),
            Probe(
                "The port was built between 2016 and 2019 by a Chinese contractor and handles about 280 ships a year, "
                "most of them loading bauxite and iron ore for smelters in China and the Gulf.",
                "t",
            ),
            Probe(
                "Sierra Leone's public debt stands at about 86 per cent of economic output, and roughly a quarter of "
                "it is owed to Chinese lenders, according to World Bank figures.",
                "t",
                "d",
            ),
            Probe(
                "The dockworkers' union said it would strike if the new operator cut any of the port's 1,900 jobs.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Malawi's official creditors agree to restructure $2.4 billion as France and China close ranks",
        [
            Probe(
                "LILONGWE/PARIS, Nov 21 (Quayline) - Malawi's official creditors agreed on Thursday to restructure "
                "$2.4 billion of bilateral loans, stretching repayments over 20 years and cutting interest rates, in a "
                "deal that clears the way for the next payout of its IMF programme.",
                "t",
                "d",
            ),
            Probe(
                "The International Monetary Fund said the agreement would let its board release $186 million in "
                "January, bringing total disbursements under the four-year programme to $560 million.",
                "t",
                "d",
            ),
            Probe(
                "The creditor committee, co-chaired by France and China, took 19 months to agree, largely over how to "
                "count loans from Chinese policy banks and whether to treat them like those of Western governments.",
                "t",
                "d",
            ),
            Probe(
                "A French treasury official said China's willingness to share the same terms as Paris Club members was "
                '"a first that we hope becomes a habit", and thanked Beijing for its flexibility.',
                "td",
            ),
            Probe(
                "China's embassy in Lilongwe said Beijing had shown goodwill and called on private bondholders and "
                "commercial lenders to bear a fair share of the burden.",
                "td",
            ),
            Probe(
                "Finance Minister Chikondi Banda-Moyo said the relief would free about $90 million a year for "
                "teachers' salaries and medicines.",
                "t",
            ),
            Probe(
                '"The template matters more than Malawi," said Esther Ruhindi, a debt economist at the Tarn Institute '
                'for Development Finance. "If it holds, Zambia\'s wait will not be repeated."',
                "t",
                "d",
            ),
            Probe(
                "Holders of Malawi's $350 million eurobond are expected to begin their own talks with the government "
                "in the new year.",
                "t",
            ),
        ],
    ),
    (
        "US and EU suspend aid to Guinea-Bissau after soldiers detain president",
        [
            Probe(
                "BISSAU, Aug 3 (Quayline) - The United States suspended about $140 million in aid to Guinea-Bissau on "
                "Saturday, two days after soldiers detained President Umaro Tcham and dissolved parliament.",
                "dm",
                "t",
            ),
            Probe(
                "A State Department spokesman said US law barred most assistance to a government whose elected head "
                "had been removed by a military coup, and that the aid would resume only after an election.",
                "d",
                "tm",
            ),
            Probe(
                "The European Union also paused 85 million euros of budget support and said it would review its "
                "fisheries partnership with Bissau, which pays the state for access to its waters.",
                "d",
                "t",
            ),
            Probe(
                "The officers, who call themselves the Council for National Renewal, said foreign partners must "
                "respect Guinea-Bissau's sovereignty and that the country \"will not be governed from Washington or "
                'Brussels."',
                "d",
                "m",
            ),
            Probe(
                "Food aid, vaccines and support for refugees from the Casamance region will continue, the US embassy "
                "said.",
                "",
                "d",
            ),
            Probe(
                "Leaders of the West African bloc ECOWAS will meet in Abuja on Tuesday to consider sanctions and a "
                "timetable for the return to civilian rule.",
                "d",
                "t",
            ),
            Probe(
                "Foreign aid pays for about a fifth of Guinea-Bissau's budget, and cashew nut exports, mostly to "
                "India, bring in nearly all its foreign currency.",
                "t",
                "d",
            ),
            Probe(
                "Soldiers manned checkpoints across Bissau on Sunday and a night curfew remained in force.",
                "m",
            ),
        ],
    ),
    (
        "Donors pledge $2.9 billion to rebuild Mozambique after cyclone, short of UN appeal",
        [
            Probe(
                "LISBON, May 16 (Quayline) - Donor governments and development banks pledged $2.9 billion on Friday to "
                "rebuild central Mozambique after Cyclone Ilenia, at a conference co-hosted by Portugal and the United "
                "Nations, short of the $4 billion the UN had sought.",
                "d",
                "t",
            ),
            Probe(
                "The European Union pledged 800 million euros, Japan $410 million and a Saudi development fund $250 "
                "million in soft loans, while the World Bank promised to redirect $600 million from existing projects.",
                "d",
                "t",
            ),
            Probe(
                'Mozambique\'s President Lourenço Matsinhe thanked "our friends near and far" and promised an '
                "independent audit of every dollar spent.",
                "d",
            ),
            Probe(
                "The UN's aid chief, Henrike Saltvedt, reminded delegates that only 41 per cent of what was pledged at "
                "the last such conference, after floods in 2021, had ever been paid.",
                "d",
                "t",
            ),
            Probe(
                "China, Mozambique's largest bilateral lender, sent only an observer and made no pledge, which "
                "several European delegates noted in their speeches.",
                "d",
                "t",
            ),
            Probe(
                "Campaigners from the Jubilee Tide network said almost half of the pledges were loans that would add "
                "to a debt Mozambique already struggles to service.",
                "t",
                "d",
            ),
            Probe(
                "The plan drawn up by the government and the UN calls for rebuilding 1,200 km of roads, 340 schools "
                "and the port of Beira's flood defences over five years.",
                "",
                "dt",
            ),
        ],
    ),
    (
        "Bank Indonesia and Bank of Korea double currency swap line to $20 billion",
        [
            Probe(
                "JAKARTA, Feb 27 (Ledgerline) - Bank Indonesia and the Bank of Korea agreed on Monday to double their "
                "bilateral currency swap line to the equivalent of $20 billion and extend it for five years, the two "
                "central banks said in a joint statement.",
                "t",
                "d",
            ),
            Probe(
                "The arrangement lets either side draw the other's currency in a crisis, and lets importers and "
                "exporters settle trade in rupiah and won rather than dollars.",
                "t",
            ),
            Probe(
                'Bank Indonesia Governor Satrio Wirandana said the line was "insurance we hope never to use" and '
                "that local-currency settlement had grown to 11 per cent of trade between the two countries.",
                "t",
            ),
            Probe(
                "The deal was announced during Indonesian President Hartono Sasmita's visit to Seoul, where the two "
                "leaders also signed agreements on batteries and shipbuilding.",
                "td",
            ),
            Probe(
                "Analysts said it was part of a wider push by Asian central banks to lean less on the dollar after "
                "the Federal Reserve's rate rises drained capital from emerging markets in 2022.",
                "t",
            ),
            Probe(
                "The rupiah firmed 0.3 per cent to 15,640 per dollar after the announcement.",
                "t",
            ),
        ],
    ),
    (
        "Export credit agencies back $1.6 billion loan for Tanzania's western railway",
        [
            Probe(
                "DAR ES SALAAM, Oct 2 (Ledgerline) - Export credit agencies from Britain, Sweden and Denmark have "
                "guaranteed a $1.6 billion loan for the next section of Tanzania's standard-gauge railway, the "
                "finance ministry said on Monday.",
                "t",
                "d",
            ),
            Probe(
                "The 506 km line will run from Tabora to Kigoma on Lake Tanganyika, giving Burundi and eastern Congo a "
                "faster route to the port of Dar es Salaam for their minerals and coffee.",
                "t",
            ),
            Probe(
                "It will be built by a Turkish contractor, Yapıdere Construction, using Swedish signalling and rails "
                "from a Danish-owned mill in Poland, under terms that tie the guarantees to goods from the three "
                "countries.",
                "t",
            ),
            Probe(
                "Britain's trade minister, Helen Ashgrove, signed the guarantee in Dar es Salaam on a two-day visit "
                'and said Britain wanted to be "Tanzania\'s partner of choice, not its last resort."',
                "td",
            ),
            Probe(
                "Analysts said Western export credit had become a tool to compete with China's lending for "
                "infrastructure in Africa, which has fallen by two thirds since 2016.",
                "t",
                "d",
            ),
            Probe(
                "Conservation groups said the line would cross a migration corridor used by elephants near the "
                "Malagarasi wetlands and asked for an independent review.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Analysis: Sao Tome trades harbour access for US aid, and the Gulf of Guinea takes note",
        [
            Probe(
                "Sao Tome and Principe has agreed to let US Navy ships refuel, resupply and rest their crews at the "
                "port of Neves for ten years, in exchange for $310 million in aid for roads, a hospital and the "
                "islands' power grid.",
                "md",
                "t",
            ),
            Probe(
                "The deal, signed in Washington last month, stops short of a permanent base: no more than two "
                "warships may dock at once, and no weapons may be stored ashore.",
                "md",
            ),
            Probe(
                "Officials in Sao Tome say the aid is the largest the islands have received from a single donor, and "
                "that the new hospital will open before the harbour is even dredged.",
                "d",
                "t",
            ),
            Probe(
                'The opposition MLSTP-R said the government had "rented out our sovereignty" and demanded a vote in '
                "parliament before any American ship arrives.",
                "md",
            ),
            Probe(
                "China's foreign ministry said the Gulf of Guinea should not become \"an arena of rivalry between big "
                "powers\" and that Beijing respected Sao Tome's choices.",
                "d",
                "m",
            ),
            Probe(
                "Small states have long traded access for aid. Djibouti hosts the bases of at least five foreign "
                "militaries, and the rent they pay is among its biggest sources of revenue.",
                "md",
                "t",
            ),
            Probe(
                '"For Washington it is a cheap foothold against piracy and a signal to Beijing," said Kwabena '
                'Osafo-Mensah, a maritime security researcher at the Accra Strait Forum. "For Sao Tome it is a '
                'hospital."',
                "md",
                "t",
            ),
            Probe(
                'Fishermen at Neves worry that they will lose their berths. "Nobody asked us where the boats will '
                'go," said Jacinto Pires, who has fished from the harbour for 30 years.',
                "",
                "m",
            ),
        ],
    ),
    (
        "Around Brackwell: student-loan defaults climb, credit union offers a 'swap', museum names its donor",
        [
            Probe(
                "BRACKWELL - More than 600 former students in the Brackwell area are now in default on their student "
                "loans, the highest number in a decade, according to figures released by the county on Thursday.",
                "",
                "t",
            ),
            Probe(
                "Debt adviser Colm Prendeville said many of the families who came to him were negotiating a "
                '"restructuring" of credit cards and car loans at the same time, and that the first step was always a '
                "budget.",
                "",
                "t",
            ),
            Probe(
                "The Brackwell and District Credit Union is offering members a swap: it will take over high-interest "
                "payday loans and replace them with a single loan at 9 per cent.",
                "",
                "t",
            ),
            Probe(
                "Volunteers from the Riverside Trust handed out aid to 140 households in Lower Brackwell after the "
                "Wend burst its banks last weekend, including blankets, dehumidifiers and food parcels.",
                "",
            ),
            Probe(
                "The trust's director, Amara Okonjo-Lisle, said the town had \"pledged more in four days than we raise "
                'in a year" and that the money would go to families without insurance.',
                "",
            ),
            Probe(
                "The Brackwell Museum will name its new east wing after Gerald Pennifold, a retired dentist who left "
                "it £2.1 million, the largest donor in its history.",
                "",
            ),
            Probe(
                "The museum's director said the wing would house its collection of maps of the old port, which "
                "closed to shipping in 1962.",
                "",
            ),
            Probe(
                "The town council, which took on a £4 million loan to rebuild the leisure centre, said it would "
                "restructure the debt over 30 years to keep council tax down.",
                "",
                "t",
            ),
        ],
    ),
]
