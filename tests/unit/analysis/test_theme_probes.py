"""The fictional world-news probe articles (theme_probes.py and the batches theme_probes_wire.py,
theme_probes_fresh.py, theme_probes_world.py, theme_probes_late.py, theme_probes_sixth.py, theme_probes_seventh.py,
theme_probes_eighth.py, theme_probes_ninth.py, theme_probes_tenth.py, theme_probes_eleventh.py,
theme_probes_twelfth.py, theme_probes_thirteenth.py, theme_probes_fourteenth.py, theme_probes_fifteenth.py and
theme_probes_sixteenth.py and
theme_probes_seventeenth.py and
theme_probes_eighteenth.py and
theme_probes_nineteenth.py and
theme_probes_twentieth.py and
theme_probes_twentyfirst.py and
theme_probes_twentysecond.py and
theme_probes_twentythird.py and
theme_probes_twentyfourth.py and
theme_probes_twentyfifth.py and
theme_probes_twentysixth.py and
theme_probes_twentyseventh.py and
theme_probes_twentyeighth.py and
theme_probes_twentyninth.py and
theme_probes_thirtieth.py and
theme_probes_thirtyfirst.py and
theme_probes_thirtysecond.py and
theme_probes_thirtythird.py and
theme_probes_thirtyfourth.py and
theme_probes_thirtyfifth.py and
theme_probes_thirtysixth.py and
theme_probes_thirtyseventh.py and
theme_probes_thirtyeighth.py and
theme_probes_thirtyninth.py and
theme_probes_fortieth.py and
theme_probes_fortyfirst.py and
theme_probes_fortysecond.py and
theme_probes_fortythird.py and
theme_probes_fortyfourth.py and
theme_probes_fortyfifth.py and
theme_probes_fortysixth.py and
theme_probes_fortyseventh.py and
theme_probes_fortyeighth.py and
theme_probes_fortyninth.py and
theme_probes_fiftieth.py and
theme_probes_fiftyfirst.py and
theme_probes_fiftysecond.py and
theme_probes_fiftythird.py and
theme_probes_fiftyfourth.py and
theme_probes_fiftyfifth.py and
theme_probes_fiftysixth.py and
theme_probes_fiftyseventh.py and
theme_probes_fiftyeighth.py and
theme_probes_fiftyninth.py and
theme_probes_sixtieth.py and
theme_probes_sixtyfirst.py and
theme_probes_sixtysecond.py and
theme_probes_sixtythird.py and
theme_probes_sixtyfourth.py and
theme_probes_sixtyfifth.py and
theme_probes_sixtysixth.py and
theme_probes_sixtyseventh.py and
theme_probes_sixtyeighth.py and
theme_probes_sixtyninth.py and
theme_probes_seventieth.py and
theme_probes_seventyfirst.py and
theme_probes_seventysecond.py and
theme_probes_seventythird.py and
theme_probes_seventyfourth.py and
theme_probes_seventyfifth.py and
theme_probes_seventysixth.py and
theme_probes_seventyseventh.py and
theme_probes_seventyeighth.py and
theme_probes_seventyninth.py and
theme_probes_eightieth.py and
theme_probes_eightyfirst.py and
theme_probes_eightysecond.py and
theme_probes_eightythird.py and
theme_probes_eightyfourth.py and
theme_probes_eightyfifth.py),
scored as whole articles on the real spaCy pipeline with the shipped themes file: each paragraph gets the themes its
labels require and no theme they leave out."""

from __future__ import annotations

import pytest

from dashboard.analysis.themes import labels
from tests.unit.analysis.theme_probes import ARTICLES, Probe
from tests.unit.analysis.theme_probes_eighteenth import EIGHTEENTH_ARTICLES
from tests.unit.analysis.theme_probes_eighth import EIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_eightieth import EIGHTIETH_ARTICLES
from tests.unit.analysis.theme_probes_eightyfifth import EIGHTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_eightyfirst import EIGHTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_eightyfourth import EIGHTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_eightysecond import EIGHTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_eightythird import EIGHTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_eleventh import ELEVENTH_ARTICLES, ELEVENTH_CHECKS
from tests.unit.analysis.theme_probes_fifteenth import FIFTEENTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftieth import FIFTIETH_ARTICLES
from tests.unit.analysis.theme_probes_fiftyeighth import FIFTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftyfifth import FIFTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftyfirst import FIFTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_fiftyfourth import FIFTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftyninth import FIFTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftysecond import FIFTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_fiftyseventh import FIFTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftysixth import FIFTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_fiftythird import FIFTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_fortieth import FORTIETH_ARTICLES
from tests.unit.analysis.theme_probes_fortyeighth import FORTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_fortyfifth import FORTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_fortyfirst import FORTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_fortyfourth import FORTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_fortyninth import FORTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_fortysecond import FORTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_fortyseventh import FORTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_fortysixth import FORTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_fortythird import FORTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_fourteenth import FOURTEENTH_ARTICLES
from tests.unit.analysis.theme_probes_fresh import FRESH_ARTICLES, SECOND_ARTICLES
from tests.unit.analysis.theme_probes_late import LATE_ARTICLES
from tests.unit.analysis.theme_probes_nineteenth import NINETEENTH_ARTICLES
from tests.unit.analysis.theme_probes_ninth import NINTH_ARTICLES
from tests.unit.analysis.theme_probes_seventeenth import SEVENTEENTH_ARTICLES
from tests.unit.analysis.theme_probes_seventh import SEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_seventieth import SEVENTIETH_ARTICLES
from tests.unit.analysis.theme_probes_seventyeighth import SEVENTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_seventyfifth import SEVENTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_seventyfirst import SEVENTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_seventyfourth import SEVENTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_seventyninth import SEVENTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_seventysecond import SEVENTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_seventyseventh import SEVENTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_seventysixth import SEVENTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_seventythird import SEVENTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_sixteenth import SIXTEENTH_ARTICLES
from tests.unit.analysis.theme_probes_sixth import SIXTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtieth import SIXTIETH_ARTICLES
from tests.unit.analysis.theme_probes_sixtyeighth import SIXTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtyfifth import SIXTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtyfirst import SIXTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_sixtyfourth import SIXTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtyninth import SIXTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtysecond import SIXTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_sixtyseventh import SIXTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtysixth import SIXTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_sixtythird import SIXTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_tenth import TENTH_ARTICLES
from tests.unit.analysis.theme_probes_thirteenth import (
    THIRTEENTH_ARTICLES,
    THIRTEENTH_CHECKS,
    THIRTEENTH_FIFTH,
    THIRTEENTH_FOURTH,
    THIRTEENTH_THIRD,
)
from tests.unit.analysis.theme_probes_thirtieth import THIRTIETH_ARTICLES
from tests.unit.analysis.theme_probes_thirtyeighth import THIRTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtyfifth import THIRTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtyfirst import THIRTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_thirtyfourth import THIRTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtyninth import THIRTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtysecond import THIRTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_thirtyseventh import THIRTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtysixth import THIRTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_thirtythird import THIRTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_twelfth import (
    TWELFTH_ARTICLES,
    TWELFTH_CHECKS,
    TWELFTH_FIFTH,
    TWELFTH_FOURTH,
    TWELFTH_THIRD,
)
from tests.unit.analysis.theme_probes_twentieth import TWENTIETH_ARTICLES
from tests.unit.analysis.theme_probes_twentyeighth import TWENTYEIGHTH_ARTICLES
from tests.unit.analysis.theme_probes_twentyfifth import TWENTYFIFTH_ARTICLES
from tests.unit.analysis.theme_probes_twentyfirst import TWENTYFIRST_ARTICLES
from tests.unit.analysis.theme_probes_twentyfourth import TWENTYFOURTH_ARTICLES
from tests.unit.analysis.theme_probes_twentyninth import TWENTYNINTH_ARTICLES
from tests.unit.analysis.theme_probes_twentysecond import TWENTYSECOND_ARTICLES
from tests.unit.analysis.theme_probes_twentyseventh import TWENTYSEVENTH_ARTICLES
from tests.unit.analysis.theme_probes_twentysixth import TWENTYSIXTH_ARTICLES
from tests.unit.analysis.theme_probes_twentythird import TWENTYTHIRD_ARTICLES
from tests.unit.analysis.theme_probes_wire import WIRE_ARTICLES
from tests.unit.analysis.theme_probes_world import WORLD_ARTICLES

ALL_ARTICLES = (
    ARTICLES
    + WIRE_ARTICLES
    + FRESH_ARTICLES
    + SECOND_ARTICLES
    + WORLD_ARTICLES
    + LATE_ARTICLES
    + SIXTH_ARTICLES
    + SEVENTH_ARTICLES
    + EIGHTH_ARTICLES
    + NINTH_ARTICLES
    + TENTH_ARTICLES
    + ELEVENTH_ARTICLES
    + ELEVENTH_CHECKS
    + TWELFTH_ARTICLES
    + TWELFTH_CHECKS
    + TWELFTH_THIRD
    + TWELFTH_FOURTH
    + TWELFTH_FIFTH
    + THIRTEENTH_ARTICLES
    + THIRTEENTH_CHECKS
    + THIRTEENTH_THIRD
    + THIRTEENTH_FOURTH
    + THIRTEENTH_FIFTH
    + FOURTEENTH_ARTICLES
    + FIFTEENTH_ARTICLES
    + SIXTEENTH_ARTICLES
    + SEVENTEENTH_ARTICLES
    + EIGHTEENTH_ARTICLES
    + NINETEENTH_ARTICLES
    + TWENTIETH_ARTICLES
    + TWENTYFIRST_ARTICLES
    + TWENTYSECOND_ARTICLES
    + TWENTYTHIRD_ARTICLES
    + TWENTYFOURTH_ARTICLES
    + TWENTYFIFTH_ARTICLES
    + TWENTYSIXTH_ARTICLES
    + TWENTYSEVENTH_ARTICLES
    + TWENTYEIGHTH_ARTICLES
    + TWENTYNINTH_ARTICLES
    + THIRTIETH_ARTICLES
    + THIRTYFIRST_ARTICLES
    + THIRTYSECOND_ARTICLES
    + THIRTYTHIRD_ARTICLES
    + THIRTYFOURTH_ARTICLES
    + THIRTYFIFTH_ARTICLES
    + THIRTYSIXTH_ARTICLES
    + THIRTYSEVENTH_ARTICLES
    + THIRTYEIGHTH_ARTICLES
    + THIRTYNINTH_ARTICLES
    + FORTIETH_ARTICLES
    + FORTYFIRST_ARTICLES
    + FORTYSECOND_ARTICLES
    + FORTYTHIRD_ARTICLES
    + FORTYFOURTH_ARTICLES
    + FORTYFIFTH_ARTICLES
    + FORTYSIXTH_ARTICLES
    + FORTYSEVENTH_ARTICLES
    + FORTYEIGHTH_ARTICLES
    + FORTYNINTH_ARTICLES
    + FIFTIETH_ARTICLES
    + FIFTYFIRST_ARTICLES
    + FIFTYSECOND_ARTICLES
    + FIFTYTHIRD_ARTICLES
    + FIFTYFOURTH_ARTICLES
    + FIFTYFIFTH_ARTICLES
    + FIFTYSIXTH_ARTICLES
    + FIFTYSEVENTH_ARTICLES
    + FIFTYEIGHTH_ARTICLES
    + FIFTYNINTH_ARTICLES
    + SIXTIETH_ARTICLES
    + SIXTYFIRST_ARTICLES
    + SIXTYSECOND_ARTICLES
    + SIXTYTHIRD_ARTICLES
    + SIXTYFOURTH_ARTICLES
    + SIXTYFIFTH_ARTICLES
    + SIXTYSIXTH_ARTICLES
    + SIXTYSEVENTH_ARTICLES
    + SIXTYEIGHTH_ARTICLES
    + SIXTYNINTH_ARTICLES
    + SEVENTIETH_ARTICLES
    + SEVENTYFIRST_ARTICLES
    + SEVENTYSECOND_ARTICLES
    + SEVENTYTHIRD_ARTICLES
    + SEVENTYFOURTH_ARTICLES
    + SEVENTYFIFTH_ARTICLES
    + SEVENTYSIXTH_ARTICLES
    + SEVENTYSEVENTH_ARTICLES
    + SEVENTYEIGHTH_ARTICLES
    + SEVENTYNINTH_ARTICLES
    + EIGHTIETH_ARTICLES
    + EIGHTYFIRST_ARTICLES
    + EIGHTYSECOND_ARTICLES
    + EIGHTYTHIRD_ARTICLES
    + EIGHTYFOURTH_ARTICLES
    + EIGHTYFIFTH_ARTICLES
)

