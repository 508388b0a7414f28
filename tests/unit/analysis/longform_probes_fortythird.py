"""A forty-third batch of fictional stories for probing the quotes, in the manner of the ENGLISH-LANGUAGE PRESS OF
PAKISTAN, BANGLADESH, NIGERIA, KENYA AND GHANA (long paragraphs, long chains of titles, honorifics before names,
several speakers a block, the cue turns of that press: "he maintained", "she opined", "lamented", "vowed", "averred",
"disclosed", "said while addressing a press conference", "while talking to media persons", "who spoke with our
correspondent", "the governor, who was represented by his deputy, said"): a pipeline fire in a Nigerian-style state
(a police spokesman who "confirmed the incident to" the paper, a statement "signed by" a company's manager, a minister
of state with "Chief", a party's publicity secretary, a marketers' union chairman, a community leader with "Alhaji"),
a water shortage in a Pakistani-style city (a minister "while addressing a press conference", a trader "while talking
to media persons", "Chaudhry", "Syed" and "Begum" in names, an engineer with "Engr."), a nurses' strike in a
Kenyan-style county (a union secretary-general who "vowed", a governor "represented by his deputy", a legislator with
"Hon.", a patient "who spoke with our correspondent") and a road and chieftaincy dispute in a Ghanaian-style district
(a chief with "Nana", a district chief executive who "averred", a lawyer with "Barr.", a statement signed by a
regional minister's aide, a market queen). Written for these tests; none is taken from any corpus, and every person,
town, state, party, union and company in them is made up. The gold is in test_longform_probes_fortythird.py."""

from __future__ import annotations

UMUAGBA_FIRE: tuple[str, ...] = (
    "Pipeline fire: Residents flee as blaze razes 40 shops in Umuagba",
    "No fewer than 40 shops and two residential buildings were on Tuesday razed when a fire broke out at a vandalised "
    "section of a petroleum products pipeline in the Umuagba community of Ebomere Local Government Area of Okoroma "
    "State.",
    "The state Police Public Relations Officer, SP Ifeoma Nwachukwu, who confirmed the incident to our correspondent "
    "on Wednesday, said two suspects had been arrested in connection with the incident. She disclosed that the "
    "suspects were found with jerrycans and a hose at the scene.",
    "“The command has deployed a tactical team to the area to forestall any breakdown of law and order. We urge "
    "residents to go about their lawful businesses,” she said.",
    "In a statement signed by its General Manager, Corporate Communications, Mr Emeka Obiorah, the Delta Basin "
    "Pipelines Company said the fire was caused by vandals who had tapped the line overnight. The company maintained "
    "that the line had been shut down before the explosion and vowed to assist the affected families.",
    "“We condemn in strong terms this economic sabotage, which has continued to deprive the nation of revenue,” the "
    "statement read.",
    "The Minister of State for Petroleum Resources, Chief Adebayo Olufemi-Daramola, who visited the scene on "
    "Wednesday, lamented that vandalism had cost the country billions of naira. He averred that the Federal "
    "Government would not fold its arms while criminals destroyed national assets.",
    "“Anybody caught will face the full wrath of the law. We are working with the security agencies and the host "
    "communities,” the minister said.",
    "But the state Publicity Secretary of the Progressive Alliance Congress, Barr. Tochukwu Anyaegbu, faulted the "
    "minister, saying the government had failed to secure the pipelines for years. He alleged that some security "
    "personnel were conniving with the vandals.",
    "The Chairman of the Okoroma chapter of the Petroleum Retailers Association of Nigeria, Alhaji Musa Danladi, "
    "said filling stations in the state had begun to ration fuel. Danladi, who spoke with our correspondent on "
    "phone, said the price of a litre had risen to N950 in some outlets.",
    "“Our members cannot sell what they do not have. If the depots are not supplied, the queues will return,” "
    "Danladi said.",
    "A community leader, Chief Obinna Eze, who spoke on behalf of the traders, appealed to the government to "
    "compensate them. “Many of us borrowed money to stock our shops. Everything is gone,” he lamented.",
    "A trader, Mrs Ngozi Okafor, said she lost goods worth N3m in the fire.",
    "Reacting, the state Governor, Mr Chukwudi Nnamdi Okonkwo, who was represented by his Deputy, Dr Halima "
    "Yusuf-Bello, said the government would set up a committee to assess the damage. “No one will be left behind,” "
    "he said.",
)

QASIMABAD_WATER: tuple[str, ...] = (
    "Water crisis deepens in Qasimabad as residents stage protest",
    "Residents of several localities of Qasimabad on Monday staged a protest outside the press club against the "
    "acute shortage of water, which they said had continued for over three weeks.",
    "Provincial Minister for Local Government Chaudhry Arshad Mehmood, while addressing a press conference at the "
    "Civil Secretariat, said the shortage was caused by a breakdown at the Kharian pumping station. He maintained "
    "that the repair work would be completed within a week.",
    "“The government is fully aware of the hardships of the people. Water bowsers have been dispatched to the "
    "affected areas on an emergency basis,” the minister said, adding that an inquiry had been ordered.",
    "Qasimabad Water and Sanitation Agency Managing Director Engr. Tariq Nadeem Butt disclosed that the agency had "
    "not received its share of funds for the last two quarters. He opined that the pumping machinery had outlived "
    "its life and needed to be replaced.",
    "“We have been writing to the finance department since January. Without funds we cannot do miracles,” he said.",
    "Opposition leader in the city council Syed Faisal Hussain Shah rejected the minister’s claims, saying the "
    "shortage was the result of mismanagement and corruption. He demanded that the agency’s managing director be "
    "removed.",
    "While talking to media persons, a trader, Muhammad Aslam, said shopkeepers in Anarkali Bazaar were buying "
    "water at Rs2,000 per tanker. “Our children have not bathed for days. Who will listen to us?” he asked.",
    "Begum Shahnaz Akhtar, a member of the provincial assembly from the area, said she had raised the issue on the "
    "floor of the house twice. She vowed to stage a sit-in outside the agency’s head office if the supply was not "
    "restored.",
    "“This is not a political issue. It is a matter of life and death for the people of Qasimabad,” she said.",
    "Meanwhile, the Qasimabad Chamber of Commerce and Industry, in a press release, said the shortage had hit small "
    "industries badly and urged the government to announce a relief package.",
    "A spokesman for the agency said that the supply to Gulshan Colony would be restored by Wednesday evening.",
    "Deputy Commissioner Syed Kamran Ali Naqvi told this reporter that 25 bowsers had been arranged for the "
    "worst-hit localities. He said a control room had been set up at his office to receive complaints.",
)

