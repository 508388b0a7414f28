"""A fifty-ninth batch of fictional stories for probing the quotes, in the manner of WRITE-UPS OF GOVERNMENT PRESS
BRIEFINGS as the wires and the diplomatic and political press write them: a spokeswoman who "told a regular news
briefing" and is then "the spokeswoman"; "asked about X, she said"; "when pressed, he declined to say" and "referred
questions to the ministry" (no quotes); "a reporter asked whether …" (a question); answers quoted over several
paragraphs with "she added" and "he went on"; an official "who spoke on condition of anonymity under briefing rules";
a deputy "standing in for" the usual spokesperson; a statement "read out" at the start; "according to a transcript";
a lead that says "a UN spokesman said" or "the city's police chief said" before the paragraph that names them. The
stories: China's foreign ministry on a collision at a reef and an EU inquiry, a White House deputy press secretary on
tariffs, Germany's defence ministry on its weekly call about drones over an air base, a UN noon briefing on an aid
convoy in Sudan, and a police chief's news conference after a car hit a crowd in Sacramento. Written for these tests;
none is taken from any corpus, and every person, reef, base, group and firm in them is made up (the countries, cities
and kinds of bodies are real)."""

from __future__ import annotations

REEF: tuple[str, ...] = (
    "China accuses Manila of ‘deliberate provocation’ after reef collision, calls EU drone probe protectionist",
    "BEIJING, May 14 (Reuters) - China said on Wednesday that the Philippines had “deliberately provoked” a collision "
    "between coast guard vessels near a disputed reef in the South China Sea, and warned Manila that it would bear "
    "“full responsibility” for whatever followed.",
    "“The Philippine side has repeatedly ignored China’s warnings and sent vessels into the waters off Tiemao Reef "
    "without permission. The responsibility lies entirely with Manila,” foreign ministry spokeswoman Qiao Wenyan told "
    "a regular news briefing in Beijing.",
    "Asked whether China would allow further resupply missions to the small Philippine garrison on the reef, Qiao said "
    "Beijing had made “temporary special arrangements” in the past out of humanitarian considerations, but that such "
    "arrangements “cannot become a licence for provocation”. She added: “China will continue to take necessary "
    "measures in accordance with the law to safeguard its territorial sovereignty and maritime rights and interests.” "
    "A reporter from a Philippine broadcaster asked whether the Chinese vessels had used water cannon during the "
    "encounter. Qiao did not answer directly, saying the China Coast Guard had acted in a “professional, restrained "
    "and lawful” manner, and referred further questions to the coast guard.",
    "In Manila, the Philippine Department of Foreign Affairs said in a statement that it had summoned China’s deputy "
    "ambassador and lodged a “strong protest”. A spokesman for the Philippine coast guard, Commodore Ramon "
    "Dizon-Villareal, said two crew members on the Philippine vessel had been slightly hurt and that its bow had been "
    "dented.",
    "Asked about an anti-subsidy investigation that the European Commission opened on Tuesday into Chinese-made drone "
    "components, the spokeswoman said the inquiry was “typical protectionism” that broke the rules of the World Trade "
    "Organization. “We urge the EU side to correct its wrong practices at once and to handle trade frictions through "
    "dialogue and consultation. China will firmly safeguard the legitimate rights and interests of Chinese "
    "enterprises,” she said, according to a transcript posted on the ministry’s website.",
    "When pressed on whether Beijing would retaliate with duties on European pork or dairy products, Qiao declined to "
    "say, and referred questions to the commerce ministry. The commerce ministry said in a separate statement that it "
    "would “closely follow” the investigation and would take “all necessary measures” to protect Chinese firms.",
    "At the start of the briefing, Qiao announced that Foreign Minister Lu Zhaoming would travel to Brazil and Peru "
    "next week. Lu will hold talks with his counterparts and “exchange views on international and regional issues of "
    "common concern”, she said.",
    "Zhou Kailin, a researcher at the Centre for Maritime Affairs at Fudan University in Shanghai, said the "
    "ministry’s wording had been chosen with care. “The phrase about special arrangements is the key. It tells Manila "
    "that the door is not shut, but that Beijing decides when it opens,” he said. He added that neither side wanted "
    "the dispute to overshadow a regional summit in Kuala Lumpur next month.",
)

