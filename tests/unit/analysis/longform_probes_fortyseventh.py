"""A forty-seventh batch of fictional stories for probing the quotes, in the manner of the ENGLISH-LANGUAGE PRESS OF
LATIN AMERICA AND THE CARIBBEAN (MercoPress, the Buenos Aires Times, Mexico News Daily, The Brazilian Report, the
Jamaica Gleaner, the Trinidad and Tobago Guardian): Spanish and Portuguese names with two surnames, accents and
particles ("Lucía Benavídez de la Torre" then "Benavídez", "Maria das Dores Cavalcanti" then "Cavalcanti", "Otávio
Brandão Neto" then "Brandão"), seats of government that speak for the head of state ("the Casa Rosada said",
"Planalto said", "Miraflores said in a statement"), ministries by their local names ("Itamaraty", "the SRE"), Spanish
words left in ("the mañanera", "the governor of the state of Chihuahua"), translated quotes ("according to a
translation by ..."), Caribbean usage ("Prime Minister Dr X", "Opposition Leader X", "Mr X" and "Mrs X" later, "told
the Guardian", "told The Gleaner", "said at a post-Cabinet press briefing"), several speakers a block, pronoun chains
and reported speech. The stories: a cut in Argentina's grain export duties, Brazil weighing a trade challenge to a
European deforestation rule, a Mexican president defending water deliveries under a river treaty, and a cross-border
gas deal between Trinidad and Tobago and Venezuela. Written for these tests; none is taken from any corpus, and every
person, company and group in them is made up. The gold is in test_longform_probes_fortyseventh.py."""

from __future__ import annotations

GRAIN_DUTIES: tuple[str, ...] = (
    "Casa Rosada trims grain export duties as farm groups call for more",
    "The government of President Ricardo Salvatierra will lower export duties on soybeans and corn from next month, "
    "the Casa Rosada said on Monday, in a move that farm groups welcomed as “a first step”.",
    "Economy Minister Martín Alejandro Quiroga Sáenz told a press conference that the cut would cost the Treasury "
    "about US$600 million this year, but that higher sales abroad would make up most of it. “We are giving back to "
    "the countryside what the countryside earns with its own effort,” Quiroga said.",
    "Presidential spokeswoman Lucía Benavídez de la Torre added at her daily briefing that Salvatierra had signed the "
    "decree on Sunday night. Asked whether wheat would follow, she said: “Everything in its time. The numbers have to "
    "close.”",
    "Nicolás Etchegaray Lynch, president of the Argentine Rural Society (SRA), said the cut fell short. “Producers are "
    "still handing a quarter of every soybean to the State. This is relief, not a solution,” Etchegaray told the "
    "Buenos Aires Times. He said the group would keep pressing for the duties to be scrapped by the end of the term.",
    "The governor of the province of Córdoba, Gustavo Ariel Peralta, went further. Speaking to local radio Cadena "
    "Serrana, he said the provinces that grow the grain “pay for the party and never get invited”. “Córdoba sends "
    "billions to Buenos Aires and receives crumbs,” Peralta said, according to the interview’s transcript.",
    "Opposition deputy Carla Inés Mansilla Roldán of the Federal Union bloc said the measure had been timed to win "
    "votes in the farm belt before October’s midterm elections. Mansilla said her bloc would demand that Quiroga "
    "explain the cost to Congress.",
    "Economist Tomás Aldao Ferrer of the consultancy Pampa Analytics said the timing made sense because the harvest "
    "was about to peak. “If they wanted dollars in the Central Bank before winter, this was the moment,” he said. "
    "Aldao added that the peso would not be helped much unless exchange controls were lifted.",
    "The IMF, which is reviewing Argentina’s US$20 billion programme, had not replied to questions by late afternoon. "
    "A spokesperson for the Central Bank of the Argentine Republic (BCRA) declined to comment.",
    "Quiroga, asked on Tuesday by reporters outside the ministry whether further cuts were coming, said only that "
    "“the direction is clear”. He did not give a date.",
)

DEFORESTATION_RULE: tuple[str, ...] = (
    "Planalto weighs WTO challenge to EU deforestation rule",
    "Brazil is preparing to challenge the European Union’s new rules on imports linked to deforestation at the World "
    "Trade Organization, Planalto said on Wednesday, as exporters of beef, soy and coffee warned of losses running "
    "into billions of reais.",
    "Foreign Minister Rodrigo Faria Leitão said Itamaraty had sent a formal note to Brussels asking for the rules to "
    "be delayed for Brazilian producers. “Brazil does not accept being treated as a suspect in its own territory,” "
    "Leitão told reporters in Brasília, according to a translation provided by the ministry.",
    "In a statement, Itamaraty said the rules were “unilateral and punitive” and ignored the fall in deforestation "
    "over the past two years.",
    "Agriculture Minister Maria das Dores Cavalcanti, speaking at an event in Goiânia, was more blunt. “If Europe does "
    "not want our beef, China will be happy to buy it,” she said. Cavalcanti said her ministry was already in talks "
    "with buyers in the Middle East and Southeast Asia.",
    "The governor of the state of Mato Grosso, Otávio Brandão Neto, told The Brazilian Report that soy farmers in his "
    "state had spent years registering their land to meet the rules. “We did our homework. Now they move the "
    "goalposts,” Brandão said.",
    "The European Commission said in a written reply that the regulation applied equally to all countries and that "
    "Brazil’s progress on deforestation had been “duly noted”.",
    "Environmental groups were divided. Ana Cláudia dos Reis Moreira, coordinator of the Observatório da Floresta "
    "network, said the challenge would send the wrong signal. “Brazil should be proud of the drop in deforestation, "
    "not hiding behind the WTO,” Moreira said in an interview. She added that illegal clearing in the Cerrado was "
    "still rising.",
    "Senator Fábio Mendes de Albuquerque, who leads the farm caucus in the Senate, said on social media that the "
    "government had “finally woken up”. Albuquerque also urged the government to retaliate by tightening controls on "
    "European cheese and wine.",
    "Asked about the dispute at a press conference, Vice President Helena Castro Vilela said Brazil would “exhaust "
    "every channel of dialogue” before going to Geneva.",
)

