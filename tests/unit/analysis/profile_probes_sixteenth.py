"""The sixteenth round of blind profile probes: fictional world news wire stories (datelines, short paragraphs,
reported and direct speech) on subjects earlier rounds used little (a UN agency's aid convoy held at a checkpoint, a
border clash, a disputed presidential count, a hostage release through a mediator state, an earthquake response, a
two-leader summit, a trial at an international tribunal, a central bank's emergency rate rise abroad), written in
shapes earlier rounds used little (a title before the name, "Foreign Minister X"; "a spokesman for the ministry";
"the ministry said"; nationality adjectives, "the Kenyan president"; "officials said"; initials after a full name and
then alone; an army general by rank and name; a senior official "who spoke on condition of anonymity"), and for each
quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixteenth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation), written before
#: the stories were run. An affiliation left empty is not checked, as the scorer checks none. A minister, a president,
#: an envoy, an army general, a civil protection chief, a mayor, an electoral commission's chair, a central bank
#: governor, a prosecutor and the staff of a UN agency or of a regional bloc's observer mission are officials (a
#: minister or head of state affiliated to the state, a mayor to the town, staff to their body); a rebel commander, an
#: opposition candidate, a villager, a hostage's relative, a defence lawyer and a Red Cross spokeswoman are `other`;
#: a think-tank analyst, a rights group's researcher and a bank's economist are analysts; "officials said", an aid
#: worker left unnamed, "a spokesman for the ministry" and an official speaking on condition of anonymity are
#: unnamed. A body speaking as itself is keyed by the fullest name the article gives it, also where the sentence uses
#: its initials or "the agency"; a body's staff are affiliated to its full name. One entry was set right after the
#: first run, where the blind gold had left out a quote the guidelines count: prosecutors who "asked judges … to
#: sentence" a man make a demand in court, as "urge" and "call for" do (a group, so unnamed).
STORIES = [
    (
        (
            "JUBA, South Sudan (Reuters) - A convoy of 32 trucks carrying sorghum and cooking oil has been held at a "
            "checkpoint near the town of Kapoeta for nine days, the World Food Programme (WFP) said on Friday.",
            "Mette Halvorsen, the WFP's country director for South Sudan, said the food was meant for 60,000 people "
            "in camps around Kapoeta who had received nothing since March.",
            '"Every day these trucks sit at the roadside, children go hungry," Halvorsen told reporters in Juba.',
            "Government spokesman Michael Lado Wani said the convoy had not completed customs paperwork and would be "
            "allowed through once it did.",
            "Peter Akol Deng, a commander of the rebel Equatoria Liberation Movement, said by telephone that his "
            "fighters had not threatened any drivers.",
            "An aid worker in Kapoeta, who asked not to be named for safety reasons, said two drivers had been beaten "
            "at the checkpoint last week.",
            "The agency said it had enough food in the country to last only until the end of July.",
        ),
        [
            ("32 trucks", "World Food Programme", "institution", ""),
            ("60,000 people", "Mette Halvorsen", "official", "World Food Programme"),
            ("children go hungry", "Mette Halvorsen", "official", "World Food Programme"),
            ("customs paperwork", "Michael Lado Wani", "official", ""),
            ("threatened any drivers", "Peter Akol Deng", "other", "Equatoria Liberation Movement"),
            ("two drivers had been beaten", "", "unnamed", ""),
            ("end of July", "World Food Programme", "institution", ""),
        ],
    ),
    (
        (
            "BANGKOK (AFP) - Two Thai soldiers were killed and five wounded in an exchange of fire with Cambodian "
            "troops near a disputed hilltop temple on Wednesday, Thailand's defence ministry said in a statement.",
            "Lt. Gen. Somchai Ratanakorn, commander of the army's Second Region, told reporters that Cambodian troops "
            "had fired first with rocket-propelled grenades.",
            '"We responded in proportion and we will defend every metre of our territory," Ratanakorn said.',
            "A spokesman for the Cambodian defence ministry said Thai forces had crossed into Cambodian territory and "
            "opened fire on a patrol.",
            "Boonmee Saelim, a rice farmer whose village lies two kilometres from the temple, said families had "
            "spent the night in a school.",
            "Ananya Vichit, a security analyst at the Institute of Security and International Studies, a Bangkok "
            "think tank, said neither government wanted a war but both faced pressure from nationalists at home.",
            "Officials said talks between local commanders would be held on Friday.",
        ),
        [
            ("exchange of fire", "Thailand's defence ministry", "institution", ""),
            ("fired first", "Somchai Ratanakorn", "official", "Second Region"),
            ("every metre", "Somchai Ratanakorn", "official", "Second Region"),
            ("crossed into Cambodian territory", "", "unnamed", ""),
            ("night in a school", "Boonmee Saelim", "other", ""),
            (
                "pressure from nationalists",
                "Ananya Vichit",
                "analyst",
                "Institute of Security and International Studies",
            ),
            ("local commanders", "", "unnamed", ""),
        ],
    ),
    (
        (
            "LILONGWE, Malawi (Reuters) - Malawi's opposition rejected the result of last week's presidential election "
            "on Monday after the Malawi Electoral Commission (MEC) declared President Joseph Kalulu the winner with "
            "51.2 percent of the vote.",
            "Justice Chifundo Mbewe, the MEC's chairwoman, said the count had been checked twice and that the "
            "commission stood by its figures.",
            '"We will not be intimidated into changing the numbers," Mbewe told a news conference.',
            "Opposition candidate Grace Nyirenda, who came second with 46 percent, said her agents had been thrown out "
            "of 300 polling stations.",
            '"This election was stolen in broad daylight," Nyirenda told supporters in Blantyre.',
            "Observers from the Southern African Development Community (SADC) said in a preliminary report that voting "
            "had been largely peaceful.",
            "Frederick Mwansa, who heads the SADC observer mission, said the commission should publish the results of "
            "each polling station.",
            "The commission said the results of each station would be posted online by Wednesday.",
            "The Malawian president called for calm in a radio address on Tuesday, saying the courts were open to "
            "anyone with a complaint.",
        ),
        [
            ("checked twice", "Chifundo Mbewe", "official", "Malawi Electoral Commission"),
            ("changing the numbers", "Chifundo Mbewe", "official", "Malawi Electoral Commission"),
            ("300 polling stations", "Grace Nyirenda", "other", ""),
            ("broad daylight", "Grace Nyirenda", "other", ""),
            ("largely peaceful", "", "unnamed", ""),
            ("should publish", "Frederick Mwansa", "official", "Southern African Development Community"),
            ("posted online", "Malawi Electoral Commission", "institution", ""),
            ("courts were open", "Joseph Kalulu", "official", "Malawi"),
        ],
    ),
    (
        (
            "PARIS (AP) - Two French aid workers held for 14 months by gunmen in northern Mali were freed on Saturday "
            "after mediation by Qatar, France's foreign ministry said.",
            "Foreign Minister Claire Dumont said the two women were in good health and would land at an air base near "
            "Paris on Sunday.",
            "Qatar's special envoy for mediation, Mohammed bin Khalid Al-Sulaiti, said the release had followed "
            "months of contact with the kidnappers through tribal elders.",
            '"Patience was the key," Al-Sulaiti told Al Jazeera television.',
            "Julien Marchal, the brother of one of the women, told France Info radio that the family had never "
            "stopped believing she would come home.",
            "A spokesman for the ministry said no ransom had been paid.",
            "The ministry said it continued to advise French citizens against all travel to northern Mali.",
        ),
        [
            ("14 months", "France's foreign ministry", "institution", ""),
            ("good health", "Claire Dumont", "official", "France"),
            ("tribal elders", "Mohammed bin Khalid Al-Sulaiti", "official", "Qatar"),
            ("Patience was the key", "Mohammed bin Khalid Al-Sulaiti", "official", "Qatar"),
            ("never stopped believing", "Julien Marchal", "other", ""),
            ("no ransom", "", "unnamed", ""),
            ("against all travel", "France's foreign ministry", "institution", ""),
        ],
    ),
    (
        (
            "ROME (Reuters) - A magnitude 6.1 earthquake struck the mountains of central Italy before dawn on Sunday, "
            "killing at least 38 people and leaving thousands homeless, officials said.",
            "Stefano Marchetti, head of the Civil Protection Department, said rescuers were still searching the rubble "
            "of two hotels in the village of Castelnuovo.",
            "Elena Russo, a spokeswoman for the Italian Red Cross, said 400 volunteers were helping to run tent camps "
            "for about 5,000 people.",
            '"People are afraid to go back inside, even where the houses are standing," Russo said.',
            "Mayor Giovanni Pace of Castelnuovo said half of the town's historic centre had collapsed.",
            '"The town as it was no longer exists," Pace told RAI television.',
            "Prime Minister Laura Bellini, who flew over the area by helicopter, said the government would declare a "
            "state of emergency and release 50 million euros at once.",
        ),
        [
            ("at least 38 people", "", "unnamed", ""),
            ("two hotels", "Stefano Marchetti", "official", "Civil Protection Department"),
            ("400 volunteers", "Elena Russo", "other", "Italian Red Cross"),
            ("afraid to go back", "Elena Russo", "other", "Italian Red Cross"),
            ("historic centre", "Giovanni Pace", "official", "Castelnuovo"),
            ("no longer exists", "Giovanni Pace", "official", "Castelnuovo"),
            ("state of emergency", "Laura Bellini", "official", "Italy"),
        ],
    ),
    (
        (
            "JAKARTA (Reuters) - Indonesian President Bima Santoso and Brazilian President Carlos Andrade agreed on "
            "Tuesday to double trade between their countries to $20 billion by 2030.",
            "Santoso told a joint news conference that the two countries would also work together on nickel "
            "processing and biofuels.",
            '"Our two nations feed the world and power its cars," the Indonesian president said.',
            "Andrade said Brazil wanted Indonesia to join a group of tropical forest nations that would seek payment "
            "for protecting rainforests.",
            "A senior Indonesian official, who spoke on condition of anonymity because the talks were private, said "
            "the two sides had failed to agree on beef import quotas.",
            "Brazil's ambassador to Indonesia, Luiza Ferraz, said the visit was the first by a Brazilian head of state "
            "in eleven years.",
            "Dewi Kartika, a foreign policy researcher at the Centre for Strategic and International Studies in "
            "Jakarta, said the deal gave both leaders a way to show they were not choosing between Washington and "
            "Beijing.",
        ),
        [
            ("nickel processing", "Bima Santoso", "official", "Indonesia"),
            ("feed the world", "Bima Santoso", "official", "Indonesia"),
            ("tropical forest nations", "Carlos Andrade", "official", "Brazil"),
            ("beef import quotas", "", "unnamed", ""),
            ("eleven years", "Luiza Ferraz", "official", "Brazil"),
            ("not choosing between", "Dewi Kartika", "analyst", "Centre for Strategic and International Studies"),
        ],
    ),
    (
        (
            "THE HAGUE (AP) - Prosecutors at the International Criminal Court asked judges on Monday to sentence a "
            "former militia leader from the Central African Republic to 25 years in prison.",
            "Deputy Prosecutor Helen Marsh told the judges that the accused, Armand Yakite, had ordered attacks on "
            "seven villages in 2014.",
            '"These were not the acts of a soldier at war, but of a man who chose his victims by their faith," Marsh '
            "said.",
            "Yakite's lawyer, Pierre-Olivier Fabre, said his client had never commanded the fighters who carried out "
            "the attacks and should be acquitted.",
            "Fabre said the prosecution had relied on witnesses who were paid for their testimony.",
            "Nadia Benali, a researcher at Human Rights Watch, said the trial was the first for crimes against "
            "Muslims in the conflict.",
            "The court said a verdict was expected early next year.",
        ),
        [
            ("25 years in prison", "", "unnamed", ""),  # "asked judges to sentence": set after the run
            ("seven villages", "Helen Marsh", "official", "International Criminal Court"),
            ("chose his victims", "Helen Marsh", "official", "International Criminal Court"),
            ("should be acquitted", "Pierre-Olivier Fabre", "other", ""),
            ("paid for their testimony", "Pierre-Olivier Fabre", "other", ""),
            ("crimes against Muslims", "Nadia Benali", "analyst", "Human Rights Watch"),
            ("early next year", "International Criminal Court", "institution", ""),
        ],
    ),
    (
        (
            "ACCRA (Reuters) - The Bank of Ghana raised its main interest rate by 500 basis points to 32 percent at an "
            "unscheduled meeting on Thursday, after the cedi lost a fifth of its value against the dollar in a month.",
            "Governor Kwame Asante-Boateng said the bank would use every tool it had to halt the slide and bring "
            "inflation back to single digits.",
            '"We will not allow the currency to collapse on our watch," Asante-Boateng told a news conference.',
            "Finance Minister Abena Darko said the government would cut spending by 2 percent of GDP this year and had "
            "asked the International Monetary Fund for an early review of its loan programme.",
            "The IMF said in a statement that its staff were in close contact with the authorities.",
            "Olumide Adeyemi, chief Africa economist at Standard Chartered, said the rise was larger than markets had "
            "expected but might not be enough on its own.",
            "Traders in Accra said the cedi recovered about 4 percent after the decision.",
        ),
        [
            ("single digits", "Kwame Asante-Boateng", "official", "Bank of Ghana"),
            ("on our watch", "Kwame Asante-Boateng", "official", "Bank of Ghana"),
            ("2 percent of GDP", "Abena Darko", "official", "Ghana"),
            ("close contact", "International Monetary Fund", "institution", ""),
            ("enough on its own", "Olumide Adeyemi", "analyst", "Standard Chartered"),
            ("recovered about 4 percent", "", "unnamed", ""),
        ],
    ),
]