TARIFFS: tuple[str, ...] = (
    "White House rules out pause in steel tariffs as deputy fills in at briefing",
    "WASHINGTON (AP) — The White House on Tuesday ruled out pausing its new tariffs on imported steel and aluminum "
    "while talks with Canada and Mexico go on, with a spokesman calling the levies “the leverage that brings people "
    "to the table.”",
    "“The president has been clear: the tariffs stay until we get a deal that puts American workers first,” "
    "principal deputy press secretary Marcus Ellery-Danforth told reporters at the daily briefing. He was standing in "
    "for press secretary Jillian Pruett-Osei, who is traveling with the president in Arizona.",
    "Ellery-Danforth opened the briefing by reading out a statement on the wildfires in Arizona, saying the federal "
    "government had approved a major disaster declaration for four counties and that 1,200 federal personnel were on "
    "the ground.",
    "Asked about a report that Commerce Secretary Harlan Voss-Mitchell had privately told steel buyers that "
    "exemptions were coming, Ellery-Danforth said he had “not seen that reporting” and that “nobody should be planning "
    "around exemptions.”",
    "A reporter asked whether the president would meet Canada’s prime minister at next month’s Group of Seven summit. "
    "“I don’t have any scheduling announcements for you today,” Ellery-Danforth said. When pressed, he declined to "
    "say whether a meeting had been requested.",
    "On prices, the deputy press secretary said the administration expected them to ease later in the year. “Look, "
    "we understand families are feeling it at the grocery store, and nobody in this building is pretending "
    "otherwise,” he said. “But what the president is doing is rebuilding an industrial base that took 40 years to "
    "hollow out, and that does not happen in a quarter.” He went on: “If you talk to the steelworkers in Ohio and "
    "Pennsylvania, they will tell you this is the first time in a generation anyone in this building has had their "
    "back.” He added that the Council of Economic Advisers would publish an assessment of the tariffs’ effects “in "
    "the coming weeks.”",
    "In Ottawa, Canada’s international trade minister, Élodie Brassard-Kwan, said Canada would respond “firmly and "
    "proportionately” and that counter-tariffs on 18 billion Canadian dollars’ worth of US goods would take effect "
    "on Friday.",
    "A senior administration official, who spoke on condition of anonymity under ground rules set by the White House, "
    "told reporters on a call before the briefing that the talks with Mexico were “further along” than those with "
    "Canada.",
    "Asked about the president’s remark a day earlier that the Federal Reserve’s chair should “get out of the way,” "
    "Ellery-Danforth said the president “respects the independence of the Fed” but “has every right to say what he "
    "thinks about interest rates.” He referred questions about a lawsuit challenging the tariffs to the Justice "
    "Department, which declined to comment.",
    "Priya Venkataraman-Holt, chief US economist at Stanbridge Capital, said in a note to clients that the refusal "
    "to pause the levies “removes the last hope of a quick climbdown.” She now expects the tariffs to stay in place "
    "into next year, she wrote.",
)

