"""A sixty-third batch of fictional stories for probing the quotes, in the manner of SCIENCE, RESEARCH AND SPACE NEWS
as the wires, the science desks and university-fed web news write it: a study's lead author and co-authors ("said the
study's lead author, Dr. X", "co-author X, a professor of Y at Z, said"), what "the researchers wrote" in the journal,
outside experts "who was not involved in the research", a space agency's mission manager and director at a briefing,
a university's, a museum's and a company's statement or press release, a minister's news release, a patient and a
fisherman; findings told as what a study "found", what "the paper says" and what stands "according to" a study (a
document is no speaker); titles in several shapes (Dr., Prof., "an astrophysicist at", "curator of dinosaurs at");
groups ("scientists say", "researchers reported", "outside scientists said"). The stories: a moon lander that goes
quiet, a fish that moves north with the warming sea, a trial of a kidney pill, water vapour on a small planet and a
horned dinosaur found in a quarry. Written for these tests; none is taken from any corpus, and every person, agency,
university, museum, company, journal and species in them is made up (the countries, places and kinds of bodies are
real)."""

from __future__ import annotations

LANDER: tuple[str, ...] = (
    "Moon lander goes quiet hours after touchdown, leaving its team listening for a signal",
    "DARWIN, Australia — The robotic lander Kestrel touched down near the moon’s south pole early on Thursday but fell "
    "silent less than four hours later, the Southern Cross Space Agency said.",
    "“We had a beautiful landing and then we had silence,” mission manager Carla Wentworth-Oyelaran told reporters at "
    "a briefing in Darwin. “Right now we are listening on every antenna we have.”",
    "Wentworth-Oyelaran said engineers believed the lander had tipped onto its side on a slope of loose rock, leaving "
    "its solar panels facing away from the sun.",
    "The agency’s director, Dr. Hamid Rostami-Vance, said in a statement that the landing itself was “a first for the "
    "country and a lesson we will use”. He added that the team would keep trying to reach Kestrel until the end of "
    "the lunar day, in about ten days.",
    "Kestrel carried six instruments, among them a drill built at Halverson University that was meant to look for ice "
    "in the shadowed soil. Prof. Imogen Tarrant-Bligh, who leads the drill team, said the loss was hard to take. "
    "“Eleven years of work, and the drill is sitting there in the dark,” she said. “But the data from the descent "
    "alone will keep my students busy for a year.”",
    "Outside scientists said the outcome was not unusual. About half of all attempts to land on the moon have failed "
    "since the 1960s.",
    "“Landing on the moon is still hard, and the south pole is the hardest part of it,” said Jonah Eckersley-Amani, a "
    "planetary scientist at the Brandmoor Institute of Planetary Science in Canberra, who was not involved in the "
    "mission. “A lander that gets down and talks for four hours has already done more than most.”",
    "In its statement, the agency said data from the descent showed the engines had worked as designed and that "
    "Kestrel had come down within 150 metres of its target.",
    "Asked whether the slope could have been spotted in images taken from orbit, Rostami-Vance said the site had been "
    "chosen from the best maps available. “The moon does not always match the map,” he said.",
    "A spokesperson for the Department of Industry, Science and Resources, which funds the agency, said the "
    "government remained committed to a second mission planned for 2029.",
    "Wentworth-Oyelaran said the team would send commands to the lander every ninety minutes. “We are not giving up "
    "on her,” she said. “Landers have woken up before.”",
    "Some engineers on the team said privately that they had little hope the panels would see the sun again before "
    "the lunar night.",
)

