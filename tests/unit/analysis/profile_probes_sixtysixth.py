"""The sixty-sixth round of blind profile probes: fictional stories of espionage, spy trials and intelligence agencies
in world news (diplomats expelled as spies with the expelling state as itself, "The foreign ministry's spokeswoman,
X", the expelled state's ambassador, "the embassy said in a statement", a former military intelligence officer now at
a think tank, an unnamed "Western security official" and a lawmaker on parliament's intelligence committee; a spy trial
of an engineer with "The federal prosecutor, X", "The engineer's lawyer, X", "The presiding judge, X", "The court
said in a statement", the engineer's former employer as itself, an embassy as itself and the lawyer by his surname
alone; a domestic security service's annual threat report with the service as itself, "The service's director
general, X", a military intelligence service as itself and "Its director, X" after it, "X, who led the directorate's
counter-intelligence branch until 2019", an interior minister and an embassy; a cyber-espionage campaign found by a
made-up cybersecurity firm with the firm as itself, a threat researcher at it, "The firm's chief executive, X", a
government cyber agency as itself and "Its director, X", a foreign ministry's spokesman and a former intelligence
officer at a think tank; a spy ring arrested with an agency as itself, "The agency's chief, X", an unnamed Western
security official, a lawmaker on an intelligence committee, a prosecutor's office as itself, a foreign ministry's
spokeswoman and "The state railway freight operator, Y, said"; an engineer sentenced for selling a chip-equipment
maker's designs with the court as itself, "Presiding judge X", a prosecution service as itself, "The engineer's
lawyer, X", the company and "Its chief executive, X", an economy minister and a researcher at a think tank), and for
each quote the speaker, kind and affiliation written before the stories were run
(test_profiles_blind_probes_sixtysixth.py).
Blind:
19 wrong of 55. By pattern: "The court said" after the court was named with its town found under a shorter name ("Higher
Regional Court" for "the Higher Regional Court in Celle"; "court" for "The district court in Eindhoven") (missed and
extra: 4); "The service's director general, X" found as `other` tied to nothing (3) and "X, who led the directorate's
counter-intelligence branch until 2019" found as `other` tied to nothing (1); "X, a former officer ... who has since
become a fellow at the Oslo think tank Y, said" found as said by Y (missed and extra: 2); "X's former employer, the
engine maker Y, said" found as an unnamed employer, not Y as itself (missed and extra: 2); "The public prosecution
service said" found as an unnamed source (missed and extra: 2); "Poland's State Security Office said" kept with the
state's possessive before the agency's own name (missed and extra: 2); "Finland's government cyber agency, Y, said"
found as `other` tied to Finland (1) and "Its director, X" after it tied to the agency's description, not to Y (1);
"..., the Finnish cybersecurity firm Y said on Wednesday" at the end of a first paragraph not found (1).
Unscored but wrong: "Economy Minister X" of a Dutch story tied to Russia (the gold leaves it empty).
After the blind run the clause of the Oslo fellow's present post was reworded, as its seven words ran as a corpus's
do; the count stayed as it was.
After the mends: 10 (see test_profiles_blind_probes_sixtysixth.py for the steps and what is left)."""

