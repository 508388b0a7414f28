"""A sixty-second batch of fictional stories for probing the quotes, in the manner of MIGRATION AND REFUGEE REPORTING
from borders, camps and asylum courts as the wires, web features and the world desks of broadsheets write it: people
quoted through an interpreter ("she said through an interpreter", "he said via a translator", "she said in Spanish"),
by a first name only or a pseudonym ("who asked to be identified only by her first name", "Amal, not her real name,
arrived", "who gave his name as Moussa"), by a description and no name ("a 19-year-old from Nyala", "a woman from Ivory
Coast"); aid workers of charities, the spokesperson of an agency that runs camps, border guards, an interior minister
and a home secretary, an asylum lawyer, a judge's written ruling, the mayor of a border town or an island; groups that
speak ("residents said", "migrants said", "aid groups warned"); several speakers in one long block. The stories: the
forest on Poland's border with Belarus, a camp in eastern Chad, an age-assessment appeal in a London tribunal, boats
landing on Lampedusa and a shelter in Ciudad Juárez where asylum seekers wait on an app. Written for these tests; none
is taken from any corpus, and every person, charity, shelter and camp in them is made up (the countries, places and
kinds of bodies are real). Run blind: 16 wrong quotes of 69 required, 15 after one gold slip (see the test)."""

from __future__ import annotations

FOREST: tuple[str, ...] = (
    "In the forest on Poland’s eastern edge, migrants wait out the cold and the guards",
    "HAJNÓWKA, Poland (Reuters) — The young man from Yemen had been in the forest for nine days when volunteers found "
    "him under a spruce, his feet swollen and his phone dead. “I drank water from the marsh. I thought I would die "
    "there,” he said through an interpreter, asking that his name not be used because his asylum claim is pending.",
    "Poland’s Border Guard said on Tuesday that it had recorded more than 400 attempts to cross from Belarus in the "
    "past week, most of them at night and in groups of ten to thirty people.",
    "Lieutenant Marta Zielonka-Brandt, a spokeswoman for the guard’s Podlasie division, told reporters at the crossing "
    "in Białowieża that patrols had been doubled. “We are not the enemy of these people. We are the border,” she said. "
    "“Those who need protection can ask for it at a crossing point, legally.”",
    "Aid workers say that is not what happens. Ewa Kormoran-Lis, who coordinates the night teams of the charity Open "
    "Forest, said volunteers had documented 37 pushbacks since August, including of families with small children. "
    "“They are picked up, put in a van and left on the other side of the fence. Some of them we meet three or four "
    "times,” she said.",
    "Open Forest said in a statement that two of the people its teams found last month had later died in hospital of "
    "hypothermia.",
    "Interior Minister Tadeusz Wrona-Kalisz defended the policy in parliament, saying Belarus was “using human beings "
    "as a weapon” and that Poland would not “open the gate to blackmail.” He denied that the guard returned people who "
    "had asked for asylum. “Every request is registered. Every one,” he told lawmakers.",
    "The young man from Yemen, who is 23, said he had paid a smuggler $4,000 in Minsk for what he was told would be a "
    "two-hour walk. He asked to be called Nabil. “They lied about everything. The walk, the weather, the Polish side,” "
    "Nabil said.",
    "The mayor of Hajnówka, Piotr Sadowiec-Ryba, said the town of 20,000 had grown used to the sound of helicopters at "
    "night. “People here are divided. Some leave soup on the fence, some call the guard,” he said. Residents said they "
    "were tired of the checkpoints on the roads into the forest.",
    "The European Commission said last month that it was examining reports of pushbacks, and a spokesperson for the "
    "refugee agency of the United Nations in Warsaw, Iwona Castellan-Mróz, said the right to seek asylum “does not end "
    "at a fence.”",
)