WOLFFISH: tuple[str, ...] = (
    "Warming seas push a cold-water fish north faster than expected, study finds",
    "ST. JOHN’S, Newfoundland — A cold-water fish that fishermen off Newfoundland have caught for centuries is moving "
    "north at nearly twice the pace scientists had expected, according to a study published on Wednesday in the "
    "journal Marine Change Letters.",
    "The researchers, from three Canadian universities and a federal laboratory, tracked the spotted wolffish through "
    "forty years of survey trawls. They found that its range had shifted about 32 kilometres north each decade since "
    "1985.",
    "“The fish are not waiting for us to make up our minds,” said the study’s lead author, Dr. Priya Lindqvist-Ramos, "
    "a marine ecologist at Harbourview University in St. John’s. “They are going where the water is cold, and the "
    "water is cold in fewer places every year.”",
    "The paper says the shift is strongest in the south of the range, where the water at the bottom warmed by 1.4 "
    "degrees over the period.",
    "Co-author Marcus Oyelowo-Fitch, a professor of oceanography at Dalbridge University, said the team had been "
    "surprised by how closely the fish followed the temperature. “We expected noise. We got a line you could draw "
    "with a ruler,” he said.",
    "The researchers wrote in the journal that the findings “should give pause to anyone who sets quotas as if the "
    "stock stands still”.",
    "Dr. Ruth Abernethy-Kwan, a fisheries scientist at the Coastline Institute of Fisheries in Vancouver who was not "
    "involved in the research, said the study was careful but could not tell whether the fish were moving north or "
    "simply dying off in the south. “Those are two very different stories for a fisherman,” she said. “One means you "
    "follow the fish. The other means there are fewer of them.”",
    "Fisheries and Oceans Canada said in an emailed statement that it would review the study and that its stock "
    "assessments already took account of changes in water temperature.",
    "In Port Saunders, a fishing town on the Northern Peninsula, harvester Gordon Bixby-Lunn said he had seen the "
    "change from his boat. “My father caught wolffish in the bay. I have to go forty miles out for them now,” he said.",
    "Lindqvist-Ramos said the next step was to fit tags to 200 fish to see where each of them goes. She warned that "
    "other species would likely follow. “The wolffish is just the one we happened to be watching,” she said.",
    "Scientists have warned for years that the waters off Atlantic Canada are warming faster than most of the world’s "
    "oceans.",
)

KIDNEY: tuple[str, ...] = (
    "Experimental pill slows kidney decline in rare inherited disease, trial shows",
    "An experimental pill slowed the loss of kidney function in people with a rare inherited disease by about a "
    "third over two years, researchers reported on Saturday at a medical conference in Vienna.",
    "The drug, called velnorastat, was developed by Cardell Therapeutics, a biotech company based in Cambridge, "
    "Massachusetts. The company said in a press release that it planned to ask regulators in the United States and "
    "Europe for approval early next year.",
    "“For the first time we have something that changes the course of the disease rather than just managing it,” "
    "said Dr. Naledi Okonkwo-Hart, a nephrologist at Westbury Medical College in London, who led the trial. The "
    "results were also published in the Journal of Clinical Renal Research.",
    "The trial enrolled 412 patients in 14 countries. Those who took the pill lost kidney function 34 per cent more "
    "slowly than those given a placebo, the study found.",
    "Okonkwo-Hart cautioned that the trial had not run long enough to show whether the drug kept patients off "
    "dialysis. “That is the question every patient asks me, and I cannot answer it yet,” she said.",
    "Side effects were mostly mild, but about one in ten patients reported swelling of the ankles, the paper says.",
    "Cardell’s chief executive, Thomas Vandermeer-Sato, said in the release that the company was “thrilled for the "
    "patients and families who made this trial possible”.",
    "Prof. Elliot Marchbanks-Ude, who studies kidney disease at Northfield University and was not involved in the "
    "trial, said the results were “genuinely encouraging” but that the price would decide how many patients "
    "benefited. “A drug that nobody can afford slows nothing,” he said.",
    "Cardell has not said what it would charge for the pill.",
    "The Renal Families Network, a patient group, said in a statement that it welcomed the results and urged the "
    "company to set a fair price.",
    "Maria Delacroix-Bennett, 46, of Bristol, who took part in the trial, said she had not known whether she was "
    "getting the drug or the placebo. “I just knew my numbers stopped falling,” she said. “After ten years of "
    "watching them fall, that felt like a miracle.”",
    "Regulators are expected to decide by the end of 2027, analysts said.",
)

