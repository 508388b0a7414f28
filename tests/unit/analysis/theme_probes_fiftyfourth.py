"""A fifty-fourth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: religion in world affairs, as agency copy, religious-
affairs desks and web features tell it. A papal envoy's shuttle mediation between two states at odds over a valley, a
pilgrimage quota negotiated between two governments, an attack on worshippers at prayer claimed by an armed group,
sanctions over religious freedom, a monastery under a local ceasefire, a church-run hospital in a war zone, clerics
of two warring states at a peace conference; with a religion desk's round-up of look-alikes of no theme: a diocese
selling a seminary, a parish youth "mission" that is a charity trip, a sermon on generosity ("investment", "wars
begin in the heart"), a "Holy War" football derby with a fans' "ceasefire", and a pastor's "crusade" against potholes.

Boundaries judged here: a cleric or a church body that mediates between states, or sits beside their peace talks, is
diplomacy; a pilgrimage quota agreed between two governments is diplomacy, the fees pilgrims pay to foreign hotels and
airlines no more than optional trade; an attack on worshippers claimed by an armed group is military, and so are its
funerals and mourning under armour; sanctions over a faith's persecution are trade and diplomacy, the persecuted
church's history and its jailed pastors no theme; a ceasefire or truce brokered for a holy site by the UN or a
regional bloc inside one country is military with diplomacy optional; a church's charities and the words of
religion's own vocabulary (crusade, holy war, mission, ceasefire between fans, peace in the heart) give no theme.
Blind, main's rules got 16 of these 82 paragraphs wrong, two of them label slips: a secretary of state's words in a
sanctions story ("we will keep raising these cases") and a paragraph on how little the sanctioned state trades with
the sanctioning one take the article's other theme (trade, diplomacy) as optional, relabelled. 14 left: trade given
to a pilgrimage quota (twice), diplomacy given to denominations read as parties ("Sunni and Shia religious leaders
... warn") and to "both sides" of a border or "each side" of a civil war, military given to a sermon's "wars begin in
the heart" and to a hospital budget's "displaced"; military missed for a ceasefire wished for ("the guns silent"),
for a monk's words on the dying and for bishops' call to spare hospitals, diplomacy missed for a neighbour's
condemnation and an interior minister's accusation, for two clerics of warring states embracing and for a deal that
gives up territory, trade missed for "similar measures" after sanctions.
After this batch's mends (the branches of a faith as no parties, the sides of a border as places, the guns wanted
silent as a ceasefire, a hajj quota as no quota on goods, "similar measures" as more of the measures told), 9 are
left: trade given to "quota talks" that name no
pilgrims, diplomacy given to "each side" of a civil war accusing the other, military given to the sermon's "wars" and
to the hospital budget's "displaced"; military missed for the monk's words and the bishops' call, diplomacy missed for
the neighbour's condemnation and the accusation (two fictional states the recogniser does not know: with real states
the paragraph gets diplomacy), for the clerics' embrace and for the deal that gives up territory; see KNOWN_MISSES
in test_theme_probes.py.
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

FIFTYFOURTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Vatican envoy begins shuttle mediation between Dravonia and Serath",
        [
            Probe(
                "TARSK, Dravonia - The Vatican's envoy, Cardinal Anselm Ricci, arrived in Tarsk on Monday to begin "
                "shuttle mediation between Dravonia and Serath, whose armies have faced each other across a disputed "
                "mountain valley since clashes in March killed 40 soldiers.",
                "dm",
            ),
            Probe(
                "Ricci, a veteran Holy See diplomat who has served as nuncio in three countries, will meet Dravonian "
                "President Alek Morvan on Tuesday before crossing to Serath's capital, Ibrel, the Holy See press "
                "office said.",
                "d",
            ),
            Probe(
                "Both governments asked for the pope's help after two rounds of talks in Geneva collapsed in June "
                "over the line of the border.",
                "d",
            ),
            Probe(
                '"The Holy Father wants the guns silent in the valley before winter, and he is ready to offer the '
                'Vatican as a place where the two sides can sit down together," Ricci told reporters on the plane.',
                "dm",
            ),
            Probe(
                "The valley, home to a 12th-century monastery revered by Orthodox believers on both sides of the "
                "border, has been shelled repeatedly since spring, and its last monks left in April.",
                "m",
            ),
            Probe(
                "Dravonia is mostly Orthodox and Serath mostly Catholic, but church leaders in both countries have "
                "called for a settlement, and the Dravonian patriarch is expected to join part of the talks.",
                "d",
            ),
            Probe(
                "Diplomats in Tarsk said the envoy would propose a pullback of artillery from the valley and the "
                "return of about 8,000 displaced villagers, watched by monitors from a Catholic lay community.",
                "dm",
            ),
            Probe(
                "The Holy See has mediated between states before, most famously between Argentina and Chile over the "
                "Beagle Channel in the 1980s, a dispute that nearly led to war.",
                "d",
                "m",
            ),
            Probe(
                'Serath\'s foreign ministry said it welcomed the mission "without preconditions", but a Dravonian '
                "government spokesman said its troops would not leave the valley until Serath dropped its claim.",
                "dm",
            ),
            Probe(
                "Trade between the two neighbours, once worth about $2 billion a year, mostly in grain and timber, "
                "has stopped since the border crossings were closed in March.",
                "t",
                "d",
            ),
            Probe(
                "Ricci is due back in Rome on Friday to brief the pope.",
                "d",
            ),
        ],
    ),
    (
        "Saudi Arabia raises Indonesia's hajj quota by 20,000 after ministers' talks",
        [
            Probe(
                "JAKARTA - Saudi Arabia has agreed to raise Indonesia's hajj quota by 20,000 pilgrims next year after "
                "talks between the two countries' religious affairs ministers in Jeddah, Indonesia's Ministry of "
                "Religious Affairs said on Wednesday.",
                "d",
            ),
            Probe(
                "The increase brings Indonesia's allocation to 241,000, the largest of any country, under a formula "
                "agreed by the Organisation of Islamic Cooperation in the 1980s that gives each Muslim-majority state "
                "roughly one place per 1,000 citizens.",
                "d",
            ),
            Probe(
                "Minister Hasan Widjanarko said the two governments had also signed a memorandum on pilgrims' health "
                "care, under which Saudi authorities will let Indonesian medical teams work in the tent camps at "
                "Mina and Arafat.",
                "d",
            ),
            Probe(
                "Waiting lists for the pilgrimage stretch for decades in some provinces; in South Sulawesi, a "
                "believer who registers today can expect to travel in the 2060s.",
                "",
            ),
            Probe(
                "The ministry will also cut the fee pilgrims pay by about 4 percent, to 89 million rupiah, after "
                "negotiating lower prices with Saudi hotel and catering firms and with the airlines.",
                "",
                "t",
            ),
            Probe(
                "Garuda Indonesia and Saudia will fly the pilgrims from 14 embarkation points across the archipelago "
                "between May and June.",
                "",
            ),
            Probe(
                "Last year's pilgrimage was marred by deaths in extreme heat, and Jakarta lodged a complaint with "
                "Riyadh over overcrowded tents at Mina, which the Saudi side promised to address.",
                "d",
            ),
            Probe(
                "Quota talks are a regular part of relations between Riyadh and Muslim-majority states, and increases "
                "are often announced during state visits; Pakistan and Bangladesh are also seeking more places.",
                "d",
            ),
            Probe(
                '"Every extra seat means a grandmother who does not have to wait another ten years," Widjanarko told '
                "reporters.",
                "",
                "d",
            ),
            Probe(
                "Saudi Arabia has been expanding the holy sites under a plan to receive 30 million pilgrims a year by "
                "2030, part of a drive to wean its economy off oil.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Gunmen kill 23 at Friday prayers in northern Karesh; armed group claims attack",
        [
            Probe(
                "BELTAN, Karesh - Gunmen opened fire on worshippers at a mosque during Friday prayers in the northern "
                "town of Beltan, killing at least 23 people, police and hospital officials said.",
                "m",
            ),
            Probe(
                "An armed group that calls itself the Northern Brigade claimed the attack in a statement on a "
                'messaging channel, calling the mosque a meeting place of "collaborators" with the army.',
                "m",
            ),
            Probe(
                "The group has carried out a string of attacks on Shia worshippers and police stations since last "
                "year and is believed to have several hundred fighters in the hills near the border with Tarvia.",
                "m",
            ),
            Probe(
                "Witnesses said three attackers arrived on motorbikes, shot the guard at the gate and fired into the "
                "prayer hall before one of them blew himself up by the door.",
                "m",
            ),
            Probe(
                'Imam Yusuf Hadari, who was leading the prayers, was among the wounded. "They came while we were '
                'bowing," his son told reporters outside the hospital.',
                "m",
            ),
            Probe(
                "Prime Minister Rahim Sadri declared three days of national mourning and ordered troops to guard "
                "mosques and churches across the north.",
                "m",
            ),
            Probe(
                "Neighbouring Tarvia condemned the attack and offered to share intelligence, while Karesh's interior "
                "minister accused Tarvia of letting the militants shelter on its side of the border.",
                "dm",
            ),
            Probe(
                'The UN secretary-general said in a statement that attacks on places of worship were "an assault on '
                'all of us" and urged Karesh to bring those responsible to justice.',
                "m",
                "d",
            ),
            Probe(
                "Funerals for most of the victims were held on Saturday, with thousands following the coffins through "
                "Beltan's streets under the watch of armoured vehicles.",
                "m",
            ),
            Probe(
                "Beltan, a market town of about 60,000, is known for its carpet weavers and for a shrine that draws "
                "visitors from across the region.",
                "",
            ),
            Probe(
                "Sunni and Shia religious leaders appeared together at a news conference in the capital to appeal "
                "for calm and to warn against reprisals.",
                "",
                "m",
            ),
        ],
    ),
    (
        "U.S. sanctions Veskarian officials over jailing of Lumen Church members",
        [
            Probe(
                "WASHINGTON - The United States on Thursday imposed sanctions on two senior Veskarian officials and a "
                "state security unit over the detention of hundreds of members of the Lumen Church, a Protestant "
                "minority, the Treasury and State Department said.",
                "td",
            ),
            Probe(
                "The measures freeze any assets the officials hold under U.S. jurisdiction and bar Americans from "
                "doing business with them; the State Department also barred them and their families from entering "
                "the United States.",
                "td",
            ),
            Probe(
                'Washington last year designated Veskaria a "country of particular concern" under the '
                "International Religious Freedom Act, a step that allows it to restrict trade and aid.",
                "d",
                "t",
            ),
            Probe(
                '"No government should jail its own citizens for how they pray," Secretary of State Ellen Marsh said '
                'in a statement. "We will keep raising these cases with Osk until the pastors are free."',
                "d",
                "t",
            ),
            Probe(
                'Veskaria\'s foreign ministry called the sanctions "interference in internal affairs" and summoned '
                "the U.S. charge d'affaires in Osk.",
                "d",
                "t",
            ),
            Probe(
                "The Lumen Church, founded by a travelling preacher in the 1920s, has about 90,000 members, most of "
                "them in farming villages in the west of the country.",
                "",
            ),
            Probe(
                "Rights groups say more than 400 of its pastors and lay leaders have been held since the authorities "
                "banned unregistered congregations two years ago, and that at least six have died in custody.",
                "",
            ),
            Probe(
                "The European Union is weighing similar measures, diplomats in Brussels said, though two member "
                "states blocked an earlier proposal.",
                "td",
            ),
            Probe(
                "Veskaria sells most of its potash to China and India and does little trade with the United States, "
                "so analysts said the sanctions were largely symbolic.",
                "t",
                "d",
            ),
            Probe(
                "The U.S. Commission on International Religious Freedom, an advisory body, had urged tougher steps, "
                "including visa bans on the judges who sentenced the pastors.",
                "d",
            ),
        ],
    ),
    (
        "Bells ring again at St. Theodor as local truce holds around Ardan",
        [
            Probe(
                "For the first time in four years, the bells of the Monastery of St. Theodor rang out on Sunday "
                "morning without the thud of artillery beneath them.",
                "m",
            ),
            Probe(
                "A local ceasefire around the hilltop monastery and the old city of Ardan, brokered by the UN and "
                "signed two weeks ago by the army and the rebel Free Ardan Front, has so far held.",
                "m",
                "d",
            ),
            Probe(
                "Under the deal, fighters on both sides have pulled back two kilometres from the monastery walls, and "
                "12 unarmed UN observers patrol a strip of olive groves between the lines.",
                "m",
                "d",
            ),
            Probe(
                "The monastery, founded in the sixth century, holds manuscripts and icons that UNESCO has called "
                "irreplaceable; a shell destroyed its bell tower in 2023.",
                "m",
            ),
            Probe(
                "Brother Makarios, 71, one of five monks who refused to leave during the siege, showed visitors the "
                "cellar where they slept on sacks of flour for most of a winter.",
                "m",
            ),
            Probe(
                '"We prayed for both sides, because the boys of both sides were dying at our gate," he said.',
                "m",
            ),
            Probe(
                "Pilgrims have begun to return: about 300 came for the feast of the monastery's patron saint last "
                "week, passing through army and rebel checkpoints under an arrangement negotiated by the Red Cross.",
                "m",
            ),
            Probe(
                "The truce does not cover the rest of the province, where fighting went on this week around the town "
                "of Sellim, and each side accuses the other of using the pause to rearm.",
                "m",
            ),
            Probe(
                "Diplomats hope the arrangement can become a model for wider talks; envoys from Jordan and Italy, "
                "which pay for the observers, visited the monastery on Thursday.",
                "d",
                "m",
            ),
            Probe(
                "The monks sell honey and beeswax candles to visitors to pay for a new bell tower.",
                "",
            ),
        ],
    ),
    (
        "Inside the mission hospital where the sisters treat both sides of Kambari's war",
        [
            Probe(
                "St. Luke's Mission Hospital in Kambari has had no mains electricity since rebels blew up the power "
                "line in February.",
                "m",
            ),
            Probe(
                "Run by an order of Catholic sisters since 1958, the 180-bed hospital is the only one still working "
                "in a district where government forces and the rebel Movement for Justice have fought for two years "
                "over the gold mines.",
                "m",
            ),
            Probe(
                "Its wards now hold mostly gunshot and blast wounds; on a recent morning, a nine-year-old boy lay in "
                "the children's ward with shrapnel in his leg from a mortar round that hit his village.",
                "m",
            ),
            Probe(
                "Sister Agnes Wambui, the hospital's director, said diesel for the generators came by road from the "
                "capital, a journey that now takes three days because of checkpoints and ambushes.",
                "m",
            ),
            Probe(
                '"We treat everyone who comes through the gate, soldiers, rebels, mothers. We ask no one which side '
                'he is on," she said.',
                "m",
            ),
            Probe(
                "Twice this year armed men have entered the compound looking for wounded fighters; in March they took "
                "away two patients who have not been seen since.",
                "m",
            ),
            Probe(
                "The hospital's budget, about $1.2 million a year, comes mainly from Catholic charities in Germany and "
                "Italy and from patients' fees, which are waived for the displaced.",
                "",
            ),
            Probe(
                "The sisters also run a maternity clinic and a school for nurses, whose 40 students sit their exams "
                "in a classroom with sandbags at the windows.",
                "",
                "m",
            ),
            Probe(
                "The country's bishops have called on both sides to spare hospitals and to return to the talks "
                "mediated by the regional bloc, which stalled in June.",
                "m",
                "d",
            ),
            Probe(
                'Sister Agnes, who trained as a surgeon in Dublin, said she had no plans to leave. "This is where the '
                'need is," she said.',
                "",
                "m",
            ),
        ],
    ),
    (
        "Clerics of warring Aldora and Teshmar meet at Oslo peace conference",
        [
            Probe(
                "OSLO - Senior clerics from Aldora and Teshmar sat at the same table on Tuesday for the first time "
                "since the two countries went to war three years ago, opening a two-day conference hosted by the "
                "Norwegian government alongside the official peace talks.",
                "dm",
            ),
            Probe(
                "Aldora's grand mufti, Sheikh Idris Calvan, and the head of Teshmar's Orthodox Church, Metropolitan "
                "Gavril, embraced in front of the cameras, a gesture many delegates said they had not thought "
                "possible.",
                "d",
            ),
            Probe(
                'Norway\'s foreign minister said the religious track was meant to "prepare the ground" for a '
                "settlement, while government negotiators in a hotel across town worked on a text on prisoner "
                "exchanges and the withdrawal of troops from the border districts.",
                "dm",
            ),
            Probe(
                "The clerics signed a joint declaration condemning attacks on mosques and churches, which the forces "
                "of both countries have hit during the war, and calling for the return of fallen soldiers' bodies.",
                "m",
                "d",
            ),
            Probe(
                '"Our peoples have buried enough sons," Gavril told the closing session. "Whatever the politicians '
                'decide, the church will not bless this war any longer."',
                "m",
            ),
            Probe(
                "Critics at home were less impressed. In Teshmar, nationalist bloggers called the metropolitan a "
                "traitor, and a group of priests published a letter rejecting any deal that gives up territory.",
                "d",
                "m",
            ),
            Probe(
                "Religious leaders have a mixed record as peacemakers: in Mozambique in the early 1990s a Catholic "
                "community helped broker the deal that ended the civil war, while in other conflicts clerics have "
                "blessed the troops.",
                "m",
                "d",
            ),
            Probe(
                "The conference was paid for by Norway and a Swiss foundation and held in a former royal hunting "
                "lodge outside the city.",
                "",
                "d",
            ),
            Probe(
                "The official talks are due to resume in Oslo next week with a draft ceasefire agreement on the table, "
                "Norwegian mediators said.",
                "dm",
            ),
        ],
    ),
    (
        "Faith roundup: diocese sells seminary, youth head off on mission, clergy call for calm before derby",
        [
            Probe(
                "The Diocese of Greyhaven has agreed to sell its former seminary and 40 acres of land to a housing "
                "developer for $18 million, the bishop's office said on Monday.",
                "",
            ),
            Probe(
                "Bishop Martin Hale said the proceeds would go toward settlements with abuse survivors and repairs to "
                "three churches, and that no parish would close as a result.",
                "",
            ),
            Probe(
                "Twenty-two teenagers from St. Brendan's parish leave on Saturday for a ten-day mission to Honduras, "
                "where they will help build a school and a water tank in a mountain village.",
                "",
            ),
            Probe(
                "The trip, the parish's eighth, is paid for with bake sales and a car wash; youth minister Kelly "
                'Ortiz said the group would stay with local families and "learn as much as we give."',
                "",
            ),
            Probe(
                "In his Christmas sermon at the cathedral, Archbishop Thomas Reyes urged the faithful to give "
                'generously to food banks, calling generosity "the one investment that never loses its value."',
                "",
            ),
            Probe(
                '"Make peace with the neighbour you have not spoken to in years. Wars begin in the heart, and so does '
                'peace," the archbishop said.',
                "",
            ),
            Probe(
                "Clergy from St. Michael's and Portgate parishes will walk together to Sunday's derby between the two "
                'cities\' football clubs, a fixture fans have called the "Holy War" since the clubs were founded by '
                "rival Catholic and Protestant congregations in the 1890s.",
                "",
            ),
            Probe(
                "Last season's game was halted for 20 minutes after fans threw flares onto the pitch, and police "
                "arrested 14 people after fighting outside the ground.",
                "",
            ),
            Probe(
                'The supporters\' trusts have announced a "ceasefire" for the match, promising separate routes to '
                "the stadium and an end to chants about each other's faith.",
                "",
            ),
            Probe(
                "And in Eastfield, the Rev. Daniel Okafor, a Baptist pastor elected to the city council in May, has "
                "launched what he calls a crusade against potholes, mapping 1,200 of them and vowing to fight "
                '"street by street" until they are filled.',
                "",
            ),
            Probe(
                "The public works department says it will fill 300 of them by spring; Okafor has declared a truce "
                "until then.",
                "",
            ),
        ],
    ),
]