DRONES: tuple[str, ...] = (
    "Germany says drones over air base were on ‘reconnaissance’ but won’t say who flew them",
    "BERLIN (Reuters) - Germany’s defence ministry said on Thursday that drones seen over an air base in the north of "
    "the country this week had been carrying out “reconnaissance” of the site, but declined to say who it believed had "
    "flown them.",
    "“We are assuming that this was not a hobbyist. The flight pattern, the altitude and the duration point to a "
    "systematic reconnaissance of the base,” ministry spokesman Kai Wendelin-Brandt told reporters on the ministry’s "
    "weekly call. When pressed on whether Russia was behind the flights, he said: “I will not take part in "
    "speculation here.”",
    "The spokesman said the air force had tracked at least five drones over the base at Wittmoor in Schleswig-Holstein "
    "on Monday and Tuesday nights, at heights of up to 400 metres. Police were investigating, he said, and he referred "
    "questions about the investigation to the state prosecutor’s office in Flensburg.",
    "The prosecutor’s office said in a statement that it had opened an investigation on suspicion of espionage and "
    "would not comment further while it was under way.",
    "A ministry official, who spoke on condition of anonymity under briefing rules, said the armed forces had no "
    "legal power to shoot down drones over their own bases unless they posed an immediate danger to life. “That is "
    "the gap we have been talking about for two years,” the official said.",
    "On the brigade that Germany is stationing in Lithuania, Wendelin-Brandt said about 1,800 of a planned 4,800 "
    "soldiers were now in the country and that building work on their barracks was “on schedule, in some parts ahead "
    "of schedule”. “This is the first time since the Second World War that Germany has stationed a combat brigade "
    "permanently abroad. We know what that means, and we know what our allies expect of us,” he said. He added that "
    "Defence Minister Annegret Falkenrath-Oyelaran would visit the brigade next week.",
    "Falkenrath-Oyelaran, speaking at a party event in Hanover on Wednesday evening, said Germany had to be ready “to "
    "defend every square metre” of NATO territory, and called the drone flights “a test of our nerves”.",
    "Asked about reports that the ministry would order six more air defence systems, the spokesman said he could "
    "“neither confirm nor deny” the figure, but that a proposal would go to the Bundestag’s budget committee “before "
    "the summer recess”.",
    "Miriam Tessendorf-Ali, the Greens’ spokeswoman on defence, said the government had “known about this gap for "
    "years and done nothing”. “Every week we hear about drones over barracks, over ports, over power plants. And every "
    "week the answer from the ministry is: we are looking into it,” she told Reuters.",
    "Lars Heidkamp-Nunez, a security analyst at the Baltic Security Forum, a think tank in Hamburg, said the "
    "ministry’s refusal to name a culprit was “standard practice until the attribution is watertight”.",
)

CONVOY: tuple[str, ...] = (
    "UN says aid convoy for El Fasher stuck for fifth day as armed groups withhold guarantees",
    "UNITED NATIONS (AP) — A United Nations convoy carrying food and medicine for 90,000 people has been stuck outside "
    "the besieged Sudanese city of El Fasher for five days because armed groups have refused to guarantee its safe "
    "passage, a UN spokesman said Wednesday.",
    "Deputy spokesman Tomás Ferreira-Nakamura, standing in for the Secretary-General’s spokesperson at the daily noon "
    "briefing, said the 28 trucks had been waiting near the town of Mellit since Saturday. “The trucks are loaded, the "
    "drivers are ready, and the people of El Fasher are starving. What is missing is a phone call from the people with "
    "the guns,” he said.",
    "Ferreira-Nakamura opened the briefing by reading out a statement attributable to the Secretary-General, who "
    "“strongly condemns” an attack on Monday on a camp for displaced people in North Darfur in which at least 40 "
    "people were killed.",
    "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said in an update that more than 1.7 million "
    "people in North Darfur were facing emergency levels of hunger and that three of the city’s last four hospitals "
    "had stopped working.",
    "A reporter asked whether the Secretary-General had called the commanders of the two warring sides himself. "
    "Ferreira-Nakamura said the Secretary-General’s personal envoy for Sudan had been “in constant contact” with both "
    "sides, and referred questions about the envoy’s travel to his office.",
    "Asked by another reporter why the UN did not send the convoy in without guarantees, the deputy spokesman said: "
    "“Because we have done that before, and we have buried drivers. I am not going to stand here and ask drivers who "
    "have families to drive into a crossfire.”",
    "“What we are asking for is not complicated,” he went on. “It is a window of 72 hours, a route that both sides "
    "agree on, and a promise that nobody shoots at a truck with a UN flag on it.” He added that much of the cargo, "
    "mostly sorghum, lentils and therapeutic food for malnourished children, would begin to spoil within days in the "
    "heat.",
    "In Geneva, a World Food Programme spokeswoman, Leila Haddad-Brennan, told a separate briefing that the agency’s "
    "stocks inside El Fasher had run out in March and that families were surviving on animal feed. “We have reports "
    "of people eating the husks left over after peanuts are pressed for oil,” she said.",
    "Frontline Medical Relief, an aid group that runs a surgical ward in the city, said in a statement that it had "
    "received 112 wounded people in the past week and was running short of blood bags and anaesthetic.",
    "Sudan’s ambassador to the UN, Omar Hamdallah-Idris, told reporters outside the Security Council chamber that the "
    "army had “given every guarantee asked of it” and blamed the paramilitary forces for the delay. The deputy "
    "spokesman declined to comment on the ambassador’s remarks.",
    "Turning to Haiti, Ferreira-Nakamura said the UN’s humanitarian flights into Port-au-Prince had resumed on Tuesday "
    "after a nine-day halt caused by gunfire near the airport.",
    "Security Council members will discuss Sudan in closed consultations on Thursday, diplomats said.",
)