MERUKI_STRIKE: tuple[str, ...] = (
    "Nurses down tools in Meruki as pay row escalates",
    "Services at the Meruki County Referral Hospital were paralysed on Monday after nurses went on strike over "
    "delayed salaries and promotions.",
    "Speaking to journalists outside the hospital, the Kenya Union of Clinical Nurses Meruki branch secretary-general, "
    "Mr Josphat Kiprono Langat, said the county had ignored a 21-day strike notice issued in August. He vowed that "
    "the nurses would not resume work until all arrears were paid.",
    "“We have been patient for too long. Our members are being thrown out of their houses because they cannot pay "
    "rent,” Mr Langat said. He accused the county’s health department of diverting funds meant for salaries.",
    "Governor Rose Wanjiru Kamau, who was represented by her deputy, Mr Samuel Ndirangu, said the county had "
    "released Sh80 million to clear part of the arrears. “The county government values its health workers and we "
    "urge them to return to work as we address their concerns,” the governor said.",
    "But Meruki Central MP Hon. Dennis Otieno Omondi dismissed the figure as a public relations exercise. He said "
    "the county had failed to remit statutory deductions for over a year.",
    "“You cannot claim to value workers when you deduct from their pay and keep the money,” Mr Omondi said.",
    "County Health Executive Dr Faith Chebet disclosed that patients in critical condition had been transferred to "
    "private hospitals and mission facilities. She appealed to the union to consider the plight of patients.",
    "Ms Grace Achieng, a mother of three who spoke with our correspondent at the hospital’s gate, said her son had "
    "waited for two days without seeing a doctor. “We are poor people. Where do they want us to go?” she posed.",
    "The Council of Governors, in a statement signed by its chairperson, said the National Treasury had delayed "
    "disbursements to counties for three months.",
    "Speaking separately, the National Nurses Welfare Association chairman, Mr Peter Mwangi Gitau, said the strike "
    "would spread to neighbouring counties if the matter was not resolved. “Today it is Meruki, tomorrow it will be "
    "the whole region,” he warned.",
    "Meruki Police Commander Mr Bernard Kipchumba Rotich said officers had been deployed to the hospital to maintain "
    "order, adding that the strike had been peaceful so far.",
)

ASANTEKROM_ROAD: tuple[str, ...] = (
    "Chiefs, traders fault assembly over abandoned Asantekrom road",
    "The chiefs and people of Asantekrom in the Bosomtwe Ahenkro District have expressed frustration over the "
    "abandonment of the 24-kilometre Asantekrom-Nkwanta road, three years after the sod was cut for its "
    "construction.",
    "The Omanhene of the Asantekrom Traditional Area, Nana Kwaku Ofori Atta III, made the call when a delegation of "
    "the Regional Coordinating Council paid a courtesy call on him at his palace. He lamented that pregnant women "
    "died on the road because ambulances could not reach the district hospital during the rainy season.",
    "“We have been to the assembly, we have been to the region, and we have written to Accra. Our people are tired "
    "of promises,” Nana Ofori Atta said.",
    "The District Chief Executive (DCE), Mr Kofi Boateng Agyemang, averred that the contractor had been paid only "
    "30 per cent of the contract sum and had left the site for that reason. He gave an assurance that work would "
    "resume before the end of the year.",
    "“Government is committed to completing the road. Funds have been secured through the road fund and the "
    "contractor will be mobilised back to site soon,” he told the Daily Mirror.",
    "A lawyer and native of the area, Barr. Efua Mensah-Bonsu, opined that the people could sue the assembly for "
    "breach of its statutory duty. She said the community had documented every promise made to it.",
    "The queen mother of the market women, Maame Abena Serwaa, lamented that foodstuffs rotted in the farms "
    "because trucks refused to ply the road. “Our tomatoes go bad before they get to Kumasi,” she said.",
    "In a statement signed by the Public Relations Officer of the Regional Minister, Mr Yaw Owusu Sarpong, the "
    "ministry said it was aware of the concerns and would engage the contractor.",
    "The Assemblyman for the Nkwanta Electoral Area, Mr Isaac Tetteh, who also spoke, said the youth had threatened "
    "to block the road during the next by-election. Tetteh appealed to them to remain calm.",
    "Nana Ofori Atta further disclosed that the traditional council had donated land for a new health post, and "
    "urged the youth to avoid violence. He said: “We will not allow anyone to use this road to divide us.”",
    "The Regional Director of the Highways Development Authority, Engr. Kwame Asiedu Frimpong, explained that the "
    "rains had washed away portions of the gravel already laid. “The road will need fresh engineering work in some "
    "sections,” Engr. Frimpong said.",
)