CAMP: tuple[str, ...] = (
    "At a camp on Chad’s eastern border, rations are cut and the rains are coming",
    "KOULONGO, Chad — Halima counts the days by the sacks. The last one, she said through an interpreter, came on the "
    "3rd of the month, and it was half the size of the one before. “The children ask for bread and I tell them "
    "tomorrow. Tomorrow is a lie I tell every day,” said Halima, 34, a mother of three from El Geneina who asked to be "
    "identified only by her first name.",
    "The camp, home to about 48,000 people who fled the fighting in Sudan’s Darfur region, is one of a dozen along the "
    "border that rely on food from the International Displacement Agency, the U.N.-backed body that runs them with the "
    "Chadian government. The agency said in a statement last week that it had been forced to cut rations by 40 "
    "percent because donors had provided only a fifth of the money it had asked for this year.",
    "“We are choosing between feeding people now and feeding them in three months,” Sébastien Okonjo-Vallet, the "
    "agency’s spokesperson in N’Djamena, told reporters by phone. “No one should have to make that choice, and yet we "
    "make it every week.”",
    "In the clinic run by the charity Mercy Wells at the edge of the camp, a nurse, Achta Mahamat-Zene, said cases of "
    "acute malnutrition among children under five had doubled since March. “We had twelve beds. Now we have thirty, "
    "and children sleep two to a bed,” she said. The clinic’s director, Dr. Olivier Brandstetter-Kane, said the "
    "charity had enough therapeutic food for six weeks. “After that, I do not know. I really do not know,” he said. A "
    "19-year-old from Nyala, who gave his name only as Abakar, said he walked to the clinic every morning to carry "
    "water for the nurses because there was no work in the camp. “If I sit, I think. If I think, I want to go back and "
    "fight,” he said through an interpreter. Women in the queue said they had not seen a food distribution in three "
    "weeks.",
    "Chad’s minister for humanitarian action, Mariam Djibrine-Oumar, said at a news conference in N’Djamena that the "
    "country had “done more than its share” and called on donors to keep their promises. “Chad is not rich. We have "
    "opened our doors, our schools, our wells. The world must not close its wallet,” she said.",
    "Amal, not her real name, arrived in Koulongo in May with her two daughters after, she said, men in uniform burned "
    "her village. She asked that her name be changed because her husband is still in Sudan. “I do not know if he is "
    "alive. Every night I look at the phone,” she said.",
    "Aid groups warned that the rains, due in July, would cut the road from Abéché for weeks. “When the wadis fill, "
    "nothing moves. Not trucks, not people, not medicine,” said Hissein Adoum-Kerr, a logistics officer for the "
    "charity Sahel Bridge.",
)

TRIBUNAL: tuple[str, ...] = (
    "Tribunal rules Eritrean teenager was wrongly assessed as an adult",
    "LONDON — An asylum seeker from Eritrea who was sent to a hotel for adults after officials judged him to be 25 was "
    "in fact a child of 16, a tribunal ruled on Thursday, in a decision his lawyers said could affect hundreds of "
    "similar cases.",
    "Judge Helen Ashworth-Nnadi, sitting in the Upper Tribunal’s immigration and asylum chamber, wrote that the Home "
    "Office’s assessment had been “cursory, careless and conducted in under an hour by two officers who did not speak "
    "his language.” The young man, identified in the ruling only as S.T., had arrived on a small boat in Kent in "
    "March.",
    "“The appellant’s account of his schooling was consistent, detailed and supported by a baptismal record,” the "
    "judge wrote. “The respondent gave that record no weight at all, and gave no reason for doing so.”",
    "His solicitor, Nadia Farrokhzad-Pyle of the firm Pyle Hart Migration, said outside the court that S.T. had spent "
    "seven months sharing a room with three grown men. “He was a boy who was treated as a man because it was quicker. "
    "That is what this judgment says,” she said.",
    "A Home Office spokesperson said in a statement that the department was “carefully considering the judgment” and "
    "that age assessments were “a difficult but necessary safeguard to protect children from adults posing as "
    "minors.”",
    "S.T., speaking to reporters through an interpreter after the hearing, said he wanted to go back to school. “In "
    "Eritrea I was in the ninth grade. Here they told me I was an old man,” he said, laughing. “I am not an old man.”",
    "The Home Secretary, Graham Thistlewood-Oyelaran, told the House of Commons last month that the number of adults "
    "claiming to be children had “risen sharply” and that the government would introduce scientific age checks, "
    "including X-rays of wrists and teeth.",
    "Refugee groups criticised the plan. Dr. Kofi Lindqvist-Amoah, a paediatrician at St. Anselm’s Hospital in Leeds "
    "who has studied age assessment, said no test could tell a 17-year-old from a 19-year-old with any certainty. “The "
    "science is simply not there. An X-ray gives you a range of five years,” he said.",
    "The charity Safe Passage Children, which supported S.T. through the appeal, said in a statement that at least 240 "
    "children had been wrongly placed in adult accommodation last year. Its director, Ruth Ogundipe-Marsh, said the "
    "ruling should be “a turning point.” “Every one of those children was let down by a system that guessed,” she "
    "said.",
)