RIVER_TREATY: tuple[str, ...] = (
    "Aguirre defends water deliveries to US as Chihuahua farmers protest",
    "President Beatriz Aguirre Villalobos on Thursday defended her government’s decision to send more water to the "
    "United States under a decades-old treaty, saying at her morning press conference that Mexico “honors its word” "
    "even in a drought.",
    "“We are not giving away water. We are paying a debt that previous governments let grow,” Aguirre said at the "
    "mañanera, according to a translation by Mexico News Daily. She said the deliveries would come mostly from dams in "
    "Tamaulipas and not from Chihuahua.",
    "Farmers in Chihuahua, who blocked a highway near Delicias for the third day, disagreed. Their leader, Rogelio "
    "Chávez Armendáriz, told reporters that farmers had “nothing left to give”. “They are taking the water from our "
    "children to keep the gringos happy,” Chávez said.",
    "The governor of the state of Chihuahua, Mariana Quezada Terrazas, said in a video posted on X that she had asked "
    "the federal government to guarantee that no water would be taken from the Las Garzas dam. “Chihuahua has already "
    "given enough,” Quezada said. She said state police would not be used to clear the blockade.",
    "Foreign Affairs Secretary Arturo Villaseñor said the SRE had agreed with the US State Department on a schedule of "
    "deliveries through October. He told the Senate’s foreign relations committee that Washington had “understood our "
    "situation” and had not threatened tariffs.",
    "In Washington, the State Department said in a statement that it welcomed “Mexico’s commitment to meet its treaty "
    "obligations”.",
    "Water expert Dr. Elena Ruvalcaba of the National Autonomous University of Mexico (UNAM) said both governments "
    "were managing an old treaty in a new climate. “The treaty assumes rivers that no longer exist,” Ruvalcaba said, "
    "adding that it should be renegotiated.",
    "Senator Luis Ángel Fonseca of the opposition National Action Party (PAN) accused the president of “kneeling "
    "before Washington”. Aguirre, asked about his remarks, replied: “The senator can go to Chihuahua and explain to "
    "farmers why his party let the debt grow.”",
    "The National Water Commission (Conagua) said the country’s reservoirs were at 41% of capacity, the lowest level "
    "in a decade.",
)

GAS_FIELD: tuple[str, ...] = (
    "T&T, Venezuela sign deal on cross-border gas field",
    "Trinidad and Tobago and Venezuela yesterday signed an agreement to jointly develop the Manatí cross-border gas "
    "field, Prime Minister Dr Anselm Baptiste said at a post-Cabinet press briefing at the Diplomatic Centre, St ",
    "Ann’s.Dr Baptiste said the first gas could flow by 2029 and would help the country’s LNG plants, which have been "
    "running below capacity for years. “This is not a favour from anyone. It is a commercial arrangement that serves "
    "both peoples,” he said. He said the United States had been kept informed “at every step”.",
    "In Caracas, Miraflores said in a statement that the deal showed Venezuela remained “a reliable energy partner for "
    "the Caribbean”. Venezuelan Oil Minister Héctor Guzmán Urdaneta, who signed for Caracas, said the deal would bring "
    "more than US$1 billion in investment.",
    "Opposition Leader Sharon Ramdass-Maharaj said the Government had put the country at risk of US sanctions. “The "
    "Prime Minister is gambling with the livelihoods of our people,” Mrs Ramdass-Maharaj told the Guardian. She called "
    "on the Government to lay the agreement in Parliament.",
    "Energy Minister Stuart Ali-Hosein told reporters that the Office of Foreign Assets Control had issued a licence "
    "covering the project, a copy of which he said would be published. Mr Ali-Hosein said the operator, Atlantic Gulf "
    "Energy, would begin drilling next year.",
    "Energy economist Dr Roger Hosang, a lecturer at the University of the West Indies (UWI), told the Guardian the "
    "deal was “a lifeline” for the Point Lisas industrial estate but warned that it depended on politics in "
    "Washington. “One change of mind in the White House and the whole thing freezes,” Dr Hosang said.",
    "In Kingston, Jamaica’s Foreign Affairs Minister Dr Paulette Whyte-Campbell told The Gleaner that Jamaica would "
    "watch the deal closely as it looks for gas supplies for its own power plants. “Regional energy security is in "
    "everybody’s interest,” she said.",
    "CARICOM Secretary-General Dr Errol Blackman said in a statement that the region had always been a zone of peace.",
    "Not everyone was convinced. Fisherfolk in Cedros, who have complained of oil spills from across the Gulf of "
    "Paria, said they had not been consulted. “Nobody came to ask us anything,” said Cedros Fisherfolk Association "
    "president Ramesh Baboolal, 58.",
)