#: Paragraphs the rules still get wrong, by the start of their text: each is held to fail (strict), so a change that
#: mends one says so and moves it among the guarded ones.
KNOWN_MISSES = frozenset(
    [
        "Beijing said it would take all necessary measures",  # trade continued with no word of trade
        "The ministers will discuss the issue again",  # the same, in talks
        "Planes hit a Greek-owned tanker",  # an air attack told through planes and a hit
        "Lloyd's said it was the 30th ship",  # the same, through its toll on shipping
        "Delegates from small island states",  # a walkout at a summit
        "Monitors from the regional bloc",  # truce monitors: diplomacy's bloc, no word of war
        "It was the fifth such launch",  # a missile launch continued in a short story
        "Under the deal, several villages",  # a border treaty continued through what it does
        "Ottawa will impose a 100 percent surtax",  # trade since a levy on goods named by a people counts, but the
        # capital imposing it beside Washington still gives diplomacy too
        "The defence argued that the evidence",  # a court's defence, lifted by the crime paragraph after it
        "Police said the gunman who shot",  # a shooting told as crime: a gunman is as often a criminal
        "Chief executive Lena Vogt told",  # production moved because of tariffs, with no word of trade
        "The UN refugee agency appealed",  # a UN agency's appeal to a government about refugees
        "Analysts said the thaw reflected",  # a thaw between states continued through analysts' reading of it
        "Officials said some 20 agreements",  # agreements to be signed on a visit, told in the passive
        "Footage on state television showed masked",  # a seizure at sea continued through what the footage showed
        "The United States on Monday barred 45",  # visa bans told as barring officials from entering, over a vote
        "The foreign ministers of Turkey and Ukraine met",  # a grain deal whose trade leaned on "foreign" in a title
        # the sixth batch
        "Taiwanese chip firm Tessra",  # production moved to escape duties, with one weak word of trade
        "A gunman shot dead three people",  # a shooting told as crime, with a gunman and a weapon
        "Beijing said it firmly opposed the listing",  # sanctions continued with no word of trade
        "Brazil's president begins a three-day",  # deals to be signed on a visit, told through the goods
        # the seventh batch
        "Thousands of people crossed into neighbouring",  # refugees of a war told as a crossing
        "Azerbaijan's state security service said",  # a spy case continued through the security service
        "The freed hostages were taken to a hospital",  # the exchange's diplomacy (now found) carried on as a case
        # the eighth batch
        "Journalists are barred from the area",  # a war continued through who may not see it
        "The engineers' governments said",  # hostages' governments at work for their release
        "Indonesia's president left Jakarta",  # a leader's tour abroad told through the capitals on the way
        "He is expected to seek investment",  # a tour continued through what the visitor will ask for
        # the ninth batch
        "Traders in the provincial market said",  # a local market's prices in a war story: no exchange between states
        # the tenth batch
        # the eleventh batch
        "Sudan, which lies between them",  # a meeting continued through who was not invited
        # the twelfth batch
        "Germany on Sunday urged its citizens",  # military: an exchange of fire across a border, in a travel advisory
        "Beijing said the curbs were",  # The Hague not recognised as a name
        "Among those returned to Ukraine",  # prisoners of war continued as defenders returned
        "Italy will look after Argentine interests",  # a protecting power, told through interests
        "Kowalski said he hoped Japanese firms",  # investment on a visit told as bids for contracts
        "Zelenskiy renewed his appeal",  # arms asked of allies, told through a weapon's name
        "France, whose farmers fear",  # a state answering trade talks in a clause after its name
        # the twelfth batch's checks
        "Lindqvist said the two had also discussed",  # a leader's report of talks, with police training in it
        "Deliveries are due to start",  # an arms deal continued through its deliveries
        # the twelfth batch's third set
        "The European Union is expected to follow",  # sanctions lifted, continued through who follows
        # the twelfth batch's fourth set
        "The government denied the town had fallen",  # a town taken, denied through "its units"
        # the twelfth batch's fifth set
        "Some 900 wagons were waiting",  # goods held at a border, told through the wagons
        "Moscow said it expected the problem",  # the same, through "the problem"
        # the thirteenth batch
        "Bilateral commerce reached",  # trade between two states told with diplomacy's "bilateral"
        "Lithuania summoned China's charge",  # "foreign forces" in an insult read as military
        "The post was deleted",  # an envoy's post continued through "the post"
        "Fewer than 30 Japanese",  # nationals counted in a travel warning, with no word of one
        "Seoul has become one of",  # an arms exporter's clients read as relations
        "Sawmill owners in British Columbia",  # a tariff's toll on an industry, with no word of trade
        # the thirteenth batch's checks
        "Buses carrying the deportees",  # deportees continued through the border post they reached
        "Traders in the border town of Cucuta",  # a closed border told through queues of lorries
        "Rebel boats have blockaded",  # grain ships turned back by a blockade: trade through "grain" alone
        "Italy used its special powers",  # an investment blocked: trade found by venture, diplomacy only 0.38
        "The Chinese embassy in Rome said the decision",  # the same, through "foreign investors"
        "The Group of Seven agreed on Thursday",  # a price cap aimed at a state's revenue for a war
        "Shipping firms and insurers that handle",  # "the cap" carries the summit's diplomacy with its trade
        "Maize made up nearly half",  # the same, through a share of the total
        "Mao Ling told reporters that Washington",  # "separatist forces" in a spokesman's rebuke read as military
        # the thirteenth batch's third set
        "Iran's Revolutionary Guards seized a Marshall Islands-flagged oil",  # a tanker seized: its oil read as trade
        # the thirteenth batch's fourth set
        "Our peoples have long shared",  # a visitor's words at a news conference, continued with no pronoun
        "The two sides signed agreements on rare",  # minerals in agreements between states, in a diplomatic story
        "An Israeli official said gaps remained",  # truce talks continued through gaps, 0.3 short
        "The United States imposed sanctions on Tuesday on a dozen",  # drone parts supplied: military by "drone" alone
        "The Treasury said the firms had shipped",  # the same, through engines and guidance chips
        # the fourteenth batch
        "Firefighters said the foam",  # a blaze from a strike fought by firefighters (a cue against war)
        "City's manager said his defence",  # sport: a defence "shot to pieces" (the season's cue too weak)
        "Vietnam has long bought most of its weapons",  # an arms supplier read as relations between the two
        "Ukraine's foreign minister said he had asked every ally",  # allies asked for Patriots: "ally" at 0.5 cost dev
        "Canberra agreed to fund new abattoirs",  # a trade deal continued through what one state agreed
        "Nguyen Thi Lan, who runs a processing plant",  # duties told through a plant's lay-offs
        "Hanoi has asked Washington to review",  # duties answered by a state: diplomacy only
        "It was the third such passage this year",  # a warship's transit continued after a paragraph of diplomacy
        "Meier, a former deputy head of mission",  # an ambassador's career told with no word of her post
        "Estonia's prime minister, Kaja Ilves, said",  # weapons asked of allies told as "systems that could strike"
        "Moscow called the request a provocation",  # a threat to security answered: military 0.5 short
        # the fifteenth batch
        "In brief remarks after the ceremony, Prado",  # an envoy's plans told as cooperation: 0.25 short (speech)
        "The lines had been used twice a day",  # the same, through "the lines"
        "Pyongyang's state news agency said the South",  # "the South" not recognised as a party
        "The North also said it would tear down",  # a joint liaison building: "liaison office" not said
        "South Korean officials said they would keep calling",  # the article's diplomacy too weak to lift it
        "Analysts said the move made an accidental clash",  # a clash feared along an armed border: 0.16 short
        '"Without the lines, a stray shot',  # the same, in an analyst's words
        "Ferreyra will be accompanied by his foreign, economy and defence",  # portfolios in a delegation's list
        '"We cannot compete with a country that plants',  # a farmer's words on cheaper imports
        "The plant, owned by a Hong Kong firm",  # duties raised on a country's goods read as relations
        "Phnom Penh has sent a team to Washington",  # the same, through "a lower rate"
        "The labour ministry said 41 factories",  # lay-offs after duties, with no word of trade
        "Rice now sells for five times its price",  # a siege told through prices
        "Brazil's agriculture minister said he would raise the matter",  # a ban raised at trade talks: 0.25 "talks"
        "The appointment must be accepted by Washington",  # an ambassador's agrément told as a procedure
        "Kazakhstan supplies about a quarter of the uranium",  # exports told as what a country supplies
        # the sixteenth batch
        "Schools in eight districts have closed",  # a war told through schools closed ("school" alone is no war's)
        # the same, through how people hide from them (as "Residents of Kibumba": "resident" as an effect of war
        # tipped a dev paragraph at 1.99 over the threshold, so it was left out)
        "Residents said they now cook before dawn",
        "The government has not confirmed the exchange",  # a hostage exchange continued through "the exchange"
        "Hundreds of people protested in Yerevan",  # a protest at home against land handed to another state
        "A Vietnamese fisheries patrol vessel",  # one state's vessel warned off by another's agency
        "Most of the money comes from about a million",  # remittances told as where the money comes from
        "Benin says its troops are fighting alone",  # a neighbour refusing joint patrols: "refuse" is no term
        # a summit host's businesses told through "the meeting": once the climate talks and a fund for loss and damage
        # weigh as diplomacy (sixty-fifth batch) the article's profile passes `continued` and lifts them
        "Small businesses in the capital had hoped",
        "The border between the two countries has been closed",  # a closed border between states: 0.5 short
        # (a nurse's "frontline", a lone word of war lifted by a thin context, mended by military's `least`)
        # the seventeenth batch
        "Al Shabaab, which has fought the Somali",  # militants fighting a government, lifted to diplomacy by "the row"
        "Shops in the northern part of the divided town",  # police checkpoints after a siege (police is a cue against)
        "A ruling is not expected",  # a case between states at a court continued through "a ruling"
        "WASHINGTON, June 8 - The State Department has approved",  # an arms sale from one state to another: 0.4 short
        "Lockheed Martin, which builds the jets",  # an arms order continued through its maker: 0.15 short
        "The measures also ban EU banks",  # sanctions on a state's borrowing and officials' assets: 0.4 short
        "Lithuania said it would stop the shipments",  # a state enforcing sanctions on another: 0.25 short
        "Refugee leaders said few would go back",  # refugee returns agreed by two states, told by the refugees
        "Two earlier attempts, in 2018 and 2019",  # earlier returns continued through "attempts"
        # the eighteenth batch
        "Canberra signed a deal with Vanuatu",  # police funding and guarding waters: "police" a cue against war
        "TBILISI, July 11 - Residents of a village",  # a boundary fence moved, told through villagers
        "Villagers said two men picking apples",  # border guards' detentions, with no word of war
        "The ship came within 2 nautical miles",  # a coast guard ship at a rig, told through the distance
        "Unlike Manila, Kuala Lumpur has avoided",  # "partner" yields to trade's "trading partner"
        "Gas from the field feeds a plant",  # exports told as what a plant ships abroad: 0.7 short
        "Analysts said Beijing's aim was",  # a claim at sea told through its aim
        "State energy firms Botas and SOCAR",  # a pipeline deal continued through who pays for it
        "Armenia's foreign ministry said it had no objection",  # a third state on a pipeline takes its trade
        "The three juntas have formed an Alliance",  # an alliance of states: "alliance" yields to military
        "Yet they still need the juntas",  # a pipeline shut by a row between states: Niger not a party
        "For ordinary people, the price is paid",  # daily life in a war through markets and convoys: read as trade
        "The reason is a 17 percent anti-dumping",  # a duty on a state's goods read as relations
        "Minsk's state news agency said he had been returned",  # a swap continued through a state's news agency
        "Soldiers and volunteers went from village",  # soldiers evacuating people from a cyclone ("soldier" 2.0)
        # the nineteenth batch
        "The government in Djibouti said the aircraft",  # a state's account of a strike on it read as relations
        "Point four says the five",  # a communique's pledge against aggression: military (diplomacy now found)
        "The seven other members had paused",  # a council's members pausing meetings: 0.03 short
        "A column of Kenyan armoured vehicles",  # a force going home across a border read as relations
        "Congo's government declined to renew",  # a mandate not renewed: a host state ending a foreign mission
        "Residents of Kibumba",  # a war continued through what residents fear, with no word of it
        "'They want the factories",  # an export ban continued in an analyst's words
        "The rent is worth more",  # foreign bases continued through their rent
        "Ethiopia, landlocked since",  # a state's claim to the sea against its neighbour
        "Its prime minister has said he wants it",  # a state's aim told through its leader and its generals
        "Since then the two have kept",  # rival forces told as keeping to their corners
        "'Whoever holds the ports",  # ports as a state's lifeline, read as international relations
        "The two leaders watched their ministers",  # memorandums on gas and fertiliser plants: trade 0.73
        # the twentieth batch
        "Landlocked, the three countries import",  # imports through neighbours' ports read as relations
        "YEONPYEONG, South Korea - From the hill",  # a border island's view of barracks: no word of war in it
        "Kim Soon-ja, 71, who runs",  # a war feared, told by a resident with no word of it
        "'We are not afraid of them,' said",  # a marine's words: 0.5 short
        "For now, the ferry still leaves",  # drills continued as what empties the ferry
        "It was not clear whether anything",  # "ransom" read as military
        "The group has fired missiles and drones",  # strikes by two states on a group read as relations
        "Under Swiss law, buyers of Swiss weapons",  # a state's refusal to let others pass on its arms: 0.3 short
        "Construction is due to start in March",  # a financed project continued with no word of it
        "In 2012, South Sudan shut down",  # two states that "fought": military short
        "Diplomats in Juba said Kenya",  # "army-backed government" read as military
        "Pyongyang has also sent hundreds of balloons",  # balloons sent across a border: 1.1 short
        "The North's state media did not mention",  # an incident continued with no word of it
        # the twenty-first batch
        "Under its terms, Ethiopia will pay a fee",  # a port deal continued through its terms: a fee per container
        "Analysts said the deal gave Addis Ababa",  # a deal between states read by analysts: "the deal" is trade's
        "OTTAWA, Aug 21 - A Canadian coast guard",  # a coast guard shadowing a state's vessel: military 0.6 short
        "The Akademik Sorokin, which carries sonar",  # the standoff continued through the vessel's name
        "Inuit leaders in Cambridge Bay said",  # the same, through residents who saw the ship
        "Canada has promised to buy two new polar",  # icebreakers and a naval station: 0.1 short
        "Dushanbe sells part of the electricity",  # exports told through a capital that sells: read as relations
        "Hugo Benitez, 58, was flown to Paraguay",  # an extradition carried out: officers read as military
        "Uruguay's supreme court approved the request",  # an extradition request approved by a court
        "Two night watchmen were hurt.",  # the same, through those hurt ("hurt" is figurative on PolNeAR train)
        '"I have worked here since I was 19,"',  # the same, in a victim's words
        '"Everyone knows they will come back,"',  # the same, in what residents fear
        "Some families have already left for relatives",  # the same, through who left
        "A similar pause agreed last spring",  # a pause in strikes continued through "each side"
        "Tokyo's trade ministry said it would seek",  # a state asking another to explain a measure: trade only
        "The country has arrested several executives",  # arrests over the sale of ore read as trade
        "The leaders were to discuss the war in Myanmar",  # a summit's agenda: a war on it, 0.25 short
        "Laos's prime minister resigned on Thursday",  # a cabinet's fall at home lifted by the summit story
        "The mission has about 1,000 officers",  # a foreign force told through its officers: 0.8 short
        "Army helicopters lifted about 200 people",  # soldiers rescuing people from a flood
        'The union leader said members were "at war"',  # a strike's "war" in quotation marks
        "A rocket built by the private firm Astrava",  # a private space launch read as military
        "It was the company's second successful launch",  # the same
        # given by the lead rule (themes/leads.py): a war's lead lifts a summons through the UN "Security Council"
        "Djibouti summoned the Eritrean charge",  # military: "security" of the council, lifted by the lead
        # mended by a trade lead (themes/leads.py), left off for trade as PolNeAR train took it for domestic stories
        "Paris urged Beijing to reconsider",  # a trade row continued through the industry's interests
        '"The buyers told us to wait until the new rates',  # duties told as "the new rates"
        "The EU's fisheries commissioner said Brussels regretted",  # a fisheries partnership: trade's "negotiate" alone
        # the twenty-second batch (newswire told in short paragraphs): details with no word of their own in a story of
        # a truce, a port call, a border commission, a visa row, an arms inspection, a UN mandate, a retaliation, a debt
        # deal and an observed election. A rule that gave a short bare paragraph its lead's theme mended 15 of these and
        # the earlier batches' and cost 8, but on PolNeAR train most of its 49 labels were wrong (quotes, tweets):
        # dropped
        "Residents of Orly said it was the first night",  # war: sleeping above ground again
        "The mission's chief said his 120 observers",  # war: the monitors of a truce
        "The next round of talks is due in Vienna",  # diplomacy: talks in a story whose diplomacy is weak
        "NARVIK BRIDGE, Oct 11 (Wirenews) - Eleven prisoners",  # diplomacy: an exchange between two countries
        "MOMBASA, June 5 (Wirenews) - An Indian navy",  # diplomacy: a navy's port call on a tour of states
        "New Delhi has stepped up such visits",  # war: ships calling at ports
        "The ship sails for Dar es Salaam",  # war: the warship's next stop
        "Hosts may not refuse access",  # both: an inspection under an arms treaty
        "Inspections were suspended during the pandemic",  # diplomacy: the same
        "A reciprocal visit to a base in Montana",  # war: the same, by "visit" and "base"
        "Juba had asked for a smaller force",  # both: a host state on a peacekeeping force
        "Items were chosen to hit states",  # trade: the goods of a retaliation list
        "The deal follows one reached last year",  # diplomacy: creditor governments
        "The country defaulted in 2020",  # trade: a sovereign default
        # the twenty-third batch (newswire told in short paragraphs): details of a blockade, a veto, an export ban, a
        # clash of coast guards, a coup, a defence pact, an airspace violation, a grain deal and an expulsion. Mended by
        # themes/counts.py (a count of the article's event after a detail goes on with the lead): "It was the fourth
        # violation this year", "It was the fourth such attack on the plant" (and of earlier batches "It was the third
        # tanker taken", "It was the first such voyage by a Russian"); by themes/forces.py (a state's police told as a
        # force it holds or counts is no cue against a theme): the twenty-second batch's "The resolution lowers the
        # ceiling"; by the effects "transponder" and "flight plan" (an intruder hiding, in a story of war): "It had not
        # filed a flight plan" and the eleventh batch's "The Russian planes had switched off"; by words of condemnation
        # in a state's answer ("illegal", "blackmail", "terrorism": themes/speaking.py): "Tehran called the listings
        # economic terrorism"
        "ASMARA, May 9 (Wirenews) - Eritrean warships",  # diplomacy: a blockade a neighbour calls an act of war
        "The island's 4,000 residents",  # war: a blockade told through food not delivered
        "Eritrea's information minister said the blockade",  # diplomacy: 0.09 short (war found: "its police")
        "Firefighters put out the blaze",  # war: "no casualties" after a strike (firefighters a cue against)
        "The panel of experts will be disbanded",  # diplomacy: a veto told through what it ends
        "MANILA, April 12 (Wirenews) - Philippine and Chinese coast",  # diplomacy: 2.7986 of 2.8
        "The boats were towed back to Masinloc",  # diplomacy: the clash continued through the boats
        "Officers appeared on state television",  # war: a coup told through officers (a junta is left to politics)
        "The whereabouts of President Umaro",  # war: the same, through a president missing
        "The vote was 19 to 2.",  # diplomacy: a pact's ratification told through its vote
        "The agreement, signed in Manila in July",  # war: a defence pact told as "such pact"
        "It still needs the approval of Japan",  # diplomacy: the pact's approval by the other state
        "Senators who opposed it said it would drag",  # both: a conflict between two capitals, 0.04 and 0.13 short
        "NATO jets stationed in Lithuania",  # NATO's air policing read as diplomacy too
        "Police say some 130,000 voters",  # diplomacy: a foreign state's meddling told through bought votes
        # the events rule (themes/events.py) reads a mission named in the lead, or its observers, as the event a later
        # "the mission" refers back to; this one is told as the mission's size in a war story, labelled war alone
        "The mission has about 11,000 troops",  # diplomacy: the mission's size
        # mended by themes/pairs.py (the lead's two states named as a pair later: "both countries", "villagers on both
        # sides", "each side"): five paragraphs of the twelfth, sixteenth and twenty-second batches. Left: a pair in a
        # paragraph that another theme labels ("Officials on both sides said a deal", trade by its context; since
        # mended as a reference back from a diplomacy profile of 0.6, see test_theme_references_in_relations.py) and a
        # pair after a lead of war ("The border between the two countries has been closed")
        # the twenty-fourth batch (newswire told in short paragraphs). Mended by the effects "burn:VERB" and
        # "gunshot" (what an attack leaves, in a story of war), "foreign takeover" as investment between states,
        # "water-bombing" and "water bomber" hidden from war, no state told as a side in a paragraph about sport
        # (themes/sides.py) and a joint "commission" as an event of diplomacy told on (themes/events.py). Left:
        # details of an arms sale told through where the ships will be based and the licence still due; a trade
        # ruling or list continued with no word of trade; a takeover of an arms maker that the lead gave war, not trade
        # (the sale, the fund); a border's dispute and survey, a truce's monitors and their report, in weak words
        "Khartoum had asked for the mission",  # a state's answer to a UN mandate, its army named
        "The guards were taken when fighting",  # the swap's event word gives diplomacy to the guards' capture
        "Hackers broke into the signalling",  # a state's cyberattack told through hackers (a cue against war)
        "Greens and Left members voted against",  # an arms sale's vote, with no word of arms
        "Jakarta plans to station them",  # the same, through where they will be based
        "The government must still issue an export licence",  # an arms export licence: trade, not war
        "Member states have until May 15",  # a tariff list continued with no word of trade
        "The panel said Ankara had miscalculated",  # a WTO panel's finding: Ankara speaking is read as diplomacy
        "BERLIN, Nov 7 (Wirenews) - Germany's cabinet blocked",  # a takeover blocked: war by its drones, trade short
        "Aerotek, based near Munich",  # an arms maker's clients: diplomacy by "NATO partners"
        "The fund had offered 410 million",  # the buyer of a firm, read as a participant of an arms sale
        "The Emirati embassy in Berlin said it was disappointed",  # the buyer's state answering: trade missed
        "The report blamed both sides",  # truce monitors' report: a pair after the lead gives diplomacy, not war
        "The 40-strong team has not been allowed",  # the monitors' team ("team" is a cue against war)
        # mended by themes/kinds.py (task 58): a thing the lead of an arms sale or a seizure names by its kind, told
        # on under its general name ("the ships" for frigates, "the vessel" for a tanker, with "Seized" in a headline
        # as the seizure's event): "The ships will be built in Kiel" and "The vessel, carrying about 130,000 tonnes"
        # the twenty-fifth batch (business, political and long-form news whose themes arrive in passing). Mended by
        # themes/stateless.py (no relations between states in an article that names and speaks of none: an office
        # column's "diplomacy"), a firm that carries its state in its name at work in another (themes/ventures.py: a
        # state company's bid for a port) and attacks on shipping and merchant ships (a carrier's route round a war)
        "The detour adds about ten days",  # a carrier's detour round a war: trade 0.02 short
        "The agency will decide by October.",  # a port bid continued through the agency (trade has no events)
        "Estonia's prime minister joined him",  # a tour of a base told beside thanks between states: war missed
        "The ad showed a soldier in camouflage",  # a soldier in a company's advertisement read as war
        # task 61 mended by themes/voices.py (a state speaking through a voice its paragraph does not name with its
        # state, "the ministry said", goes on with the relations of the paragraph before): "He was in good health and
        # would fly home" (a hostage's release) and "The interior ministry said the suspension" (a visa row); and by a
        # capital that speaks through its voices as a country does (names.capital_acting): "Seoul's unification
        # ministry said its officers" (hotlines cut)
        # the twenty-sixth batch (long-form features whose themes arrive through people's stories, world news on the
        # wire, and three look-alikes of sport and charity), blind: 52 of 217 paragraphs wrong. Mended (task 62) by
        # words of mines and their clearing ("demining", "deminers", "minefield"), and by a long piece's opening:
        # its first two paragraphs carrying a theme on their own set the article's subject under a title with no
        # word of it (themes/leads.py), so prisoners and the captured told as effects of the war take it (and of the
        # nineteenth batch's Red Sea analysis, "An American officer said Chinese personnel"); and by goods sold to a
        # buyer that stands in another state (themes/markets.py: "sold his mackerel to a processing plant in
        # Norway"). Given by the same:
        "The deminers eat lunch under his walnut",  # given military: deminers at lunch, no clause about mines
        "There have been eleven exchanges since h",  # missed diplomacy, missed military: The Waiting Room: A Mother's Y
        "In August a man released in an exchange c",  # given diplomacy, missed military: The Waiting Room: A Mother's Y
        "The mothers meet once a month in a commu",  # given diplomacy: The Waiting Room: A Mother's Y
        "Before the war, Marchuk taught chemistry",  # given military: The Waiting Room: A Mother's Y
        "His grandfather built the first boat wit",  # given trade: The Last Boats Of Skála: A Fis
        "Others are quietly relieved. Russian tra",  # given trade: The Last Boats Of Skála: A Fis
        "Ivanova, 44, is an interpreter. She was b",  # given trade: At Kapitan Andreevo, The Woman
        "Most of her day is about paperwork: a mi",  # given diplomacy: At Kapitan Andreevo, The Woman
        "They fell by about a third, hauliers say",  # missed trade: At Kapitan Andreevo, The Woman
        "The border between the two states is one",  # given diplomacy: At Kapitan Andreevo, The Woman
        "Her colleagues on the Turkish side know h",  # given trade: At Kapitan Andreevo, The Woman
        "The best chapters describe the talks at a",  # given military: Review: An Ambassador's Memoir
        "Reid is less forthcoming about his later",  # missed diplomacy: Review: An Ambassador's Memoir
        "In the last chapter Reid asks whether th",  # missed diplomacy: Review: An Ambassador's Memoir
        "His prose is plain and occasionally stif",  # given diplomacy: Review: An Ambassador's Memoir
        "Reid's memoir arrives as several former c",  # missed diplomacy, given military: Review: An Ambassador's Memoir
        "The town is visibly richer. A new superm",  # given military: In Nowa Huta Wschodnia, Every
        "Kruszec received 48 million euros of tha",  # missed military: In Nowa Huta Wschodnia, Every
        "His father, a retired bank clerk, had ta",  # given trade: Caught Between Two Consulates:
        "Student agents in Punjab and Gujarat, wh",  # given diplomacy: Caught Between Two Consulates:
        "He flew to Toronto in August. He shares a",  # given diplomacy: Caught Between Two Consulates:
        "Canada is the most popular destination f",  # given diplomacy: Caught Between Two Consulates:
        "Mehta's friends from his engineering col",  # given diplomacy: Caught Between Two Consulates:
        "Canadian colleges are feeling it too. Se",  # given diplomacy: Caught Between Two Consulates:
        "Croatia has cleared most of its contamin",  # missed military: Ploughing Around The War: A Cr
        "In 2009 his neighbour lost a leg to a mi",  # missed military: Ploughing Around The War: A Cr
        "Across the river, in Hungary, there are n",  # missed trade: Ploughing Around The War: A Cr
        "The European Union has paid for about a t",  # missed military: Ploughing Around The War: A Cr
        "The cable, which links Finland and Germa",  # missed military: French Frigate And Russian Cor
        "IZMAIL, Ukraine, June 18 (Wirenews) - Gr",  # missed trade: Grain Barges Resume Danube Run
        "About 60 barges carrying wheat and maize",  # missed trade: Grain Barges Resume Danube Run
        "The river route through Romania has carr",  # missed military: Grain Barges Resume Danube Run
        "Insurers said premiums for the route wou",  # missed trade: Grain Barges Resume Danube Run
        "Congo accuses Rwanda of backing the M23 r",  # missed military: Qatari Envoy Shuttles Between
        "A draft seen by Wirenews would have the t",  # missed military: Qatari Envoy Shuttles Between
        "Ostrova sacrificed a knight on the 19th m",  # given military: Grandmaster's Kingside Attack
        '"I saw the attack was risky, but the pos',  # given military: Grandmaster's Kingside Attack
        # "The Hawks traded forward": mended after the forty-eighth batch (draft picks are sport)
        "The trade frees about $14 million under t",  # given trade: Hawks And Comets Agree Three-P
        '"It was a military operation," said orga',  # given military: Volunteers Finish 1,000-Kilome
        # the twenty-seventh batch (world news and newswire on a nuclear treaty's review, a gas transit fee row, a
        # submarine in a strait, a safeguard duty at the WTO, a port lease voided, a mine seized, a state visit with
        # contracts, an airspace ban, a spy satellite, mackerel quota talks, a base handed back, and three
        # look-alikes), blind: 47 of 166 paragraphs wrong. Mended (task 63) by the ceremony of a state visit (guard of
        # honour, gun salute, state banquet), a brand ambassador being no envoy, an investment treaty, international
        # arbitration and a transit fee as trade, a foreign owner of a mine and a state's investors abroad as ventures
        # (themes/ventures.py) and a capital that calls another's deed a provocation (themes/speaking.py); a weapon
        # made of gas is a figure (themes/figures.py). Left: talks between states continued in weak words (a
        # conference's draft, a quota's parties), trade continued through a fee or a contract, a state speaking
        # through a ministry tagged as a name (reading every such name gives a missile report diplomacy in the eleventh
        # batch; a lower-case "transport ministry" alone is read since the sixty-fourth batch, themes/state_voices.py,
        # which mends it and, through the contexts it lifts, three more below); "Kim Jong Un" read as the UN was
        # mended after the forty-sixth batch (themes/name_syllables.py)
        "The 36-page draft had been cut twice in",  # missed diplomacy: Review Conference Ends Witho
        "Delegates from about 150 states sat thro",  # missed diplomacy: Review Conference Ends Witho
        "The draft would have called on the five",  # missed diplomacy: Review Conference Ends Witho
        "The next review is due in five years. A",  # missed diplomacy: Review Conference Ends Witho
        "Outside the building, a few dozen campai",  # missed military: Review Conference Ends Witho
        "The old ten-year agreement expired on De",  # missed trade: Transit Fee Row Halts Gas Fl
        "Vostgaz says the fee is already among th",  # missed trade: Transit Fee Row Halts Gas Fl
        '"We are not a party to this quarrel, but',  # missed diplomacy: Transit Fee Row Halts Gas Fl
        "Moravia's prime minister said his countr",  # missed diplomacy: Transit Fee Row Halts Gas Fl
        "A similar dispute in 2009 left homes in",  # missed trade: Transit Fee Row Halts Gas Fl
        "Jakarta imposed the duty of 18 percent f",  # given diplomacy: Canberra Takes Safeguard Dut
        "Opponents of the deal had argued that a",  # given trade: Parliament Voids Port Lease
        "India, whose navy watches the harbour cl",  # missed diplomacy: Parliament Voids Port Lease
        "The port minister said the government wo",  # missed trade: Parliament Voids Port Lease
        '"Canada is a friend of Zambia and will r',  # missed diplomacy: Copper Mine Seized As Govern
        "Union leaders welcomed the move but said",  # given trade: Copper Mine Seized As Govern
        "ROME, Nov 18 (Wirenews) - Qatar's emir b",  # missed military, missed trade: Visiting Emir Signs $9 Billi
        "The jets, built by Leonardo, will be use",  # given diplomacy: Visiting Emir Signs $9 Billi
        "The Belarusian opposition leader, who li",  # missed diplomacy: Minsk Closes Airspace To Lit
        "Each has set its own quota in the absenc",  # missed diplomacy: Coastal States Fail Again To
        "Norway, which takes the largest share, s",  # missed diplomacy: Coastal States Fail Again To
        "British fishing leaders said the failure",  # missed diplomacy: Coastal States Fail Again To
        '"Every year the politicians shake hands',  # missed diplomacy: Coastal States Fail Again To
        "NAIROBI, Aug 30 (Wirenews) - The last Br",  # missed diplomacy: Last British Troops Leave Ba
        "The United States, which has a small bas",  # missed military: Last British Troops Leave Ba
        "A boat from the Spanish crossing associa",  # given trade: Swimmer Crosses Strait Of Gi
        # the twenty-eighth batch (world news and newswire on an arms sale voted down, observers expelled, a sea
        # boundary ruling, a landmine treaty left, citizens lured to fight abroad, a loan on frozen reserves, a
        # defecting pilot, a switch of recognition to Beijing, a foreign-built nuclear plant, a cut undersea cable, an
        # airliner forced down, submarines bought from an ally, and two look-alikes), blind: 71 of 183 paragraphs wrong.
        # Mended (15) by "coat of arms" and "like an invasion" hidden from war (a drone light show), "according to the
        # United Nations" hidden from diplomacy, armoured carriers and tanks told on as "the vehicles"
        # (themes/kinds.py), "armour", "sabotage" and "sent to fight" / "recruited to fight" as words of war (a fire
        # fought is none), and an "international tribunal" between states. Left: an arms sale continued in weak words
        # (the motion, the supplier); an observer mission's "the union"; a tribunal's judges; a foreign nuclear plant's
        # trade continued through the plant and the bids; a loan on frozen reserves continued through guarantees and
        # accounts; a model UN's diplomats (students playing them). Mended after: landmines told on as "mines" (2),
        # arms sold or bought between two states read as relations too (3, and one each of the 20th and 26th batches);
        # local observers who "deploy" volunteers, a lone word of war in a story that hardly tells war, take nothing
        # from that thin context (military's `least`, see themes/context.py); an airspace closed to another state's
        # planes is a measure between states (see themes/airspace.py); an army's field hospital in the paragraph after
        # lifts the recruits who answered advertisements (a mend of the sixty-seventh batch)
        "The motion failed by 91 votes to 84 afte",  # missed military: Danish Parliament Votes Down
        "Ravn said ministers would study the reas",  # missed military: Danish Parliament Votes Down
        "Egyptian officials declined to say wheth",  # missed military: Danish Parliament Votes Down
        "The union had sent observers to every pr",  # missed diplomacy: Chad Expels African Union Ob
        "HAMBURG, June 18 (Wirenews) - An interna",  # missed trade: Tribunal Draws Sea Border Be
        "Nigeria's attorney general said the judg",  # missed trade: Tribunal Draws Sea Border Be
        "Three blocks offered by Benin in a 2011",  # missed trade: Tribunal Draws Sea Border Be
        "Analysts at Coastline Research in Lagos",  # missed trade: Tribunal Draws Sea Border Be
        "The vote passed by 68 to 11, with severa",  # missed military: Latvia Leaves Treaty Banning
        "Estonia and Lithuania have taken the sam",  # missed military: Latvia Leaves Treaty Banning
        "The International Committee of the Red Cross said",  # missed diplomacy: Latvia Leaves Treaty Banning
        "Russia has turned to foreign recruits as",  # missed military: Sri Lanka Summons Russian En
        "Some Sri Lankans have also been recruite",  # missed military: Sri Lanka Summons Russian En
        "Belgium had held out for weeks, demandin",  # missed diplomacy, missed trade: EU Agrees To Lend Ukraine Ag
        "Its prime minister said on Thursday the",  # missed diplomacy: EU Agrees To Lend Ukraine Ag
        "Russia's central bank called the decisio",  # missed diplomacy: EU Agrees To Lend Ukraine Ag
        "Western companies still have billions of",  # missed trade: EU Agrees To Lend Ukraine Ag
        "Ukraine's finance minister said the mone",  # missed trade: EU Agrees To Lend Ukraine Ag
        "Myanmar's junta demanded the return of b",  # missed diplomacy: Myanmar Pilot Lands Fighter
        "A spokesman for the National Unity Gover",  # missed military: Myanmar Pilot Lands Fighter
        "The jet was parked in a hangar under gua",  # missed military: Myanmar Pilot Lands Fighter
        "China's foreign ministry welcomed the mo",  # missed trade: Marshall Islands Cuts Ties W
        "Taiwan's foreign minister accused Beijin",  # missed trade: Marshall Islands Cuts Ties W
        "Chinese fishing fleets already work in t",  # missed trade: Marshall Islands Cuts Ties W
        "It considers the island part of its terr",  # missed diplomacy: Marshall Islands Cuts Ties W
        "Korea Hydro & Nuclear Power beat bids fr",  # missed trade: Ghana Picks Korean Firm To B
        "The plant, with two reactors of 1,000 me",  # missed trade: Ghana Picks Korean Firm To B
        '"We are buying a very expensive machine',  # missed trade: Ghana Picks Korean Firm To B
        "Rosatom had signed a memorandum with Gha",  # missed trade: Ghana Picks Korean Firm To B
        "Officials said the choice rested on pric",  # missed trade: Ghana Picks Korean Firm To B
        "No African country except South Africa p",  # missed trade: Ghana Picks Korean Firm To B
        "Its anchor chain was found to be damaged",  # missed military: Sweden Boards Cargo Ship Aft
        "It was the fourth cable or pipeline dama",  # given trade: Sweden Boards Cargo Ship Aft
        "Latvia's prime minister said her governm",  # missed military: Sweden Boards Cargo Ship Aft
        "Investigators have not said whom they su",  # missed military, given trade: Sweden Boards Cargo Ship Aft
        "VILNIUS, May 9 (Wirenews) - A Lithuanian",  # missed diplomacy: Airliner Forced To Land In M
        "Under the pact, Australia is to buy thre",  # missed military: Australia Pays Second Instal
        "Australia's defence minister said the co",  # missed diplomacy: Australia Pays Second Instal
        "The opposition supports it, but several",  # missed diplomacy, missed military: Australia Pays Second Instal
        "Each drone weighs about 300 grams and ca",  # given military: Five Hundred Drones Light Up
        "Six hundred secondary school students fr",  # given diplomacy: Six Hundred Students Play Di
        "Each school was assigned a country and s",  # given diplomacy: Six Hundred Students Play Di
        "In the mock Security Council, a team fro",  # given diplomacy, given military: Six Hundred Students Play Di
        "Organisers said the hardest part was fin",  # given diplomacy: Six Hundred Students Play Di
        # the twenty-ninth batch (long-form analysis)
        "Diplomats in Muscat say the sultanate's ",  # missed trade: Oman Coaxes Bahrain And Iran
        "Iran's side was led by a deputy foreign ",  # missed military: Oman Coaxes Bahrain And Iran
        "The last phrase did not go down well in ",  # missed diplomacy: Oman Coaxes Bahrain And Iran
        '"My father had a shop in the souk that s',  # missed trade: Oman Coaxes Bahrain And Iran
        "Analysts caution against expecting a qui",  # missed diplomacy: Oman Coaxes Bahrain And Iran
        "TARAWA - In a country of 33 coral atolls",  # missed trade: Kiribati Weighs A Chinese Se
        "American officials have warned privately",  # missed trade: Kiribati Weighs A Chinese Se
        "Australian and American defence planners",  # given diplomacy: Kiribati Weighs A Chinese Se
        "In Betio, the crowded islet where most o",  # missed trade: Kiribati Weighs A Chinese Se
        "Fishing companies are hedging their bets",  # missed trade: Kiribati Weighs A Chinese Se
        "The cabinet is expected to decide before",  # missed diplomacy: Kiribati Weighs A Chinese Se
        "Now, with the first tunnels being bored ",  # missed trade: Kyrgyzstan Bets On A Chinese
        "The company that will run the line is 51",  # missed trade: Kyrgyzstan Bets On A Chinese
        "Moscow has plans of its own. Russian Rai",  # missed trade: Kyrgyzstan Bets On A Chinese
        "Kyrgyz officials privately say they expe",  # missed military: Kyrgyzstan Bets On A Chinese
        "Completion is scheduled for 2030.",  # missed trade: Kyrgyzstan Bets On A Chinese
        '"Every euro we paid for Russian electric',  # missed trade: Estonia Pays For Rocket Laun
        "Estonia's power network was joined to th",  # missed trade: Estonia Pays For Rocket Laun
        "BATA - The port here, a long concrete pi",  # missed diplomacy, missed trade: Equatorial Guinea's Port Lea
        "Officials in Malabo said this week that ",  # missed diplomacy: Equatorial Guinea's Port Lea
        "American officials have for three years ",  # missed military: Equatorial Guinea's Port Lea
        "The lease will pay about $80 million a y",  # missed trade: Equatorial Guinea's Port Lea
        '"They agreed on the flag, on the anthem,',  # missed military: How The Geneva Conference On
        "Some diplomats argue that the conference",  # missed military: How The Geneva Conference On
        "MALE - When the last of 80 Indian milita",  # missed diplomacy: The Maldives Sends Indian Tr
        "India remains the Maldives' biggest sour",  # missed trade: The Maldives Sends Indian Tr
        "Analysts in New Delhi worry less about t",  # missed diplomacy: The Maldives Sends Indian Tr
        "Almost nine tenths of Mongolia's exports",  # given diplomacy: Mongolia's Third Neighbours
        '"We can sign a deal with Paris or Tokyo,',  # missed trade: Mongolia's Third Neighbours
        "A French company has agreed to invest $1",  # given diplomacy: Mongolia's Third Neighbours
        "Russia supplies about 90 percent of Mong",  # given diplomacy: Mongolia's Third Neighbours
        "In Ulaanbaatar, a city of 1.7 million ch",  # given diplomacy: Mongolia's Third Neighbours
        "Energy ties run east as well. Russia's G",  # given diplomacy: Serbia Buys French Jets, Rus
        "American sanctions on the refiner's Russ",  # given diplomacy: Serbia Buys French Jets, Rus
        '"We did not choose this war and we will ',  # missed diplomacy, missed trade: Serbia Buys French Jets, Rus
        "The government has asked Gazprom Neft to",  # missed diplomacy, missed trade: Serbia Buys French Jets, Rus
        "Protesters in Belgrade, who have marched",  # given diplomacy: Serbia Buys French Jets, Rus
        "French and Serbian air force pilots will",  # missed diplomacy: Serbia Buys French Jets, Rus
        "WIESBADEN - After two months of open war",  # given military: In Hesse's Coalition, A Ceas
        'The opposition called the agreement "a p',  # given military: In Hesse's Coalition, A Ceas
        "Iceland's government last month gave a C",  # missed trade: A Chinese Research Station I
        "Iceland's foreign minister, Sigrun Helga",  # missed trade: A Chinese Research Station I
        "The dispute has added to the council's t",  # given military: A Chinese Research Station I
        "Chinese investment in the Nordic Arctic ",  # given diplomacy: A Chinese Research Station I
        "Denmark, which handles Greenland's forei",  # given military: A Chinese Research Station I
        "That exclusion, written in 1996, was mea",  # missed military: A Chinese Research Station I
        # the thirtieth batch (short newswire items)
        "Myanmar's envoy, appointed by the electe",  # given military: UN Assembly Urges Halt To
        "Indonesia has sunk hundreds of foreign f",  # missed diplomacy: Indonesia Detains Vietname
        # the thirty-first batch (long mixed world-news articles)
        "Kyrgyz officials insist the guards carry",  # missed military: The Railway Beijing Built
        "President Sadyr Japarov, who opened the ",  # missed diplomacy: The Railway Beijing Built
        "KATHMANDU - For the first time, electric",  # missed trade: Nepal Sells Power To Indi
        "The line was meant to be a symbol of fri",  # missed diplomacy: Nepal Sells Power To Indi
        "Last week Nepalese surveyors sent to mar",  # missed military: Nepal Sells Power To Indi
        '"We sell them our water and our power, a',  # missed diplomacy, missed trade: Nepal Sells Power To Indi
        "MAPUTO - When Mozambique signed a 30-yea",  # missed trade: A Port Lease That Comes W
        "The United Arab Emirates has built a cha",  # missed trade: A Port Lease That Comes W
        "The licences they buy from the islands' ",  # missed trade: Squid, Flares And A Six-H
        "On March 3, an Argentine coast guard cut",  # missed military: Squid, Flares And A Six-H
        "The fleets themselves care little for th",  # missed diplomacy: Squid, Flares And A Six-H
        "In London, officials say there is nothin",  # missed diplomacy: Squid, Flares And A Six-H
        '"You can draw the chart yourself," said ',  # missed trade: Europe's Carmakers Count
        "HELSINKI - The anchor of a cargo ship wa",  # missed military: Finland Says Anchor Was D
        "The report stops short of saying who ord",  # missed military: Finland Says Anchor Was D
        "Finland's president, Alexander Stubb, sa",  # missed military: Finland Says Anchor Was D
        "Many of the ships are more than 20 years",  # missed trade: Shadow Fleet Grows As Tan
        "Russia's oil and gas revenues fell by a ",  # given diplomacy: Shadow Fleet Grows As Tan
        "Unlike those of the Security Council, th",  # given military: UN Assembly Demands Sudan
        "The assembly is due to debate a separate",  # given military (diplomacy found since): UN Assembly Demands
        '"Doha is showing us that weapons and gas',  # missed trade: Norwegian MPs Stop Air De
        "CHISINAU - Moldovans voted on Sunday in ",  # missed diplomacy: Moldova Votes Amid Claims
        "Police said they had found about $15 mil",  # missed diplomacy: Moldova Votes Amid Claims
        "In Transnistria, the breakaway region wh",  # missed military: Moldova Votes Amid Claims
        "The latest strategy game from the Warsaw",  # given military: Review: 'Iron Frontier' T
        "You sign treaties, break them, impose ta",  # given trade: Review: 'Iron Frontier' T
        # the thirty-third batch (short newswire stories)
        "The M23 rebels, who hold Goma and much o",  # missed military: Congo And Rwanda Sign Peace
        # "Applause broke out in the hall when the " mended later: two ministers told as a pair are diplomacy's
        "Republican senators said the waiver rewa",  # missed trade: U.S. Lets Wheat And Cancer
        "The ship is expected to load at the Roma",  # missed trade: U.S. Lets Wheat And Cancer
        "The counter-intelligence service said it",  # missed diplomacy: Czechs Expel Russian Diplomat
        "Farmers' unions warned that suppliers wo",  # given trade: Supermarket Price War Deepens
        # the thirty-fourth batch (long-form world news analysis)
        "VERKHNI BRID, Georgia - Three years ago ",  # missed trade: The Town That Sanctions M
        "Most of the trucks carry goods that West",  # given diplomacy: The Town That Sanctions M
        "Gocha, a former schoolteacher who asked ",  # missed trade: The Town That Sanctions M
        '"Nobody here asks what is in the box," h',  # missed trade: The Town That Sanctions M
        "The government says it enforces every ru",  # missed trade: The Town That Sanctions M
        '"For a small country with Russian troops',  # missed diplomacy: The Town That Sanctions M
        'Few people here expect it to last. "When',  # missed trade: The Town That Sanctions M
        "Under the agreement signed in Pretoria, ",  # missed diplomacy: A Year After The Guns Fel
        "The programme depends on money from dono",  # missed military: A Year After The Guns Fel
        "Aid officials say the delay is partly po",  # missed diplomacy: A Year After The Guns Fel
        "Haile says he will not be one of them. H",  # missed military: A Year After The Guns Fel
        "FUNAFALA, Tavau - On the only paved road",  # missed diplomacy: Two Powers Court An Islan
        "That changed three years ago, when Beiji",  # missed diplomacy, missed trade: Two Powers Court An Islan
        "Last year the two governments signed a p",  # missed military: Two Powers Court An Islan
        '"We did not choose to become a chessboar',  # missed diplomacy: Two Powers Court An Islan
        "Officials in Washington worry less about",  # missed military: Two Powers Court An Islan
        "The opposition leader, Lose Fakafanua, a",  # missed diplomacy: Two Powers Court An Islan
        "On the island, opinion is more practical",  # missed diplomacy: Two Powers Court An Islan
        "At the regional forum next month, Tavau ",  # missed diplomacy: Two Powers Court An Islan
        "KARAGOL, Turkey - The pipe lies two metr",  # missed trade: The Pipeline Runs Past Th
        "Nobody in Karagol burns any of it. The v",  # missed trade: The Pipeline Runs Past Th
        "When the builders came, the consortium p",  # missed trade: The Pipeline Runs Past Th
        '"The pipe is as much a treaty as a pipe,',  # missed trade: The Pipeline Runs Past Th
        "Now the European Commission wants to dou",  # missed trade: The Pipeline Runs Past Th
        "The village's headman, Ali Demir, says t",  # missed trade: The Pipeline Runs Past Th
        "The company says the village is too smal",  # missed trade: The Pipeline Runs Past Th
        # the thirty-fifth batch (world newswire round-ups and short agency stories). Mended by a drill or an
        # exercise named in the lead as military's event, told on as "the exercise" (also the twenty-first batch's "The
        # exercise ends on Sunday, a day before"); and by the sports court as a cue against trade (a club appealing a
        # federation's "sanctions" to the Court of Arbitration for Sport); and by a relative's account opening a
        # paragraph as a word of a consular case ("His family says he was ...", also the thirteenth batch's "His sister
        # said he had been photographing")
        "Residents of the nearby town of Banibangou",  # war: an ambush continued through a closed road and market
        "NAIROBI - Kenya and Ethiopia signed",  # trade: power from a dam shared between states ("power" is no term)
        # the thirty-sixth batch (long-form world news web features). Mended by "the negotiations" pointing back to a
        # story's talks ("Few here follow the negotiations"); by jokes traded as words, not goods; and by "the
        # crossing" as a weak word of trade, where trucks queue at a neighbour's new customs post; and by dockhands as
        # dockworkers. Then by cities named after a thing of them ("the markets of Almaty") as places, not parties; by a
        # quote of a speaker already named going on with the trade of the paragraph that named him; by vegetables as a
        # weak word of trade; and by presidents who "sign declarations" about "friendship" as diplomacy
        "Officials in both capitals know about th",  # missed trade: The Wharf That Lives Betw
        "The Emirati authorities, who host large ",  # given diplomacy: The Wharf That Lives Betw
        "Bondar says he will stay as long as the ",  # missed military: He Was Wounded Near The R
        "Dilnoza Yusupova sells dried apricots at",  # missed trade: A Fence Down Main Street,
        '"Before, he brought them over in the mor',  # missed trade: A Fence Down Main Street,
        "Kazakh officials reply that the checks a",  # given diplomacy: A Fence Down Main Street,
        "Last month, Abuja hit back at one countr",  # given trade: In The Embassy Quarter, T
        "Smuggling has grown too. Boys on bicycle",  # missed trade: A Fence Down Main Street,
        # the thirty-seventh batch (business newswire where the themes cross). Mended by a takeover battle and
        # shareholders as no war; by "foreign and defence ministers" as no word of trade; by a state that brings a
        # share of a firm's sales as its market; one label slip (a territory's own currency) relabelled; later by a
        # state that answers through a ministry the tagger reads as proper nouns (see themes/answering_voices.py)
        "The rules take effect on Dec. 1 and foll",  # missed trade: Dutch Widen Curbs On Chip
        "Spokeswoman Lin Qiaoyu told a regular br",  # missed diplomacy (military mended): Dutch Widen Curbs On Chip
        "She said she had spoken to her Chinese c",  # missed diplomacy: Dutch Widen Curbs On Chip
        "Saudi officials have told German diploma",  # missed military: Rheinfeld Defence Profit
        "LONDON/DUBAI, June 12 (Globewire) - The ",  # missed trade: Tanker Insurance Triples
        '"We are not going to send crews into a m',  # missed trade: Tanker Insurance Triples
        "The port, to be built by Sinoharbour Con",  # missed trade: Chinese State Bank Lends
        "Opposition lawmakers said the terms had ",  # missed trade: Chinese State Bank Lends
        "Lindqvist's chairman, Per Ekholm, said t",  # given military: Lindqvist Board Rejects R
        'Analysts said a truce was unlikely. "Bot',  # given military: Lindqvist Board Rejects R
        # the thirty-eighth batch (English-language regional papers of Asia, the Gulf and Africa). Mended by a war on
        # rising prices or on the poor as a figure of speech; by a cricket team's bowlers, batting and head coach as
        # cues against war; by a cabinet reshuffle as a cue against diplomacy; one label slip (a sovereign fund's
        # investment agreed during a state visit) relabelled
        "A flag meeting between commanders of bot",  # given trade: Chaman Crossing Stays Shu
        '"We are not soldiers and we are not dipl',  # missed trade, given diplomacy and military: Chaman Crossing
        "LAGOS - Lagos State Governor Olumide Ade",  # given military, given trade: Governor Declares War On
        "Speaking at the Government House in Alau",  # given military: Governor Declares War On
        '"This is a battle we must win. Nobody wi',  # given military, given trade: Governor Declares War On
        "A bag of rice now sells for N95,000 in t",  # given trade: Governor Declares War On
        "Market women at Oyingbo said the task fo",  # given trade: Governor Declares War On
        "In a related development, the governor o",  # given trade: Governor Declares War On
        "The opposition Peoples Democratic Party ",  # given trade: Governor Declares War On
        "The Bureau of Fisheries and Aquatic Reso",  # given military: Navy Sends Two Ships To B
        "Meanwhile, the Philippine National Polic",  # given military: Navy Sends Two Ships To B
        "Non-oil trade between the UAE and Kenya ",  # given diplomacy: UAE, Kenya Sign 11 Agreem
        "Meanwhile, the National Union of Banks, ",  # given trade: CBN Renews Yuan Swap As D
        "The Indian High Commission in Colombo sa",  # given military: Navy Arrests 22 Indian Fi
        "In Chennai, Tamil Nadu Chief Minister Se",  # given military: Navy Arrests 22 Indian Fi
        "Meanwhile, the state-owned Ceylon Fisher",  # given military: Navy Arrests 22 Indian Fi
        # the thirty-ninth batch (the English services of continental agencies and broadcasters): 15 blind of 81.
        # Mended by a state's own debt rule as no trade ("the debt brake"), a business forum as a word of trade and
        # a trade agreement named again as "the accord" or "the deal" (themes/pacts.py); with the twenty-seventh
        # batch's "Energy officials on both sides" and the thirty-eighth's "Mutua, who was accompanied"; a business
        # forum labelled trade lifts the next paragraph's "talks" past the threshold (by 0.06):
        "He is due to visit a shipyard in Ulsan",  # given trade: Philippine President Signs $8 Billion
        "The bilateral agenda includes Spanish in",  # missed trade: Colombian president arrives
        "Villamizar, who is accompanied by his fo",  # given trade: Colombian president arrives
        "Aymara community leaders on the Bolivian",  # given trade: Peru and Bolivia revive
        "Remittances sent home by Guatemalans abr",  # given diplomacy: Guatemala agrees to more
        "Villagers in the coastal hamlets say the",  # given military: Colombian navy seizes
        "BOGOTA (France 24) - The Colombian gover",  # given diplomacy: Colombia suspends talks
        "Fighters of the Central General Staff, w",  # given diplomacy: Colombia suspends talks
        '"There can be no dialogue while they mur',  # given diplomacy: Colombia suspends talks
        "The talks, which began last year, had pr",  # given diplomacy: Colombia suspends talks
        "The farmers say the accord would flood t",  # given diplomacy: Farmers block Brussels
        '"We are asked to respect rules that our ',  # missed trade: Farmers block Brussels
        # the fortieth batch (the Americas from the US border and the Latin American English-language press): 16
        # blind of 89. Mended by a grocers' price war as no trade, Border Patrol agents as no troops and the border
        # agency as no customs post, "the two (three) countries" yielding to trade in a paragraph of trade (four
        # earlier batches' paragraphs too), a surcharge on ships as trade and currencies told by their value as trade;
        # one label slip (the opposition on an IMF agreement may take diplomacy) relabelled. Left: a tariff threat's
        # diplomacy, talks continued through delegations, a police mission as military, a deployment abroad read as
        # relations, remittances told as "the money" (a domestic levy after "Separately" mended later: news set apart
        # keeps its own verdict, see themes/apart.py; the canal's users and ports mended later: a canal, canal transits
        # and the firms that haul goods by road are weak words of trade, see test_theme_freight_carriers.py)
        "Nearly all of the money, 96%, came from ",  # missed trade (its diplomacy mended): Remittances hit monthly
        # (its threat by the White House and the president's deadline after it mended later: a seat of government
        # that takes a stand towards a state is that state acting, see themes/seats.py)
        "Whitcomb used a similar threat in his fi",  # missed diplomacy: White House threatens 25
        "The three delegations will meet again in",  # missed trade: USMCA review opens in Me
        "Leaders are expected to discuss funding ",  # missed military: CARICOM leaders open sum
        "Jamaica's Chief of Defence Staff, Lieute",  # given diplomacy: CARICOM leaders open sum
        # the forty-first batch (the English services of East and South Asian national news agencies): 12 blind of 86.
        # Mended by enforcement officers (and customs, immigration, traffic officers) as no troops deployed, a port's
        # TEUs as trade and a lunar lander or astronauts as cues against a rocket's war; "bilateral" yields to trade
        # with a "trading partner" (a trade story's figure; in a story of talks the context still lifts it). Left:
        # trade figures in a story of talks given diplomacy, a stimulus after "Separately" told in trade's words, a
        # corridor's ports (a book trade fair mended later: a trade fair is no exchange, as a trade show is none;
        # ASEAN and Belt and Road partner countries named as a trade figure's market and customs shared with ASEAN,
        # as a bloc yields to trade; a company's plan after "Separately" and the paragraph on it, as news set apart
        # keeps its own verdict, see themes/apart.py)
        "China is Fiji's largest trading partner ",  # given diplomacy: Chinese FM holds talks w
        "Japan's economy minister said Tuesday th",  # given trade: Japan's exports rise for
        "The corridor links the inland municipali",  # missed trade: Port city of Qinzhou dee
        # the forty-second batch (English-language outlets of Central and Eastern Europe and the Caucasus, and the
        # defence-industry trade press): 28 blind of 86. Two label slips (an EU sanctions package's contents may take
        # diplomacy, as an earlier batch's British sanctions did) relabelled; mended by a coach's "diplomatic skills"
        # and a submarine power cable as no theme, a drone show as no war, candidate status as diplomacy, a union's
        # talks on pay as no trade talks, a joint venture between firms of two states, energy projects and
        # agricultural products as trade (trucks stranded abroad told through the road carriers' association, and
        # their queue at a border, mended later: hauliers, haulage, trucking, road carriers and a queue as weak words
        # of trade). Left: a farmers' border blockade read as diplomacy and war, hauliers beside the EU (trade now
        # found), a summit's passing mention in war news, a hybrid attack's diplomacy, an aid freeze for a defence
        # ministry, a metaphor of ammunition, a drone show told again through its drones (a national team's head coach
        # before Nations League matches mended later: a head coach is a cue against)
        "Polish farmers have blocked the Dorohusk",  # given diplomacy: Polish farmers block bor
        '"We are not against Ukraine. We are agai',  # given diplomacy: Polish farmers block bor
        "Ukraine's ambassador to Poland, Vasyl Hr",  # given military: Polish farmers block bor
        "Transit through Poland has become a key ",  # given diplomacy: Polish farmers block bor
        "The protest has also been joined by some",  # given diplomacy, missed trade: Polish farmers block bor
        "Separately, the government approved plan",  # missed trade: Estonia signs deal for 1
        "Raudsepp said the German partner would h",  # missed military: Estonia signs deal for 1
        "The EU Ambassador to Georgia, Paolo Ricc",  # missed military: EU ambassador: Georgia's
        "Meanwhile, Prime Minister Irakli Dvali m",  # missed trade: EU ambassador: Georgia's
        "The two also discussed the Black Sea sub",  # missed trade: EU ambassador: Georgia's
        "Meanwhile, the organisers said the show'",  # given military: Norvik and Carpat Arms a
        "The association said the losses to carri",  # given military, missed trade: Lithuania shuts Belarus
        "Meanwhile, air-raid alerts were declared",  # given diplomacy: Polish president meets U
        "No violations of Polish airspace were re",  # missed military: Polish president meets U
        'Mayor Edgars Liepa said the city had "no',  # given military: Riga's budget battle, a
        # the forty-third batch (long-form foreign-policy analysis and think-tank commentary): 14 blind of 84, one a
        # label slip (a thaw denied to be a reset is a clause on relations: diplomacy optional), relabelled; mended by
        # intermediate-range and strategic arms, a tri-service command as military, alliance politics as diplomacy.
        # Left: a passing summit, ally or trading partner read as relations, national security read as war, a
        # state's charm offensive of loans, shipping and a gold price told without trade's words, a carried argument
        "None of this means war is likely. Beijin",  # given diplomacy: The Strait Dilemma
        "Eventually the trade-off will be explici",  # given diplomacy: Europe's Rearmament
        "In Beijing, the charm offensive continue",  # missed diplomacy: Why Jakarta Is Hedging
        "Its answer has been the same each time: ",  # missed diplomacy military: The Last Treaty Standing
        "Until recently, few European governments",  # given diplomacy: Investment Screening
        "Critics warn of a slippery slope. Once e",  # given diplomacy military: Investment Screening
        "Rare earths are the sharpest example of ",  # given diplomacy: Investment Screening
        "If the Houthis were to agree to a truce ",  # missed trade: The Red Sea
        "The security record is poor. Civilian de",  # given diplomacy: Moscow's Sahel Bet
        # the forty-fourth batch (legislatures and the policy process on foreign affairs): 19 blind of 84, one a label
        # slip (an arms sale's notification held: diplomacy optional), relabelled; mended by a war, battle or truce
        # between a legislature's bodies and a budget held hostage as figures. Left: procedural paragraphs that go on
        # with their article's subject, a state's projects abroad told without trade's words, a ban on buying drones
        # of a people's firms, a "diplomatic" senator, a slot "traded", a ceasefire with a department (one of the
        # "more diplomatic" Speakers mended later: a person's manner told by comparison is no relations)
        "Delgado said end-use monitoring teams ha",  # missed military: Senators Press Officials
        "Later on Tuesday, the same committee adv",  # given military: Senators Press Officials
        "The bill also bars the purchase of drone",  # missed trade: House Passes Defense Bill
        "The Senate is expected to take up its ow",  # missed military: House Passes Defense Bill
        "Senate President Jose Alvaro said he exp",  # missed diplomacy: Philippine Senate Opens D
        "Also on the agenda is a bill raising the",  # given military: Philippine Senate Opens D
        "The inquiry's first public session is se",  # missed trade: MPs Open Inquiry Into Lic
        "Earlier, MPs agreed to trade Wednesday's",  # given trade: Minister Grilled Over Dai
        "NEW DELHI - A parliamentary standing com",  # missed diplomacy trade: Indian Panel Urges Faster
        "The 31-member committee, chaired by ruli",  # missed trade: Indian Panel Urges Faster
        "Senator Irene Pask, an Idaho Republican ",  # given diplomacy military: Filibuster Battle Stalls
        "If a deal is struck, the Senate could vo",  # missed military: Filibuster Battle Stalls
        # the forty-fifth batch (maritime and shipping news): 17 blind of 68, two label slips (a warship guarding a
        # merchant ship: trade optional as in the lead), relabelled; mended by the shipping market's words (spot rates,
        # underwriters and their listed area, cargoes), a walkout as a cue against trade and the navy's maritime trade
        # office as no word of trade but a weak one of security at sea, a yacht as sport (canal transits and fees
        # mended later: a canal and its transits as weak words of trade, and the insurers' Joint War Committee as a
        # word of trade). Left: a tanker's crew and damage after an attack, a crew kept from a strait, a port deal's hub
        # told without trade's words
        "The crew of the tanker, the Corran Bay, ",  # missed military: Drones Strike Two Tankers
        '"Nobody is going to put a crew through t',  # missed trade: War-Risk Premiums Triple
        "India's foreign minister, who witnessed ",  # missed trade: Sri Lanka Signs Port Concession
        "The agreement comes two years after a Ch",  # missed trade: Sri Lanka Signs Port Concession
        "Farmers in the river valley have protest",  # given trade: Panama Canal Raises Fees
        # the forty-sixth batch (technology, cyber and space in world affairs): 12 blind of 61, three label slips
        # (sanctions on a front company, NATO's patrol mission, a partner said to break its commitments), relabelled;
        # mended by a war between businesses as no war, a people's investment abroad, surveillance flights and
        # "coordinate". Left: a cargo ship in a cable story, a WTO dispute's third parties, an app ban as trade ("Un"
        # of a leader's name read as the UN mended after: only title-case "Un" after a name word, themes/name_syllables)
        "The coast guard said a Chinese-crewed ca",  # given trade: Baltic-Style Cable Cut
        "The European Union and Japan said they w",  # missed trade: U.S. Takes Indonesia's Data
        "NEW DELHI - India on Friday banned the C",  # missed trade: India Bans Chinese Video App
        "The information technology ministry said",  # given diplomacy: India Bans Chinese Video App
        # the forty-seventh batch (energy security and global health in world affairs): 12 blind of 50, one a label slip
        # (a transit state bargaining over fees with the state whose gas crosses it: diplomacy optional), relabelled;
        # mended by inspectors told bare, energy carried into a state, goods sold across a region of several states.
        # Left: a protest outside a summit, "the talks" taking trade, licensing in a
        # treaty's bargain, a wellness Summit, and two that fall to fictional states unknown to the list of states
        # (a G7 price cap in a boarding mended later: the Group of Seven as a trade measure's setter yields to trade)
        "Environmental groups protested outside t",  # given diplomacy: Varnia And Osterland Sign
        "The agency's director general, Hanne Vau",  # missed diplomacy given trade: Inspectors Return To Nucl
        "A bloc of African and Latin American sta",  # missed trade: Pandemic Treaty Talks Sta
        "The European Union and Switzerland, home",  # missed trade: Pandemic Treaty Talks Sta
        "Artillery fire on Saturday brought down ",  # missed trade: Shelling Cuts Power Line
        "Kessaly's government asked households to",  # missed trade: Shelling Cuts Power Line
        "Across town, about 2,000 people paid $30",  # given diplomacy: Utility Raises Rates As H
        # the forty-eighth batch (precision traps and soft power): 10 blind of 70, no label slip; mended by a sports
        # league's "trade deadline", playoffs and draft picks as sport (which mends the twenty-sixth batch's
        # "The Hawks traded forward" too), "scorer" as sport against military, a panda and a zoo against trade, a
        # state's cultural centre as diplomacy, "the waiver" as a reference back. Left: two other states that "closed
        # similar centres", with no word of relations (2.28 of 2.8)
        # the forty-ninth batch (Canada in the world, told by Canadian outlets): 11 blind of 74, one a label slip (a
        # US tariff told in the provinces' story may take diplomacy, as the batch's other tariff paragraphs may),
        # relabelled; mended by a walkout timed by its hour ("on strike at midnight") as talks at home, First Nations
        # and their (numbered) treaties as no nations among states, a state that people are posted to as no state
        # speaking. Left: a farmer's words on a fight between governments, a spy official's account of "the
        # interference" (a candidate is a cue against), a strait's status told as a position rejected, premiers'
        # internal trade pact (its words are diplomacy's), small firms that ship goods, oil and gas at home
        "\"We're the ones paying for a fight betw",  # missed trade: China slaps 75.8% duty on
        "A senior official of the Canadian Securi",  # missed diplomacy: Spy agency warned PMO of
        "The United States has long considered th",  # missed diplomacy: Rangers head out across t
        "HALIFAX - Canada's premiers agreed Tuesd",  # given diplomacy: Premiers agree to tear do
        "Small businesses that rely on the mail t",  # given trade: Canada Post workers walk
        "Premier Janice Kowalyk called the law a ",  # given trade: Alberta passes sovereignt
        "The premier also announced $30 million m",  # given trade: Alberta passes sovereignt
        # the fiftieth batch (humanitarian and refugee news): 9 blind of 83, one a label slip (shipments barred from a
        # blockaded region's other regions are exchange between markets of one state: trade optional, as the forty-
        # ninth batch had goods between provinces), relabelled; mended by a food bank as no bank, a Taliban government
        # or administration as no armed group, a transit camp as no camp of war, a town "cut off" as an effect of war.
        # Left: a state's call on other countries to take refugees in (no party named), a state's pledge beside its
        # coalition's war (2.68 of 2.8), last year's conference and "the deal" of returns (diplomacy has no carrying by
        # reference: its context weights leave `continued` off); the pact that two named states agreed, named again
        # ("Under the deal", see themes/named_again.py), mended one: 3 left
        "Kenya's interior ministry said the cuts ",  # missed diplomacy: Food agency to cut refugee
        "Saudi Arabia, which leads a coalition th",  # missed diplomacy: Donors pledge $1.9 billion
        "Last year's conference raised $1.2 billi",  # missed diplomacy: Donors pledge $1.9 billion
        # the fifty-first batch (opinion pages on foreign affairs): 21 blind of 90, one a label slip (sanctions "meant
        # to make [a war] dearer to wage" name the war as the sanctions' target, no clause of fighting: military
        # optional), relabelled; mended by armour that crosses or rolls into a place as an invasion, the guns falling
        # silent as a ceasefire (which carries the next paragraph's monitoring mission), a bargain struck through back
        # channels as talks (the next round mended later: "next round" is a weak word of diplomacy). Left: history
        # told as a bargain with no word of talks (a country house in 1978, Munich), two ministers meeting in a trade
        # story, negotiators in a moral, pure argument (patience, grudges), wheat shipped and let through, gas pipes as
        # a squeeze, a blockade's moral, and the look-alikes' figures of speech (a "diplomatic" mayor, a napkin "peace
        # treaty", a "cold war" and "wars" between neighbours)
        "The costs fall far from the quayside. Or",  # missed trade: The blockade of Kessport
        "Is it naive to hope that a few freighter",  # missed trade: The blockade of Kessport
        "Blockades end in one of two ways: at a n",  # missed military: The blockade of Kessport
        "Patience is not a policy, my critics wil",  # missed diplomacy: I negotiated with Sarvosk
        "Consider what happened in 1978, when two",  # missed diplomacy: I negotiated with Sarvosk
        "Meanwhile the two economy ministers meet",  # missed diplomacy: Tariffs are a tax on our
        "You might think these two problems would",  # missed trade: The week in the world: dr
        "Our current mayor is, by all accounts, a",  # given diplomacy: The war on potholes is on
        "For three summers, my neighbour and I fo",  # given military: Hedge wars: how my neighb
        "What ended it was not a court but a barb",  # given diplomacy: Hedge wars: how my neighb
        "Is there a lesson here? Perhaps only tha",  # given military: Hedge wars: how my neighb
        "Patience is an unfashionable virtue in f",  # missed trade: Our view: the sanctions o
        "But grudges are a luxury for countries w",  # missed diplomacy: Why we should reopen our
        "The analogy goes like this: in 1938, a d",  # missed diplomacy: Munich is the wrong analo
        "Does that mean Brennholt should give up ",  # missed diplomacy: Munich is the wrong analo
        "History does not repeat itself, the sayi",  # missed diplomacy: Munich is the wrong analo
        # the fifty-second batch (markets and commodities reports moved by world affairs): 13 blind of 87, two label
        # slips (a drone attack on a bulk carrier takes trade as optional, as the forty-fifth batch; a bidder's shares
        # alone are optional trade), relabelled. Left: the prices of gold and bonds and charter rates in a war story,
        # talks on a missile programme, and the look-alikes' words ("war", "investor summit", "peace treaty"); the
        # markets' units and instruments as trade (gold by the ounce, futures, charter rates, "cents on the dollar")
        # mended the price of gold, bonds and charter rates (and a grain deal's futures and the price of gold in two
        # earlier batches); a price that hits a record as no blow, and a lead's shares as no participants of its
        # summit, mended two more; rival bidders and shareholders as sides inside one state (their "peace treaty" and
        # "investor summit" no diplomacy) two more: 3 left; a chief executive's lone "war" in a price-war story takes
        # nothing from its thin context (military's `least`, see themes/context.py): 2 left
        "Europe's broader market was flat, with l",  # given military: Defence stocks hit record
        "Talks between Varna and three European g",  # missed diplomacy, given trade: Varnese dinar slides
        # the fifty-third batch (the local angle on world affairs, as town and city papers write it): 8 blind of 70,
        # no label slip; a sentence that names a Model UN and a role in a simile ("like real diplomats") mended two,
        # 6 left: trade and diplomacy missed in quotes and talks that continue their story, diplomacy given to a
        # friendship society's raffle and beside trade to tariffs between two states
        "\"We didn't do anything to anybody. We mak",  # missed trade: Tariff on American cheese
        "The consul also met executives of Lakepo",  # missed trade: Korvanian consul joins Lakeport
        "The Lakeport-Dravec Friendship Society s",  # given diplomacy: Korvanian consul joins Lakeport
        "China, which bought about 60 percent of ",  # given diplomacy: Clay County soybean growers
        "The U.S. agriculture secretary said in W",  # missed trade and diplomacy: Clay County soybean growers
        "\"He is a kid who likes airplanes. That's",  # missed diplomacy: Westfield student jailed in Narveth
        # the fifty-fourth batch (religion in world affairs, as agency copy, religious-affairs desks and web features
        # tell it): 16 blind of 82, two label slips (a secretary of state's words in a sanctions story and a paragraph
        # on how little the sanctioned state trades with the sanctioning one take the article's other theme as
        # optional), relabelled; the branches of a faith as no parties, the sides of a border as places, the guns
        # wanted silent as a ceasefire, a hajj quota as no quota on goods and "similar measures" as more of the
        # measures told mended five; 9 left: "quota talks" that name no pilgrims read as trade, "each side" of a
        # civil war read as diplomacy, a sermon's "wars" and a hospital budget's "displaced" read as military; a
        # monk's words on the dying and bishops' call to spare hospitals missed as military, a condemnation and an
        # accusation between two fictional neighbours (real states get it), clerics of warring states embracing and
        # a deal that gives up territory missed as diplomacy; the sermon's lone "wars" takes nothing from a story that
        # hardly tells war (military's `least`, see themes/context.py): 8 left
        "Quota talks are a regular part of relati",  # given trade: Saudi Arabia raises Ind
        "Neighbouring Tarvia condemned the attack",  # missed diplomacy: Gunmen kill 23 at Frida
        '"We prayed for both sides, because the b',  # missed military: Bells ring again at St.
        "The truce does not cover the rest of the",  # given diplomacy: Bells ring again at St.
        "The hospital's budget, about $1.2 millio",  # given military: Inside the mission hosp
        "The country's bishops have called on bot",  # missed military: Inside the mission hosp
        "Aldora's grand mufti, Sheikh Idris Calva",  # missed diplomacy: Clerics of warring Aldo
        "Critics at home were less impressed. In ",  # missed diplomacy: Clerics of warring Aldo
        # the fifty-fifth batch (oceans, polar regions and fisheries in world affairs, as agency copy, environmental
        # desks and regional papers tell them): 29 blind of 79, four label slips (a fishermen's farewell to the
        # cutters takes the escort's optional military; quotas argued between states take the lead's optional trade
        # in three more paragraphs), relabelled: 25 left. Mended: a "turf war", a season "like a cold war" and the
        # officers who police fishermen as no war (four of the look-alikes, a school's camp among them);
        # a nuclear-powered icebreaker as no weapon and gas carriers as words of trade (one); the bodies
        # that rule on the oceans (the seabed authority, the whaling commission and its convention) as diplomacy
        # (three); seafood as a good (one). 16 left; residents' associations as sides inside one state (their "peace
        # treaty" no diplomacy) mended one more: 15 left; the next sitting of talks (see themes/sittings.py) mended the
        # seabed council's, and gives "the next round" of the quota talks their diplomacy (and their trade, which the
        # lead has as optional and this paragraph does not): 14 left; a body told in full and named again by its
        # head noun ("the council", "the court's judgments": see themes/named_again.py) mended two more: 12 left
        "PORT SELIN, May 14 (Wirenews) - Three Dr",  # missed diplomacy: Coast guard cutters escort Dravian trawl
        "Dravia's fisheries minister, Anton Vell,",  # missed diplomacy: Coast guard cutters escort Dravian trawl
        "The two countries have disputed the boun",  # given trade: Coast guard cutters escort Dravian trawl
        "OSLOVIK, Dec 9 (Wirenews) - Talks betwee",  # missed diplomacy: Norland and Vestmark fail to agree macke
        "Norland's fisheries minister, Kari Holm,",  # missed diplomacy: Norland and Vestmark fail to agree macke
        "Vestmark argues that warmer seas have pu",  # missed diplomacy: Norland and Vestmark fail to agree macke
        "In Vestmark's capital, the fisheries min",  # missed diplomacy: Norland and Vestmark fail to agree macke
        "The next round is scheduled for March in",  # given trade: Norland and Vestmark fail to agree macke
        "Canada's foreign minister, Helene Dufort",  # given military: Arctic Council ministers meet as warship
        "The company says the metals are needed f",  # missed trade: Seabed body ends session without rules f
        "Pelagia and Renland were due to hold tal",  # missed diplomacy, given trade: Pelagia bans Renland seafood
        "The treaty was signed over tea at the sa",  # given diplomacy: Harbour week: lobster turf war flares, f
        # the fifty-sixth batch (technology in world affairs, as agency copy, technology-policy desks and the business
        # press tell it): 17 blind of 76, one label slip (operators removing a banned vendor's equipment carry out
        # the ban, optional trade as app stores removing a banned app do in the forty-sixth batch), relabelled; 17 left.
        # Mended: a phrase of no theme read across the quotation marks of its figure ('an "army" of'), waters claimed
        # by states in the passive, the ranks of generals and air marshals, a war between streaming services, a
        # phone's trade-in; 12 left; export controls named again as "the controls" beside the war they aim at (see
        # themes/named_again.py) mended one more: 11 left
        "China's commerce ministry called the ru",  # missed diplomacy: Korvell Semiconductor cuts forecast
        "VILNIUS, Feb 3 (Techwire) - Lithuania o",  # missed diplomacy: Lithuania blames Russian military
        "Hospitals ran on backup generators and ",  # given military: Lithuania blames Russian military
        "About 95 percent of the data and voice ",  # missed trade: Cables cut near Spratlys
        "The launch business has become a source",  # missed trade, given military: India launches spy satellite
        "India has also joined the U.S.-led Arte",  # given military: India launches spy satellite
        "The United States, Japan's treaty ally,",  # missed military: Japan shoots down suspected Chinese spy
        "The episode is the latest in a string o",  # missed diplomacy: Japan shoots down suspected Chinese spy
        "Germany will bar components made by the",  # missed trade: Policy brief: Germany bars Chinese 5G
        "Operators must also remove Chinese equi",  # given diplomacy: Policy brief: Germany bars Chinese 5G
        "Under the compromise, Indonesia will dr",  # missed trade: Policy brief: Germany bars Chinese 5G
        # the fifty-seventh batch (sport in world affairs, as agency copy, sports desks and foreign desks tell it): 18
        # blind of 72, two label slips (truces ignored by wars and trade frozen over a quarrel take diplomacy as
        # optional), relabelled: 16 left. Mended: the sports pages' look-alikes (a defence that "fought like soldiers"
        # after a red card, a player traded between clubs, clubs under a transfer embargo that cannot trade players, a
        # sponsor's global ambassador, a cricket board's plea to the sport's international council) as no theme, and a
        # state's sovereign wealth fund buying a club as investment (six); the sport's bodies no longer lend the boycott
        # story "international", which its lead had leaned on (one lost): 11 left; a champion's defence of a title
        # with words between (see themes/title_defences.py) mended one more: 10 left. Left by pattern: a defence
        # through a "siege" of a goal read as military;
        # diplomacy missed where states co-sponsor a text, urge other governments or snub another state's delegates and
        # in the boycott's lead; military missed in a joint statement's missiles; trade missed for Gulf funds owning
        # clubs; diplomacy given to a host stripped of a tournament, a "peace treaty" between two clubs and sanctions
        # on a chess federation
        "The three governments said in a joint st",  # missed military: Nordic governments pull hockey teams
        "Minsk was awarded the tournament in 2019",  # given diplomacy: Nordic governments pull hockey teams
        "Poland and the Baltic states said their ",  # missed diplomacy: Russian athletes cleared to compete u
        "Funds controlled by Gulf states already ",  # missed trade: Qatari state fund agrees to buy Harwi
        "Separately, Harwick said a long-running ",  # given diplomacy: Qatari state fund agrees to buy Harwi
        "Sanctions have kept Iranian players from",  # given diplomacy: Chess match in Geneva gave cover for
        # the fifty-eighth batch (crime and justice across borders, as agency copy, legal-affairs desks and web features
        # tell it): 10 blind of 73, one label slip (assets frozen at home in an extradition story are the case's
        # detail, optional diplomacy as earlier batches label a case's details), relabelled: 9 left. Mended: gangs as
        # sides inside one state (their truce, pact and "treaty" are no state's), a trade in stolen goods as crime, a
        # "trial balloon" as no trial going on with an extradition case, Interpol as a word of relations (a state's
        # request for a notice): 5 left; a paragraph opening on "Among those freed" goes on with a swap (see
        # themes/events.py): 4 left. Left by pattern: diplomacy given to a city police chief's war on drugs after an
        # arrest abroad, military to the word "military" in Interpol's list of cases it may not touch; diplomacy
        # missed for a state's sanctions on an international court's judges and a state hiring gangs for attacks
        # abroad
        "In Asuncion, the city's police chief sai",  # given diplomacy: Fugitive Paraguayan cartel boss arr
        "The court, which has 125 member states, ",  # missed diplomacy: ICC opens trial of Congolese militi
        "The security service said the plot was t",  # missed diplomacy: Norway summons Iranian envoy over p
        "Its constitution forbids it to act in ca",  # given military: Red notice, long reach: how governm
        # the fifty-ninth batch (culture and heritage in world affairs, as agency copy, arts desks and web features
        # tell it): 18 blind of 81, one label slip (parents saying "the dispute" had become political continue the
        # quarrel between two states: optional diplomacy), relabelled: 17 left. Mended: the arts page's war (a war
        # memorial, film, drama, movie, novel or epic) as no military, a museum's ambassadors programme (and youth and
        # student ambassadors) as no diplomacy, a loan of things, not money (a museum's loan of statues, cultural loans,
        # a painting on loan; see themes/lent_objects.py) as no trade (five): 12 left; what a work of art tells or
        # honours (a novel's plot of envoys and a treaty, a war drama about a pilot in a battle, monuments to an army;
        # see themes/depictions.py) as no theme (four): 8 left; a freeze on a people's assets ("has frozen … of Russian
        # assets", see themes/frozen_assets.py) as trade: 7 left. Left by pattern: trade given to a minister's
        # figurative "debt"; diplomacy given to a painting withdrawn under sanctions; diplomacy missed where states hand
        # looted objects back under a deal, a UN agency condemns a strike (its name as a weak word of diplomacy mended
        # it, but on PolNeAR train a person described by an agency's name raised an article's context enough to give
        # diplomacy to a family visit abroad, one wrong row for one right: dropped), a state pays to repair a
        # neighbour's cathedral and a state refuses weapons apart from its allies; trade missed for art moving wealth
        # across borders
        "The Dutch culture minister, Pieter van D",  # given trade: The Netherlands hands 119 looted br
        'UNESCO said in a statement that it "cond',  # missed diplomacy: Missile strike damages Odesa cathed
        "Italy, which has paid for the restoratio",  # missed diplomacy: Missile strike damages Odesa cathed
        "LONDON, June 18 (Pressline) - An auction",  # given diplomacy: Auction house pulls avant-garde pai
        "Art has long been a favoured way to move",  # missed trade: Auction house pulls avant-garde pai
        "Hungary has also refused to send weapons",  # missed diplomacy: Hungary ties Ukraine's EU talks to
        # the sixtieth batch (arms control, nuclear programmes and non-proliferation, as agency copy, the arms-control
        # press and think-tank web analysis tell them): 29 blind of 99, three label slips (a mutual pledge not to test
        # and a bloc's sanctions annex take diplomacy as optional, an isotope supply chain that crosses borders trade as
        # optional), relabelled: 27 left. Mended: a utility's household power tariffs as no trade, condemnation from
        # three states as diplomacy, a test site as a word of weapons tests (two): 23 left. Then talks on arms or a
        # war's end (a nuclear programme, a ceasefire, a treaty) as no trade talks, their words of talks counting
        # nothing for trade (see themes/arms_talks.py): the lead of nuclear talks and, as the article's trade falls,
        # the summit city's hotels mended, and the host's paragraph no longer trade: 21 left. Left by pattern: trade
        # given to a tariff rise after the utility's, to a vote against new reactors and to a rancher's trucking costs;
        # diplomacy given to a UN city's tourist board, a state's denial that it seeks weapons, a currency
        # rallying on news of talks, a dual-use licence rule and a sanctions official's lament; military given to a NATO
        # member named in passing, an arms-control bureau in an author's note and a host's security for talks; military
        # missed for a test-ban treaty's holdouts, its monitoring network, a treaty's inspections refused, an interim
        # freeze on enrichment and tubing seized as centrifuge parts; diplomacy missed for an envoy's answer to a
        # board's censure, an interim deal, a commerce ministry opposing a bloc's listings and governments quiet on an
        # arms race; trade missed for uranium sold only under safeguards agreements, uranium prices and firms listed
        # under sanctions. Then uranium as an ore that mines sell abroad, a weak word of trade as the other metals (not
        # the uranium a state enriches, nor a uranium mine as a place): uranium prices mended, 20 left. Then a pact told
        # by what it bans ("a summit on the treaty banning nuclear test explosions") named again by its noun ("The
        # treaty, signed by 187 states, ...") goes on with its weapons (see themes/aimed_pacts.py): 19 left. Then goods
        # sold "to countries" as sold to a market abroad (see themes/markets.py): uranium sold only under safeguards
        # agreements mended, 18 left. Then a quote mark between a state and its verb passed over as an adverb is
        # ('Iran would "respond proportionately"', see themes/names.py): an envoy's answer to a censure, 17 left.
        # Then a state answering through a ministry the tagger reads as proper nouns ("China's commerce ministry said
        # it firmly opposed", see themes/answering_voices.py): 16 left, but as the article's diplomacy rises, trade
        # between the bloc and a state reaches 2.81 of 2.8: 17 left. Then the EU named as one side of a trade figure as
        # trade's word, as ASEAN and the G7 are (see yields_to in the themes file): 16 left
        "Weapons-grade uranium is enriched to aro",  # given diplomacy: Atomic agency says Iran barred its
        "A spokesman for the Swiss foreign minist",  # given military: Iran and European powers to resume
        "Traders in Tehran's bazaar said the rial",  # given diplomacy: Iran and European powers to resume
        "Analysts at the Larchmont Institute for ",  # missed diplomacy: Iran and European powers to resume
        "Those inspections stopped in 2020, first",  # missed military: After the suspension: what is left
        "I spent six years in the State Departmen",  # given military: After the suspension: what is left
        "Europe's governments, which have the mos",  # missed diplomacy: After the suspension: what is left
        "Under the bloc's dual-use regulation, ex",  # given diplomacy: EU bars exports to 19 firms over d
        "German customs officers seized 2.4 tonne",  # missed military: EU bars exports to 19 firms over d
        "Officials in Brussels admit that listing",  # missed trade, given diplomacy: EU bars exports to 19 firms over d
        "A monitoring network of 321 stations, ma",  # missed military: Test-ban summit opens in Vienna wi
        "Vienna's tourist board said conferences ",  # given diplomacy: Test-ban summit opens in Vienna wi
        'Consumer groups called the tariff rise "',  # given trade: Energy desk: Caldern raises tariff
        "Swiss voters decided in 2017 that no new",  # given trade: Energy desk: Caldern raises tariff
        "The cattle station owners, brothers Tom ",  # given trade: Court halts water use at Yarrabee
        # the sixty-first batch (coups, juntas, contested elections abroad and democracy promotion, as agency copy,
        # regional desks and think-tank web analysis tell them): 9 blind of 94, one label slip (a junta answering the
        # bloc's sanctions takes trade as optional), relabelled: 8 left. Mended: a capital named as where a thing is
        # ("the port of Conakry handles", see themes/destinations.py) does not act for its state, and a freeze on assets
        # held in another state is trade (see themes/frozen_assets.py): 6 left. Left by pattern: military given to aid
        # frozen after a coup and to a founder's "ambush" in a boardroom; diplomacy missed for a bloc's sanctions told
        # through what they hurt, a bloc's standby force no member state will pay for, an observer's words on the count
        # and a candidacy that was a point of contention in talks with mediators
        "The United States, which froze most of i",  # given military: Guinea's junta expels French ambassador
        "Sanctions have fared little better. Clos",  # missed diplomacy: Why the coup belt keeps widening
        "The military option, long brandished, ha",  # missed diplomacy: Why the coup belt keeps widening
        '"Voters did their part. It is now for th',  # missed diplomacy: EU observers say Malawi's count
        "Harwood, 71, who built the company from ",  # given military: Boardroom coup at Harwood Foods
        # the sixty-second batch (espionage, intelligence and influence operations, as agency copy, security desks and
        # web analysis tell them): 17 blind of 103, two label slips (a state's reply to a military pact takes optional
        # military, an analyst on a pact optional diplomacy), relabelled: 15 left. Mended: buyers in a region of several
        # states are a market abroad ("buyers in Europe", see themes/markets.py), and a series' or a subplot's plot is
        # no news (see themes/depictions.py): 12 left. Left by pattern: military given to a swap's escort, a national
        # security adviser's thanks, a critic's "hostage-taking" and allies that expelled diplomats; diplomacy missed
        # for a minister's "espionage by a state" and a warning to "any foreign actor"; military missed for a
        # balloon's origin; trade given to a reward and to OPEC's offices; trade missed for a rival's sales barred in
        # the EU and its "every market"; diplomacy given to ambassadors trading insults in a spy series
        "Planes from Moscow and Berlin parked sid",  # given military: Russia frees two Americans and a German
        "\"Today's release is the fruit of months ",  # given military: Russia frees two Americans and a German
        "Critics in Germany said the exchange wou",  # given military: Russia frees two Americans and a German
        "Officials did not say who launched the b",  # missed military: Indian jets shoot down surveillance ball
        '"This was not crime, it was espionage by',  # missed diplomacy: Netherlands ties Rotterdam port hack to
        "The State Department also barred visas f",  # given trade: US sanctions Russian and Iranian actors
        '"Any foreign actor that tries to undermi',  # missed diplomacy: US sanctions Russian and Iranian actors
        "Vienna, home to United Nations and OPEC ",  # given trade: Austria grants asylum to Russian diploma
        "Nordvind has filed suits in Denmark and ",  # missed trade: Danish turbine maker says engineer passe
        "The Chinese company, Huaxing Wind, said ",  # missed trade: Danish turbine maker says engineer passe
        "The writers clearly did their reading: t",  # given diplomacy: Review: 'The Quiet Station' is the best
        # the sixty-third batch (debt, aid and international finance, as agency copy, the financial press and
        # development-policy analysis tell them): 8 blind of 82, one label slip (a debt counsellor's words continue a
        # story of household debt: trade optional), relabelled: 7 left. Mended: "defence industry cooperation" is
        # defence cooperation, and a currency told after a lead's swap is the market's figure, no participant of the
        # event (see themes/events.py): 5 left. The club of creditor states ("the Paris Club") is sovereign debt: 4
        # left. A tender and a transfer of technology are weak words of contracts that a story of loans carries: 1
        # left. Left by pattern: trade missed for an opposition leader's complaint of an IMF deal told through its
        # budget
        "The opposition leader, Grace Achieng, sa",  # missed trade: Kenya reaches $3.1 billion IMF deal
        # the sixty-fourth batch (water, rivers and dams between states, as agency copy, regional desks and
        # environmental web analysis tell them): 9 blind of 67, no label slip. Mended: electricity sold across a
        # border ("sells power to", see themes/power_sales.py), and land claimed by states counted rather than named
        # ("claimed by both countries", see themes/claims.py) and an airspace closed to another state's airlines (see
        # themes/airspace.py): 6 left. A state speaks through its "water ministry" also when the tagger takes the noun
        # for a name (see themes/state_voices.py): 5 left. Left by pattern: diplomacy missed for a downstream dispute's
        # continuation told through the dam and its water; trade missed for a plant built by a foreign group;
        # diplomacy given to border forces' accusations of a crossing (mended with the seventy-fifth batch: a state's
        # armed body telling of fighting beside another state, see test_theme_arms_exports.py): 4 left
        "Analysts say neither side is likely to g",  # missed diplomacy: Egypt protests as Ethiopia begins fifth
        "Rabat is also betting on desalination. A",  # missed trade: Analysis: Morocco's sixth dry year
        # the sixty-fifth batch (climate diplomacy, carbon trade and climate security, as agency copy, climate desks and
        # policy web analysis tell them): 16 blind of 62, no label slip. Mended: the negotiation of the climate between
        # states (the Paris agreement, climate talks and deals, a fund for loss and damage) as words of diplomacy: 12
        # left; fossil fuels and methane, what climate talks cut, as cues against trade: 10 left; a state's Soviet-era
        # bases as no other state: 9 left. Then a state's delegate as a voice it speaks through ("India's delegate
        # called the sum paltry", see themes/state_voices.py): 8 left. Left by pattern: trade given to a climate
        # summit's oil and gas (its oil producers' bloc, methane from oil and gas fields; a call to "phase out coal,
        # oil and gas" as a cue against trade was tried, but a lower own score only let the context lift it higher) and
        # to a dispute over an Arctic passage told through an oil tanker; diplomacy missed for a summit deal's
        # continuation in an analyst's and a minister's words and for a prime minister's words on a treaty; trade missed
        # for a shipping route's control and for ships ordered from a foreign yard
        "The text, gavelled through by summit pre",  # given trade: Climate summit ends with fossil fuel
        "A bloc of oil producers led by Saudi Ara",  # given trade: Climate summit ends with fossil fuel
        '"The words are soft, but the signal is n',  # missed diplomacy: Climate summit ends with fossil fuel
        "The kingdom's energy minister said after",  # missed diplomacy: Climate summit ends with fossil fuel
        '"This is not about leaving. It is about ',  # missed diplomacy: Tuvalu citizens win right to move to
        "OTTAWA, Sept 9 (Tidewire) - Canada summo",  # given trade: Canada summons US envoy as tanker sa
        '"Whoever sets the rules in the passage i',  # missed trade: Canada summons US envoy as tanker sa
        # the sixty-sixth batch (foreign policy on the campaign trail, as political desks, the wires and campaign web
        # coverage tell it): 13 blind of 61, one label slip (a running mate's tour of a base abroad continues his visit:
        # diplomacy optional), relabelled: 12 left. Mended: a trade status and a trade pact told without hyphens or by
        # acronym ("most favoured nation", "USMCA", see the themes file), which lifts the article's trade so far that
        # the rally's crowd after the lead now takes it: 11 left. Then a state's election named by its people from
        # abroad ("American elections") as no domestic word where a foreign state speaks of it, and "renegotiate" as a
        # weak word of trade (see test_theme_campaign_abroad.py): 9 left. Left by pattern: diplomacy missed for a debate
        # over a war abroad and an alliance's members, for a foreign aide's and a foreign leader's words on the race,
        # and for a delegation sent after a vote abroad; trade given to a rally's crowd; diplomacy given to a rule on
        # foreign donors at home; military given to a plank on the UN
        'The crowd of about 4,000 chanted "bring',  # given trade: the rally's crowd after a lead of tariffs
        "PHILADELPHIA, Oct 22 (Nordwire) - The tw",  # missed diplomacy: Delacroix and Hartwell clash over Uk
        'Hartwell said allies in Europe had "free',  # missed diplomacy: Delacroix and Hartwell clash over Uk
        "In Kyiv, a senior aide to Ukraine's pres",  # missed diplomacy: Delacroix and Hartwell clash over Uk
        "Under US law foreign nationals may not g",  # given diplomacy: Hartwell's running mate visits Warsa
        'The platform also pledges to "restore Am',  # given military: Democratic platform draft would tie
        "Lendvai, who met Hartwell at his Florida",  # missed diplomacy: Hungary's prime minister says he hop
        "Hartwell thanked Lendvai on social media",  # missed diplomacy: Hungary's prime minister says he hop
        "Washington has said it will send an unof",  # missed diplomacy: Analysis: Taiwan's candidates split
        # the sixty-seventh batch (peacekeeping missions and the UN Security Council, as agency copy from the UN desk,
        # web analysis and a local weekly tell them): 12 blind of 63, no label slip. Mended: a peacekeeping mission or
        # operation, the consent of its host state and the council's permanent members as words of diplomacy (see the
        # themes file): 8 left; a town's or a fair's own "security council" named after a common noun as no body of
        # states (see themes/local_councils.py): 7 left; an army's field hospital as a weak word of military (and blue
        # helmets as peacekeepers): 6 left. Left by pattern: diplomacy given to a mission's toll told on as "the
        # mission" after a council vote; military missed for the firms that arranged an arms transfer; diplomacy missed
        # for a researcher's words on a host state's consent and for a sanctions panel's mandate; military given to
        # residents' volunteer patrols in a story of an attack and to a firm's "peacekeeping role" between farmers and
        # shops
        "The mission, set up in 2019 after a rebe",  # given diplomacy: UN Security Council renews Cha
        "In Goma itself, a residents' group said ",  # given military: Three peacekeepers killed as g
        '"Consent is no longer a given, it is a b',  # missed diplomacy: Analysis: Why host governments
        "It named three shipping companies and a ",  # missed military: UN panel says drones and rifle
        "The panel's own mandate expires in May, ",  # missed diplomacy: UN panel says drones and rifle
        "Chief executive Paula Denholm said the f",  # given military: Around Hollinsby: fair gets a
        # the sixty-eighth batch (debt, aid and development finance between states, as agency copy, the financial press,
        # development-policy web analysis and a local weekly tell them): 10 blind of 60, no label slip. Mended: a river
        # that bursts its banks as no bank, a return to civilian rule as no civilians hit by war, and a donor conference
        # and donor states as words of diplomacy (see the themes file and test_theme_aid_and_debt.py): 7 left, the
        # museum's old port with the flood's banks gone from its neighbours; then "Sao Tome" as the name of its state, a
        # sum "in aid" and the foreign militaries a state hosts as weak words of diplomacy: 5 left (and the nineteenth
        # batch's state courted by three others for a foothold on its coast, 0.02 short, now takes diplomacy from its
        # article of foreign bases); then the states a leader thanks as "our friends" as a weak word of diplomacy
        # (test_theme_aid_and_debt.py): 4 left. Left by pattern: diplomacy missed in the aid-for-basing analysis for a
        # deal told through what it allows (warships, no base), for a state's words on the aid it received, for the
        # opposition's complaint (military missed there too: "any American ship") and for a researcher's words on what
        # each side gains
        "The deal, signed in Washington last mont",  # missed diplomacy: Analysis: Sao Tome trades harb
        "Officials in Sao Tome say the aid is the",  # missed diplomacy: Analysis: Sao Tome trades harb
        "The opposition MLSTP-R said the governme",  # missed military and diplomacy: Analysis: Sao Tome
        '"For Washington it is a cheap foothold a',  # missed diplomacy: Analysis: Sao Tome trades harb
        # the sixty-ninth batch (global health between states, as agency copy, the global health press, the financial
        # press, web analysis and a local weekly tell it): 9 blind of 62, no label slip. Mended: a "General Hospital" as
        # no general and health workers "on the frontline" as no troops, the World Health Organization as a weak word of
        # diplomacy, goods sold to a state as the verb's second object ("sold 12 million doses to Bangladesh") as a
        # market abroad, states competing for influence as relations, a head of government acting on a capital that is
        # his verb's object ("thanked Jakarta"), and a dateline of two cities joined by a slash with no date as no
        # parties (see test_theme_global_health.py): 3 left. Left by pattern: diplomacy missed for an opposition MP's
        # charge of a donor state chosen; trade given to vets vaccinating cattle in an article of a livestock ban;
        # trade and diplomacy missed for the share of manufacturers' output an accord sets aside
        "Opposition MP Ruwan Dissanayaka-Perera ",  # missed diplomacy: India flies 5 million dengue doses
        "Vets have begun vaccinating about 40,00",  # given trade: Botswana shuts border to Zimbabwean
        "Under the accord, manufacturers that jo",  # missed trade and diplomacy: World Health Assembly adopts
        # the seventieth batch (sport and culture between states, as agency copy, the sports desk, the arts desk, web
        # analysis and a local weekly tell them): 16 blind of 66, no label slip. Mended: a race for a title, for
        # promotion or medals told as a battle, a club's defence bought at the transfer deadline, set pieces, what
        # happens "on the pitch", a side's siege of a goal (see themes/title_defences.py; the fifty-seventh batch's
        # defence through a late siege of its goal mended too), a chess game's attack in a "war of nerves" and a shot
        # that hits the post as no war, a museum's exhibition on old treaties as no diplomacy, and two neighbours
        # counted by their trade as no relations (see test_theme_sport_and_culture.py): 8 left; a state courting
        # allies as diplomacy not yielded to trade: 7 left. Left by pattern: military given to a foreign ministry's
        # passing "partners in NATO" (NATO yielded to diplomacy there broke four paragraphs of other batches where NATO
        # is a force: dropped); diplomacy given to an orchestra's director on music "both countries" claim and to
        # musicians who did receive visas, in a story of a visa row; diplomacy missed for a sports minister thanking
        # six governments, for a governing-party lawmaker on a state's return of statues, for leaders flying to a
        # World Cup host (military missed there too, for warplanes ordered) and for a chancellor signing a gas deal
        # beside a crown prince
        "Ukraine's sports minister, Oksana Lytvak",  # missed diplomacy: six governments boycott wrestling in Kazan
        "The ensemble's director, Karim Oudjit, s",  # given diplomacy: Algerian orchestra calls off Morocco tour
        "The 24 musicians who did receive visas s",  # given diplomacy: Algerian orchestra calls off Morocco tour
        "A lawmaker of Japan's governing party sa",  # missed diplomacy: Japan returns looted Buddhist statues
        "At least nine heads of state and governm",  # missed military and diplomacy: Riyadh's World Cup opener
        "Germany's chancellor watched the match b",  # missed diplomacy: Riyadh's World Cup opener
        # the seventy-first batch (borders, maps and territory between states, as agency copy, the regional press, the
        # financial press, a local weekly and a university's news page tell them): 14 blind of 68, one a label slip
        # (military made optional for a paragraph that goes on with the article's clash): 13. Mended: trade unionists as
        # no trade, a fight that people hire a lawyer for as no war, land annexed by the acre, the Eurasian Economic
        # Union as a body of states (see test_theme_borders.py): 10 left. Left by pattern: an animal's territory told
        # as war, two peoples and a capital beside a trade ban, paragraphs that go on with a border story through no
        # word of it, a road's "both countries" yielded to trade, gas and fishing rights told with no phrase of exchange
        "The ruling places the Kiboko gas discove",  # missed trade: world court draws a sea line
        "Mozambique's president called the ruling",  # missed trade: world court draws a sea line
        "For the fishing towns of Mtwara region, ",  # missed trade: world court draws a sea line
        "Petra Vollenweider, who teaches the law ",  # missed diplomacy: world court draws a sea line
        "The roughly 4,200 residents of the two v",  # missed diplomacy: Kyrgyz and Uzbek enclaves swapped
        "A road through the former Qizilsoy encla",  # missed diplomacy: Kyrgyz and Uzbek enclaves swapped
        "In Chek-Bulak, a shopkeeper, Bakyt Ormon",  # missed diplomacy: Kyrgyz and Uzbek enclaves swapped
        "Kazakh millers say the Kyrgyz ban, which",  # given diplomacy: a crossing shut in a flour row
        "Ecologists at the field station have tra",  # given military: robins defend their territory
        # the seventy-second batch (war memory, commemorations, apologies and reparations between states, as agency
        # copy, the regional press, the financial press, a local weekly and the sports and business desks tell them): 8
        # blind of 62, no label slip. Mended: a governor general as no general and, beside another state's king, a head
        # of state; a side's defence that concedes goals as a team's; a state speaking alone through a voice whose name
        # is set between commas; two states' joint teams as work between them (see test_theme_war_memory.py): 4 left
        # (and three paragraphs of the twenty-ninth and fifty-seventh batches, and one of the fourteenth, mended). Left
        # by pattern: a leader's wreath abroad told with no word of a journey, reparations for an "occupation" read as
        # war, what textbooks say as the row's subject with no word of it, a club's war years told with an army camp
        "SOUDA BAY, Crete, May 20 (Stallard) - Ge",  # missed diplomacy: a chancellor's wreath abroad
        "Outside the cemetery gate, about 200 pro",  # given military: reparations for an occupation
        "Several of the approved books describe t",  # missed diplomacy: Seoul summons envoy over textbooks
        "The club was founded by railway workers ",  # given military: a club's centenary match
        # the seventy-third batch (state visits, royals, protocol and gifts between states, as agency copy, the regional
        # press, the financial press and a local weekly tell them): 7 blind of 61, no label slip. Mended: "the king" of
        # the lead going on with his state visit, electricity traded between the states that are the verb's doers,
        # money lent to a state, a social security agreement as no security of arms, and a state visit's ceremony told
        # of a sports side (see test_theme_state_ceremonies.py): 2 left; a deal told by its worth as trade mended the
        # purchase of tanks talked of by two presidents: 1 left. Left by pattern: a state's loans told beside a navy
        # band it sent to a coronation (diplomacy missed)
        "China, which has lent Tonga more than $1",  # missed diplomacy: Tonga's coronation
        # the seventy-fourth batch (migration deals, deportations and visas between states, as agency copy, the
        # regional press, the financial press, the business desk and a local weekly tell them): 10 blind of 58, no
        # label slip. Mended: the money migrants send home told in words, and a bank's app or platform for its
        # customers as no banking between states or markets (see test_theme_migration_deals.py): 7 left. Left by
        # pattern: diplomacy missed for voices on a migration deal that name no second state or name it in a quote,
        # for states agreeing a common price under a third's pressure and for guards pointing migrants back to the
        # other side; trade missed for a budget's loss of passport money told with no word of trade, and given to a
        # bank's card payments abroad
        "\"Mauritania will not be Europe's jailer",  # missed diplomacy: a transit state's minister on the deal
        "Rights groups said returnees were being",  # missed diplomacy: rights groups ask the bloc's commission
        "Spain's conservative opposition called",  # missed diplomacy: the opposition at home on the deal
        '"They have no plan B," said Priya Ramki',  # missed trade: the budget's loss of passport money
        "Four other Caribbean states with simila",  # missed diplomacy: states agreeing a common price
        "Belarusian guards, in videos posted by ",  # missed diplomacy: guards pushing migrants back to the other side
        "Chief executive Colm Darragh said the p",  # given trade: the same bank's card payments abroad
        # the seventy-fifth batch (arms exports, the defence industry and export licences between states, as agency
        # copy, the regional press, the financial press, the business desk and a local weekly tell them): 11 blind of
        # 60, one a label slip (trade made a label of the state calling the export ban illegal; still wrong). Mended:
        # the arms of a body or a chair, a club's target shooting and a council's trading standards officers as no arms
        # of war, and a state's armed body (its defence ministry, army, border force) telling of fighting beside another
        # state as no relations unless it takes a stand (see test_theme_arms_exports.py): 7 left, and one paragraph of
        # the sixty-fourth batch mended. Left by pattern: military missed for drones told as goods (a ban on their
        # parts, a state denying it supplied them, engines traced to a drone factory: "drone" weighed as a UAV gave
        # war to five paragraphs of drone shows and start-ups in other batches, dropped) and for a bloc's rule on arms
        # licences told with no word of arms; diplomacy missed for a member's exemption won from a bloc's ban and for
        # cooperation between two navies; trade missed for frigates a state orders from a yard abroad
        "Under EU rules, each member state decid",  # missed military: a bloc's rule on members' arms licences
        "BRUSSELS, Oct 9 (Corbel) - European Uni",  # missed military: a ban on drone parts to a state
        "Iran's foreign ministry said the ban wa",  # missed military: the state denying it supplied drones
        "A customs investigation in Poland last",  # missed military: engines traced to a drone factory
        "Hungary, which had held up the measure",  # missed diplomacy: a member's exemption won from a bloc's ban
        "Britain's defence secretary called the order \"a vote",  # missed diplomacy: cooperation between two navies
        # the seventy-sixth batch (journalists and press freedom across borders, as agency copy, the regional press, the
        # financial press, the business desk and a local weekly tell them): 0 blind of 58, no label slip, nothing left
        # Mended by frequency (patterns wrong in three batches or more, see test_theme_frequent_misses.py): a coast
        # guard as a state's armed force at sea (the twentieth, twenty-first and twenty-eighth batches), the UN
        # Security Council's name as no word of war (the twenty-ninth), an appeal to allies as diplomacy's phrase (the
        # thirteenth's fourth set) and neighbours called "our friends" (the sixth and twenty-ninth): 752 -> 745
        # Mended by frequency next (see test_theme_worth_and_warships.py): a deal, an order or a contract told by its
        # worth in money as trade (the twenty-seventh, sixty-fifth and seventy-third batches, so the seventy-third's
        # tanks talked of by two presidents too), and a warship named again as "the ships" or a navy's patrol boat
        # as "the vessel", going on with the war after a paragraph its context carried (the twelfth's checks and the
        # thirtieth): 754 -> 749
        # Mended by frequency next (see test_states_acting_alone.py): two states, one the doer of a clause, in a story
        # of relations, with no other theme and no word of relations of their own ("China built ...", "Benin had
        # asked ...", "Latvia and Lithuania closed ...", "Germany returned ...", "India can stop ..."; the eighteenth,
        # twenty-eighth, forty-eighth, fifty-ninth and sixty-fourth batches): 755 -> 750
        # Mended by frequency next (see test_nato_membership.py): a state named by its membership of the alliance ("a
        # NATO member", "NATO allies", "partners in NATO", a "non-NATO ally") is no word of war, so diplomacy keeps it
        # too (the seventeenth, twenty-fourth, sixtieth, sixty-second and seventieth batches): 750 -> 745
        # Mended by frequency next (see test_theme_priced_arms.py): arms sold, bought or ordered for a sum of money by
        # or from a state named, as trade besides war (the thirteenth's jets, the forty-fourth's jets and the
        # seventy-fifth's frigates); arms that change hands with no price are left to war: 756 -> 753
        # Mended by frequency next (see test_theme_recognition.py): one state recognising another or its government,
        # or withholding that ("has not recognised the ... government", "no country has recognised", "not recognised
        # by any state"), as diplomacy (the nineteenth, seventy-seventh and seventy-eighth batches): 756 -> 753
        # the seventy-seventh batch (shared lakes, aquifers, canals and glacier-fed water between states, as agency
        # copy, the regional press, the business desk and a local weekly tell them; the sixty-fourth batch had rivers
        # and dams): 19 blind of 60, no label slip found. By pattern: diplomacy missed for a joint body of states, a
        # lake border two governments never marked and a minister's reply to a neighbour's protest; trade missed for
        # water one state sells or supplies to another under an agreement (told as "sells it raw water", "draw ... and
        # pays", "supplies ... buy more at cost") and for a utility's sales to a neighbour; trade given to the talks, a
        # state's statement, an expert and a dried sea of a canal story that has one paragraph of trade, and to
        # households buying water from trucks; diplomacy given to a plant's output and a foreign group's contract in a
        # story of a loan between states, to an "investment summit" at home, and to border guards' fire on a disputed
        # border. Then 14: goods supplied or sold to a state told as the one supplied or sold to ("supplies Jordan with
        # 50 million cubic metres", "its sales to Singapore", see test_theme_supplied_states.py), a crop's land and a
        # lorry that carries water as no trade ("cotton farms", "tanker trucks", see
        # test_theme_crop_land_and_water_lorries.py) and three states told as a trio as diplomacy's word (see
        # test_theme_three_states.py). Then 11: a minister's portfolio after the title as part of the voice a state
        # speaks through ("Uganda's minister of state for fisheries said", see test_theme_minister_portfolios.py), so a
        # lake border never marked is carried too, and a summit of investors as no summit of states (see
        # test_theme_investment_summits.py): 745 -> 756
        "KUALA LUMPUR, Sept 2 - Shares of Tebrau ",  # missed trade: Johor "sells it raw water"
        "Under a 1962 agreement that runs until 2",  # missed trade and diplomacy: a water agreement's terms
        "ASTANA, June 19 (Brenwick) - Officials f",  # given trade: canal talks hosted by a third state
        "The canal, due to be finished next year,",  # missed diplomacy: the canal's take of a river
        "Kazakhstan's deputy foreign minister tol",  # given trade: a working group on the river's flow
        "Turkmenistan, which also draws on the ri",  # given trade: a third state wants to be consulted
        "Dilnoza Rakhimberdiyeva, a water expert ",  # missed diplomacy, given trade: an expert on sharing water
        "The plant is to supply 300 million cubic",  # given diplomacy: a plant's output at home
        "Construction will be led by Vauclair Eau",  # given diplomacy: a foreign group's contract
        "BISHKEK, May 4 - Kyrgyz and Tajik border",  # given diplomacy: guards' fire on a disputed border
        # the seventy-eighth batch (liquefied gas, nuclear fuel and power supplied between states, as agency copy, the
        # regional press, the business desk and a local weekly tell them; the forty-seventh batch had a pipeline deal,
        # its transit fees and a shelled power line): 16 blind of 59, no label slip found. By pattern: trade missed
        # for gas sent on to a state along a route its ministers agreed, a nuclear plant one state builds for another
        # and lends it the money for, the fuel its firms supply, power a state company cuts off to a neighbour and
        # a state's share of another's uranium; diplomacy missed for the UN's atomic agency's team at a site, a
        # defence ministry's claim to a sea area and a state that has not recognised a government; diplomacy given
        # to a home's coal imports told beside a visit; trade given to a shipowner's quarterly income, a man arrested
        # for a drone over a gas plant and allies' frigates patrolling pipelines; military given to enriched uranium
        # bought and banned as fuel, and to household power prices after a story of warships. Then 15: energy a
        # supplier sends on to a state as a market abroad ("sending gas on to Ukraine", see test_theme_energy_sent.py).
        # Then 14: goods told as the noun a relative clause sells to a state ("the electricity it sells to northern
        # Afghanistan", see test_theme_goods_in_relative_clauses.py). Then 12: a share of a cost lent to a state with
        # its sum ("is lending Uzbekistan most of the plant's cost of about $5 billion", see
        # test_theme_lent_shares_of_a_cost.py), so the fuel its firms supply under the contract is carried too. Then
        # 11: the UN's atomic agency by its full name as much as by its letters (see test_theme_atomic_agency_name.py).
        # Then 10: a firm told by the state that owns it at work in another state ("Russia's state nuclear corporation
        # is building" a plant of Uzbekistan's, see test_theme_state_owned_firms.py). Then 9: a state that has not
        # recognised a government (see test_theme_recognition.py)
        "Vietnam received its first shipment of L",  # given diplomacy: a home's coal imports on a visit's story
        "Kelvane, which owns 22 vessels, reported",  # given trade: a shipowner's quarterly income
        "Turkey's defence ministry said no work c",  # missed diplomacy: a ministry's claim to a sea area
        "Cyprus has the highest household electri",  # given military: household prices after warships
        "Police said they had arrested a foreign ",  # given trade: a drone over a gas plant
        "Germany and Britain have sent a frigate ",  # given trade: allies' frigates patrolling pipelines
        "NEW YORK, Aug 12 - A US ban on imports o",  # given military: enriched uranium as reactor fuel
        "Moscow answered with a decree restrictin",  # given military: the same, restricted in reply
        "Russia supplied about a quarter of the e",  # missed trade, given military: a state's share of uranium
        # the seventy-ninth batch (detained nationals, hostages, prisoner swaps and consular cases between states, as
        # agency copy, the regional press, a family's home-town paper and web analysis tell them): 9 blind of 57. By
        # pattern: diplomacy missed for a swap told through its people and its planes (the walk between them, one of
        # the freed), for a driver's arrest at a crossing continuing an envoy's summons, for a travel advice told as
        # advising against travel and for hostages let go for money moved between states' banks; trade missed for
        # assets of foreign officials frozen by a law; trade given to a call for sanctions on judges and to a "price"
        # of swaps; diplomacy given to hauliers who stopped sending drivers into a state. The call for sanctions on
        # judges was a label slip (trade optional, as sanctions are trade by the guidelines): 8 left. Then 7: a freeze
        # on the assets of foreign people ("freeze the assets of foreign officials", see
        # test_theme_assets_of_foreign_people.py). Then 6: a state advising against travel to a place ("Austria has
        # advised against all travel to Zamfara", a travel advisory with no word of nationals, see
        # test_theme_travel_warnings.py). Then 5: a state freeing another's nationals told in the active voice
        # ("Venezuela freed four Americans") as a consular case, so one of the freed told after it goes on with the
        # case (see test_theme_freed_by_a_state.py). Then 4: a duty owed as no levy on goods ("a government's first
        # duty is to", "a duty to protect", "on duty", see test_theme_duties_owed.py)
        "The two planes taxied to within 50 metr",  # missed diplomacy: the walk between the planes of a swap
        "The driver, Arturs Kalnbergs, 58, was s",  # missed diplomacy: the driver's arrest, after the summons
        "Latvia's hauliers' association said mem",  # given diplomacy: hauliers' lorries into a state
        "In 2023 Iran let five Americans go afte",  # missed diplomacy: hostages let go for money moved
        # the eightieth batch (what states owe each other along shared rivers: a sharing treaty up for renewal, fire
        # near a dam upstream, a river commission, power sold across a border in a drought, a case at the world court
        # and an oil spill carried downstream, as agency copy, the regional press, think-tank web analysis and the
        # business desk tell them; the sixty-fourth batch had rivers and dams, the seventy-seventh lakes and canals):
        # 5 blind of 58, no label slip found. By pattern: trade missed for power a generator or a state's dams sell to
        # a neighbour ("the electricity it sells to Thailand's state utility", "most of their power sold to
        # Thailand"); trade given to an oil spill, and to a state's oil fields told as what draws on a river, whose
        # paragraph also misses diplomacy (a state that fears another's draw on the river); military given, and
        # diplomacy missed, for a government's officials named by the movement that rules it ("Taliban officials say
        # drought ... has cut the flow"). Then 3: electricity told as the noun a relative clause or a participle
        # sells, and a state told as the owner of the buyer ("the electricity it sells to Thailand's state utility",
        # "with most of their power sold to Thailand", see test_theme_power_sold_told_otherwise.py). Then 2: oil
        # spilt or leaked as no trade (see test_theme_oil_spills.py); an oil field keeps its word (an exclusion of it
        # took trade from a train paragraph of economic ties), so its paragraph keeps both its misses. The Taliban's
        # officials and ministers are no armed group (see test_theme_taliban_officials.py), so their reply loses its
        # military but still misses diplomacy
        "Taliban officials say drought, not the d",  # missed diplomacy: a ruling movement's officials on a river
        "Kazakhstan has long feared China's growi",  # missed diplomacy, given trade: oil fields that draw on a river
        # the eighty-first batch (foreign aid and its politics: a donor closing its aid agency, aid tied to votes at the
        # UN, food aid shipped and sold, aid seized by an armed group, foreign instructors training an army and a debt
        # swapped for aid, as agency copy, a development-policy web site, the regional press and the business desk
        # tell them; the sixty-third batch had an aid budget cut, the fiftieth and sixty-eighth pledging conferences):
        # 4 blind of 56, no label slip found. By pattern: diplomacy missed for a bill's sponsors on governments that
        # work against a state's interests "in New York" (the UN told by its city) and for whether the threat of cuts
        # changes votes, with rival states offering loans instead; trade missed for a foreign firm's contract to supply
        # armoured vehicles to another state's force; trade given to a city's grant conditions that a chamber of
        # commerce says would put its members off. Then 3: a contract to supply or build arms as their price ("won a
        # contract this month to supply 120 armoured vehicles", see test_theme_arms_contracts.py). Then 2: a paragraph
        # that opens on "Its" or "Their" and a noun refers back ("Its sponsors say ...", see
        # test_theme_possessive_openers.py). Then 1: a chamber of commerce's name as no word of trade (see
        # test_theme_chamber_of_commerce.py)
        "Whether the threat works is another matt",  # missed diplomacy: cuts that rarely change votes, loans instead
        # the eighty-second batch (fishing grounds and coast guards between states: a crab boat seized off disputed
        # islands, a coast guard's water cannon at a shoal, a tuna group's catch barred over forced labour, a shiprider
        # agreement, an access agreement renewed for money and a skipper's court case, as agency copy, the regional
        # press and the business desk tell them; the fifty-fifth batch had an escorted fleet, quota talks and a
        # seafood ban): 12 blind of 58, no label slip found. By pattern: diplomacy missed for a coast guard's water
        # cannon and ramming at a disputed shoal (given military instead) and for a shiprider agreement's terms told
        # through what an officer on a cutter may do; trade missed for licence fees paid by foreign fleets to fish a
        # state's waters (given diplomacy) and for a company's efforts to have an import order lifted; military given
        # to a summons over a coast guard's actions, to fishermen who will keep sailing to the shoal, to an angler's
        # "battle" with a fish and to a coast guard helicopter's rescue of a yacht's crew; trade given to a court's fine
        # in roubles, to a state's "trade and economic office" that acts as its embassy, and to a fish auction's
        # shops and landings. Then 11: a state's office named for trade and the economy that stands in for its embassy
        # as no word of trade (the shipped themes file's exclusions, see test_theme_representative_offices.py). Then 10:
        # a struggle that feels "like a battle" as no war (see test_theme_battle_similes.py). Then 9: a paragraph that
        # opens on what is done under a text's terms goes on with the agreement just told ("Under its terms, ...", see
        # test_theme_under_terms.py). Then 8: one state's coast guard that rams, blocks, chases or turns a water cannon
        # on another state's boats tells a quarrel between them (see test_theme_force_at_sea.py). Then 7: a sum in
        # roubles as a fine's or a wage's, no currency traded (see test_theme_rouble_sums.py). Then 6: what fleets pay
        # "for the right to fish" as fishing access bought (the shipped themes file, see test_theme_right_to_fish.py).
        # Tried and dropped: "cooking oil" as no word of trade mended the fish-and-chip shops and the landings they
        # lifted, but took trade from the thirty-first batch's border traders who cross into India "to buy sugar and
        # cooking oil" (and from the paragraph after them), so both shops' paragraphs stay
        "The Department of Foreign Affairs summon",  # given military: a summons over a coast guard's actions
        "A fishermen's group in Masinloc said its",  # given military: fishermen who keep sailing to a shoal
        "The company said it had hired an outside",  # missed trade: a company's efforts to have an order lifted
        "Fish-and-chip shops, already paying more",  # given trade: shops' prices at home (cooking oil)
        "Skippers said the weather should ease by",  # given trade: a fish market's landings, lifted by the shops
        "FALMOUTH, England, Oct 14 (Corvane) - A ",  # given military: a coast guard helicopter's rescue
        # the eighty-third batch (sanctions evasion at sea, told through dry cargoes and cargo ships: grain from an
        # occupied port and a court that lets its ship sail, coal passed ship-to-ship at night and the ship detained,
        # drones and shells carried across the Caspian and the shippers listed, machine tools seized on their way
        # through a third state, a frigate shadowing a sanctioned cargo ship, as agency copy, the business desk and the
        # regional press tell them; the twelfth, thirty-second, forty-fifth and forty-seventh batches had the shadow
        # fleet of tankers): 12 blind of 59, no label slip found. By pattern: trade missed for coal taken on from a
        # sanctioned state's freighter in a ship-to-ship transfer; diplomacy given to a state's charge that another
        # shipped grain through third states' ports, to a State Department official who tells of munitions carried
        # and to exports from the EU to three states; trade given to ferry passengers watching a frigate shadow a
        # ship, to four paragraphs of an oil spill's clean-up (fuel oil raked from a beach, oiled sand and seabirds, an
        # owner who takes off the fuel still on board), to seafarers unpaid on a bulk carrier in port and to their
        # claim ranking ahead of debts if the ship is sold, and to a marine insurers' conference on car carriers. Then
        # 11: cargo passed "ship-to-ship" as a weak word of trade (the shipped themes file, see
        # test_theme_ship_to_ship.py). Then 10: what oil has coated ("oiled seabirds") as no trade (the same, see
        # test_theme_oiled.py). Then 7: the oil and the ship of a sentence that tells oil spilt or leaked by its verb
        # ("after a bulk carrier leaked heavy fuel") count for no theme, and the clean-up's lead no longer lifts the
        # oiled sand and the fuel still on board (see test_theme_oil_spilt_by_verb.py). Then 6: a people's name before
        # a port ("through Syrian and Turkish ports") as where goods pass, no party (see
        # test_theme_ports_of_a_people.py)
        "One of them, the Kaspi Lark, made 14 suc",  # given diplomacy: a State Department official on munitions
        "Exports from the EU to Kazakhstan, Kyrgy",  # given diplomacy: the EU's exports to three states
        "Passengers on a ferry leaving Dover watc",  # given trade: ferry passengers watching the shadowing
        "Nineteen seafarers from India and Myanma",  # given trade: seafarers unpaid on a bulk carrier in port
        "Under maritime law, the crew's claim for",  # given trade: a wage claim if the ship is sold by a court
        "About 1,200 underwriters, brokers and cl",  # given trade: a marine insurers' conference on car carriers
        # the eighty-fourth batch (satellites, space and signals between states: a missile fired at a state's own
        # satellite, navigation jammed over a border and blamed on a neighbour's army, a launch station's lease renewed
        # between two governments, a spy satellite, a space pact signed on a state visit, export licences for a
        # satellite maker's parts and a protest note over a satellite that crept up on another, as agency copy, the
        # business desk and the science pages tell them): 3 blind of 56, no label slip found. By pattern: diplomacy
        # missed for a foreign ministry's condemnation of a weapons test told through what it threatens (given
        # military by the test's debris) and for a UN aviation body's council asked by states to discuss jamming (the
        # UN agency not known by its name); trade missed for rent one government pays another under a lease's terms.
        # Then 2: the UN's agencies for civil aviation and telecommunications as bodies of states (the shipped themes
        # file, see test_theme_air_and_radio_bodies.py), which also mended the twenty-seventh batch's European
        # Commission that would raise an airspace ban at the UN's aviation body. Then 1: money one state's side pays
        # another's ("Rome will pay Nairobi 6 million euros a year") as trade (see test_theme_money_paid.py)
        "The State Department called the test rec",  # missed diplomacy: another state's condemnation of a test
        # the eighty-fifth batch (a major sporting event between states, from the host's and the guests' side: officials
        # kept away from an opening, a host's troops and air defences around stadiums, a team refused visas by a host
        # that does not recognise its state, broadcast rights and a sponsorship sold between state firms of two states,
        # a qualifier between neighbours without ties, athletes seeking asylum, two presidents on the sidelines, as
        # agency copy, the sports desk and the business pages tell them; the fifty-seventh and seventieth batches had
        # sport between states): 7 blind of 58, no label slip found. By pattern: trade missed for broadcast rights
        # and a sponsorship paid for by one state's firm to another state's firm; military given to a manager's
        # "attack", "defence" and "threat in the air", to supporters' "declaration of war" on a ticket rise, to a
        # "siege" of a goal and to a defence that "fought like soldiers"; trade given to a club's talks with a foreign
        # club over a loan. Then 6: a siege of a goal told with its owner's possessive ending ("the visitors' goal")
        # (see test_theme_goal_sieges_possessive.py). Then 5: money one state's side pays another's ("China's state
        # broadcaster will pay Qatar's state-owned rights company $310 million") as trade (see
        # test_theme_money_paid.py). Then 4: a player lent between clubs, told by his place on the pitch or the
        # transfer window, as no trade (the shipped themes file, see test_theme_players_lent_between_clubs.py)
        "A Chinese state-owned carmaker, Jinlou M",  # missed trade: a state firm paying another state's as sponsor
        "The manager said Vreeland would lead the",  # given military: a striker's attack and a team's defence
        "The supporters' trust said it would figh",  # given military: a "declaration of war" on ticket prices
        "The visitors' defence, marshalled by the",  # given military: a defence that "fought like soldiers"
    ]
)

