"""The sixty-fifth round of blind profile probes: fictional stories of international courts, tribunals and arbitration
in world and business news (a world court's ruling on river islands with the court as itself, "the court's president,
Judge X", a state's agent who is a deputy foreign minister, "Its lead counsel" after the state's law firm was named, a
foreign ministry as itself, "X, who represented Y at the hearings", a law professor and the agent again by his surname
alone; a trial at an international criminal court with "The court's prosecutor, X", "X, the former justice minister's
lawyer", "The court's registrar, X", "A spokesman for the court", a victims' group coordinator, a justice ministry as
itself and the prosecutor by her surname alone; an investment arbitration award against a state with the mining
company as itself, "the tribunal ... said", the company's general counsel, the state's attorney general, a mines
ministry as itself, an analyst at a political-risk consultancy and a professor of investment law; a law-of-the-sea
tribunal's order to free a trawler with the tribunal as itself, "The tribunal's president, Judge X", a state's agent,
a state's counsel who is a partner at a law firm, a fisheries ministry and the boat's owner as themselves, "A
spokeswoman for the tribunal, X," and a fishermen's group coordinator; a gas-price arbitration won by an energy group
with the group as itself, its finance chief, a state gas company as itself, a state's energy minister, "Its lead
counsel" after the group's law firm was named and a consultancy's analyst; a human-rights court's ruling against a
state with the court as itself twice, the state's agent before the court, "X, a lawyer at the firm Y, who represented
the villagers at the hearings", a state mining company as itself, a villagers' association coordinator and a law
professor), and for each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtyfifth.py).
Blind:
20 wrong of 56. By pattern: a state's agent before a court or in a case ("Guatemala's agent before the court, Deputy
Foreign Minister X", "Spain's agent in the case, X", "Romania's agent before the court, X") found as `other`, not as an
official (4); "ruled that" of a court as itself not found as a quote (2); "X, coordinator of the victims' group Y 12
Juin, which ..." found as said by "12 Juin" (missed and extra: 2); "The three-member tribunal at the World Bank's Y
said" found as said by "three-member tribunal", not the body the article names (missed and extra: 2); "Marta
Zielonka-Grant, an analyst at ..." found as said by her surname alone (missed and extra: 2); "Senegal's counsel, X, a
partner at the law firm Y" found as an official, not a lawyer (2); a company speaking as itself found as `other`
("The owner, Y, said", "Polgaz said" after "Poland's state gas company Polgaz") (2); "X, who coordinates the group Y"
tied to nothing, not to Y (2); "X, who represented Y at the hearings" tied to nothing (1); "fishermen had welcomed ...
and feared the order would ..." inside a reported clause found as a second, unnamed quote (1).
After the mends: 7 (see test_profiles_blind_probes_sixtyfifth.py for the steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: judges and a court's president, a court's prosecutor and registrar, a named spokeswoman of a
#: tribunal, a state's agent before a court, an attorney general and ministers are `official`; a state's counsel at a
#: law firm, a defence lawyer, a general counsel, a finance chief and the coordinators of victims', fishermen's and
#: villagers' groups are `other`; law professors and analysts at political-risk or energy consultancies are `analyst`;
#: an unnamed spokesman of a court is `unnamed` (tied to the court); a court, a tribunal, a ministry and a company
#: speaking as itself ("ruled that", "the tribunal said") is an `institution` under the fullest name the article gives
#: it. "Its lead counsel" is tied to the law firm named before it, not to the state the firm acted for; "X, who
#: represented Y at the hearings" with no firm named to Y, with a firm named to the firm; "Y's agent before the court"
#: to the state Y; "Y's attorney general" and "Y's energy minister" to Y; "the former justice minister's lawyer" to none
#: (a person is no organisation): empty.
STORIES = [
    (
        (
            "THE HAGUE, March 12 (Reuters) - The International Court of Justice ruled on Wednesday that three islands "
            "in the Paz river belong to Guatemala and not to El Salvador, ending a dispute the two neighbours brought "
            "to The Hague in 2019.",
            "Reading the judgment in the Great Hall of Justice, the court's president, Judge Ottilie Brennecke-Saar, "
            "said an 1889 treaty map that both sides had signed showed the border running along the river's western "
            "channel.",
            '"The court cannot redraw a line that the parties drew themselves. It can only read it," Brennecke-Saar '
            "said.",
            "Guatemala's agent before the court, Deputy Foreign Minister Aurelio Sandoval-Mejía, said the ruling would "
            "let fishermen from both countries go back to the islands without fear of arrest.",
            "Guatemala was represented by the Madrid law firm Ferrán Olabarri. Its lead counsel, Inmaculada "
            "Roig-Tessier, said the court had given decisive weight to the surveyors' notes that came with the map.",
            "El Salvador's foreign ministry said in a statement that it accepted the judgment but regretted that the "
            "court had set aside a century of Salvadoran settlement on the islands.",
            "Maurice Ekwueme-Dahl, who represented El Salvador at the hearings, said his government would ask the "
            "court to rule on the fishing rights of families who had lived on the islands for generations.",
            "Liesbeth Vrancken-Moss, a professor of international law at Maasdal University, said border rulings were "
            "the judgments of the court that states most often carried out, because both sides usually wanted the "
            "quarrel over.",
            '"A border ruling gives both governments someone else to blame. That is often exactly what they need," '
            "Vrancken-Moss said.",
            "Sandoval-Mejía said Guatemala would open talks with San Salvador next month on a joint fishing zone "
            "around the islands.",
        ),
        [
            ("belong to Guatemala", "International Court of Justice", "institution", ""),  # "ruled that"
            ("western channel", "Ottilie Brennecke-Saar", "official", "International Court of Justice"),  # president
            ("only read it", "Ottilie Brennecke-Saar", "official", ""),  # the same
            ("without fear of arrest", "Aurelio Sandoval-Mejía", "official", "Guatemala"),  # "Y's agent before ..."
            ("decisive weight", "Inmaculada Roig-Tessier", "other", "Ferrán Olabarri"),  # "Its lead counsel"
            ("century of Salvadoran", "El Salvador's foreign ministry", "institution", ""),  # the ministry as itself
            ("fishing rights", "Maurice Ekwueme-Dahl", "other", "El Salvador"),  # "who represented Y at the hearings"
            ("most often carried out", "Liesbeth Vrancken-Moss", "analyst", "Maasdal University"),  # law professor
            ("someone else to blame", "Liesbeth Vrancken-Moss", "analyst", ""),  # the same
            ("joint fishing zone", "Aurelio Sandoval-Mejía", "official", ""),  # the agent, his surname alone
        ],
    ),
    (
        (
            "THE HAGUE, Nov 4 (AP) - The trial of a former Malian justice minister accused of ordering the torture of "
            "detained protesters opened at the International Criminal Court on Monday, six years after the court "
            "issued a warrant for his arrest.",
            "The court's prosecutor, Adaeze Fontaine-Okoro, told the judges that Boubacar Tessougué-Diallo had signed "
            "the orders that sent more than 200 protesters to a secret prison outside Bamako in 2018.",
            '"These were not the acts of rogue guards. They were written down, stamped and signed," Fontaine-Okoro '
            "said.",
            "Ibrahim Haidara-Lenz, the former justice minister's lawyer, said his client had never seen the documents "
            "and that the signatures on them had been forged by officers who wanted to save themselves.",
            '"The prosecution has built its case on men who are buying their own freedom with my client\'s name," '
            "Haidara-Lenz told reporters outside the court.",
            "The court's registrar, Pilar Escudero-Vance, said 14 of the 61 witnesses would testify by video link from "
            "Bamako and that their faces and voices would be disguised.",
            "A spokesman for the court said the trial was expected to last at least 18 months.",
            "Aminata Sangaré-Roux, coordinator of the victims' group Mères du 12 Juin, which speaks for 140 former "
            "detainees and their families, said many of them had waited so long that they had stopped believing a "
            "trial would come.",
            "Mali's justice ministry said it had handed the court 3,000 pages of prison records and would not oppose "
            "the trial.",
            "Fontaine-Okoro said the prosecution would call its first witness, a former prison guard, on Wednesday.",
        ),
        [
            ("secret prison", "Adaeze Fontaine-Okoro", "official", "International Criminal Court"),  # its prosecutor
            ("stamped and signed", "Adaeze Fontaine-Okoro", "official", ""),  # the same
            ("never seen the documents", "Ibrahim Haidara-Lenz", "other", ""),  # the former minister's lawyer
            ("buying their own freedom", "Ibrahim Haidara-Lenz", "other", ""),  # the same
            ("video link", "Pilar Escudero-Vance", "official", "International Criminal Court"),  # the registrar
            ("18 months", "", "unnamed", "International Criminal Court"),  # "A spokesman for the court"
            ("stopped believing", "Aminata Sangaré-Roux", "other", "Mères du 12 Juin"),  # victims' group coordinator
            ("prison records", "Mali's justice ministry", "institution", ""),  # the ministry as itself
            ("first witness", "Adaeze Fontaine-Okoro", "official", ""),  # the prosecutor, her surname alone
        ],
    ),
    (
        (
            "TORONTO, Aug 14 (Reuters) - An international arbitration tribunal has ordered Peru to pay 412 million "
            "dollars to the Canadian miner Corrigan Gold for cancelling its copper concession in the Andes in 2019, "
            "the company said on Thursday.",
            "The three-member tribunal at the World Bank's International Centre for Settlement of Investment Disputes "
            "said Peru had broken its investment treaty with Canada by taking the concession without paying fair "
            "compensation.",
            "Corrigan Gold's general counsel, Linnea Baptiste-Orr, said the company would move to seize Peruvian state "
            "assets abroad if Lima had not paid within 120 days.",
            '"We spent eleven years and 300 million dollars on that mine. We would much rather have the mine than the '
            'money," Baptiste-Orr said.',
            "Peru's attorney general, Rosario Quispe-Villaseca, said the government would ask an ad hoc committee to "
            "annul the award, arguing that the tribunal had ignored evidence that the company had polluted two "
            "rivers.",
            "Peru's energy and mines ministry said the concession had been cancelled lawfully and that the land had "
            "since been returned to three farming communities.",
            "Camila Ortúzar-Reyes, an analyst at the political-risk consultancy Andesgate Advisory, said the award "
            "would make miners more cautious about bidding in the next round of Peruvian concessions, due in March.",
            "Paul Achterberg-Lyle, a professor of investment law at Kingsmere University in London, said states won "
            "slightly more of these cases than they lost, but that the sums they were ordered to pay had grown sharply "
            "over the past decade.",
            "Quispe-Villaseca said an annulment request would suspend any duty to pay until the committee decided.",
        ),
        [
            ("412 million", "Corrigan Gold", "institution", ""),  # "the company said"
            ("fair compensation", "International Centre for Settlement of Investment Disputes", "institution", ""),
            ("seize Peruvian state assets", "Linnea Baptiste-Orr", "other", "Corrigan Gold"),  # general counsel
            ("rather have the mine", "Linnea Baptiste-Orr", "other", ""),  # the same
            ("annul the award", "Rosario Quispe-Villaseca", "official", "Peru"),  # "Peru's attorney general"
            ("cancelled lawfully", "Peru's energy and mines ministry", "institution", ""),  # the ministry as itself
            ("more cautious", "Camila Ortúzar-Reyes", "analyst", "Andesgate Advisory"),  # political-risk analyst
            ("grown sharply", "Paul Achterberg-Lyle", "analyst", "Kingsmere University"),  # professor of law
            ("suspend any duty", "Rosario Quispe-Villaseca", "official", ""),  # the attorney general, surname alone
        ],
    ),
    (
        (
            "HAMBURG, July 2 (Reuters) - The International Tribunal for the Law of the Sea said on Tuesday that "
            "Senegal must release a Spanish-flagged trawler and its 23 crew within ten days once the owner posts a "
            "bond of 2.5 million euros.",
            "The tribunal's president, Judge Kwame Osei-Lindqvist, said Senegal had every right to enforce its fishing "
            "laws in its own waters but could not hold a crew for months without charge.",
            "Spain's agent in the case, Carmen Olazábal-Prieto, said the crew could be home within two weeks.",
            "Senegal's fisheries ministry said the trawler, the Virgen de Arosa, had been caught with 40 tonnes of "
            "undeclared hake in a zone closed to foreign boats.",
            "Senegal's counsel, Abdoulaye Ndour-Vaillant, a partner at the Dakar law firm Cabinet Sarr Lemaître, said "
            "the tribunal had set the bond too low to deter illegal fishing.",
            '"A bond of 2.5 million euros is a cost of doing business for a fleet like this one," Ndour-Vaillant said.',
            "The owner, Pesquerías Arousa, said in a statement that it would post the bond on Wednesday and contest "
            "the charges in a Senegalese court.",
            "A spokeswoman for the tribunal, Henriette Salgado-Weiss, said the judgment on the merits would take at "
            "least a year.",
            "Ousmane Faye-Lindholm, who coordinates the fishermen's group Pirogues Unies in the port of Joal, said "
            "local fishermen had welcomed the arrest and feared the order would embolden foreign fleets.",
            "Osei-Lindqvist said the judges had voted 17 to 4 for the order.",
        ),
        [
            ("Senegal must release", "International Tribunal for the Law of the Sea", "institution", ""),  # itself
            ("without charge", "Kwame Osei-Lindqvist", "official", "International Tribunal for the Law of the Sea"),
            ("within two weeks", "Carmen Olazábal-Prieto", "official", "Spain"),  # "Spain's agent in the case"
            ("undeclared hake", "Senegal's fisheries ministry", "institution", ""),  # the ministry as itself
            ("deter illegal fishing", "Abdoulaye Ndour-Vaillant", "other", "Cabinet Sarr Lemaître"),  # firm partner
            ("cost of doing business", "Abdoulaye Ndour-Vaillant", "other", ""),  # the same
            ("post the bond", "Pesquerías Arousa", "institution", ""),  # "The owner, Y, said"
            ("merits", "Henriette Salgado-Weiss", "official", "International Tribunal for the Law of the Sea"),
            ("embolden foreign fleets", "Ousmane Faye-Lindholm", "other", "Pirogues Unies"),  # coordinates the group
            ("17 to 4", "Kwame Osei-Lindqvist", "official", ""),  # the president, his surname alone
        ],
    ),
    (
        (
            "OSLO, Jan 22 (Reuters) - Norwegian energy group Vestfjell Energi has won an arbitration case against "
            "Poland's state gas company Polgaz over the price of gas delivered since 2021 and will receive about 1.1 "
            "billion euros, Vestfjell said on Monday.",
            "Vestfjell's chief financial officer, Sigrun Holtedahl-Berg, said the money would be booked in the first "
            "quarter and part of it returned to shareholders.",
            "Polgaz said it disagreed with the award and would ask a Swedish court to set it aside.",
            "Poland's energy minister, Wiesław Karbowiak-Thorne, said the contract had been signed by a previous "
            "government on terms that had always favoured the seller.",
            "Vestfjell was represented by the Oslo law firm Brekke Solum. Its lead counsel, Håvard Lindeman-Aas, said "
            "the tribunal had accepted every one of Vestfjell's arguments on the price formula.",
            '"The contract had a clause for exactly this situation. Polgaz chose not to use it," Lindeman-Aas said.',
            "Marta Zielonka-Grant, an analyst at the Warsaw consultancy Vistula Risk Partners, said the award would "
            "weigh on Polgaz's results but would not threaten its ability to pay its debts.",
            "Karbowiak-Thorne said Poland would not let the award raise household gas bills.",
            "Holtedahl-Berg said the company would not sign another long-term contract without a yearly price review.",
        ),
        [
            ("1.1 billion euros", "Vestfjell Energi", "institution", ""),  # "Vestfjell said"
            ("first quarter", "Sigrun Holtedahl-Berg", "other", "Vestfjell"),  # "Vestfjell's chief financial officer"
            ("set it aside", "Polgaz", "institution", ""),  # the state gas company as itself
            ("favoured the seller", "Wiesław Karbowiak-Thorne", "official", "Poland"),  # "Poland's energy minister"
            ("every one of Vestfjell", "Håvard Lindeman-Aas", "other", "Brekke Solum"),  # "Its lead counsel"
            ("chose not to use it", "Håvard Lindeman-Aas", "other", ""),  # the same
            ("ability to pay", "Marta Zielonka-Grant", "analyst", "Vistula Risk Partners"),  # consultancy analyst
            ("household gas bills", "Wiesław Karbowiak-Thorne", "official", ""),  # the minister, surname alone
            ("yearly price review", "Sigrun Holtedahl-Berg", "other", ""),  # the finance chief, surname alone
        ],
    ),
    (
        (
            "STRASBOURG, France, April 9 (AP) - The European Court of Human Rights ruled on Tuesday that Romania had "
            "violated the rights of 37 villagers by letting a state mining company flood their land with waste from "
            "a copper mine.",
            "The court said the Romanian authorities had known of the risk of a dam failure for four years and had "
            "done nothing to move the villagers or to repair the dam.",
            "Romania's agent before the court, Corina Vlădescu-Hart, said the government would study the ruling and "
            "had already paid for the dam to be rebuilt.",
            "Radu Bârsan-Elwes, a lawyer at the Cluj firm Pădureanu Law, who represented the villagers at the "
            "hearings, said each family would receive between 15,000 and 40,000 euros.",
            '"Our clients asked for this for eleven years. They should not have had to come to Strasbourg to get it," '
            "Bârsan-Elwes said.",
            "The state mining company, Cuprum Apuseni, said it had spent 20 million euros on the dam since 2020 and "
            "that no waste had left the site since.",
            "Elena Strâmbu-Fox, who coordinates the villagers' association Valea Verde, said most of the families "
            "still could not grow food on their land.",
            "Gabriel Achim-Lorentz, a law professor at Someș Valley University, said the ruling would make it harder "
            "for governments to argue that pollution from a state company was not their responsibility.",
            "Strâmbu-Fox said the association would ask the government to buy the land of families who wanted to "
            "leave.",
        ),
        [
            ("violated the rights", "European Court of Human Rights", "institution", ""),  # "ruled that"
            ("dam failure", "European Court of Human Rights", "institution", ""),  # "The court said"
            ("study the ruling", "Corina Vlădescu-Hart", "official", "Romania"),  # "Romania's agent before the court"
            ("40,000 euros", "Radu Bârsan-Elwes", "other", "Pădureanu Law"),  # a lawyer at the firm, represented Y
            ("come to Strasbourg", "Radu Bârsan-Elwes", "other", ""),  # the same
            ("20 million euros", "Cuprum Apuseni", "institution", ""),  # "The state mining company, Y, said"
            ("grow food", "Elena Strâmbu-Fox", "other", "Valea Verde"),  # coordinates the villagers' association
            ("their responsibility", "Gabriel Achim-Lorentz", "analyst", "Someș Valley University"),  # law professor
            ("buy the land", "Elena Strâmbu-Fox", "other", ""),  # the coordinator, her surname alone
        ],
    ),
]
