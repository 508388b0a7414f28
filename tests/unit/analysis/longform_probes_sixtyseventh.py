"""A sixty-seventh batch of fictional stories for probing the quotes, in the manner of CYBERSECURITY, DATA BREACHES AND
TECH ACCOUNTABILITY NEWS as the wires, the tech desks and the local web news write it: organisations that speak as
themselves ("said in a statement posted to its website", "the chain said", "the agency said", "the city said", an
acronym such as "the IOO said") and through "a spokesperson for X", posts and notes ("wrote in a post on LinkedIn", "in
a blog post, … wrote", "the hackers wrote on their leak site", "wrote in a note to clients"), documents that are no
speaker ("the advisory said", "the order said", "the post described"), a nurse "who was not authorized to speak
publicly", a patient by first name, a handle on X, a judge who "wrote" in an order, and an embassy spokesperson's
denial. The pieces: a hospital chain's ransomware attack, a telecom breach told through a regulator and the researcher
who first spotted the leaked files, a state-linked hacking campaign against water utilities, a class action over a
fitness app's leak, and a small city's systems down. Written for these tests; none is taken from any corpus, and
every person, firm, hacking group, agency, town and institute in them is made up (the countries, states and kinds of
bodies are real)."""

from __future__ import annotations

RANSOMWARE: tuple[str, ...] = (
    "Ransomware attack forces Meridian Valley Health to divert ambulances at four hospitals",
    "HARTWELL, Ohio (AP) — A ransomware attack has knocked out computer systems at Meridian Valley Health, forcing the "
    "hospital chain to divert ambulances from four of its emergency rooms and to cancel some scheduled surgeries, the "
    "company said Thursday.",
    "In a statement posted to its website, Meridian Valley Health said it had detected “suspicious network activity” "
    "early Tuesday and had taken its systems offline “out of an abundance of caution.” The chain said patient care "
    "“remains our first priority” and that its doctors and nurses had switched to paper records.",
    "A nurse at Hartwell General, the chain’s largest hospital, who was not authorized to speak publicly, said staff "
    "had been writing medication orders by hand for three days. “We are charting on paper like it’s 1985. Nobody has "
    "trained for this, and the night shift is exhausted,” she said.",
    "Tamsin Oyelowo-Hart, a spokesperson for the chain, said in an email that the company was working with the FBI "
    "and an outside cybersecurity firm. She declined to say whether the company had received a ransom demand or "
    "whether patient data had been taken.",
    "“We are not going to discuss the details of an ongoing investigation,” Oyelowo-Hart said.",
    "A group calling itself Crimson Lattice claimed responsibility on Friday. On its leak site, the group wrote that "
    "it had taken “more than 400 gigabytes” of files, including patient records, and gave the chain seven days to pay.",
    "Patients said the outage had upended their care. Delia, 54, who asked that her last name not be used because she "
    "is being treated for cancer, said her chemotherapy appointment on Wednesday had been postponed with no new date. "
    "“They called me the night before and said the computers were down. I have a tumor. It doesn’t wait for the "
    "computers,” she said.",
    "The Tallis County Health Department said it was monitoring the diversions and that nearby hospitals had been "
    "asked to take the extra patients. “Our hospitals are absorbing it for now,” Dr. Ramon Ekwueme-Stahl, the "
    "department’s director, said at a news conference. “But absorbing it for now is not the same as absorbing it for "
    "a month.”",
    "Jordan Whitacre-Lund, who leads threat research at the security firm Northgate Cyber, said hospitals had become "
    "favored targets because they cannot afford to be down for long. “Hospitals pay because the alternative is people "
    "dying in the parking lot. The criminals know that,” Whitacre-Lund said.",
    "The FBI declined to comment.",
)

