"""A seventy-ninth batch of fictional articles for probing the themes (see theme_probes.py for the format), written
and labelled by the guidelines before any run against the rules: detained nationals, hostages, prisoner swaps and
consular cases between states, as agency copy, the regional press, a family's home-town paper and web analysis tell
them (no batch took the subject whole; single stories of it stand in others, among them the sixty-second batch's swap
on an airport's tarmac told as a spy story, so the swap here is told through the broker and the price). An aid worker
held abroad on spying charges and his envoy turned away from the prison, a swap of prisoners brokered by a third state
on an airport's tarmac, an ambassador summoned over a lorry driver's sentence and sanctions sought on the judges, a
home-town paper counting the days of a former Marine held abroad, an analysis of hostage diplomacy, engineers freed
from an armed group by soldiers' raid; with the look-alikes that carry none of the three themes: a county jail's
overcrowding, a sheriff's hostage stand-off at a farmhouse, a prison-reform charity's gala, a travel agency's advice on
passports.

Boundaries judged here: a national held by another state, his envoy refused a visit, the state's reasons, a treaty
on moving prisoners between states and a travel advice raised diplomacy (spying charges optional military), a charity
suspending its work nothing (diplomacy optional); a swap between two states brokered by a third, the walk between the
planes, the freed and the prisoner given up, the thanks and the critics diplomacy (a Navy reservist's coup charge
optional military, money moved through banks optional trade); an envoy summoned over a sentence, the driver's case
and a call for sanctions on the judges diplomacy (the call optional trade, photographs of military sites optional
military), sanctions that freeze judges' assets trade and diplomacy, hauliers crossing to a state trade, a wife at a
hearing nothing (diplomacy optional); a home-town paper's count of days, a mother's calls with her government and its
envoy for hostages and a consular visit diplomacy, her plea optional diplomacy, T-shirts and a vigil nothing; hostage
diplomacy, its prices and a declaration of states diplomacy, money moved between states' banks and assets frozen trade
and diplomacy; soldiers' raid on an armed group's camp, the gunfight and the kidnapping military (the firm's dam
optional trade), a minister's thanks to a state diplomacy (police help optional military), a ransom nothing (military
optional), a travel advice diplomacy (military optional); every look-alike (a jail's beds, prisoners moved to a
neighbouring county, immigration detainees, a sheriff's stand-off and its negotiator, a charity's gala with a former
ambassador as speaker, a travel agency on passports, the Schengen rule and a foreign office's advice, both optional
diplomacy) nothing.
Blind, main's rules got 9 of these 57 paragraphs wrong (see KNOWN_MISSES in test_theme_probes.py): diplomacy missed
for a swap told through its planes and one of the freed, a driver's arrest at a crossing after the envoy's summons, a
travel advice told as advising against travel and hostages let go for money moved between states' banks; trade missed
for a law that freezes foreign officials' assets; trade given to a call for sanctions on judges and to the "price" of
swaps; diplomacy given to hauliers who stopped sending drivers into a state. One was a label slip, relabelled: a call
for sanctions on judges takes trade as optional beside its diplomacy, since the guidelines count sanctions as trade
and the call names no kind of them (the seventy-sixth batch labels a broadcaster under sanctions trade): 8 left.
Then 7: a freeze on the assets of foreign people ("freeze the assets of foreign officials"). Then 6: a state advising
against travel to a place ("Austria has advised against all travel to Zamfara"). Then 5: a state freeing another's
nationals in the active voice ("Venezuela freed four Americans") as a consular case, which one of the freed continues.
Then 4: a duty owed as no levy on goods ("a government's first duty is to bring its citizens home").
All written for these tests; none is taken from any corpus.
"""

from __future__ import annotations

from tests.unit.analysis.theme_probes import Probe

