"""The sixty-third round of blind profile probes: fictional space, satellites and the space industry in world and
business news (a small rocket that broke apart after lift-off with "Nordlys Orbital's chief engineer X", the company's
founder and chief executive, "Its spokeswoman", an insurer's space underwriter, a space licensing regulator as itself,
an analyst at a space consultancy and the founder again by her surname alone; a national space agency's delayed
satellite with the agency as itself, "The agency's chief", "Her deputy", "X, who heads the agency's science
directorate", a science minister, a professor of astrophysics, his surname alone and a supplier that declined to
comment; close passes by a foreign satellite with a defence ministry as itself, a space command's general, a defence
minister, an official of the U.N. office for outer space affairs and a consultancy's analyst; a space station's crew
sheltering from debris with the agency as itself, an astronaut speaking from orbit, the agency's flight director, "X, a
former NASA flight director now at Y" and a military service as itself; a regulator licensing a satellite network with
"The authority's chair", the operator as itself, "Its founder" after the company was named, an observatory's
astronomer, a communications minister and the authority's unnamed spokeswoman; a launch company's funding round with
the company as itself, "Chief executive X, who founded the company", "The company's spokeswoman", a space minister and
a consultancy's analyst), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtythird.py).
Blind:
10 wrong of 49. By pattern: "The agency's chief, Beatriz Quilodrán Soto," kept as "Quilodrán Soto" without her given
name, so both her quotes missed and found under the shorter name (4); a possessive that points back to the company or
the agency of the paragraph before ("The company's founder", "Its spokeswoman", "Its founder", "Her deputy") tied to
nothing, the spokeswoman taken for an official (4); "X, a former NASA flight director now at Y" tied to NASA, not to
Y where she works now (1); "Tasman Lumen, based in Adelaide, said" taken for a person, not an institution (1). Not
counted (the harness does not check an empty gold affiliation or takes one that is part of the gold's): "Science
Minister X" tied to "Science"; "a professor of astrophysics at the Universidad del Litoral Norte" tied to
"Universidad del"; "Defence Minister X" tied to the defence ministry of the sentence before."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a space agency's chief, deputy, directorate head and flight director, an astronaut of a state's
#: space agency speaking for its mission, a space command's general, ministers, a regulator's chair and an official
#: of a U.N. office are `official`; a launch or satellite company's founder, chief executive, chief engineer and
#: spokeswoman and an insurer's underwriter (who speaks for the business of the firm) are `other`; an analyst at a space
#: consultancy, a professor of astrophysics, an observatory's astronomer and a former flight director now at a
#: consultancy are `analyst`; an agency, a ministry, a regulator, a company or a military service speaking as itself is
#: an `institution` under the fullest name the article gives it; "A spokeswoman for the authority" is unnamed (tied to
#: the authority). "Her deputy" after the agency's chief is tied to her agency; "Its founder" and "Its spokeswoman" to
#: the company named before; "Chief executive X" to the company the story is about; a minister named with a state's
#: possessive ("Britain's space minister") to the state, one with a bare title ("Science Minister X") to none: empty. A
#: supplier that "declined to comment" said nothing: no quote.
STORIES = [
    (
        (
            "OSLO, Nov 12 (Reuters) - A rocket built by the Norwegian start-up Nordlys Orbital broke apart about two "
            "minutes after lifting off from the island of Andøya on Wednesday, destroying the two weather satellites "
            "it carried.",
            "Nordlys Orbital's chief engineer Haakon Brevik-Sund said the second stage had failed to ignite after "
            "separation and that the rocket's own safety system had ended the flight over the sea.",
            '"We saw a clean separation and then nothing. We will know more once we have gone through the data," '
            "Brevik-Sund told reporters at the launch site.",
            "The company's founder and chief executive, Solveig Aarnes, said in a video posted online that no one had "
            "been hurt and that Nordlys would fly again within a year.",
            "Its spokeswoman, Mari Tveit-Olsen, said debris had fallen into a closed zone of the Norwegian Sea and "
            "that the coast guard was collecting pieces.",
            "The satellites were insured for about 40 million euros, said Gareth Pennock-Vale, a space underwriter at "
            "the London insurer Halbrook Specialty.",
            '"A second-stage failure on a young rocket is the risk we price for. What we will watch is how quickly '
            'they find the cause," Pennock-Vale said.',
            "Norway's space regulator, the Norwegian Space Licensing Authority, said it would not allow another launch "
            "from Andøya until it had approved the company's findings.",
            "Camille Ferrand-Oyelowo, an analyst at the Paris-based space consultancy Apsis Conseil, said small "
            "launchers often failed on their first flights but that investors were growing less patient.",
            '"We have built this rocket with our own hands, and we will fix it with our own hands," Aarnes said.',
        ),
        [
            ("failed to ignite", "Haakon Brevik-Sund", "other", "Nordlys Orbital"),  # its chief engineer
            ("clean separation", "Haakon Brevik-Sund", "other", ""),  # the same
            ("fly again within a year", "Solveig Aarnes", "other", "Nordlys Orbital"),  # "The company's founder"
            ("collecting pieces", "Mari Tveit-Olsen", "other", "Nordlys Orbital"),  # "Its spokeswoman"
            ("40 million euros", "Gareth Pennock-Vale", "other", "Halbrook Specialty"),  # space underwriter
            ("risk we price for", "Gareth Pennock-Vale", "other", ""),  # the same
            ("approved the company's findings", "Norwegian Space Licensing Authority", "institution", ""),  # regulator
            ("less patient", "Camille Ferrand-Oyelowo", "analyst", "Apsis Conseil"),  # a space consultancy's analyst
            ("our own hands", "Solveig Aarnes", "other", ""),  # the founder, her surname alone
        ],
    ),
    (
        (
            "SANTIAGO, April 9 (AP) - The Chilean Space Agency will delay the launch of its first Earth observation "
            "satellite by at least eighteen months after tests found cracks in the craft's main mirror, the agency "
            "said on Thursday.",
            "The agency's chief, Beatriz Quilodrán Soto, told a news conference that the mirror would be rebuilt by a "
            "German supplier and that the cost of the mission would rise by about 12 percent.",
            '"I would rather explain a delay than explain a satellite that cannot see," Quilodrán said.',
            "Her deputy, Tomás Riquelme Arancibia, said engineers had found the cracks during vibration tests in "
            "January and had spent two months ruling out other faults.",
            "Valentina Espejo, who heads the agency's science directorate, said the delay would not change what the "
            "satellite was built to do: track the retreat of glaciers in the southern Andes.",
            "Science Minister Rodrigo Falcón Urzúa said the government stood behind the agency and would not cut its "
            "budget.",
            "Ignacio Barrientos Lagos, a professor of astrophysics at the Universidad del Litoral Norte, said the "
            "cracks showed the risk of buying parts from a supplier that had never built a mirror for space.",
            '"Every young space programme pays for its first mirror twice," Barrientos said.',
            "A spokesman for the German supplier, Optronik Halberstadt, declined to comment.",
        ),
        [
            ("delay the launch", "Chilean Space Agency", "institution", ""),  # "the agency said"
            ("rebuilt by a German supplier", "Beatriz Quilodrán Soto", "official", "Chilean Space Agency"),  # its chief
            ("cannot see", "Beatriz Quilodrán Soto", "official", ""),  # the same, her first surname alone
            ("vibration tests", "Tomás Riquelme Arancibia", "official", "Chilean Space Agency"),  # "Her deputy"
            ("retreat of glaciers", "Valentina Espejo", "official", "Chilean Space Agency"),  # heads its directorate
            ("stood behind the agency", "Rodrigo Falcón Urzúa", "official", ""),  # Science Minister
            ("never built a mirror", "Ignacio Barrientos Lagos", "analyst", "Universidad del Litoral Norte"),
            ("first mirror twice", "Ignacio Barrientos Lagos", "analyst", ""),  # professor of astrophysics, surname
        ],
    ),
    (
        (
            "PARIS, June 2 (Reuters) - A Russian satellite has made three close passes by a French military "
            "communications satellite since March, France's defence ministry said on Monday, calling the manoeuvres "
            "unfriendly.",
            "General Anne-Laure Vercoutre of the French Space Command told reporters that the Russian craft had come "
            "within 8 kilometres of the French satellite on its closest pass.",
            "\"Nobody comes this close to someone else's satellite by accident. Every one of those passes was "
            'planned," Vercoutre said.',
            "Defence Minister Luc Sandrieux-Maréchal said France would raise the passes at a U.N. meeting on space "
            "security in Vienna this month.",
            "Russia's defence ministry did not respond to a request for comment.",
            "Leticia Armand-Okoro, who leads the space law section of the United Nations Office for Outer Space "
            "Affairs in Vienna, said close approaches were not banned by any treaty but that states had agreed to warn "
            "each other of risky manoeuvres.",
            '"The rules were written when there were a few hundred satellites. There are now more than ten thousand," '
            "she said.",
            "Julien Castagnet, a senior analyst at the space consultancy Orbitale Stratégies in Toulouse, said the "
            "passes looked like a rehearsal for inspecting or jamming a satellite.",
            "Castagnet said France had few ways to answer short of building its own inspector satellites, which it "
            "plans to fly from 2027.",
        ),
        [
            ("three close passes", "France's defence ministry", "institution", ""),  # the ministry as itself
            ("within 8 kilometres", "Anne-Laure Vercoutre", "official", "French Space Command"),  # its general
            ("by accident", "Anne-Laure Vercoutre", "official", ""),  # the same
            ("U.N. meeting", "Luc Sandrieux-Maréchal", "official", ""),  # Defence Minister
            ("not banned by any treaty", "Leticia Armand-Okoro", "official", "United Nations Office for Outer Space"),
            ("few hundred satellites", "Leticia Armand-Okoro", "official", ""),  # the same, "she said"
            ("rehearsal for inspecting", "Julien Castagnet", "analyst", "Orbitale Stratégies"),  # senior analyst
            ("inspector satellites", "Julien Castagnet", "analyst", ""),  # the same, his surname alone
        ],
    ),
    (
        (
            "HOUSTON (AP) - The crew of the International Space Station spent four hours sheltering in their docked "
            "capsules early on Friday as a cloud of debris from a broken-up rocket stage passed close to the station, "
            "NASA said.",
            "Speaking from orbit in a video call with reporters, European Space Agency astronaut Karsten Lyngby-Holm "
            "said the crew had been woken at 2 a.m. and had closed the hatches within twenty minutes.",
            '"You hear the alarm, you know the drill, and you go. Nobody talked much until it was over," Lyngby-Holm '
            "said.",
            "NASA's flight director for the station, Reggie Amponsah-Clarke, said the debris had passed within about "
            "2 kilometres and that the station had not needed to move.",
            "Delphine Marchal-Ueda, a former NASA flight director now at the Houston consultancy Lagrange Mission "
            "Partners, said the station had sheltered its crew from debris only a handful of times in its history.",
            '"Sheltering is not a failure. It is the system working as it was designed," Marchal-Ueda said.',
            "The U.S. Space Force, which tracks debris in orbit, said the rocket stage had broken up on Wednesday for "
            "reasons not yet known.",
            'Asked whether he had been afraid, Lyngby-Holm laughed. "A little. Then you get busy," he said.',
        ),
        [
            ("four hours sheltering", "NASA", "institution", ""),  # the agency as itself
            ("closed the hatches", "Karsten Lyngby-Holm", "official", "European Space Agency"),  # astronaut, in orbit
            ("know the drill", "Karsten Lyngby-Holm", "official", ""),  # the same
            ("not needed to move", "Reggie Amponsah-Clarke", "official", "NASA"),  # "NASA's flight director"
            ("handful of times", "Delphine Marchal-Ueda", "analyst", "Lagrange Mission Partners"),  # former, now at
            ("system working", "Delphine Marchal-Ueda", "analyst", ""),  # the same
            ("reasons not yet known", "U.S. Space Force", "institution", ""),  # the service as itself
            ("get busy", "Karsten Lyngby-Holm", "official", ""),  # the astronaut again, "he said"
        ],
    ),
    (
        (
            "SYDNEY, Sept 15 (Reuters) - The Australian Spectrum Authority on Monday granted Tasman Lumen a licence to "
            "fly 1,200 internet satellites over the country, the biggest such licence it has issued.",
            "The authority's chair, Fiona Makepeace-Doran, said the company had agreed to dim its satellites and to "
            "bring each of them down within five years of the end of its mission.",
            '"We have written conditions into this licence that no one has asked of an operator before," '
            "Makepeace-Doran said.",
            "Tasman Lumen, based in Adelaide, said it would launch its first 60 satellites in March.",
            "Its founder, Declan Ruhweza-Shaw, said the network would bring fast internet to farms and mines that had "
            "never had it.",
            '"The outback is the last big market without a decent connection. We intend to be first," he said.',
            "Nerida Callaghan-Pike, who runs a survey telescope at the Warrumbungle Sky Observatory, said even dimmed "
            "satellites would leave streaks across long exposures.",
            "Communications Minister Graham Ostrowski said the licence struck the right balance between the bush and "
            "the night sky.",
            "A spokeswoman for the authority said the licence could be withdrawn if the satellites proved brighter "
            "than the company had promised.",
        ),
        [
            ("within five years", "Fiona Makepeace-Doran", "official", "Australian Spectrum Authority"),  # its chair
            ("no one has asked", "Fiona Makepeace-Doran", "official", ""),  # the same
            ("first 60 satellites", "Tasman Lumen", "institution", ""),  # the company as itself
            ("farms and mines", "Declan Ruhweza-Shaw", "other", "Tasman Lumen"),  # "Its founder"
            ("intend to be first", "Declan Ruhweza-Shaw", "other", ""),  # the same, "he said"
            ("leave streaks", "Nerida Callaghan-Pike", "analyst", "Warrumbungle Sky Observatory"),  # astronomer
            ("right balance", "Graham Ostrowski", "official", ""),  # Communications Minister
            ("could be withdrawn", "", "unnamed", "Australian Spectrum Authority"),  # "A spokeswoman for the authority"
        ],
    ),
    (
        (
            "LONDON, Jan 28 (Reuters) - Scottish rocket maker Halcyon Ascent has raised 150 million pounds from "
            "investors led by a Gulf sovereign fund, it said on Tuesday, as it prepares for its first orbital launch "
            "from the Shetland Islands this summer.",
            "Chief executive Ewan Mackintosh-Reid, who founded the company in a Glasgow garage in 2016, said the money "
            "would pay for ten launches.",
            '"Everyone wants to talk about the first launch. I want to talk about the tenth," Mackintosh-Reid said in '
            "an interview.",
            "The company's spokeswoman, Kirsty Abernethy-Low, said the Shetland site had received its range licence "
            "from the Civil Aviation Authority in December.",
            "Britain's space minister, Priya Lakhani-Doyle, said the funding showed that Britain could build rockets "
            "as well as satellites.",
            "Orla Hennessy-Vance, an analyst at the London space consultancy Northstar Orbital Research, said the "
            "round valued the company at about 600 million pounds, a high price for a firm that had "
            "not yet reached orbit.",
            '"Investors are paying for a launch that has not happened yet," Hennessy-Vance said.',
            "Mackintosh-Reid said the company would hire 200 more engineers in Scotland by the end of next year.",
        ),
        [
            ("150 million pounds", "Halcyon Ascent", "institution", ""),  # the company as itself, "it said"
            ("ten launches", "Ewan Mackintosh-Reid", "other", "Halcyon Ascent"),  # "Chief executive X"
            ("about the tenth", "Ewan Mackintosh-Reid", "other", ""),  # the same
            ("range licence", "Kirsty Abernethy-Low", "other", "Halcyon Ascent"),  # "The company's spokeswoman"
            ("build rockets", "Priya Lakhani-Doyle", "official", "Britain"),  # "Britain's space minister"
            ("600 million pounds", "Orla Hennessy-Vance", "analyst", "Northstar Orbital Research"),  # consultancy
            ("not happened yet", "Orla Hennessy-Vance", "analyst", ""),  # the same
            ("200 more engineers", "Ewan Mackintosh-Reid", "other", ""),  # his surname alone, later
        ],
    ),
]