ISLAND: tuple[str, ...] = (
    "Boats keep coming to Lampedusa as Italy and Tunisia trade blame",
    "LAMPEDUSA, Italy (AP) — More than 1,900 migrants reached this small Italian island in 48 hours, the coast guard "
    "said Saturday, filling the reception centre to four times its capacity as calm seas brought a wave of boats from "
    "Tunisia and Libya.",
    "The island’s mayor, Salvatore Lo Cascio-Benni, said its 6,000 residents could not keep doing the state’s job. “We "
    "have done it for twenty years with our own hands. Fishermen pull people out of the water before the patrol boats "
    "arrive,” he told The Associated Press. “Rome sends us speeches. We need ships.”",
    "Among those who arrived on Friday was a 17-year-old from Guinea who gave his name as Moussa. He said via a "
    "translator that the boat had left Sfax with 42 people and that the engine stopped twice. “Water came in and we "
    "used our shoes to throw it out,” he said.",
    "A woman from Ivory Coast, holding a baby wrapped in a foil blanket, said she had spent four months in Tunisia "
    "after being robbed at the Algerian border. She would not give her name. “In Tunisia they chase us from the "
    "streets. I could not stay,” she said in French.",
    "Migrants said Tunisian police had stepped up raids in Sfax in recent weeks, pushing many to leave sooner. "
    "Tunisia’s interior ministry denied the reports. Ministry spokesman Faouzi Ben Salah-Rekik said in a statement "
    "that Tunisian forces had “saved thousands of lives at sea” and that the country would not be “Europe’s border "
    "guard.”",
    "Italy’s interior minister, Carla Benedetti-Ruoppolo, said on Saturday that the government would ask the European "
    "Union for an emergency meeting. “Italy cannot be Europe’s only port. Solidarity is not a word for speeches, it is "
    "a number of ships and a number of places,” she told a news conference in Rome.",
    "Captain Davide Orsingher-Pala of the coast guard said crews had carried out 64 rescues since Thursday, some of "
    "them 50 nautical miles south of the island. “The boats are worse than last year. Thin metal, welded in a hurry. "
    "They sink like stones,” he said.",
    "Giulia Ferrante-Oduya of Blue Line Watch, an aid group that runs a phone line for boats in distress, said her "
    "volunteers had passed on 31 calls for help on Friday alone. “Some calls last ten seconds. Then the line goes dead "
    "and we never learn what happened,” she said.",
    "Residents said the island’s summer season had suffered. “Tourists see the news and book Sardinia instead,” said "
    "Rosaria Mangiaracina-Voss, who runs a bed-and-breakfast near the harbour. “But when a boat comes in, we all go "
    "down to the port. That is Lampedusa too.”",
)

SHELTER: tuple[str, ...] = (
    "Waiting on an app: at a Juárez shelter, asylum seekers refresh their phones and hope",
    "CIUDAD JUÁREZ, Mexico — Every morning at nine, the 60 adults in the Casa del Camino shelter take out their phones "
    "at once. They are trying to get one of the few daily appointments that U.S. authorities give out through an app "
    "to people who want to ask for asylum at the border. “It is like a lottery where the prize is permission to ask "
    "for help,” said the Rev. Tomás Villaseñor-Ruiz, the Methodist pastor who has run the shelter for eleven years. "
    "“Some people win in a week. Some have been here seven months.” Yesenia, a mother of three from Honduras who asked "
    "that her last name not be used because she fears the gang she fled, has tried every day since February. “My son "
    "says, Mami, today? And I say, maybe tomorrow,” she said in Spanish. Her eldest, a 12-year-old, now helps other "
    "families fill in the forms. “He is faster than me on the phone,” she said, smiling.",
    "U.S. Customs and Border Protection said in a statement that the app had been used to schedule more than 400,000 "
    "appointments since it was launched and that it had “reduced dangerous crossings between ports of entry.” The "
    "agency said it was working to fix the glitches that users complained about, including a face-recognition step "
    "that often fails for people with darker skin.",
    "Across the river in El Paso, Texas, immigration lawyer Daniela Strickland-Obregón said the app had turned a legal "
    "right into a test of patience and of phone batteries. “The law says anyone who arrives can ask for asylum. It "
    "does not say, anyone who wins the app,” she said. She said most of her clients had waited between three and six "
    "months. A Border Patrol agent, who spoke on condition of anonymity because he was not authorized to talk to "
    "reporters, said crossings between ports had fallen in his sector but had not stopped. “The ones who cross now "
    "are the ones who have given up on the phone,” he said. The mayor of Ciudad Juárez, Arturo Quezada-Lomelí, said "
    "the city was paying for buses to take people from the river to shelters. “Juárez has always been a city of "
    "people passing through. But passing through now takes half a year,” he said.",
    "Mexico’s immigration institute said in a statement that it had issued 18,000 humanitarian visas in Chihuahua "
    "state this year. Migrants said the visas were hard to get without a lawyer.",
    "At the shelter, a 19-year-old from Venezuela who gave his name only as Jhonny said he had crossed seven countries "
    "to get to Juárez, including the Darién jungle between Colombia and Panama. He said he would not cross the river "
    "illegally. “I did not walk all this way to be sent back in one day. I will wait for the app,” he said. "
    "Villaseñor-Ruiz said the shelter would run out of money for food by the end of the month unless new donations "
    "arrived. “We pray, and we also send emails,” he said.",
)