SEVENTYNINTH_ARTICLES: list[tuple[str, list[Probe]]] = [
    (
        "Iran refuses Belgian envoy's visit to aid worker held on spying charges",
        [
            Probe(
                "BRUSSELS, Feb 3 (Quillmark) - Belgium's foreign minister said on Monday that Iran had refused for a "
                "third time to let the Belgian ambassador in Tehran visit Pieter Vandermeulen, an aid worker held in "
                "Evin prison since October on charges of spying for Israel.",
                "d",
                "m",
            ),
            Probe(
                "Vandermeulen, 41, who ran a programme for Afghan refugees in Mashhad, was arrested at his flat and "
                "has been allowed two telephone calls to his family, his sister said.",
                "d",
            ),
            Probe(
                "A spokesman for Iran's judiciary said the Belgian had confessed and that consular rules did not "
                "apply to a prisoner who had entered the country on an Iranian passport.",
                "d",
            ),
            Probe(
                "Belgium's parliament ratified a treaty with Iran in 2022 on the transfer of sentenced prisoners, "
                "which the next year let a Belgian held in Tehran be exchanged for an Iranian diplomat jailed in "
                "Antwerp for a bomb plot.",
                "d",
                "m",
            ),
            Probe(
                "The foreign ministry raised its travel advice for Iran to its highest level on Monday and urged "
                "Belgians still in the country to leave.",
                "d",
            ),
            Probe(
                "Vandermeulen's employer, the Geneva-based charity Lanterne Sans Frontieres, said it had suspended its "
                "work in Iran and moved its staff to Herat.",
                "",
                "d",
            ),
        ],
    ),
    (
        "Venezuela frees four Americans in tarmac swap brokered by Qatar",
        [
            Probe(
                "DOHA, Dec 20 (Quillmark) - Venezuela freed four Americans and the United States released a "
                "Venezuelan businessman accused of laundering money for Caracas, in an exchange on the tarmac of "
                "Doha's airport brokered by Qatar, officials of the three countries said on Wednesday.",
                "d",
            ),
            Probe(
                "The two planes taxied to within 50 metres of each other before the men were walked across in "
                "pairs, watched by Qatari officials, according to a person who was present.",
                "d",
            ),
            Probe(
                "Among those freed was Caleb Ostrander, a former Navy reservist who was arrested in 2022 near the "
                "Colombian border and accused of plotting a coup.",
                "d",
                "m",
            ),
            Probe(
                "The businessman, Ramon Alcaide-Ferrer, had been extradited from Cape Verde in 2021 and was awaiting "
                "trial in Miami on charges of moving $350 million from a state food-import programme through US "
                "banks.",
                "d",
                "t",
            ),
            Probe(
                "The White House thanked the emir of Qatar and said the deal had also won a promise from Caracas to "
                "free 20 Venezuelan political prisoners before the end of January.",
                "d",
            ),
            Probe(
                "Republican lawmakers said the swap would reward governments that take Americans hostage and "
                "called for the release of the businessman to be reviewed by Congress.",
                "d",
            ),
            Probe(
                "Qatar has brokered at least five such exchanges since 2023, including one between Washington and "
                "Tehran, and hosts talks between other governments on their detained nationals.",
                "d",
            ),
        ],
    ),
    (
        "Latvia summons Belarusian envoy after lorry driver jailed for nine years",
        [
            Probe(
                "RIGA - Latvia's foreign ministry summoned Belarus's charge d'affaires on Thursday after a court in "
                "Grodno sentenced a Latvian lorry driver to nine years in prison for photographing military sites.",
                "d",
                "m",
            ),
            Probe(
                "The driver, Arturs Kalnbergs, 58, was stopped at the Paternieki crossing in March with photographs "
                "of a railway yard on his phone, which he says he took for his grandson, a train enthusiast.",
                "d",
                "m",
            ),
            Probe(
                'The foreign minister called the verdict "hostage-taking dressed up as justice" and said Riga would '
                "ask its partners in the European Union to put the judge and the prosecutors under sanctions.",
                "d",
                "t",
            ),
            Probe(
                "The bloc last year added two Belarusian judges who tried opposition leaders to its sanctions list, "
                "freezing any assets they hold in the EU and banning them from entering it.",
                "td",
            ),
            Probe(
                "Latvia's hauliers' association said members had stopped sending drivers into Belarus; some 400 "
                "Latvian lorries crossed each week last year carrying goods to Russia and Central Asia.",
                "t",
            ),
            Probe(
                "Kalnbergs's wife, Ilze, said she had last seen him at a hearing in June, through the glass of the "
                "courtroom's cage.",
                "",
                "d",
            ),
        ],
    ),
    (
        "500 days: Millbrook keeps the ribbons up for Tyler Brannagh",
        [
            Probe(
                "MILLBROOK - Yellow ribbons went up again along Main Street this week as the family of Tyler Brannagh "
                "marked 500 days since the former Marine was arrested in Moscow on spying charges that the State "
                "Department calls baseless.",
                "d",
                "m",
            ),
            Probe(
                "His mother, Denise, said she speaks to a State Department official every Tuesday and has twice met "
                "the president's special envoy for hostage affairs in Washington.",
                "d",
            ),
            Probe(
                '"They tell us he\'s a priority. We need him to be the priority," she said at the kitchen table of the '
                "family's home on Orchard Lane.",
                "",
                "d",
            ),
            Probe(
                "The U.S. ambassador in Moscow was allowed to visit him in Lefortovo prison in January, the first "
                "consular visit in seven months.",
                "d",
            ),
            Probe(
                "Friends from Millbrook High's class of 2009 are selling T-shirts to help pay for the family's trips "
                "to Washington; 800 have sold so far.",
                "",
            ),
            Probe(
                "The Rotary Club will hold a candlelight vigil at the gazebo on Sunday at 7 p.m.",
                "",
            ),
        ],
    ),
    (
        "The price of a prisoner: how hostage diplomacy became a tool of states",
        [
            Probe(
                "Over the past decade, at least a dozen governments have been accused of arresting foreigners on thin "
                "charges to win concessions from their home states, a practice that analysts call hostage diplomacy.",
                "d",
            ),
            Probe(
                '"The detainee is a bargaining chip, and the price is usually one of their own held abroad, frozen '
                'money or a sanction lifted," said Ines Valcourt, a fellow at the Caldervale Institute who tracks the '
                "cases.",
                "d",
                "t",
            ),
            Probe(
                "In 2023 Iran let five Americans go after $6 billion of its oil revenue held in South Korea was moved "
                "to banks in Qatar.",
                "td",
            ),
            Probe(
                "Canada and some 70 other states signed a declaration in 2021 against arbitrary detention in "
                "relations between states, though it has no means of enforcement.",
                "d",
            ),
            Probe(
                "Critics of swaps say each one sets a price and invites the next arrest; their defenders answer that "
                "a government's first duty is to bring its citizens home.",
                "d",
            ),
            Probe(
                "Washington now has a law that lets it freeze the assets of foreign officials it finds responsible "
                "for wrongful detentions, and it has used it against prison and intelligence officials of two states.",
                "td",
            ),
        ],
    ),
    (
        "Nigerian troops free two Austrian engineers in raid on kidnappers' camp",
        [
            Probe(
                "ABUJA, May 6 (Quillmark) - Nigerian special forces freed two Austrian engineers held for eleven weeks "
                "by an armed group in a raid on its forest camp in Zamfara state before dawn on Tuesday, the army "
                "said.",
                "m",
            ),
            Probe(
                "Six of the kidnappers were killed and one soldier was wounded in a gunfight that lasted about an "
                "hour, an army spokesman said.",
                "m",
            ),
            Probe(
                "The engineers, who worked for an Austrian firm building a dam on the Bunsuru river, were seized in "
                "February when gunmen ambushed their convoy and killed two police escorts.",
                "m",
                "t",
            ),
            Probe(
                "Austria's foreign minister thanked Nigeria's government and said Austrian police experts had worked "
                "with the Nigerian forces throughout the case.",
                "d",
                "m",
            ),
            Probe(
                "The group had demanded a ransom of 500 million naira, and it was not clear whether any money had "
                "been paid.",
                "",
                "m",
            ),
            Probe(
                "Austria has advised against all travel to Zamfara and seven other northern states since 2021.",
                "d",
                "m",
            ),
        ],
    ),
    (
        "Dunmore County jail holds 412 in space for 290, inspectors say",
        [
            Probe(
                "The Dunmore County jail held 412 inmates on Monday in a building designed for 290, and some slept on "
                "mattresses on the floor of the gym, state inspectors said in a report released Thursday.",
                "",
            ),
            Probe(
                "The report said guards were working double shifts and that two detainees had waited more than a "
                "year for trial.",
                "",
            ),
            Probe(
                "Sheriff's officials said they had asked a neighbouring county to take 40 prisoners under an "
                "exchange agreement between the two jails, at $75 a night each.",
                "",
            ),
            Probe(
                "About 60 of the inmates are held for federal immigration authorities, who pay the county for each "
                "bed.",
                "",
            ),
            Probe(
                "County commissioners will vote in March on a $48 million bond to add a wing with 200 beds.",
                "",
            ),
        ],
    ),
    (
        "Man surrenders after nine-hour stand-off at Keelford farmhouse",
        [
            Probe(
                "A man who held his former partner and her two children hostage in a farmhouse near Keelford for nine "
                "hours surrendered to sheriff's deputies early Saturday, the county sheriff said.",
                "",
            ),
            Probe(
                "A tactical team and a negotiator from the state police surrounded the house after a neighbour heard "
                "shots shortly after 8 p.m. Friday.",
                "",
            ),
            Probe(
                '"Our negotiator kept him talking all night and nobody got hurt. That\'s the outcome you pray for," '
                "Sheriff Dale Merrow said.",
                "",
            ),
            Probe(
                "The man, 37, faces charges of kidnapping, aggravated assault and illegal possession of a rifle.",
                "",
            ),
            Probe(
                "Deputies had been called to the address twice last year over domestic disputes, records show.",
                "",
            ),
        ],
    ),
    (
        "Second Door Trust gala raises 212,000 pounds for former prisoners",
        [
            Probe(
                "The Second Door Trust, a charity that helps people leaving prison find work and a home, raised "
                "212,000 pounds at its annual gala dinner at the Guildhall on Friday.",
                "",
            ),
            Probe(
                "Guests bid for a week in a Tuscan villa and a signed cricket bat, and heard a former inmate describe "
                "the day of his release after eleven years.",
                "",
            ),
            Probe(
                "The trust's chair, Harriet Quaile, a former prison governor, said the money would pay for 40 more "
                'mentors. "A job is the best way to keep someone from going back inside," she said.',
                "",
            ),
            Probe(
                "The guest speaker, a former ambassador to Jordan, spoke about his years as a trustee and the letters "
                "he still writes to men serving life sentences.",
                "",
            ),
            Probe(
                "The trust is campaigning for an end to prison sentences of under six months, which it says do more "
                "harm than good.",
                "",
            ),
        ],
    ),
    (
        "Check your passport before you book, Harbourside Travel tells summer holidaymakers",
        [
            Probe(
                "With summer bookings open, Harbourside Travel is reminding customers to check their passports now: "
                "many countries require six months' validity from the day you arrive, and some count from the day "
                "you leave.",
                "",
            ),
            Probe(
                "Since Britain left the European Union, a passport must also be less than ten years old on the day "
                "you enter the Schengen area, a rule that has caught out hundreds of travellers at airports, said "
                "the branch manager, Nia Treharne.",
                "",
                "d",
            ),
            Probe(
                "Renewals through the Passport Office take about three weeks but can stretch to ten in spring, and a "
                "fast-track appointment costs 193 pounds.",
                "",
            ),
            Probe(
                "Travellers to the United States need an online travel authorisation, which costs $21 and should be "
                "applied for at least three days before flying.",
                "",
            ),
            Probe(
                "The agency also recommends reading the Foreign Office's advice for your destination before booking, "
                "as travel insurance may not pay out if it advises against travel there.",
                "",
                "d",
            ),
        ],
    ),
]