TELECOM: tuple[str, ...] = (
    "Telecom breach exposed data of 9 million customers, regulator says",
    "LONDON — Personal details of about nine million customers of Brightwave Mobile were exposed in a breach that went "
    "unnoticed for at least five weeks, the Information Oversight Office, Britain’s data-protection regulator, said on "
    "Monday as it opened a formal investigation into the company.",
    "The breach was first spotted by Ilse Marchetti-Rowe, an independent security researcher, who found a folder of "
    "customer records for sale on a criminal forum in late August. “It was sitting there with a price tag, names, "
    "addresses, dates of birth, the last four digits of bank cards,” Marchetti-Rowe said in an interview. “Anyone with "
    "a few hundred dollars in bitcoin could have bought it.”",
    "She wrote in a post on LinkedIn on Sept. 2 that she had alerted Brightwave the same day and received no reply for "
    "nine days. The post, which has been shared thousands of times, described the company’s response as “slow and "
    "defensive.”",
    "In a blog post on Monday, Brightwave’s chief executive, Gareth Albescu-Fenn, apologized to customers and said the "
    "company had “fallen short.” He wrote that the data had been taken from a system run by a third-party billing "
    "contractor, not from Brightwave’s own network, and that no passwords had been exposed.",
    "“I want to be clear: this is on us, whoever ran the server,” Albescu-Fenn wrote. “Our customers gave their data "
    "to Brightwave, not to a contractor.”",
    "The hackers, who call themselves Quiet Ferret, posted a sample of the files on their leak site last week. "
    "“Brightwave had months to fix this and chose not to,” the hackers wrote on the site. They demanded $4 million.",
    "Priya Nandakumar-Ossett, the regulator’s executive director for enforcement, told reporters that the office "
    "would examine whether Brightwave had met its legal duty to report the breach within 72 hours. “The clock starts "
    "when you know, not when you are ready to say so,” she said.",
    "The IOO said in a statement that it had also written to the billing contractor, Tallow Data Services, which did "
    "not respond to requests for comment.",
    "A spokesperson for the Communications Workers Guild, which represents Brightwave’s call-centre staff, said "
    "employees had been fielding “thousands” of calls from worried customers without being told what to say.",
    "Fergus Mwangi-Talbot, a telecoms analyst at Ledgerline Securities, wrote in a note to clients that the fine could "
    "reach 4 percent of the company’s global turnover but that regulators rarely imposed the maximum. Brightwave’s "
    "shares fell 3.1 percent in London.",
    "Marchetti-Rowe said she had not been paid for the discovery and did not expect to be. “I didn’t do it for a "
    "bounty. I did it because my mother is a Brightwave customer,” she said.",
)

CAMPAIGN: tuple[str, ...] = (
    "Agencies warn of state-linked hackers inside water utilities’ networks",
    "WASHINGTON (Reuters) — Hackers working for a foreign government have been quietly breaking into the networks of "
    "water utilities and port operators in at least six countries, a coalition of cybersecurity agencies said on "
    "Wednesday in a joint advisory.",
    "The advisory, issued by the U.S. National Cyber Defense Agency (NCDA) and its counterparts in Britain, Canada and "
    "Australia, said the group, which researchers track as Granite Heron, had used stolen passwords and unpatched "
    "routers to get in and then waited, sometimes for more than a year.",
    "“These actors are not stealing data. They are positioning themselves to turn things off,” the NCDA’s director, "
    "Harriet Okonkwo-Vale, said in a statement. “Every utility operator should assume they are a target.”",
    "The agency said it had notified more than 40 affected organizations and urged operators to replace devices that "
    "no longer receive security updates.",
    "The name Granite Heron was first used by a researcher who posts on X as @saltmarsh_sec, who wrote in March that "
    "the group’s tools reused code from an intrusion at a shipping firm in 2021.",
    "Leon Baptiste-Carrow, head of threat intelligence at the cybersecurity firm Sentinel Hollow, said his team had "
    "first seen Granite Heron’s tools in 2023 on the network of a port in Southeast Asia. “They are patient, they are "
    "quiet, and they clean up after themselves,” he said. “That is what a state does. Criminals want to get paid by "
    "Friday.”",
    "The advisory did not name the government behind the campaign, but two officials familiar with the investigation "
    "said the agencies had high confidence it was China. They spoke on condition of anonymity to discuss intelligence "
    "matters.",
    "Fang Xiaoqun, a spokesperson for the Chinese Embassy in Washington, rejected the accusation. “China firmly "
    "opposes all forms of cyberattacks, and we oppose groundless smears,” Fang said in an emailed statement, adding "
    "that the United States was “the world’s biggest hacking empire.”",
    "Maren Solvik-Dane, who manages the water system for the town of Ashgrove, Vt., one of the utilities named in a "
    "government briefing, said the hackers had been inside a device that controls chemical dosing. “They could have "
    "changed the chlorine levels. They didn’t. I don’t know if that should make me feel better,” she said.",
    "Former NCDA official Daniel Ferreira-Holt, now a senior fellow at the Calder Center for Technology Policy, argued "
    "that advisories were not enough. “We have been writing these warnings for a decade. The utilities that read them "
    "are not the ones that get hacked,” he said.",
)

