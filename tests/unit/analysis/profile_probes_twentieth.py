"""The twentieth round of blind profile probes: fictional world news wire stories (datelines from East Africa,
southern Africa, the Andes, the Korean peninsula, the Aegean, the Gulf, The Hague and Colombia) on subjects earlier
rounds used little (a UN food agency's drought appeal with a charity's field director, a disputed presidential count
with observers and an opposition spokesman, a sovereign bond restructuring with the IMF and the bondholders' advisers,
a border incursion with two defence ministries and a think-tank fellow, a sunken migrant boat with two coast guards
and a rights group, an oil producers' output cut with oil analysts, a ruling at the International Court of Justice,
a rebel group's statement read by its spokesman), written with names from many languages (Swahili, Somali,
Portuguese, Spanish with two surnames, Korean with the surname first, Turkish, Arabic with "bin" and "al-",
Ukrainian) and for each quote the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_twentieth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in
#: a comment (the harness does not score roles), written before the stories were run. An affiliation left empty is
#: not checked, as the scorer checks none. Ministers, a cabinet secretary, a peace commissioner, a senator, a
#: government's and a police spokeswoman, a coast guard's and a joint staff's spokespeople, an ambassador, a judge, an
#: election observer mission's head and the staff of a UN agency, the IMF or OPEC are officials (a minister or
#: ambassador affiliated to the state the article names, staff to their body); a charity's field director, a rights
#: group's lawyer, a bank's adviser to bondholders, a party's press spokesman (affiliated to the party), a rebel
#: spokesman, a herder, a survivor and victims' relatives are `other`; a university's climate scientist, political
#: scientist and law professor, a think-tank fellow, a bank's sovereign researcher and oil analysts are analysts; aid
#: officials who asked not to be named, observers, sources in a group, "a spokesman for Y" and "analysts at Y" are
#: unnamed. A body speaking as itself is keyed by the fullest name the article gives it, and a state's ministry or
#: office with the state's possessive as written. Four entries were set right after the first run, where the blind
#: gold had slipped from the guidelines: "… urged … and said …" holds two statements, as "urge" makes one (two
#: added); and a party's press spokesman with no portfolio holds no public office and speaks for no state (two
#: `other`, were `official`).
STORIES = [
    (
        (
            "NAIROBI (Reuters) - About 2.4 million people in northern Kenya and southern Somalia need food aid after a "
            "fourth failed rainy season, the World Food Programme (WFP) said on Monday as it appealed for $310 "
            "million.",
            "Amina Wanjiku Otieno, the WFP's country director for Kenya, said families in Turkana and Marsabit were "
            "eating one meal a day and selling the last of their goats to buy maize.",
            '"We are not asking for a favour. We are asking the world to keep children alive until the rains come," '
            "Otieno told reporters in Nairobi.",
            "Baraka Mwangi, field director for the charity Save the Children in Marsabit, said three of its feeding "
            "centres had run out of therapeutic food last week.",
            '"Mothers are walking two days to reach us, and some arrive with children we cannot save," Mwangi said.',
            "Kenya's Cabinet Secretary for Devolution, Zawadi Achieng, said the government had released 4 billion "
            "shillings for water trucking and cash transfers.",
            "Somalia's minister for humanitarian affairs, Khadija Mohamed Diriye, said by telephone from Mogadishu "
            "that militants were blocking aid convoys on the road to Baidoa.",
            "Aid officials in Nairobi, who asked not to be named because they were not authorised to speak to the "
            "media, said donors had so far given less than a fifth of what was needed.",
            "Juma Hassan Salim, a herder in Isiolo county, said he had lost 60 of his 70 cattle since March.",
            "Nancy Kimaru, a climate scientist at the University of Nairobi, said the drought was the longest in at "
            "least four decades.",
            "The WFP said it would have to halve rations in January if no new money arrived.",
        ),
        [
            ("2.4 million people", "World Food Programme", "institution", ""),
            ("one meal a day", "Amina Wanjiku Otieno", "official", "World Food Programme"),  # country director
            ("keep children alive", "Amina Wanjiku Otieno", "official", "World Food Programme"),  # country director
            ("therapeutic food", "Baraka Mwangi", "other", "Save the Children"),  # field director
            ("walking two days", "Baraka Mwangi", "other", "Save the Children"),  # field director
            ("4 billion", "Zawadi Achieng", "official", "Kenya"),  # cabinet secretary
            ("blocking aid convoys", "Khadija Mohamed Diriye", "official", "Somalia"),  # humanitarian affairs minister
            ("less than a fifth", "", "unnamed", ""),  # aid officials
            ("60 of his 70 cattle", "Juma Hassan Salim", "other", ""),  # herder
            ("four decades", "Nancy Kimaru", "analyst", "University of Nairobi"),  # climate scientist
            ("halve rations", "World Food Programme", "institution", ""),
        ],
    ),
    (
        (
            "MAPUTO (Reuters) - The ruling party's candidate won Wednesday's presidential election in Mozambique with "
            "64 percent of the vote, the National Elections Commission (CNE) said on Sunday.",
            "Venâncio Mabunda, a spokesman for the opposition Renewal Movement, said the party's own count from "
            "11,000 polling stations showed its candidate had won.",
            '"They stole this election in the counting rooms, not at the ballot boxes," Mabunda said.',
            "The head of the European Union's observer mission, Portuguese lawmaker Inês Carvalho Reis, said "
            "observers had seen tally sheets altered at district level in Zambezia and Nampula provinces.",
            "Carvalho Reis said the mission would publish its final report within two months.",
            "Observers from the Southern African Development Community said the vote had been largely peaceful and "
            "orderly.",
            "Government spokesman Filimão Nhantumbo said the opposition should take its complaints to the "
            'Constitutional Council "and not to the streets".',
            "Police spokeswoman Celina Macuácua said 14 people had been arrested in Nampula after protesters set fire "
            "to a district election office.",
            "Dércio Langa, a political scientist at Eduardo Mondlane University, said the Constitutional Council had "
            "never overturned a presidential result.",
            'The U.S. State Department urged all sides to show restraint and said it was "concerned by credible '
            'reports of irregularities".',
        ),
        [
            ("64 percent", "National Elections Commission", "institution", ""),
            ("11,000 polling stations", "Venâncio Mabunda", "other", "Renewal Movement"),  # party press spokesman
            ("counting rooms", "Venâncio Mabunda", "other", "Renewal Movement"),  # party press spokesman
            ("tally sheets altered", "Inês Carvalho Reis", "official", "European Union"),  # observer mission head
            ("final report", "Inês Carvalho Reis", "official", "European Union"),  # observer mission head
            ("largely peaceful", "", "unnamed", ""),  # observers
            ("not to the streets", "Filimão Nhantumbo", "official", ""),  # government spokesman
            ("14 people", "Celina Macuácua", "official", ""),  # police spokeswoman
            ("never overturned", "Dércio Langa", "analyst", "Eduardo Mondlane University"),  # political scientist
            ("show restraint", "U.S. State Department", "institution", ""),  # added after the run
            ("credible reports", "U.S. State Department", "institution", ""),
        ],
    ),
    (
        (
            "LA PAZ (Reuters) - Bolivia reached a deal in principle with holders of $4.1 billion of its international "
            "bonds that would cut the face value of the debt by 28 percent, the economy ministry said on Tuesday.",
            "Economy Minister Marcelo Quispe Mamani said the agreement would save the country about $1.9 billion in "
            "payments over the next five years.",
            '"This is not a victory, it is relief," Quispe told a news conference.',
            "The Bolivia Bondholder Committee, which is advised by investment bank Rothwell Partners, said in a "
            'statement that the terms were "painful but fair" and urged other holders to sign up.',
            "Santiago Ferrer, a managing director at Rothwell Partners, said the deal's value recovery clause would "
            "pay holders more if gas exports recovered.",
            "The International Monetary Fund's mission chief for Bolivia, Ana Luísa Teixeira, said the deal was "
            "consistent with the goals of the country's $3.2 billion loan programme.",
            "IMF staff would present the review to the board in March, she said.",
            "Carlos de la Vega, head of Latin America sovereign research at Bancoastal Securities in New York, said "
            "the haircut was smaller than investors had feared.",
            "Fitch Ratings said it would upgrade Bolivia from restricted default once the new bonds were issued.",
            'Opposition senator Rocío Villca said the government had "given away our gas to Wall Street".',
        ),
        [
            ("28 percent", "economy ministry", "institution", ""),
            ("$1.9 billion", "Marcelo Quispe Mamani", "official", "Bolivia"),  # economy minister
            ("not a victory", "Marcelo Quispe Mamani", "official", "Bolivia"),  # economy minister
            ("painful but fair", "Bolivia Bondholder Committee", "institution", ""),
            ("other holders to sign up", "Bolivia Bondholder Committee", "institution", ""),  # after the run
            ("value recovery", "Santiago Ferrer", "other", "Rothwell Partners"),  # managing director, adviser
            ("consistent with the goals", "Ana Luísa Teixeira", "official", "International Monetary Fund"),  # chief
            ("present the review", "Ana Luísa Teixeira", "official", "International Monetary Fund"),  # mission chief
            ("smaller than investors", "Carlos de la Vega", "analyst", "Bancoastal Securities"),  # sovereign research
            ("restricted default", "Fitch Ratings", "institution", ""),
            ("given away our gas", "Rocío Villca", "official", ""),  # opposition senator
        ],
    ),
    (
        (
            "SEOUL (Reuters) - South Korean troops fired warning shots on Tuesday after about 20 North Korean soldiers "
            "crossed the border in the central part of the Demilitarized Zone, South Korea's Joint Chiefs of Staff "
            "said.",
            "The soldiers, some of them carrying pickaxes and shovels, returned north within ten minutes, Joint Chiefs "
            "spokesman Colonel Lee Sung-jun told a briefing.",
            'South Korea\'s Defence Minister Kim Min-seok said the military would "respond sternly" to any further '
            "incursion.",
            "North Korea's defence ministry said in a statement carried by the state news agency KCNA that the "
            "South's shots were a grave provocation and that its soldiers had been doing construction work on their "
            "own side of the line.",
            "Choi Eun-young, a senior fellow at the Asan Institute for Policy Studies in Seoul, said the North "
            "appeared to be fortifying the border to stop its own soldiers and civilians from defecting.",
            "The United Nations Command, which oversees the armistice, said it was investigating the incident.",
            "A spokesman for U.S. Forces Korea said it was in close contact with its South Korean allies.",
            "Seoul's Unification Ministry said the North had not answered calls on the border hotline since April.",
            "Kim said the South would resume loudspeaker broadcasts along the border if the incursions continued.",
        ),
        [
            ("warning shots", "South Korea's Joint Chiefs of Staff", "institution", ""),
            ("within ten minutes", "Lee Sung-jun", "official", "Joint Chiefs of Staff"),  # spokesman
            ("respond sternly", "Kim Min-seok", "official", "South Korea"),  # defence minister
            ("grave provocation", "North Korea's defence ministry", "institution", ""),
            ("fortifying the border", "Choi Eun-young", "analyst", "Asan Institute for Policy Studies"),  # fellow
            ("investigating the incident", "United Nations Command", "institution", ""),
            ("close contact", "", "unnamed", ""),  # a spokesman for U.S. Forces Korea
            ("border hotline", "Seoul's Unification Ministry", "institution", ""),
            ("loudspeaker broadcasts", "Kim Min-seok", "official", "South Korea"),  # defence minister
        ],
    ),
    (
        (
            "ANKARA (Reuters) - Turkey's coast guard rescued 47 migrants and recovered the bodies of six others, "
            "including two children, after their rubber boat sank off the Aegean coast early on Friday, the Turkish "
            "Coast Guard Command said.",
            "Interior Minister Serkan Aydoğdu said the boat had set off from a beach near Çanakkale with about 55 "
            "people on board and that a Turkish smuggler had been detained.",
            "Survivors told the coast guard that Greek vessels had pushed the boat back into Turkish waters, Aydoğdu "
            "said.",
            "Greece's Ministry of Maritime Affairs said in a statement that its coast guard had not been involved and "
            "that the boat had never entered Greek waters.",
            "Hellenic Coast Guard spokeswoman Eleni Papadaki said patrols had picked up 210 people in the eastern "
            "Aegean this week alone.",
            "The coast guard said the search for at least two missing people would continue through the night.",
            "Elif Karataş, a lawyer with the Izmir-based rights group Deniz Hakları, said the survivors' accounts had "
            "to be investigated by an independent body.",
            '"Every week we count bodies on these beaches, and every week both governments blame each other," '
            "Karataş said.",
            'The U.N. refugee agency UNHCR said it was "deeply saddened" and called for safe and legal routes.',
            "Ahmad Haidari, a 19-year-old from Afghanistan who survived, said the smugglers had charged each "
            "passenger $1,500.",
        ),
        [
            ("47 migrants", "Turkish Coast Guard Command", "institution", ""),
            ("55", "Serkan Aydoğdu", "official", "Turkey"),  # interior minister
            ("pushed the boat back", "Serkan Aydoğdu", "official", "Turkey"),  # interior minister
            ("never entered Greek waters", "Greece's Ministry of Maritime Affairs", "institution", ""),
            ("210 people", "Eleni Papadaki", "official", "Hellenic Coast Guard"),  # spokeswoman
            ("two missing people", "Turkish Coast Guard Command", "institution", ""),
            ("independent body", "Elif Karataş", "other", "Deniz Hakları"),  # lawyer
            ("count bodies", "Elif Karataş", "other", "Deniz Hakları"),  # lawyer
            ("deeply saddened", "UNHCR", "institution", ""),
            ("$1,500", "Ahmad Haidari", "other", ""),  # survivor
        ],
    ),
    (
        (
            "DUBAI (Reuters) - OPEC+ agreed on Sunday to cut oil output by a further 1 million barrels per day from "
            "January, two sources in the group said, as producers tried to stop a slide in prices.",
            "Saudi Energy Minister Prince Faisal bin Khalid told reporters after the online meeting that the cut was "
            '"a precaution, not a panic".',
            "Iraq's oil minister, Mustafa al-Jubouri, said Baghdad would bear its share of the cut even though it "
            "needed the revenue to pay public salaries.",
            "The UAE's energy ministry said in a statement that it supported the decision \"to ensure market "
            'stability".',
            "Brent crude futures rose $2.10, or 2.6 percent, to $83.40 a barrel by 1405 GMT.",
            "Rania Haddad, head of oil research at Gulfstone Capital in Dubai, said the cut would tighten the market "
            "in the first quarter but might not be enough if Chinese demand kept weakening.",
            '"A million barrels on paper is maybe half that in practice," Haddad said.',
            '"They are defending a floor of about $80, and the market now knows it," said Omar Benali, an oil analyst '
            "at Marlowe Energy Consulting in London.",
            "Kazakhstan's energy ministry said the country would compensate for its past overproduction, without "
            "giving figures.",
            "Analysts at Hollins Bank said in a note that they were raising their Brent forecast for next year to $88 "
            "a barrel.",
            'OPEC Secretary General Youssef Al-Mansouri said the group would meet again in March "to review the '
            'market, not to defend a price".',
        ),
        [
            ("1 million barrels", "", "unnamed", ""),  # sources in the group
            ("a precaution", "Faisal bin Khalid", "official", "Saudi Arabia"),  # energy minister
            ("share of the cut", "Mustafa al-Jubouri", "official", "Iraq"),  # oil minister
            ("market stability", "UAE's energy ministry", "institution", ""),
            ("tighten the market", "Rania Haddad", "analyst", "Gulfstone Capital"),  # head of oil research
            ("on paper", "Rania Haddad", "analyst", "Gulfstone Capital"),  # head of oil research
            ("defending a floor", "Omar Benali", "analyst", "Marlowe Energy Consulting"),  # oil analyst
            ("past overproduction", "Kazakhstan's energy ministry", "institution", ""),
            ("$88", "", "unnamed", "Hollins Bank"),  # analysts
            ("not to defend a price", "Youssef Al-Mansouri", "official", "OPEC"),  # secretary general
        ],
    ),
    (
        (
            "THE HAGUE (Reuters) - The International Court of Justice (ICJ) said on Wednesday it would hear Ukraine's "
            "case accusing Russia of breaching a U.N. convention against the financing of terrorism, rejecting "
            "Moscow's objections.",
            "Reading the decision, the court's president, Judge Teresa Alvarado Ruiz, said the court had found \"a "
            'dispute capable of being settled by judicial means".',
            "Ukraine's representative at the court, Deputy Foreign Minister Oleksandra Hrytsenko, said outside the "
            'Peace Palace that the ruling was "a first step towards accountability".',
            '"Russia wanted this case to die on a technicality. It did not," Hrytsenko said.',
            'Russia\'s foreign ministry said the court had "yielded to political pressure" and that Moscow would '
            "keep taking part in the proceedings to defend its position.",
            "Russia's ambassador to the Netherlands, Gennady Kuzmin, who leads its legal team, told reporters that "
            'the ruling was "legally flawed".',
            "Kuzmin said Russia had never paid for any armed group in Ukraine.",
            "Marieke de Groot, a professor of international law at Leiden University, said a final judgment on the "
            "merits could take another three years.",
            "Mykola Bondarenko, whose brother was killed in the fighting in eastern Ukraine in 2014, said he had "
            "waited a decade for a court to listen.",
            'Human Rights Watch said the ruling showed that "no state is above the conventions it signs".',
        ),
        [
            ("would hear", "International Court of Justice", "institution", ""),
            ("judicial means", "Teresa Alvarado Ruiz", "official", "International Court of Justice"),  # president
            ("first step towards", "Oleksandra Hrytsenko", "official", "Ukraine"),  # deputy foreign minister
            ("technicality", "Oleksandra Hrytsenko", "official", "Ukraine"),  # deputy foreign minister
            ("political pressure", "Russia's foreign ministry", "institution", ""),
            ("legally flawed", "Gennady Kuzmin", "official", "Russia"),  # ambassador
            ("never paid", "Gennady Kuzmin", "official", "Russia"),  # ambassador
            ("three years", "Marieke de Groot", "analyst", "Leiden University"),  # law professor
            ("waited a decade", "Mykola Bondarenko", "other", ""),  # victim's brother
            ("above the conventions", "Human Rights Watch", "institution", ""),
        ],
    ),
    (
        (
            "BOGOTA (Reuters) - The National Popular Front (FPN), Colombia's second-largest rebel group, said on "
            "Saturday it would free 12 soldiers it has held since March and observe a 30-day ceasefire over "
            "Christmas.",
            '"We take this step as a sign of goodwill, not of weakness," the group\'s spokesman, Andrés Ríos, said in '
            "a video posted online, reading from a statement in front of a green flag.",
            "Ríos said the soldiers would be handed over to a commission of the Catholic Church and the International "
            "Committee of the Red Cross in the province of Arauca.",
            "Colombia's peace commissioner, Luisa Fernanda Ortega, said the government welcomed the release but would "
            "not suspend military operations until the group stopped recruiting children.",
            "Defence Minister Jorge Iván Salcedo said troops had killed four rebels in a clash in Cauca on Thursday.",
            "Army commander General Néstor Cárdenas told reporters in Arauca that his troops would guarantee a safe "
            "corridor for the handover.",
            'The International Committee of the Red Cross said in a statement that it was ready to help "if both '
            'parties request it".',
            "Lorena Mejía, whose son is among the captive soldiers, told Caracol Radio she had not heard his voice for "
            "nine months.",
            "Camilo Estrada, a conflict analyst at the Bogota think tank Fundación Paz y Territorio, said the rebels "
            "were trying to win a seat at the negotiating table before next year's election.",
        ),
        [
            ("12 soldiers", "National Popular Front", "institution", ""),
            ("not of weakness", "Andrés Ríos", "other", "National Popular Front"),  # rebel spokesman
            ("handed over", "Andrés Ríos", "other", "National Popular Front"),  # rebel spokesman
            ("recruiting children", "Luisa Fernanda Ortega", "official", "Colombia"),  # peace commissioner
            ("killed four rebels", "Jorge Iván Salcedo", "official", "Colombia"),  # defence minister
            ("safe corridor", "Néstor Cárdenas", "official", ""),  # army commander
            ("both parties request", "International Committee of the Red Cross", "institution", ""),
            ("nine months", "Lorena Mejía", "other", ""),  # captive soldier's mother
            ("negotiating table", "Camilo Estrada", "analyst", "Fundación Paz y Territorio"),  # conflict analyst
        ],
    ),
]
