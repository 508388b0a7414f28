"""A sixty-seventh batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: peacekeeping missions and the UN Security Council, as
agency copy from the UN desk, web analysis and a local weekly tell them. A mission's mandate renewed by a vote with two
abstentions, a veto and the statements after it, troop-contributing states and a drawdown, peacekeepers attacked at a
base, host states asking missions to leave, a sanctions panel's report on arms smuggled to a militia and a council's
presidency rotating; with the look-alikes of a town's own life: a neighbourhood watch's "patrols", a school council's
"veto", a municipal "security council" for a fair, a company's "mission" statement and a peace garden.

Boundaries judged here: a mission of peacekeepers is armed forces deployed, so its mandate, size and drawdown are
military, and the council's vote on it, the envoys' words after it and a host state asking it to leave are diplomacy;
the council's own business (its presidency, its agenda, a statement haggled over) is diplomacy alone; arms smuggled
past an embargo are military with trade optional (an embargo's evasion), and a listing that freezes assets is trade
and diplomacy; the UN's pay for troops is military with trade and diplomacy optional; a watch's patrols, a school's
veto, a fair's security council, a firm's mission and a garden get nothing.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SIXTYSEVENTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "UN Security Council renews Chad mission for a year as Russia and China abstain",
        [
            Probe(
                "UNITED NATIONS, March 28 (Lanternwire) - The UN Security Council voted on Thursday to extend its "
                "peacekeeping mission in Chad for another year, with 13 members in favour and Russia and China "
                "abstaining.",
                "md",
            ),
            Probe(
                "The resolution, drafted by France, keeps the ceiling of 11,200 troops and 1,400 police but asks the "
                "mission to hand the southern provinces over to Chadian forces by December.",
                "md",
            ),
            Probe(
                "Russia's deputy ambassador, Oleg Taranov, said Moscow had abstained because the text \"lectures a "
                'sovereign government" on human rights instead of helping it fight armed groups.',
                "d",
                "m",
            ),
            Probe(
                "China's envoy said the mission should listen more closely to N'Djamena and set out a clear timetable "
                "for its exit.",
                "d",
                "m",
            ),
            Probe(
                "Chad's ambassador welcomed the renewal but said his government would judge the mission \"by what it "
                'does in the villages, not in New York."',
                "d",
                "m",
            ),
            Probe(
                "The mission, set up in 2019 after a rebel offensive reached the outskirts of Abeche, has lost 64 "
                "peacekeepers, most of them to roadside bombs.",
                "m",
            ),
            Probe(
                "Aid groups said the vote came as the mission's budget, about $1.1 billion a year, is squeezed by "
                "late payments from member states.",
                "d",
                "m",
            ),
            Probe(
                "The council will take up Chad again in September, when the Secretary-General must report on the "
                "handover.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Russia vetoes UN text on Darfur peacekeepers; envoys trade blame after vote",
        [
            Probe(
                "UNITED NATIONS, June 14 (Lanternwire) - Russia on Friday vetoed a Security Council resolution that "
                "would have sent 3,000 more peacekeepers to protect displaced people in Sudan's Darfur region, the "
                "first veto cast in the council this year.",
                "md",
            ),
            Probe(
                "Twelve members voted for the text, drafted by Britain and Ghana; China and Mozambique abstained.",
                "d",
            ),
            Probe(
                "Speaking after the vote, Britain's ambassador, Fiona Hartley-Moss, said Russia had \"chosen to "
                'protect a government that bombs its own people rather than the people themselves."',
                "d",
                "m",
            ),
            Probe(
                "Russia's envoy said the resolution was a pretext for Western interference and that Moscow would "
                'back a text "that respects Sudan\'s consent."',
                "d",
                "m",
            ),
            Probe(
                "Under a General Assembly rule adopted in 2022, a veto now triggers a debate in the 193-member "
                "assembly within ten working days, where Russia will be asked to explain its vote.",
                "d",
            ),
            Probe(
                "Fighting between the army and a paramilitary force has driven more than 8 million people from their "
                "homes since April 2023, according to UN figures.",
                "m",
            ),
            Probe(
                "Aid agencies in El Fasher said their convoys had been unable to reach the camps for three weeks.",
                "",
                "m",
            ),
            Probe(
                "Ghana's ambassador said the council's three African members would bring a new draft within a month.",
                "d",
            ),
        ],
    ),
    (
        "Bangladesh, Nepal to bring troops home as UN mission in South Sudan shrinks",
        [
            Probe(
                "DHAKA, Aug 3 (Lanternwire) - Bangladesh will bring home 1,200 of its peacekeepers from South Sudan "
                "by the end of the year as the UN mission there shrinks under a plan agreed by the Security Council "
                "in May, the army said on Saturday.",
                "md",
            ),
            Probe(
                "Bangladesh is among the largest contributors of troops to UN missions, with about 6,000 soldiers and"
                " police serving in nine countries.",
                "m",
                "d",
            ),
            Probe(
                "The UN pays about $1,450 a month for each soldier, an important source of foreign currency for the "
                "armed forces, officials say.",
                "m",
                "td",
            ),
            Probe(
                "Nepal, another large contributor, said it would withdraw an engineering company and a field "
                "hospital from Malakal.",
                "m",
                "d",
            ),
            Probe(
                "The drawdown cuts the mission from 17,000 uniformed personnel to 11,000 over 18 months, after "
                "Washington and other donors pressed for cheaper operations.",
                "md",
            ),
            Probe(
                "Residents of the protection site in Bentiu fear that the soldiers guarding its gates will leave "
                "before South Sudan's own forces are ready to replace them.",
                "m",
            ),
            Probe(
                '"When the blue helmets go, who will stop the raids?" said Nyakuoth Gatluak, a mother of five who has '
                "lived in the camp since 2014.",
                "m",
            ),
            Probe(
                "Bangladesh's foreign minister said Dhaka remained committed to UN peacekeeping and had offered a "
                "women's police unit to the mission in the Central African Republic.",
                "d",
                "m",
            ),
            Probe(
                "In Dhaka, families were planning welcome-home parties, and two of the returning battalions will "
                "play each other at cricket in January.",
                "",
                "m",
            ),
        ],
    ),
    (
        "Three peacekeepers killed as gunmen attack UN base in eastern Congo",
        [
            Probe(
                "GOMA, Congo, Nov 5 (Lanternwire) - Gunmen attacked a UN peacekeeping base in Congo's North Kivu "
                "province before dawn on Tuesday, killing three Uruguayan peacekeepers and wounding nine, the mission "
                "said.",
                "m",
                "d",
            ),
            Probe(
                "The attackers fired mortars at the base's perimeter before trying to breach it with a truck, and were"
                " driven off after a two-hour firefight, a mission spokeswoman said.",
                "m",
            ),
            Probe(
                'The UN Secretary-General condemned the attack and said that attacks on peacekeepers "may constitute '
                'war crimes under international law."',
                "m",
                "d",
            ),
            Probe(
                "Uruguay's defence ministry said the bodies would be flown home on Thursday.",
                "m",
            ),
            Probe(
                "Congo's government, which has asked the mission to leave by the end of next year, said the attack "
                'showed that "the blue helmets cannot even protect themselves."',
                "md",
            ),
            Probe(
                "The Security Council will meet on Wednesday at France's request.",
                "d",
                "m",
            ),
            Probe(
                "In Goma itself, a residents' group said its volunteer night patrols of the market district would go "
                "on after a string of burglaries.",
                "",
            ),
        ],
    ),
    (
        "Analysis: Why host governments are showing UN peacekeepers the door",
        [
            Probe(
                "Peacekeeping missions rest on a simple rule: they deploy with the consent of the host state, and "
                "they leave when it is withdrawn.",
                "md",
            ),
            Probe(
                "That rule has been tested hard in the past three years, as governments in Mali and Congo asked "
                "missions to go and Sudan ended a political mission on a month's notice.",
                "d",
                "m",
            ),
            Probe(
                '"Consent is no longer a given, it is a bargaining chip," said Ines Vallauri, a researcher at the '
                "Geneva Institute for Peace Operations.",
                "d",
                "m",
            ),
            Probe(
                "Governments that ask missions to leave often turn instead to private military contractors or to "
                "security pacts with other powers.",
                "md",
            ),
            Probe(
                "For troop-contributing states the exits are costly: equipment left behind in Mali was worth more "
                "than $100 million, by one estimate.",
                "m",
                "d",
            ),
            Probe(
                "The council, meanwhile, has not authorised a new peacekeeping mission since 2014.",
                "md",
            ),
            Probe(
                "Vallauri expects smaller missions, with police and civilian staff rather than battalions, and more "
                "reliance on regional forces led by the African Union.",
                "md",
            ),
            Probe(
                "Whether the council can agree even on that is unclear: its five permanent members have split on "
                "almost every African file since 2022.",
                "d",
            ),
        ],
    ),
    (
        "UN panel says drones and rifles reached Libyan militia despite arms embargo",
        [
            Probe(
                "UNITED NATIONS, Feb 20 (Lanternwire) - Armed drones, assault rifles and armoured vehicles reached a "
                "militia in western Libya last year in breach of a UN arms embargo, a panel of experts said in a "
                "report to the Security Council seen on Tuesday.",
                "md",
                "t",
            ),
            Probe(
                "The panel traced the drones to cargo flights that landed at a desert airstrip under false flight "
                "plans, and said at least two shipments had passed through a port in a neighbouring country.",
                "m",
                "td",
            ),
            Probe(
                "It named three shipping companies and a freight broker registered in the United Arab Emirates as "
                "having arranged the transfers.",
                "m",
                "td",
            ),
            Probe(
                "The militia, the Wadi Hawa Brigade, controls two oil terminals and has clashed repeatedly with rival "
                "forces around the capital.",
                "m",
                "t",
            ),
            Probe(
                "The panel recommended that the council add the broker and two of the militia's commanders to its "
                "sanctions list, freezing their assets and banning them from travel.",
                "td",
                "m",
            ),
            Probe(
                "The UAE's mission to the UN said it had not received the report and that it complied fully with all "
                "council sanctions.",
                "d",
                "tm",
            ),
            Probe(
                "Diplomats said Russia was likely to block any new listings, as it has done since 2021.",
                "d",
                "t",
            ),
            Probe(
                "The panel's own mandate expires in May, and its renewal is expected to be contested.",
                "d",
            ),
        ],
    ),
    (
        "Malta takes over Security Council presidency, plans debate on peacekeepers' safety",
        [
            Probe(
                "UNITED NATIONS, Oct 1 (Lanternwire) - Malta took over the rotating presidency of the UN Security "
                "Council on Tuesday, promising to hold an open debate on the safety of peacekeepers before the month "
                "is out.",
                "d",
                "m",
            ),
            Probe(
                "The presidency passes each month to the next of the 15 members in English alphabetical order and "
                "lets its holder set the agenda and chair the meetings.",
                "d",
            ),
            Probe(
                "Malta's ambassador, Carmel Vella-Zammit, said she would also invite women peacebuilders from Yemen "
                "and Haiti to brief the council.",
                "d",
            ),
            Probe(
                "Mozambique, which held the presidency in September, ended its month with a statement on Haiti that "
                "members adopted after two days of haggling over a single paragraph.",
                "d",
            ),
            Probe(
                "Diplomats say the presidency's power is mostly procedural but can matter: a president can call an "
                "emergency meeting within hours.",
                "d",
            ),
            Probe(
                "Malta's month will end with a reception at its mission on First Avenue, with a string quartet from "
                "Valletta.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Around Hollinsby: fair gets a 'security council', school council wields its veto",
        [
            Probe(
                "HOLLINSBY - The town's new festival security council met for the first time on Monday to plan for "
                "the 40,000 visitors expected at this year's Hollinsby Summer Fair.",
                "",
            ),
            Probe(
                "The council, made up of police, fire and ambulance chiefs and two town councillors, approved "
                "barriers on the High Street and a ban on glass bottles in the park.",
                "",
            ),
            Probe(
                "The Oakfield Neighbourhood Watch will step up its evening patrols during the week of the fair, its "
                "coordinator, Brenda Lusk, said.",
                "",
            ),
            Probe(
                "At Hollinsby Grammar, the student council used its veto for the first time to block a change to the "
                "uniform policy that would have banned hooded tops.",
                "",
            ),
            Probe(
                "Head teacher Sefton Marr said he would respect the vote and take the matter back to the governors.",
                "",
            ),
            Probe(
                "Keldane Foods, the town's biggest employer, has rewritten its mission statement for the first time "
                'in 20 years, pledging to "feed families honestly", as it cuts 200 jobs at its pie plant.',
                "",
            ),
            Probe(
                'Chief executive Paula Denholm said the firm\'s "peacekeeping role" between farmers and supermarkets'
                ' had grown harder as prices rose; unions called the new statement "a slogan on a poster."',
                "",
            ),
            Probe(
                "A peace garden, a gift of the Rotary club, opened on Saturday in Memorial Park, with a pond, a bench "
                'carved with the word "peace" in 12 languages and a path lined with white roses.',
                "",
            ),
            Probe(
                'The mayor, Ruth Amankwah, said the garden would be "a quiet place for everyone, whatever their '
                'faith."',
                "",
            ),
        ],
    ),
]