#: The batch: fictional stories and, for each quote, (a few words of it, speaker, kind, affiliation) with the role in a
#: comment (the harness does not score roles), written before the stories were run. An affiliation left empty is not
#: checked. GUIDELINES: a foreign ministry's spokespeople, an ambassador, a prosecutor, a presiding judge, the heads of
#: security, intelligence and cyber agencies, ministers and lawmakers are `official`; a defence lawyer and a company's
#: chief executive are `other`; a threat researcher at a cybersecurity firm is a researcher, so `analyst` (the brief
#: asked "analyst or other?": GUIDELINES names researchers among the experts); a former intelligence officer now at a
#: think tank and "X, who led the directorate's counter-intelligence branch until 2019" are former officials speaking
#: as experts: `analyst`; a Western security official who is not named is `unnamed`; a state, a foreign ministry, an
#: embassy, a court, a prosecution service, an agency and a company speaking as itself ("said in a statement"
#: included) is an `institution` under the fullest name the article gives it. "Its director" is tied to the agency
#: named just before; an ambassador to the state that sends them; "X, who led Y's branch" to Y; "The engineer's
#: lawyer" to none (a person is no organisation): empty; a lawmaker "who sits on parliament's intelligence committee"
#: is left unchecked (parliament or its committee).
STORIES = [
    (
        (
            "OSLO, Feb 6 (Reuters) - Norway expelled three Russian diplomats on Thursday, saying they had worked for "
            "Russian military intelligence under diplomatic cover and had tried to recruit engineers at an Arctic "
            "radar station.",
            "The foreign ministry's spokeswoman, Ingrid Solvang-Aune, said the three men had been given a week to "
            "leave the country.",
            '"Their work had nothing to do with diplomacy. We have known what they were doing for some time," '
            "Solvang-Aune told reporters.",
            "Russia's ambassador to Norway, Gennady Volkhonsky, said the expulsions were a provocation staged for a "
            "domestic audience and that Moscow would respond in kind.",
            "The Russian embassy in Oslo said in a statement that the diplomats had done nothing beyond their normal "
            "duties and that the accusations were groundless.",
            "Tor Eikeland-Brun, a former officer of Norway's military intelligence service who has since become a "
            "senior fellow at the Oslo think tank Nordvakt Institute, said Moscow had lost most of its officers in "
            "Europe in 2022 and was trying to rebuild its networks through diplomats it had sent since.",
            "A Western security official, who spoke on condition of anonymity, said at least one of the three had "
            "tried to buy technical drawings of the radar from a contractor.",
            "Sigrid Hamre-Olsen, an opposition lawmaker who sits on parliament's intelligence committee, said the "
            "government had known about the men for a year and had waited too long to act.",
            "Solvang-Aune said Norway had no plans to close the Russian consulate in Kirkenes.",
        ),
        [
            ("under diplomatic cover", "Norway", "institution", ""),  # the expelling state, "saying"
            ("a week to leave", "Ingrid Solvang-Aune", "official", "foreign ministry"),  # the ministry's spokeswoman
            ("nothing to do with diplomacy", "Ingrid Solvang-Aune", "official", ""),  # the same
            ("respond in kind", "Gennady Volkhonsky", "official", "Russia"),  # "Russia's ambassador to Norway"
            ("normal duties", "Russian embassy in Oslo", "institution", ""),  # "said in a statement"
            ("rebuild its networks", "Tor Eikeland-Brun", "analyst", "Nordvakt Institute"),  # former officer, fellow
            ("technical drawings", "", "unnamed", ""),  # a Western security official
            ("waited too long", "Sigrid Hamre-Olsen", "official", ""),  # lawmaker on the intelligence committee
            ("consulate in Kirkenes", "Ingrid Solvang-Aune", "official", ""),  # the spokeswoman, her surname alone
        ],
    ),
    (
        (
            "CELLE, Germany, Oct 14 (AP) - A German engineer went on trial at the Higher Regional Court in Celle on "
            "Tuesday accused of passing the designs of a military drone engine to Chinese intelligence over four "
            "years, in one of the largest espionage cases the country has heard in decades.",
            "The federal prosecutor, Annelie Vosskamp-Reiter, told the court that the engineer, Dietmar Kohlhaase, 54, "
            "had been paid about 280,000 euros in cash and cryptocurrency by a handler who posed as a university "
            "researcher.",
            '"He knew exactly who he was talking to. He simply liked the money more than he liked his country," '
            "Vosskamp-Reiter said.",
            "The engineer's lawyer, Benedikt Aschauer, said his client had shared only material that was already "
            "published in trade journals and had never been told that his contact worked for a state.",
            '"My client is an engineer who talked too much at conferences. That is not treason," Aschauer said.',
            "The presiding judge, Margarethe Lindqvist-Ebner, said the court would hear 31 witnesses and expected to "
            "reach a verdict by the end of March.",
            "The court said in a statement that parts of the trial would be held behind closed doors to protect state "
            "secrets.",
            "Kohlhaase's former employer, the engine maker Brandauer Antriebe, said it had dismissed him on the day of "
            "his arrest and had since tightened its rules on what staff could present at conferences.",
            "China's embassy in Berlin said the accusations were groundless and part of a campaign to smear China.",
            "Aschauer said Kohlhaase would testify in his own defence when the trial resumed next week.",
        ),
        [
            ("university researcher", "Annelie Vosskamp-Reiter", "official", ""),  # "The federal prosecutor, X"
            ("liked his country", "Annelie Vosskamp-Reiter", "official", ""),  # the same
            ("trade journals", "Benedikt Aschauer", "other", ""),  # "The engineer's lawyer, X"
            ("not treason", "Benedikt Aschauer", "other", ""),  # the same
            ("31 witnesses", "Margarethe Lindqvist-Ebner", "official", ""),  # "The presiding judge, X"
            ("behind closed doors", "Higher Regional Court in Celle", "institution", ""),  # "The court said"
            ("tightened its rules", "Brandauer Antriebe", "institution", ""),  # the employer as itself
            ("smear China", "China's embassy in Berlin", "institution", ""),  # the embassy as itself
            ("his own defence", "Benedikt Aschauer", "other", ""),  # the lawyer, his surname alone
        ],
    ),
    (
        (
            "BRUSSELS, May 20 (Reuters) - Belgium's domestic security service, the Civil Security Directorate, said "
            "in its annual threat report on Tuesday that Russia and China had stepped up espionage against the "
            "country's ports, its defence firms and the European institutions in Brussels.",
            "The service's director general, Véronique Lambrechts-Daal, said foreign intelligence officers now "
            "approached the staff of European bodies more often through professional networking sites than in person.",
            '"Ten years ago a recruiter needed a bar and a bottle of wine. Today he needs a fake profile and some '
            'patience," Lambrechts-Daal told a news conference.',
            "The directorate said it had opened 41 new counter-intelligence cases last year, up from 29 the year "
            "before, and that a third of them involved China.",
            "The military intelligence service, the Defence Intelligence Bureau, said separately that drones had flown "
            "over three army bases in the past year. Its director, Lieutenant General Koen Verstraelen-Goris, said the "
            "flights appeared to map the bases' air defences.",
            "Hendrik Moerman-Vey, who led the directorate's counter-intelligence branch until 2019, said the service "
            "was still short of analysts who could read Chinese and Russian.",
            "Interior Minister Annelies Decoster-Wuyts said the government would add 120 posts to the directorate over "
            "the next three years.",
            "The Russian embassy in Brussels said the report repeated old accusations for which Belgium had never "
            "offered any proof.",
            "Lambrechts-Daal said the directorate had also warned 14 companies last year that their staff had been "
            "approached by foreign agents.",
        ),
        [
            ("stepped up espionage", "Civil Security Directorate", "institution", ""),  # the service in its report
            ("networking sites", "Véronique Lambrechts-Daal", "official", "Civil Security Directorate"),  # director
            ("fake profile", "Véronique Lambrechts-Daal", "official", ""),  # the same
            ("41 new counter-intelligence cases", "Civil Security Directorate", "institution", ""),  # itself
            ("three army bases", "Defence Intelligence Bureau", "institution", ""),  # the bureau as itself
            ("air defences", "Koen Verstraelen-Goris", "official", "Defence Intelligence Bureau"),  # "Its director"
            ("short of analysts", "Hendrik Moerman-Vey", "analyst", "Civil Security Directorate"),  # led its branch
            ("120 posts", "Annelies Decoster-Wuyts", "official", ""),  # interior minister
            ("never offered any proof", "Russian embassy in Brussels", "institution", ""),  # the embassy as itself
            ("warned 14 companies", "Véronique Lambrechts-Daal", "official", ""),  # her surname alone
        ],
    ),
    (
        (
            "HELSINKI, Sept 3 (Reuters) - A hacking group linked to Chinese state intelligence has spent two years "
            "inside the networks of at least nine European shipbuilders and naval suppliers, the Finnish "
            "cybersecurity firm Kallioväki Security said on Wednesday.",
            "Johanna Rautiainen-Moss, a senior threat researcher at Kallioväki, said the group had stolen design files "
            "for hull coatings and sonar housings and had hidden its tracks by routing traffic through hacked home "
            "routers.",
            '"They were patient and quiet. They took what they came for and very little else," Rautiainen-Moss said.',
            "The firm's chief executive, Aleksi Manninen-Hart, said Kallioväki had shared its findings with the "
            "companies and with the authorities of five countries before publishing them.",
            "Finland's government cyber agency, Kybervahti, said it had warned the affected firms in the spring and "
            "that the campaign was still going on. Its director, Paula Heikkilä-Stenberg, said two of the "
            "shipbuilders had not yet removed the intruders from their networks.",
            "A spokesman for China's foreign ministry, Guo Renkai, told a regular briefing in Beijing that China "
            "opposed all forms of hacking and that the firm had offered no evidence.",
            "Mikael Sundqvist-Orava, a former Finnish military intelligence officer who is now a researcher at the "
            "Helsinki think tank Baltic Horizon Institute, said shipbuilders were easy targets because they worked "
            "for navies but guarded their secrets less closely than the armed forces did.",
            "Manninen-Hart said the company had found the first sign of the group in a client's network in March last "
            "year.",
        ),
        [
            ("nine European shipbuilders", "Kallioväki Security", "institution", ""),  # the firm as itself
            ("sonar housings", "Johanna Rautiainen-Moss", "analyst", "Kallioväki Security"),  # threat researcher
            ("patient and quiet", "Johanna Rautiainen-Moss", "analyst", ""),  # the same
            ("shared its findings", "Aleksi Manninen-Hart", "other", "Kallioväki Security"),  # "The firm's chief ..."
            ("still going on", "Kybervahti", "institution", ""),  # the government cyber agency as itself
            ("removed the intruders", "Paula Heikkilä-Stenberg", "official", "Kybervahti"),  # "Its director, X"
            ("all forms of hacking", "Guo Renkai", "official", "foreign ministry"),  # the ministry's spokesman
            ("easy targets", "Mikael Sundqvist-Orava", "analyst", "Baltic Horizon Institute"),  # former officer
            ("first sign", "Aleksi Manninen-Hart", "other", ""),  # the chief executive, his surname alone
        ],
    ),
    (
        (
            "WARSAW, June 11 (AP) - Polish police have arrested seven people suspected of photographing military "
            "trains and ports for Russian intelligence, Poland's State Security Office said on Wednesday.",
            "The agency's chief, Tomasz Wierzbicki-Laz, said the suspects, among them two Ukrainians and a Belarusian, "
            "had been recruited through messaging apps and paid small sums for each task.",
            '"These are not professional spies. They are people who needed money and were told the job was easy," '
            "Wierzbicki-Laz said.",
            "A Western security official, who asked not to be named because the investigation was continuing, said "
            "the group had been run by an officer of Russian military intelligence working from Minsk.",
            "Katarzyna Mroczek-Helm, a lawmaker who sits on parliament's intelligence committee, said the arrests "
            "showed that Russia had switched from trained agents to cheap recruits it could afford to lose.",
            "The national prosecutor's office said the seven would be charged with espionage, which carries a "
            "sentence of up to ten years in prison.",
            "Russia's foreign ministry spokeswoman, Yelena Drozdova-Kim, said Moscow had nothing to do with the "
            "arrests and that Warsaw was in the grip of spy mania.",
            "The state railway freight operator, Kolzam Cargo, said it had moved the loading of military equipment at "
            "two depots indoors after the suspects were seen filming there.",
            "Wierzbicki-Laz said more arrests were likely in the coming weeks.",
        ),
        [
            ("Russian intelligence", "State Security Office", "institution", ""),  # the agency as itself
            ("messaging apps", "Tomasz Wierzbicki-Laz", "official", "State Security Office"),  # "The agency's chief"
            ("not professional spies", "Tomasz Wierzbicki-Laz", "official", ""),  # the same
            ("working from Minsk", "", "unnamed", ""),  # a Western security official
            ("cheap recruits", "Katarzyna Mroczek-Helm", "official", ""),  # lawmaker on the intelligence committee
            ("up to ten years", "national prosecutor's office", "institution", ""),  # the office as itself
            ("spy mania", "Yelena Drozdova-Kim", "official", "foreign ministry"),  # the ministry's spokeswoman
            ("filming there", "Kolzam Cargo", "institution", ""),  # "The state railway freight operator, Y, said"
            ("more arrests", "Tomasz Wierzbicki-Laz", "official", ""),  # the chief, his surname alone
        ],
    ),
    (
        (
            "EINDHOVEN, Netherlands, Nov 27 (Reuters) - The district court in Eindhoven sentenced a former engineer at "
            "the chip-equipment maker Maaskant Optics to three years in prison on Thursday for selling its designs to "
            "a Russian intelligence officer.",
            "The court said the engineer, 41, had copied more than 4,000 files onto private drives over two years and "
            "had met his handler at least nine times in Vienna and Budapest.",
            "Presiding judge Femke Oudshoorn-Bakx said the sentence had to deter others who might be tempted to sell "
            "their employers' secrets to a foreign state.",
            "The public prosecution service said it would consider an appeal because it had asked for five years.",
            "The engineer's lawyer, Jasper Tiggelaar-Smit, said his client regretted what he had done and had been "
            "in debt when he was approached.",
            "Maaskant Optics said in a statement that none of the stolen designs were used in its newest machines. Its "
            "chief executive, Wouter Brinkhorst-Lemaire, said the company had since limited which engineers could "
            "open full design files.",
            "Economy Minister Ilse van Dommelen-Kraak said the government would help smaller technology firms screen "
            "staff who had access to sensitive designs.",
            "Noor Haddou-Visser, a researcher at the Lindenhoeve Centre for Security Studies in The Hague, said "
            "Russian services had turned to Dutch chip suppliers because sanctions had cut off their usual ways of "
            "buying equipment.",
            "Tiggelaar-Smit said his client had not yet decided whether to appeal.",
        ),
        [
            ("4,000 files", "district court in Eindhoven", "institution", ""),  # "The court said"
            ("deter others", "Femke Oudshoorn-Bakx", "official", ""),  # "Presiding judge X"
            ("five years", "public prosecution service", "institution", ""),  # the service as itself
            ("in debt", "Jasper Tiggelaar-Smit", "other", ""),  # "The engineer's lawyer, X"
            ("newest machines", "Maaskant Optics", "institution", ""),  # "said in a statement"
            ("full design files", "Wouter Brinkhorst-Lemaire", "other", "Maaskant Optics"),  # "Its chief executive"
            ("screen staff", "Ilse van Dommelen-Kraak", "official", ""),  # the economy minister
            ("usual ways", "Noor Haddou-Visser", "analyst", "Lindenhoeve Centre for Security Studies"),  # researcher
            ("not yet decided", "Jasper Tiggelaar-Smit", "other", ""),  # the lawyer, his surname alone
        ],
    ),
]
"""The whole batch of fictional stories of a sixty-sixth round of blind profile probes (espionage, spy trials and
intelligence agencies in world news: diplomats expelled as spies, a spy trial of an engineer, a domestic security
service's annual threat report, a cyber-espionage campaign found by a cybersecurity firm, a spy ring arrested, an
engineer sentenced for selling a chip-equipment maker's designs), its wrong count kept in sight."""