LAWSUIT: tuple[str, ...] = (
    "Judge lets class action over fitness app leak go forward",
    "SAN FRANCISCO — A federal judge on Tuesday refused to dismiss a class-action lawsuit accusing the "
    "fitness-tracking company Pacelark of failing to protect the location data of 2.4 million users, clearing the "
    "way for the case to go to trial.",
    "In a 38-page order, U.S. District Judge Cornelia Ashby-Rourke wrote that the plaintiffs had “plausibly alleged” "
    "that Pacelark knew its servers were misconfigured for months before the leak and did nothing. “A company that "
    "promises its users privacy cannot treat that promise as marketing copy,” the judge wrote.",
    "The order said the company’s argument that users had consented to the sharing of their data “strains credulity.”",
    "Pacelark’s lawyers had argued that no user had shown actual harm from the leak, which exposed the routes users "
    "ran and cycled, in many cases starting and ending at their homes.",
    "“For many of our clients, the map shows where they sleep,” said Rosalind Quaye-Merriman, a lawyer at Hensley "
    "Quaye LLP who represents the plaintiffs. “That is the harm. You do not need to wait for someone to be followed "
    "home.”",
    "Quaye-Merriman said the plaintiffs would seek damages for every affected user and a court order requiring "
    "Pacelark to delete location data it no longer needs.",
    "Pacelark’s counsel, Everett Dunmore-Sykes of the firm Brandt & Vance, said in a statement that the company "
    "“respectfully disagrees” with the ruling and was considering an appeal. “The court’s decision at this early stage "
    "is not a finding of liability,” he said.",
    "The company said in a separate statement that it had fixed the misconfiguration within hours of learning of it "
    "in 2024 and had since hired a chief privacy officer.",
    "One of the named plaintiffs, Owen Takahashi-Bell, a runner from Oakland, said he found out about the leak from a "
    "reporter. “I ran the same loop every morning at 5:30. Anybody who downloaded that file knew exactly when I would "
    "be alone on a trail,” he said.",
    "A trial date has not been set. Judge Ashby-Rourke ordered both sides to appear for a scheduling conference in "
    "January.",
)

CITY_OUTAGE: tuple[str, ...] = (
    "Cyberattack leaves Port Halden unable to take payments, issue permits",
    "PORT HALDEN, Maine — A week after a cyberattack shut down most of Port Halden’s computer systems, residents still "
    "cannot pay water bills online, the police are writing reports by hand and the city clerk’s office is issuing no "
    "permits, city officials said Monday.",
    "Mayor Annette Brisbois-Kerr said at a news conference at City Hall that the city had not paid a ransom and did "
    "not intend to. “We are not going to hand taxpayer money to criminals,” she said. “We will rebuild, and it will "
    "take as long as it takes.”",
    "The city’s information technology director, Samir Haddad-Quist, said his team had restored email and the 911 "
    "dispatch system, which runs on a separate network, but that the billing and permitting systems would stay "
    "offline for at least two more weeks.",
    "“We found the attackers in places they should never have been able to reach,” Haddad-Quist said. He said the "
    "city had been using a version of remote-access software that the vendor had stopped supporting in 2022, a "
    "problem he had flagged in two budget requests.",
    "City Councilor Deborah Lintz-Amato said the council had twice cut the IT department’s requests. “We chose new "
    "sidewalks over new servers. That was a choice, and I voted for it,” she said.",
    "The city posted updates on its Facebook page, where residents left hundreds of comments. In one post on "
    "Saturday, the city said residents would not be charged late fees on water bills until the systems were restored.",
    "Hank Pelletier-Dunn, 71, who runs a bait shop on the harbor, said he had tried to renew his business license "
    "three times. “They told me to come back with a check. I haven’t written a check since the Clinton "
    "administration,” he said.",
    "The state’s Cyber Incident Response Office said its investigators were working with the FBI. A spokesperson for "
    "the office, Noreen Voss-Emery, said investigators had not found evidence that residents’ personal data had been "
    "taken but could not rule it out.",
    "“Every town this size is one click away from this,” said Brisbois-Kerr. “We just happened to be the one that "
    "clicked.”",
)
