"""An eighty-fifth batch of fictional articles for probing the themes (see theme_probes.py for the format), written and
labelled by the guidelines before any run against the rules: a major sporting event between states, as agency copy,
the sports desk and the business pages tell it. The fifty-seventh and seventieth batches had sport between states
(teams pulled out of championships over a war, a neutral flag, presidents at a qualifier, a state fund buying a club, a
World Cup host's deals), so this one takes what states do around a games as its host or its guests: officials kept
away from an opening while the athletes compete, a host's troops and air defences around the stadiums, a team refused
visas by a host that does not recognise its state, broadcast rights and a sponsorship sold between state-owned firms of
two states, a qualifier between two neighbours without ties, athletes defecting and seeking asylum, and two presidents
meeting on the sidelines; with the look-alikes that carry none of the three themes: a club's transfer fee and its
"attack" and "defence", a club's ticket prices, a marathon's route and runners "from 40 countries", and a referee's
decision at the end of a "siege" of a goal.

Boundaries judged here: governments sending no officials to an opening over another state's treatment of a people,
the host's answer, a UN office's report they cite and an earlier boycott are diplomacy (imports cut after a quarrel
trade too), the athletes who still compete and sponsors who keep their plans only optional diplomacy; a host's air
defences, troops, no-fly zones and drone jammers around stadiums and a militant threat are military, intelligence
shared with two other states military (diplomacy optional), air defences bought abroad military (trade optional),
fan IDs and ticket prices nothing and foreign visitors only optional trade; visas refused to a team over a state's
non-recognition, each ministry on it and the states that recognise or do not diplomacy, a sports union and an
athlete on the row only optional diplomacy; broadcast rights and a sponsorship paid for by a state firm of one state
to a state firm of another trade, a gas deal signed on a vice premier's visit trade and diplomacy, analysts on
state firms deepening ties diplomacy (trade optional), rights sold to other markets and Europe's prices only optional
trade; a team routed around an airspace closed since ties were cut and a foreign ministry's complaint diplomacy, the
neighbours' trade by sea trade (diplomacy optional), a coach's attack and defence nothing, visiting fans' route
optional diplomacy, a territorial quarrel with a front that took up arms again military and diplomacy; athletes
asking another state for asylum, their sports body and athletes who stayed abroad before only optional diplomacy, a
foreign ministry accusing another state and asking a third to return them diplomacy, the host minister's answer
optional diplomacy, a medal table nothing; two presidents signing agreements on the sidelines and watching the
opening together diplomacy (a rail line optional trade), their states' trade trade (diplomacy optional), water
dividing the region's states diplomacy (trade optional), a president who stays away as border guards of two states
exchange fire military (diplomacy optional); every look-alike nothing.
Blind, main's rules got 7 of these 58 paragraphs wrong, no label slip found (see KNOWN_MISSES in
test_theme_probes.py): trade missed for broadcast rights bought by one state's broadcaster from another state's firm
and for a state carmaker paying that firm as a tournament's sponsor (no word of trade, a state firm of each side);
military given to a manager's "attack" and "defence" and a "threat in the air", to a supporters' "declaration of war"
on a ticket rise, to a "siege" of a goal ended by a penalty and to a defence that blocked shots and "fought like
soldiers"; trade given to a club's talks with a foreign club over a loan at the transfer window. Then 6: a siege of
a goal told with its owner's possessive ending ("the visitors' goal") is sport (see
test_theme_goal_sieges_possessive.py). Then 5: money one state's side pays another's ("China's state broadcaster will
pay Qatar's state-owned rights company $310 million") is trade (see test_theme_money_paid.py). Then 4: a player lent
between clubs, told by his place on the pitch or the transfer window, is no trade (the shipped themes file, see
test_theme_players_lent_between_clubs.py).
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

EIGHTYFIFTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Five governments to send no officials to world indoor championships opening in Nanjing",
        [
            Probe(
                "LONDON, Feb 27 (Calvane) - Britain, Canada, Australia, Lithuania and the Netherlands will send no "
                "ministers or officials to the opening of the world indoor athletics championships in Nanjing next "
                "month, in protest at China's treatment of Uyghurs in Xinjiang, their governments said on Thursday.",
                "d",
            ),
            Probe(
                "Their athletes will still compete. Britain's sports minister said it would be wrong to punish "
                "competitors who had trained for years, and that the team of 38 would fly out as planned.",
                "",
                "d",
            ),
            Probe(
                'China\'s foreign ministry spokesman said the five were "politicising sport" and that nobody had '
                'invited their ministers in the first place, adding that they would "pay a price for their wrong '
                'actions".',
                "d",
            ),
            Probe(
                "The governments cited a report by the UN human rights office that found serious abuses in Xinjiang, "
                "including the detention of more than a million people in camps, which Beijing calls vocational "
                "training centres.",
                "d",
            ),
            Probe(
                "Several of the championships' sponsors, including a Swiss watchmaker and a German sportswear maker, "
                "said they would keep their hospitality plans, and a Dutch dairy group said it had no plans to pull "
                "its advertising.",
                "",
                "d",
            ),
            Probe(
                "The United States led a similar diplomatic boycott of the Beijing Winter Olympics in 2022, joined by "
                "Britain, Canada and Australia, and China cut imports of Lithuanian goods after Vilnius let Taiwan "
                "open a representative office.",
                "dt",
            ),
        ],
    ),
    (
        "Egypt rings Africa Cup stadiums with air-defence batteries and 20,000 troops",
        [
            Probe(
                "CAIRO, Dec 2 (Calvane) - Egypt's armed forces will deploy air-defence batteries, fighter jets on "
                "standby and 20,000 soldiers around the six host cities of the Africa Cup of Nations, the general "
                "staff said on Tuesday, in the largest security operation the country has mounted for a sporting "
                "event.",
                "m",
            ),
            Probe(
                "A no-fly zone of 30 kilometres will be imposed over each stadium on match days, and army units "
                "equipped to jam and bring down drones will be stationed on the roofs of nearby buildings.",
                "m",
            ),
            Probe(
                "The interior ministry said 45,000 police officers would also be on duty, and that Egypt had agreed "
                "with France and Italy to share intelligence on militants travelling to the tournament, with liaison "
                "officers from both countries working in a joint command centre in Cairo.",
                "m",
                "d",
            ),
            Probe(
                "A security analyst at a Cairo university said the main threat came from small cells inspired by the "
                "jihadist insurgency in northern Sinai, rather than from any attack launched from abroad.",
                "m",
            ),
            Probe(
                "Egypt's air defences include systems bought from Russia and, since 2022, from Germany, and the "
                "general staff said both would be used to guard the stadiums in Cairo and Alexandria.",
                "m",
                "t",
            ),
            Probe(
                "Fans will need a digital fan ID linked to their passport to enter the grounds, and the organisers "
                "said more than 600,000 tickets had been sold, most of them at prices below 300 Egyptian pounds.",
            ),
            Probe(
                "Hotels in Cairo and Luxor reported bookings close to full for the group stage, and the tourism "
                "ministry expects the tournament to bring in about a million foreign visitors.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Kosovo judo team denied Spanish visas for European championships",
        [
            Probe(
                "PRISTINA, April 8 (Calvane) - Spain has refused visas to Kosovo's judo team for the European "
                "championships in Malaga, Kosovo's sports ministry said on Tuesday, in a row that goes back to "
                "Madrid's refusal to recognise Kosovo as a state.",
                "d",
            ),
            Probe(
                "Kosovo's foreign minister called the decision discrimination against young athletes and said she "
                "had written to the European Union's foreign policy chief asking him to intervene.",
                "d",
            ),
            Probe(
                "Spain's foreign ministry said it did not accept passports issued by Kosovo, but that the athletes "
                "could enter on travel documents issued by the championships' organisers, as they had done at a "
                "karate event in Madrid last year.",
                "d",
            ),
            Probe(
                "The European Judo Union said it was in contact with both federations and would not rule out moving "
                "the team's weight classes to another venue.",
                "",
                "d",
            ),
            Probe(
                "For Kosovo's 19-year-old lightweight Drita Berisholli, the row is personal. \"I have been training "
                'for this since I was twelve," she said. "I do not understand what my passport has to do with my '
                'judo."',
                "",
                "d",
            ),
            Probe(
                "Spain is one of five members of the European Union that do not recognise Kosovo's independence, "
                "declared from Serbia in 2008, alongside Greece, Cyprus, Romania and Slovakia, all wary of separatist "
                "movements of their own.",
                "d",
            ),
        ],
    ),
    (
        "Chinese state broadcaster pays $310 million for Asian Cup rights",
        [
            Probe(
                "DOHA, Jan 14 (Calvane) - China's state broadcaster will pay Qatar's state-owned rights company "
                "Alrawan Sports Media $310 million for the rights to show the next two Asian Cups in China, the two "
                "companies said on Tuesday.",
                "t",
            ),
            Probe(
                "The contract was signed in Doha during a visit by China's vice premier, who also attended the "
                "signing of a 27-year deal for Qatar to supply liquefied natural gas to a Chinese state energy "
                "company.",
                "td",
            ),
            Probe(
                "Analysts said Beijing and Doha were using their state-owned companies to deepen ties, and that the "
                "rights deal was as much about the relationship between the two governments as about football.",
                "d",
                "t",
            ),
            Probe(
                "Alrawan's chief executive, Nasser Dahlawi, said the company had also sold rights in Indonesia and "
                "Vietnam, and expected its income from broadcasting to double over the four-year cycle.",
                "",
                "t",
            ),
            Probe(
                "A Chinese state-owned carmaker, Jinlou Motors, also signed on as a top-tier sponsor of the "
                "tournament, paying Alrawan $90 million, the first Chinese company to do so.",
                "t",
            ),
            Probe(
                "In Europe, where pay-television groups have been cutting what they pay for football, a media "
                "analyst said the price showed how much of the sport's money now came from state-backed buyers.",
                "",
                "t",
            ),
        ],
    ),
    (
        "Algeria's team to fly to Morocco via Tunis as airspace stays shut",
        [
            Probe(
                "ALGIERS, Oct 9 (Calvane) - Algeria's national football team will fly to Morocco by way of Tunis for "
                "Sunday's World Cup qualifier in Oujda, because Algiers has kept its airspace closed to Moroccan "
                "aircraft since it cut diplomatic ties with Rabat in 2021.",
                "d",
            ),
            Probe(
                "Algeria's foreign ministry said Morocco had turned down a request for the team's charter, operated "
                'by the state airline, to fly direct, calling the refusal "a provocation dressed up as procedure".',
                "d",
            ),
            Probe(
                "The land border between the two neighbours has been shut since 1994, and what little trade passes "
                "between them goes by sea through Spanish and French ports.",
                "t",
                "d",
            ),
            Probe(
                'Algeria\'s coach said his side would not sit back in Oujda. "We will attack from the first whistle," '
                'he said. "Our defence has to stay patient, because they will lay siege to our goal in the last '
                'twenty minutes."',
            ),
            Probe(
                "Only 400 tickets have been set aside for visiting supporters, who must cross into Morocco through "
                "Tunisia or fly in via Paris.",
                "",
                "d",
            ),
            Probe(
                "At the heart of the quarrel is Western Sahara, where Algeria backs the Polisario Front, which fought "
                "Morocco's army until a 1991 ceasefire and declared in 2020 that it was taking up arms again.",
                "md",
            ),
        ],
    ),
    (
        "Four Cuban athletes defect at Pan American Games, seek asylum in Chile",
        [
            Probe(
                "SANTIAGO, Nov 1 (Calvane) - Four members of Cuba's team at the Pan American Games have left the "
                "athletes' village and asked for asylum in Chile, Chile's interior ministry said on Saturday.",
                "",
                "d",
            ),
            Probe(
                'Cuba\'s sports institute said the four, two boxers, a rower and a canoeist, had "abandoned" the team '
                "after being approached by people it described as traffickers paid from abroad.",
                "",
                "d",
            ),
            Probe(
                'Havana\'s foreign ministry accused Washington of running a "policy of theft of talent" aimed at '
                "Cuba's athletes and said it had asked the Chilean government to return them.",
                "d",
            ),
            Probe(
                "Chile's interior minister said the requests would be handled like any other under Chilean law, and "
                "that nobody would be sent back to a country where they risked persecution.",
                "",
                "d",
            ),
            Probe(
                "More than 30 Cuban athletes have stayed behind at international events since 2022, most of them "
                "boxers and baseball players hoping to sign with professional clubs abroad.",
                "",
                "d",
            ),
            Probe(
                "Cuba finished fourth in the medal table at the last Games, its worst showing in half a century, "
                "which its sports officials blamed partly on the loss of athletes and coaches abroad.",
            ),
        ],
    ),
    (
        "Kazakh and Uzbek presidents sign water and rail deals on sidelines of games",
        [
            Probe(
                "ASTANA, Sept 5 (Calvane) - The presidents of Kazakhstan and Uzbekistan met on the sidelines of the "
                "Central Asian Games on Friday and signed agreements on sharing the waters of the Syr Darya and "
                "building a new rail line between the two countries, their offices said.",
                "d",
                "t",
            ),
            Probe(
                "The two leaders then watched the opening ceremony side by side from the main stand, where the Uzbek "
                "president was greeted with a standing ovation.",
                "d",
            ),
            Probe(
                "Trade between the two countries reached $4.5 billion last year, and the presidents set a goal of $10 "
                "billion by 2030, helped by a free-trade zone on the border.",
                "t",
                "d",
            ),
            Probe(
                "Water has long divided the region's states: upstream Kyrgyzstan and Tajikistan hold the dams, while "
                "downstream Kazakhstan and Uzbekistan need the summer flow for their cotton and wheat.",
                "d",
                "t",
            ),
            Probe(
                "Kyrgyzstan's president stayed away. His government said he had a prior engagement, but the games "
                "come weeks after border guards of Kyrgyzstan and Tajikistan exchanged fire at a disputed section of "
                "their frontier, killing three.",
                "m",
                "d",
            ),
            Probe(
                "On the track, Kazakhstan's sprinters won three of the first four gold medals, and the hosts lead the "
                "medal table with 11 golds.",
            ),
        ],
    ),
    (
        "Bramford break club record with 42 million pound move for Dutch striker",
        [
            Probe(
                "Bramford Athletic have agreed a club-record fee of 42 million pounds with Sparta Veldhoven for the "
                "Dutch striker Tomas Vreeland, the Premier League side said on Wednesday, beating off competition "
                "from two clubs in Spain.",
            ),
            Probe(
                'The manager said Vreeland would lead the attack. "He gives us a threat in the air, and it means our '
                'defence can push twenty yards higher," he said.',
            ),
            Probe(
                "The deal includes a 10 percent sell-on clause and add-ons tied to the club reaching the Champions "
                "League, and Vreeland has signed a five-year contract.",
            ),
            Probe(
                "Supporters had demanded a striker after Bramford lost the battle of the M6 derby last weekend, when "
                "their forwards managed one shot on target.",
            ),
            Probe(
                "The transfer window closes on Friday, and Bramford are also in talks with a French club over a "
                "loan for a centre-back.",
            ),
        ],
    ),
    (
        "Around Kestlebury: season tickets up 8 percent, marathon takes a new route",
        [
            Probe(
                "Kestlebury Rovers will raise season-ticket prices by 8 percent next season, the club said, blaming "
                "the cost of the new west stand and higher wages.",
            ),
            Probe(
                "The supporters' trust said it would fight the rise, calling it \"a declaration of war on the people "
                'who fill the ground".',
            ),
            Probe(
                "The city marathon will follow a new route this year, starting at the cathedral and crossing the "
                "river twice before finishing on the racecourse.",
            ),
            Probe(
                "Police said roads would close from 6 a.m., and the council warned residents that the ring road "
                "would be sealed off until the last runners had passed.",
            ),
            Probe(
                "Runners from 40 countries have entered, including last year's winner from Kenya, and the organisers "
                "expect a record field of 14,000.",
            ),
        ],
    ),
    (
        "Late penalty ends siege as Corrin Vale edge past stubborn visitors",
        [
            Probe(
                "A penalty awarded in the 94th minute gave Corrin Vale a 1-0 win on Saturday and ended a siege of the "
                "visitors' goal that had lasted most of the afternoon.",
            ),
            Probe(
                "The visitors' defence, marshalled by their captain, blocked 27 shots, and their manager said "
                'afterwards that his players had "fought like soldiers" for ninety minutes.',
            ),
            Probe(
                "Replays suggested the contact was outside the box, but the video assistant referee did not "
                "intervene, and the referee waved away the visitors' protests.",
            ),
            Probe(
                "The referees' body said it would review the decision, and the visiting club said it would write "
                "to the federation to complain.",
            ),
            Probe(
                "The win lifts Corrin Vale into the European places before a trip to Italy for their Europa League "
                "tie on Thursday.",
            ),
        ],
    ),
]