NIGHT_MARKET: tuple[str, ...] = (
    "Driver who hit crowd at Sacramento night market was fleeing a traffic stop, police chief says",
    "SACRAMENTO, Calif. (AP) — A driver who plowed into a crowd at a night market in Sacramento on Saturday, killing "
    "two people and injuring 17, had been fleeing officers who tried to pull him over minutes earlier, the city’s "
    "police chief said Sunday.",
    "“This was a pursuit that lasted less than two minutes. The officers ended it when the vehicle turned onto "
    "Broadway, as our policy requires, and about 40 seconds later the driver went through the barriers,” Police Chief "
    "Renata Solberg-Hayes told a news conference at police headquarters.",
    "The chief said the driver, a 34-year-old man from Elk Grove whom she did not name, had been taken into custody at "
    "the scene and was being treated in a hospital for minor injuries. Asked whether the crash had been deliberate, "
    "she said investigators had found “nothing at this point” to suggest that it was, but that “nothing is being "
    "ruled out.”",
    "A reporter asked whether a supervisor had told the officers to stop chasing the car. Solberg-Hayes said that was "
    "“part of what the review will establish,” and referred further questions about the pursuit to the Sacramento "
    "County district attorney’s office. When pressed on why officers had tried to stop the car in the first place, "
    "she declined to say, citing the investigation.",
    "Deputy Chief Marcus Tran-Whitfield said the two people killed were a 71-year-old woman and her 9-year-old "
    "granddaughter, whose names would be released by the county coroner once their relatives had been told. “I have "
    "been a police officer for 26 years. Yesterday was one of the worst nights of my career, and I know it was the "
    "worst night of many of your lives,” he said, his voice breaking. He went on: “To the people who ran toward that "
    "car to pull people out from under it, thank you.”",
    "Mayor Gloria Estrada-Lindqvist, who spoke after the chief, said the night market would not open next weekend and "
    "that the city would review “every single barrier and every single entrance” before it did. “We will come back. "
    "But we will come back when I can look every family in the eye and say it is safe,” she said.",
    "Jaime Ochoa-Reyes, who runs a taco stall near where the car came to a stop, said he heard the engine before he "
    "saw it. “It was so loud, like a race car. Then people were screaming and I saw a stroller on its side,” he told a "
    "local television station.",
    "Celia Marchetti-Bowen, director of the Sacramento Police Accountability Project, a local group, said the crash "
    "raised “hard questions” about chases through crowded streets and called for video from the officers’ body "
    "cameras to be released within days.",
    "The chief said body-camera video would be released within 45 days, as state law requires, according to a "
    "transcript of the news conference posted by the city. The police officers’ union did not respond to a request "
    "for comment.",
)