#: (article, paragraph) by position: two batches may give different articles the same title.
CASES = [(n, i) for n, (_, probes) in enumerate(ALL_ARTICLES) for i in range(len(probes))]


def probe_of(n: int, i: int) -> Probe:
    return ALL_ARTICLES[n][1][i]


@pytest.fixture(scope="module")
def verdicts(themes, nlp) -> dict[tuple[str, int], set[str]]:
    """Every probe paragraph's labels, each article scored whole as the pipeline does."""
    found = {}
    for n, (title, probes) in enumerate(ALL_ARTICLES):
        scores = themes.score_article([nlp(p.text) for p in probes], [""] * len(probes), title)
        found |= {(n, i): set(labels(paragraph)) for i, paragraph in enumerate(scores)}
    return found


@pytest.mark.parametrize(
    ("n", "i"),
    [
        pytest.param(
            *case,
            id=f"{ALL_ARTICLES[case[0]][0]}-{case[1]}",
            marks=[pytest.mark.xfail(strict=True, reason="a known miss")]
            if any(probe_of(*case).text.startswith(m) for m in KNOWN_MISSES)
            else [],
        )
        for case in CASES
    ],
)
def test_a_probe_paragraph_gets_its_labelled_themes(verdicts, n, i):
    probe = probe_of(n, i)
    assert probe.wrong(verdicts[n, i]) == set(), (probe.text, verdicts[n, i])