PLANET: tuple[str, ...] = (
    "Telescope finds signs of water vapour on a planet the size of Earth",
    "Astronomers have found hints of water vapour in the atmosphere of a rocky planet about 40 light-years away, the "
    "first time it has been seen on a world so close in size to Earth, a team reported on Monday.",
    "The planet, known as Harrow-7c, circles a small red star every nine days. The findings, based on observations "
    "by a space telescope, were published in the Journal of Planetary Skies.",
    "“We were very careful not to fool ourselves,” said Dr. Tomasz Wierzbicki-Ellery, an astrophysicist at the "
    "Kellerman Observatory in Arizona and the study’s first author. “We looked at the planet on four different "
    "nights, and the signal was there every time.”",
    "He said the team could not yet rule out that the signal came from spots on the star itself rather than from the "
    "planet.",
    "Prof. Adaeze Nwachukwu-Stern, a co-author at Glenmuir University in Scotland, said the star was quieter than "
    "most of its kind, which made that less likely. “Quiet stars are a gift to people like us,” she said.",
    "Glenmuir University said in a statement that the result was “a milestone in the search for habitable worlds”.",
    "Other astronomers were more cautious. “I would call this a tantalising hint, not a detection,” said Helena "
    "Marsh-Obuya, an exoplanet researcher at the Cordillera Institute of Astronomy in Chile who was not involved in "
    "the work. “We have seen water on small planets come and go before, when someone took a second look.”",
    "She said a second telescope should observe the planet before anyone called it wet.",
    "The paper says the chance that the signal is noise is about one in 3,000.",
    "The telescope’s operator, the International Deep Sky Consortium, said it had approved 20 more hours of "
    "observations of the planet for next spring.",
    "Wierzbicki-Ellery said water vapour alone would not mean the planet could host life. “Water is a necessary "
    "thing, not a sufficient one,” he said. “But you have to start somewhere, and this is where we start.”",
    "Scientists say the planet is probably too hot on its day side for liquid water to last.",
)

DINOSAUR: tuple[str, ...] = (
    "Bones found by quarry workers belong to a new horned dinosaur, scientists say",
    "DRUMHELLER, Alberta — A skull dug out of a gravel quarry in southern Alberta three years ago belongs to a horned "
    "dinosaur never seen before, palaeontologists said on Thursday.",
    "The animal, which the team named Corvoceratops halloranae, lived about 76 million years ago and had a frill "
    "lined with curved spikes, according to a paper published in the journal Vertebrate Fossil Reports.",
    "“When the first piece of frill came out of the gravel, I knew it was something we hadn’t seen,” said Dr. Simone "
    "Halloran-Baptiste, curator of dinosaurs at the Red Coulee Museum of Palaeontology, who led the study. The "
    "species is named after her.",
    "Halloran-Baptiste said the skull was nearly complete, missing only the tip of its snout and part of one horn.",
    "The quarry’s owner, Dale Vickery-Moss, said his crew had stopped work for two weeks while the museum dug out the "
    "bones. “It cost us, but you don’t pave over something like that,” he said.",
    "The researchers wrote that the spikes of the frill were probably for display rather than defence, because they "
    "were thin and full of blood vessels.",
    "Co-author Liang Westergaard, a doctoral student at Chinook University, said the spikes grew longer as the "
    "animals aged. “The teenagers had stubby little frills,” he said. “Only the grown-ups got the full crown.”",
    "Not everyone is convinced that Corvoceratops is a new species. Prof. Raymond Achebe-Lund, a palaeontologist at "
    "Thornbury University in England who was not involved in the research, said the skull could belong to an older "
    "animal of a species already known from Montana. “Horned dinosaurs changed a lot as they grew, and we have been "
    "fooled by that before,” he said in an email.",
    "The museum said in a statement that the skull would go on display in the spring, alongside a cast that visitors "
    "could touch.",
    "Alberta’s minister of arts and culture, Jenna Thorvaldsen, said in a news release that the find showed “the "
    "province’s past is still waiting to be discovered”.",
    "Halloran-Baptiste said she hoped the find would encourage other quarry operators to call the museum when they "
    "came across bones. “Most of the great fossils in this province were found by someone who wasn’t looking for "
    "them,” she said.",
)
