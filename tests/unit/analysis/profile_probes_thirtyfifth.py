"""The thirty-fifth round of blind profile probes: fictional health, science and technology news from the wire and the
web (an avian influenza outbreak, a drug approval, an artificial intelligence chip, a probe launched to Jupiter's moons,
a report on melting glaciers) quoting the people such stories quote (an international health body's official, a national
chief public health officer, a provincial health minister and chief medical officer of health, a hospital's chief of
medicine and an emergency physician, an epidemiologist, a virologist and a farmer; a drug regulator, its commissioner
and a regulator speaking as itself, a drug maker's chief executive, chief scientific officer and chief medical officer,
a trial's principal investigator, an independent pharmacologist and a bank's pharma analyst and a patient group's chief
executive; a chip maker's chief executive and chief technology officer, an associate professor of computer science and
his postdoctoral researcher, a lab director at a government research institute, a data protection commissioner and a
think-tank fellow; a space agency's administrator, a project scientist and a principal investigator, a launch company's
director; a report's lead author and co-authors, a minister, a mayor and a guides' association head), and for each quote
the speaker, kind, role and affiliation written before the stories were run
(test_profiles_blind_probes_thirtyfifth.py)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: people who speak for a state or an international body are officials (an international health
#: body's unit head, a chief public health officer, a provincial chief medical officer of health, ministers, a drug
#: regulator's commissioner, a space agency's administrator, a data protection commissioner, a mayor); researchers,
#: scientists, professors and university staff are analysts, and so is a researcher speaking of their own study or
#: mission (a trial's principal investigator, a report's lead author, a mission's project scientist, a scientist heading
#: a lab at a government research institute who comments on the science), as are a bank's analyst and a think-tank
#: fellow; a hospital's doctors, who treat patients and hold no public office nor speak as scholars, are `other`, as an
#: aid group's doctor is; a company's executives (chief scientific, medical and technology officers included) and a
#: patient group's head are `other`; a regulator, an agency, an international body or a company speaking as itself is an
#: `institution`; "health officials said" and a spokesperson with no name are `unnamed`.
STORIES = [
    (
        (
            "An outbreak of a new strain of avian influenza among poultry workers in southern Manitoba has grown to "
            "31 confirmed human cases, health officials said on Tuesday.",
            "Dr. Selma Varga, who leads the World Health Organization's emerging diseases unit, said there was no "
            "sign yet that the virus passed easily between people.",
            '"We are watching every new case very closely," Varga told a briefing in Geneva.',
            "Canada's chief public health officer, Dr. Ravi Marchand, said a team of epidemiologists had been sent "
            "to the town of Wendell Creek.",
            "Manitoba Health Minister Colleen Ashdown said the province would offer vaccines to farm workers from "
            "next week.",
            "Manitoba's chief medical officer of health, Dr. Paul Kwiatkowski, urged anyone with a fever to stay "
            "home from work.",
            "Dr. Henrik Obi, chief of medicine at St. Brendan's Regional Hospital in Wendell Creek, said eleven "
            "patients remained in hospital, two of them in intensive care.",
            '"Most of them came in with a high fever and red eyes," said Dr. Leona Friesen, an emergency physician '
            "at the hospital.",
            "Marcus Delacroix, an epidemiologist at the University of Manitoba, said the true number of infections "
            "was likely to be far higher than reported.",
            "Dr. Ines Albrecht, a virologist at the Bernhard Lenz Institute for Tropical Medicine in Hamburg, said "
            "the strain carried a mutation that helped it bind to human cells.",
            "Jean-Luc Tremblay, who raises turkeys near Wendell Creek, said inspectors had ordered him to cull his "
            "whole flock.",
        ),
        [
            ("31 confirmed", "", "unnamed", ""),  # health officials
            ("no sign yet", "Selma Varga", "official", "World Health Organization"),  # leads its diseases unit
            ("every new case", "Selma Varga", "official", ""),  # the same
            ("team of epidemiologists", "Ravi Marchand", "official", "Canada"),  # chief public health officer
            ("offer vaccines", "Colleen Ashdown", "official", ""),  # provincial health minister
            ("stay home from work", "Paul Kwiatkowski", "official", "Manitoba"),  # chief medical officer of health
            ("eleven patients", "Henrik Obi", "other", "St. Brendan's Regional Hospital"),  # chief of medicine
            ("high fever", "Leona Friesen", "other", ""),  # emergency physician at the hospital
            ("far higher", "Marcus Delacroix", "analyst", "University of Manitoba"),  # epidemiologist
            ("bind to human cells", "Ines Albrecht", "analyst", "Bernhard Lenz Institute for Tropical Medicine"),
            ("cull his whole flock", "Jean-Luc Tremblay", "other", ""),  # a farmer
        ],
    ),
    (
        (
            "The U.S. Food and Drug Administration on Friday approved Norvexa, a once-weekly injection for early "
            "Alzheimer's disease made by Halvorsen Therapeutics.",
            "The Food and Drug Administration said in a statement that the drug had slowed memory loss by about a "
            "third in a late-stage trial.",
            '"This gives families a real, if modest, new option," FDA Commissioner Naomi Estrada said.',
            "Dr. Karsten Wiele, Halvorsen's chief scientific officer, said the company would publish the full trial "
            "data next month.",
            "Halvorsen chief executive Priya Menon said the list price would be about $26,000 a year.",
            "The company's chief medical officer, Dr. Ibrahim Sesay, said the label would warn doctors about brain "
            "swelling seen in some patients.",
            "Dr. Olga Petrenko, the principal investigator of the trial and a neurologist at Lakeshore University "
            "Medical Center, said the benefit held across all age groups.",
            "Jonah Whitfield, an independent pharmacologist at the University of Leeds, said the swelling was a "
            "serious concern for older patients who take blood thinners.",
            "Rebecca Sato, who covers pharmaceutical companies as an analyst at Granger Halloway Securities, said "
            "sales could reach $3 billion by 2030.",
            "Marguerite Lund, chief executive of the patient group Memory Matters Alliance, said many families would "
            "not be able to afford the drug.",
            "Health Canada said it was reviewing the company's application and expected to decide by the spring.",
            "The European Medicines Agency would rule on the drug by the autumn, a spokesperson for the agency said.",
        ),
        [
            ("slowed memory loss", "Food and Drug Administration", "institution", ""),
            (
                "modest, new option",
                "Naomi Estrada",
                "official",
                "Food and Drug Administration",
            ),  # commissioner, set after the run
            ("full trial data", "Karsten Wiele", "other", "Halvorsen Therapeutics"),  # chief scientific officer
            ("$26,000", "Priya Menon", "other", "Halvorsen Therapeutics"),  # chief executive
            ("brain swelling", "Ibrahim Sesay", "other", "Halvorsen Therapeutics"),  # chief medical officer
            ("all age groups", "Olga Petrenko", "analyst", "Lakeshore University Medical Center"),  # PI, neurologist
            ("serious concern", "Jonah Whitfield", "analyst", "University of Leeds"),  # pharmacologist
            ("$3 billion", "Rebecca Sato", "analyst", "Granger Halloway Securities"),  # pharma analyst
            ("afford the drug", "Marguerite Lund", "other", "Memory Matters Alliance"),  # a patient group's head
            ("reviewing the company's application", "Health Canada", "institution", ""),
            ("by the autumn", "", "unnamed", "European Medicines Agency"),  # a spokesperson
        ],
    ),
    (
        (
            "Corvane Systems, the Seattle-based chip designer, on Monday unveiled a processor built to train large "
            "artificial intelligence models at half the energy cost of rival chips.",
            "Corvane's chief technology officer, Anika Rao, said the chip would ship to cloud providers in the first "
            "quarter.",
            '"This is the biggest jump in efficiency we have made in a decade," said chief executive Lars Engqvist.',
            "Mateo Ferrante, an associate professor of computer science at Carnegie Mellon University, said the "
            "company's benchmarks were hard to check because its test models were not public.",
            "Yuki Tanabe, a postdoctoral researcher in Ferrante's lab, said independent tests would take months.",
            "Helga Brandvold, director of the machine learning laboratory at the National Institute for Computing "
            "Standards, a government research institute, said savings of that size were plausible only for some "
            "kinds of models.",
            "Siobhan Gallagher, Ireland's data protection commissioner, said her office had opened an inquiry into "
            "how Corvane's cloud partners used customer data to train models.",
            "Corvane Systems said in a statement that it complied with data protection law in every market where "
            "it operated.",
            "Tomasz Wren, a senior fellow at the Atlantic Technology Policy Forum, a Washington think tank, said "
            "export controls would keep the chip out of China for now.",
        ),
        [
            ("first quarter", "Anika Rao", "other", "Corvane"),  # chief technology officer
            ("biggest jump", "Lars Engqvist", "other", ""),  # chief executive
            ("hard to check", "Mateo Ferrante", "analyst", "Carnegie Mellon University"),  # associate professor
            ("take months", "Yuki Tanabe", "analyst", ""),  # postdoctoral researcher
            ("plausible only", "Helga Brandvold", "analyst", "National Institute for Computing Standards"),  # lab head
            ("opened an inquiry", "Siobhan Gallagher", "official", ""),  # data protection commissioner
            ("complied with", "Corvane Systems", "institution", ""),
            ("out of China", "Tomasz Wren", "analyst", "Atlantic Technology Policy Forum"),  # senior fellow
        ],
    ),
    (
        (
            "A rocket carrying the Tessaly probe lifted off from Cape Canaveral early on Thursday on a seven-year "
            "journey to the icy moons of Jupiter.",
            "NASA Administrator Delia Okonkwo said the launch had gone flawlessly. She added that the probe's solar "
            "panels had unfolded as planned.",
            '"Every instrument on board is talking to us," said Farid Haddad, the mission\'s project scientist at '
            "the Jet Propulsion Laboratory.",
            "Camille Roussel, the principal investigator for the probe's radar and a planetary scientist at the "
            "University of Arizona, said the radar would measure how thick the ice shell was.",
            "The European Space Agency, which built the probe's cameras, said its ground stations had picked up the "
            "probe's signal within the hour.",
            "Marco Bellini, launch director for Orvane Launch Services, which flew the rocket, said the upper stage "
            "had burned for eleven minutes as planned.",
            "Laura Benning, a space policy analyst at the Meridian Space Foundation, said the mission's $4.9 billion "
            "cost had made it a target in budget talks.",
        ),
        [
            ("gone flawlessly", "Delia Okonkwo", "official", "NASA"),  # administrator
            ("solar panels", "Delia Okonkwo", "official", "NASA"),  # the same
            ("talking to us", "Farid Haddad", "analyst", "Jet Propulsion Laboratory"),  # project scientist
            ("ice shell", "Camille Roussel", "analyst", "University of Arizona"),  # principal investigator
            ("ground stations", "European Space Agency", "institution", ""),
            ("eleven minutes", "Marco Bellini", "other", "Orvane Launch Services"),  # launch director
            ("budget talks", "Laura Benning", "analyst", "Meridian Space Foundation"),  # space policy analyst
        ],
    ),
    (
        (
            "Glaciers in the Alps lost a larger share of their ice in the past two summers than in any decade of the "
            "last century, a report published on Wednesday found.",
            "Liesel Amsler, a glaciologist at ETH Zurich and the report's lead author, said some smaller glaciers "
            "would vanish within fifteen years.",
            '"We measured losses we did not expect to see until the 2040s," she said.',
            "Co-author Matteo Rinaldi, an associate professor of environmental physics at the University of Turin, "
            "said the heat of last summer had stripped away the snow that usually shields the ice.",
            "Nadja Keller, a postdoctoral researcher who ran the team's drone surveys, said some ice had thinned by "
            "four metres in a single season.",
            "Swiss Environment Minister Urs Baumgartner said the government would fund an early-warning network for "
            "glacier collapses.",
            "The World Meteorological Organization said in a separate statement that last year was the "
            "third-warmest on record in Europe.",
            "Anton Frey, mayor of the mountain village of Wildalp, said residents had been evacuated twice since June.",
            "Petra Huerlimann, who heads the mountain guides' association of Valais, said some classic routes were "
            "no longer safe to climb.",
        ),
        [
            ("within fifteen years", "Liesel Amsler", "analyst", "ETH Zurich"),  # glaciologist, lead author
            ("until the 2040s", "Liesel Amsler", "analyst", ""),  # the same
            ("shields the ice", "Matteo Rinaldi", "analyst", "University of Turin"),  # associate professor
            ("four metres", "Nadja Keller", "analyst", ""),  # postdoctoral researcher
            ("early-warning network", "Urs Baumgartner", "official", ""),  # environment minister
            ("third-warmest", "World Meteorological Organization", "institution", ""),
            ("evacuated twice", "Anton Frey", "official", ""),  # mayor
            ("safe to climb", "Petra Huerlimann", "other", ""),  # heads a guides' association
        ],
    ),
]
