"""A forty-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: Canada in the world, told by Canadian outlets (the
public broadcaster's site, a national paper, the national wire). A US tariff on Canadian steel and lumber and the
provinces' reply, canola duties imposed by China, a Canadian detained abroad and denied consular visits, a foreign
interference inquiry, a frigate sailing through a contested strait, a brigade growing in a Baltic state, Arctic
sovereignty patrols and a northern radar, an ambassador recalled; with look-alikes of Canadian domestic news: barriers
to trade between provinces, a postal strike and a union's contract fight, a premier's energy "war room" and a
provincial "sovereignty" act, cadets at a Remembrance Day ceremony.

Boundaries judged here: barriers to trade between provinces are commerce inside one state. The guidelines' trade is
exchange "between states or markets" and their domestic politics get no theme unless it substantively discusses one,
so a province's rules on goods from another are trade optional (a province is a market, but not a state); a clause on
a foreign state's tariffs or on exports abroad in the same story is trade. A provincial "sovereignty" act against the
federal government, a "war room" against critics of an industry, treaties between the Crown and First Nations, a
union's negotiations, a mediator and a strike get no theme; a Remembrance Day ceremony with cadets and a flypast may
take military (optional), never diplomacy. A province pulling a foreign state's goods from its shelves in reply to
that state's tariffs is trade; a foreign interference inquiry is relations between states (diplomacy; the spy
agency's part military optional); Arctic patrols that assert sovereignty are military, a dispute over whether waters
are an international strait diplomacy.
Blind, main's rules got 11 of these 74 paragraphs wrong, one a label slip (a US tariff told in the provinces' story may
take diplomacy, as the batch's other tariff paragraphs may), relabelled. After this batch's mends (a walkout timed by
its hour as talks at home, First Nations and their numbered treaties as no nations among states, a state that people
are posted to as no state speaking), 7 are left (see KNOWN_MISSES in test_theme_probes.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FORTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Ottawa vows to match U.S. tariffs on steel and lumber as provinces plan their own reply",
        [
            Probe(
                "OTTAWA - The federal government says it will impose counter-tariffs on $12 billion worth of "
                "American goods after Washington slapped a 25 per cent tariff on Canadian steel and raised duties on "
                "softwood lumber to 30 per cent.",
                "t",
                "d",
            ),
            Probe(
                "Finance Minister Claire Dubord told reporters on Parliament Hill the list would include bourbon, "
                "orange juice, appliances and motorcycles, and would take effect in 21 days unless the two countries "
                "reach an agreement.",
                "t",
                "d",
            ),
            Probe(
                "In Hamilton, where two steel mills employ about 9,000 people, the president of the local "
                "steelworkers' union said members were bracing for layoffs once the tariff starts to bite.",
                "t",
            ),
            Probe(
                "Ontario Premier Gord Halloran said his province would pull American wine and spirits from the "
                "shelves of provincial liquor stores and bar U.S. companies from bidding on provincial contracts.",
                "t",
                "d",
            ),
            Probe(
                "British Columbia Premier Anita Sandhu said the lumber duties were the latest round in a dispute that "
                "has dragged on for four decades, and called on Ottawa to take the matter to a dispute panel under "
                "the continental trade agreement.",
                "t",
                "d",
            ),
            Probe(
                "The prime minister is expected to speak with the U.S. president by phone later this week, his "
                "office said.",
                "d",
                "t",
            ),
            Probe(
                "The Conservative opposition accused the government of being caught flat-footed and demanded an "
                "emergency debate in the House of Commons.",
                "",
                "t",
            ),
        ],
    ),
    (
        "China slaps 75.8% duty on Canadian canola as trade rift widens",
        [
            Probe(
                "BEIJING/REGINA - China's Commerce Ministry on Tuesday imposed a preliminary anti-dumping duty of 75.8 "
                "per cent on Canadian canola seed, a move widely seen as retaliation for Ottawa's 100-per-cent surtax "
                "on Chinese-made electric vehicles.",
                "t",
                "d",
            ),
            Probe(
                "China bought about $4.9-billion of Canadian canola seed last year, roughly two-thirds of the "
                "country's exports of the crop.",
                "t",
            ),
            Probe(
                "Farmers in Saskatchewan, many of whom have already planted this year's crop, said the price at the "
                "elevator fell by $60 a tonne within hours of the announcement.",
                "t",
            ),
            Probe(
                '"We\'re the ones paying for a fight between two governments," said Lorne Kasprick, who farms 4,000 '
                "acres near Yorkton.",
                "t",
                "d",
            ),
            Probe(
                "Agriculture Minister Helene Tardif said Canada would challenge the duty at the World Trade "
                "Organization and was seeking a meeting with her Chinese counterpart.",
                "td",
            ),
            Probe(
                "Relations between the two countries have been strained since 2018, when Canada arrested a Chinese "
                "telecom executive on a U.S. extradition request and China detained two Canadians.",
                "d",
            ),
            Probe(
                "The Canola Council of Canada said growers would look for buyers in Japan, Mexico and the European "
                "Union, but warned that none of those markets could absorb the volumes China took.",
                "t",
            ),
        ],
    ),
    (
        "Family of Canadian held in China says he has seen a consular official only once",
        [
            Probe(
                "TORONTO - The family of a Canadian businessman detained in China for nearly a year says Canadian "
                "diplomats have been allowed to see him only once, and is urging Ottawa to do more to bring him home.",
                "d",
            ),
            Probe(
                "Wei-Ming Larocque, 52, a dual citizen from Markham, Ont., was taken into custody in Shenyang last "
                "March on allegations of stealing state secrets, charges his family says are baseless.",
                "d",
            ),
            Probe(
                "China does not recognize dual citizenship, and Chinese authorities have argued that Larocque is a "
                "Chinese national and therefore not entitled to visits from Canadian consular officials.",
                "d",
            ),
            Probe(
                'Global Affairs Canada said in a statement that officials were "deeply concerned" and had raised the '
                "case with Chinese authorities at the highest levels.",
                "d",
            ),
            Probe(
                "His daughter, Sophie Larocque, said the family last heard his voice in a two-minute phone call in "
                'December. "He asked about the dog," she said. "He didn\'t sound like himself."',
                "",
                "d",
            ),
            Probe(
                "The case recalls the detention of two Canadians in China in 2018, who were released after nearly "
                "three years in an exchange that let the telecom executive fly home.",
                "d",
            ),
        ],
    ),
    (
        "Spy agency warned PMO of Chinese meddling in 11 ridings, interference inquiry hears",
        [
            Probe(
                "OTTAWA - Canada's spy agency warned the Prime Minister's Office that China had tried to influence "
                "the vote in at least 11 ridings in the 2021 federal election, the public inquiry into foreign "
                "interference heard Wednesday.",
                "d",
                "m",
            ),
            Probe(
                "A senior official of the Canadian Security Intelligence Service, testifying under a pseudonym, said "
                "the interference included cash passed to candidates through intermediaries and pressure on diaspora "
                "community groups.",
                "d",
                "m",
            ),
            Probe(
                "Commissioner Anne-Marie Belisle asked why the warnings had never reached the MPs involved.",
                "",
                "d",
            ),
            Probe(
                'China\'s embassy in Ottawa said in a statement that the allegations were "pure fabrication" and that '
                'China "never interferes in the internal affairs of other countries."',
                "d",
            ),
            Probe(
                "Last year Canada expelled a Chinese diplomat accused of targeting the family of a Conservative MP in "
                "Hong Kong, and Beijing responded by expelling a Canadian consul in Shanghai.",
                "d",
            ),
            Probe(
                "The hearings resume Monday with testimony from the former national security adviser.",
                "",
                "dm",
            ),
            Probe(
                "Separately, Elections Canada said it would hire 300 more staff to handle a surge in advance voting.",
                "",
            ),
        ],
    ),
    (
        "HMCS Ville-Marie sails through Taiwan Strait, shadowed by Chinese warships",
        [
            Probe(
                "HALIFAX - The Canadian frigate HMCS Ville-Marie sailed through the Taiwan Strait on the weekend "
                "alongside an American destroyer, the Department of National Defence said Monday, drawing a rebuke "
                "from Beijing.",
                "m",
                "d",
            ),
            Probe(
                "The Chinese People's Liberation Army's Eastern Theater Command said it tracked the two ships with "
                'naval and air forces throughout the transit and "warned them off in accordance with the law."',
                "m",
            ),
            Probe(
                "Defence Minister Raj Chahal said the passage was routine and consistent with international law. "
                '"These are international waters, and Canada will keep sailing through them," he said.',
                "m",
                "d",
            ),
            Probe(
                'China\'s foreign ministry spokesperson accused Ottawa of "deliberately stirring up trouble" and said '
                'Canada should "stop hyping" the Taiwan question.',
                "d",
            ),
            Probe(
                "The frigate is on a six-month deployment to the Indo-Pacific and will take part in exercises with "
                "the Japanese and Australian navies before heading home.",
                "m",
            ),
            Probe(
                "About 240 sailors are aboard. The ship is due back in Halifax in December.",
                "m",
            ),
        ],
    ),
    (
        "Canada to send 1,200 more troops to Latvia as NATO battle group becomes a brigade",
        [
            Probe(
                "Canada will send another 1,200 soldiers to Latvia over the next two years as it expands its NATO "
                "battle group there into a full brigade, Defence Minister Raj Chahal announced Thursday in Riga.",
                "m",
                "d",
            ),
            Probe(
                "The announcement came during a visit to Camp Adazi, where Chahal met his Latvian counterpart, Juris "
                "Kalnins, and toured a new barracks.",
                "d",
                "m",
            ),
            Probe(
                "The brigade, which includes troops from 13 other allied countries, will get Leopard 2 tanks and a "
                "new air-defence battery by 2026.",
                "m",
            ),
            Probe(
                "Families of soldiers posted to Latvia have complained of a shortage of housing and child care near "
                "the base, and the military said it had leased 400 apartments in Riga.",
                "m",
            ),
            Probe(
                "Latvia, which shares a 214-kilometre border with Russia, has asked allies to keep a permanent "
                "presence there since Moscow's full-scale invasion of Ukraine in 2022.",
                "m",
                "d",
            ),
            Probe(
                "The NDP's defence critic, Corinne Paquette, said the government should first fix a recruiting "
                "shortfall that has left the Canadian Armed Forces 16,000 members short.",
                "m",
            ),
        ],
    ),
    (
        "Rangers head out across the High Arctic as Ottawa spends $6B on northern radar",
        [
            Probe(
                "IQALUIT - A dozen Canadian Rangers set out by snowmobile this week on a 1,500-kilometre patrol across "
                "the High Arctic, part of an annual operation the military says asserts Canada's sovereignty over the "
                "Northwest Passage.",
                "m",
                "d",
            ),
            Probe(
                "The Rangers, a part-time reserve force made up mostly of Inuit, will be joined at Resolute by "
                "soldiers from a southern infantry battalion for cold-weather training.",
                "m",
            ),
            Probe(
                "The federal government announced last month it would spend $6 billion to replace the aging North "
                "Warning System with over-the-horizon radar, part of its commitment to modernize NORAD with the "
                "United States.",
                "m",
                "d",
            ),
            Probe(
                "The United States has long considered the Northwest Passage an international strait, a position "
                "Ottawa rejects.",
                "d",
            ),
            Probe(
                "Chinese and Russian vessels have been spotted more often in Arctic waters, and last summer a Chinese "
                "research ship spent three weeks in the Beaufort Sea.",
                "",
                "md",
            ),
            Probe(
                "In Pond Inlet, hunter Josiah Qaunaq said residents welcomed the patrols but wanted money spent on "
                'housing too. "Sovereignty starts with people living here," he said.',
                "",
                "m",
            ),
        ],
    ),
    (
        "Canada recalls ambassador to Nicaragua after aid workers expelled",
        [
            Probe(
                "OTTAWA - Canada has recalled its ambassador to Nicaragua for consultations after the government in "
                "Managua expelled four Canadian aid workers and froze the bank accounts of a Canadian charity.",
                "d",
            ),
            Probe(
                'Foreign Affairs Minister Nadia Brisebois called the expulsions "arbitrary and unacceptable" and said '
                "Nicaragua's ambassador had been summoned to Global Affairs Canada.",
                "d",
            ),
            Probe(
                "The charity, Hands for Esteli, has run water projects in northern Nicaragua since 1998. Its director "
                "said the workers were given 48 hours to leave the country.",
                "",
                "d",
            ),
            Probe(
                "Canada has imposed sanctions on 34 Nicaraguan officials since 2019 over what it calls the "
                "government's repression of its opponents.",
                "d",
                "t",
            ),
            Probe(
                "Nicaragua's foreign ministry had not answered questions sent by the broadcaster.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Premiers agree to tear down barriers to trade between provinces",
        [
            Probe(
                "HALIFAX - Canada's premiers agreed Tuesday to drop dozens of exceptions to the Canadian Free Trade "
                "Agreement, the pact meant to let goods, services and workers move freely between provinces.",
                "",
                "t",
            ),
            Probe(
                "The changes would let a truck licensed in one province operate in any other, and would recognize "
                "the credentials of nurses and electricians across the country.",
                "",
                "t",
            ),
            Probe(
                "Economists have estimated that internal barriers cost the economy as much as $200 billion a year, "
                "more than the U.S. tariffs now in effect.",
                "",
                "t",
            ),
            Probe(
                "Alberta's premier said her province would keep its own rules for selling alcohol, a sore point with "
                "Ontario wineries that cannot ship directly to Albertans.",
                "",
                "t",
            ),
            Probe(
                "The push gained urgency after Washington imposed tariffs on Canadian steel and lumber this spring, "
                "with premiers arguing that more trade within Canada could make up for some of the exports lost to "
                "the United States.",
                "t",
                "d",
            ),
            Probe(
                "Quebec's premier said the province's language rules for products sold in Quebec would not be part "
                "of the deal.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Canada Post workers walk off the job after talks break down",
        [
            Probe(
                "Canada Post's 55,000 workers went on strike at midnight after 11 months of negotiations failed to "
                "produce a new contract, halting mail and parcel delivery across the country."
            ),
            Probe(
                "The Canadian Union of Postal Workers says the Crown corporation's final offer of 11.5 per cent over "
                "four years falls short of inflation, and wants limits on the use of temporary staff on weekends."
            ),
            Probe(
                "Labour Minister Sebastien Marchand said he had asked a federal mediator to bring the two sides back "
                "to the table."
            ),
            Probe(
                "Small businesses that rely on the mail to ship goods to their customers said the timing, weeks "
                "before the holiday season, could not be worse."
            ),
            Probe(
                "Parcels bound for the United States and overseas will be held until the strike ends, the "
                "corporation said, and international mail arriving in Canada will not be delivered.",
                "",
                "t",
            ),
            Probe(
                "In a separate dispute, the union representing 3,400 workers at a Windsor auto parts plant reached a "
                "tentative deal late Sunday, averting a strike."
            ),
        ],
    ),
    (
        "Alberta passes sovereignty act as premier boosts energy 'war room'",
        [
            Probe(
                "EDMONTON - Alberta's legislature passed the province's Sovereignty and Autonomy Act late Thursday, "
                "giving cabinet the power to direct provincial agencies not to enforce federal laws it deems harmful "
                "to Alberta's interests."
            ),
            Probe(
                'Premier Janice Kowalyk called the law a line in the sand against Ottawa\'s "attacks" on the oil and '
                "gas industry, including a federal cap on emissions."
            ),
            Probe(
                "The premier also announced $30 million more for the Energy Response Centre, the government-funded "
                '"war room" set up to counter what it calls misinformation about the oil sands.'
            ),
            Probe(
                "First Nations chiefs in Treaty 6 and Treaty 8 territory said the act violated their treaty rights "
                "and vowed to challenge it in court."
            ),
            Probe(
                "Legal scholars said the act was largely symbolic, since a province cannot override federal law, but "
                "warned it could unsettle investors."
            ),
            Probe(
                "Alberta exports about four million barrels of oil a day to the United States, and the premier has "
                "said the act would not affect the flow of crude south.",
                "t",
            ),
        ],
    ),
    (
        "Cadets, veterans gather at cenotaph as record crowd marks Remembrance Day",
        [
            Probe(
                "WINNIPEG - Hundreds of air and army cadets stood at attention at the cenotaph in Memorial Park on "
                "Monday as more than 4,000 people marked Remembrance Day in bitter cold.",
                "",
                "m",
            ),
            Probe(
                "Two CF-18 fighter jets flew over the crowd at 11 a.m., followed by a 21-gun salute from a reserve "
                "artillery regiment.",
                "",
                "m",
            ),
            Probe(
                "Harold Beaudry, 99, who landed at Juno Beach in 1944 with a prairie infantry regiment, laid a "
                "wreath on behalf of the local Legion branch.",
                "",
                "m",
            ),
            Probe(
                'Cadet Warrant Officer Maya Tran, 17, read In Flanders Fields. "My great-grandfather fought in '
                'Korea, so this is personal," she said.',
                "",
                "m",
            ),
            Probe(
                "The Legion said poppy sales were up 12 per cent this year, and that the money raised goes to "
                "veterans in need."
            ),
            Probe(
                "Organizers said it was the largest crowd since 2018, the centenary of the end of the First World War.",
                "",
                "m",
            ),
        ],
    ),
]
