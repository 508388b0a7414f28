"""A hundred-and-eighth batch of fictional stories for probing the quotes, in the manner of A HOSTAGE RELEASE AND
PRISONER EXCHANGE NEGOTIATED BY THIRD-STATE MEDIATORS as the world newswires and international broadcasters' web pages
follow it over several days (a dateline "CITY (Agency) -", short paragraphs, mostly reported speech): the deal
announced by a mediating state (its foreign ministry's spokesman at a regular briefing, first "Foreign Ministry
spokesman X" and then his surname, "a source familiar with the talks said", "two officials who spoke on condition of
anonymity", a justice ministry "said in a statement", a government spokesman whose words name his president,
"according to" him, a minister's statement "read by his spokeswoman" and "the statement quoted X as saying", a second
mediator's minister "in a post on X", a charity); the handover (a mediating minister who "told reporters at the
airport", "according to" a state news agency, a president who "told a news conference" and a reporter's question, a
freed hostage's sister who "told reporters outside the family home" and quotes her brother inside her own words, "she
said, adding that …", an armed group's spokesman "in a video posted online" and what he "warned", a partner on
Facebook); the price of it (a rights group's director and the group, a former negotiator now at a think tank, "X said,
adding that …", diplomats on condition of anonymity, a minister who "told parliament", an opposition lawmaker and a
minister's office); and the freed nurse's news conference (her doctor, "the doctor said", her fellow hostage's written
statement, a government spokesman "according to intelligence reports", the mediating spokesman asked about her
words). Written for these tests; none is taken from any corpus, and every person, group, charity, think tank, news
agency and wire in them is made up (the countries, cities, ministries and kinds of bodies are real)."""

from __future__ import annotations

DEAL: tuple[str, ...] = (
    "Oman says deal reached to free Danish, Belgian aid workers held in Burkina Faso",
    "MUSCAT (Tidewire) - Oman said on Tuesday that mediators had reached a deal for the release of a Danish engineer "
    "and a Belgian nurse held by an armed group in Burkina Faso for 19 months, in exchange for 14 prisoners held by "
    "the Burkinabe authorities.",
    "Foreign Ministry spokesman Salim Al-Ruqaishi told a regular briefing in Muscat that the two hostages were “in "
    "good health and in safe hands” and would be handed over to Omani officials “within days, God willing.”",
    "Al-Ruqaishi said the talks, which began in March, had also involved Togo, and thanked Togolese Foreign Minister "
    "Kodjo Amegavi for what he called “patient and discreet work.”",
    "“This agreement was not reached in one meeting or in one capital,” Al-Ruqaishi said. “It is the result of many "
    "months of listening to both sides.”",
    "He declined to say where the handover would take place or whether any money had changed hands.",
    "A source familiar with the talks said the first face-to-face meeting between the group’s envoys and Burkinabe "
    "officials took place in Lomé in June, with Omani and Togolese diplomats in the room.",
    "Two officials who spoke on condition of anonymity because they were not authorised to discuss the deal said the "
    "14 prisoners included at least two men convicted over a 2022 attack on a military convoy near Djibo.",
    "In Ouagadougou, the justice ministry said in a statement that the prisoners would be released “in the supreme "
    "interest of the nation” and that none of them had been convicted of killing civilians.",
    "Col. Ousmane Ilboudo, a spokesman for the transitional government, said the decision had been taken by President "
    "Idrissa Sawadogo-Merle himself “after weighing the lives of two innocent people against the anger of some of our "
    "citizens.”",
    "According to Ilboudo, the aid workers’ charity, Wellspring Nordic, had no part in the talks.",
    "In Lomé, Amegavi said in a post on X that Togo had acted “as a friend to all and an enemy to none.”",
    "In Copenhagen, Foreign Minister Henrik Aldersvig said in a statement read by his spokeswoman, Trine Moll-Eskesen, "
    "that Denmark was “deeply grateful to the Sultanate of Oman and to Togo” and that the family of Mikkel Ravnsborg "
    "had been informed.",
    "“We will not rest until Mikkel is home,” the statement quoted Aldersvig as saying.",
    "Belgium’s foreign ministry said it was “cautiously hopeful” but would not comment further while the operation "
    "was under way.",
    "Wellspring Nordic, an Aarhus-based charity that drills wells in the Sahel, said in a brief statement that it "
    "welcomed the news and asked the media to respect the families’ privacy.",
    "Ravnsborg, 41, a water engineer, and Anouk Verhaegen-Stroud, 36, a nurse, were seized in October 2025 near the "
    "town of Gorom-Gorom by gunmen of the Gourma Front for Justice, a group that has fought the army in the north of "
    "the country since 2019.",
)

SWAP: tuple[str, ...] = (
    "Freed Danish and Belgian hostages land in Muscat after prisoner swap",
    "MUSCAT (Tidewire) - A Danish engineer and a Belgian nurse held hostage for 19 months in Burkina Faso landed in "
    "Muscat on Thursday aboard an Omani air force plane, hours after 14 prisoners were freed in Ouagadougou, Omani "
    "and Burkinabe officials said.",
    "Mikkel Ravnsborg and Anouk Verhaegen-Stroud walked down the steps of the plane unaided and were greeted on the "
    "tarmac by Foreign Minister Hilal Al-Maskari and the Danish and Belgian ambassadors.",
    "“They are tired, they are thin, but they are free,” Al-Maskari told reporters at the airport. “Tonight they "
    "will sleep in a bed and tomorrow they will speak to their mothers.”",
    "The 14 prisoners were released from the central prison in Ouagadougou early on Thursday and driven north under "
    "escort, according to the state news agency Sahel Presse.",
    "President Idrissa Sawadogo-Merle told a news conference in Ouagadougou that the exchange was “a painful "
    "decision, but a sovereign one” and that Burkina Faso had “paid no ransom, not one franc.”",
    "“I know that some families of our soldiers are angry today, and I understand them,” Sawadogo-Merle said. “But "
    "a state that cannot bring home the guests it invited is not a state.”",
    "Asked whether the freed men could return to the battlefield, he said they had signed pledges to renounce "
    "violence and would be watched.",
    "In Aarhus, Ravnsborg’s sister, Signe Ravnsborg, told reporters outside the family home that her brother had "
    "called at dawn from the plane. “He said, ‘Signe, I can see the sea,’ and then we both cried for five minutes,” "
    "she said.",
    "She said the family had been told of the deal by Foreign Minister Henrik Aldersvig on Sunday but had been asked "
    "to keep it secret. “For three days we could tell no one, not even our grandmother,” she said, adding that "
    "Mikkel had lost 15 kilograms in captivity.",
    "The Gourma Front for Justice confirmed the exchange in a video posted online on Thursday evening. In it, a man "
    "who identified himself as the group’s spokesman, Abu Dujana al-Tinaqi, said the release of “our brothers” was "
    "“a victory that the junta tried for years to deny us.”",
    "He also warned foreign governments against sending their citizens into “lands that are not theirs,” without "
    "naming any country.",
    "Tidewire could not independently verify the video.",
    "A spokesperson for the Belgian foreign ministry said Verhaegen-Stroud would fly to Brussels on Friday after "
    "medical checks.",
    "Her partner, Joris Dumoulin, said in a post on Facebook that he had “never stopped setting a place for her at "
    "the table.”",
)

PRICE: tuple[str, ...] = (
    "Swap that freed aid workers in Sahel rewards kidnappers, rights group warns",
    "GENEVA (Tidewire) - A rights group warned on Friday that the exchange which freed two European aid workers in "
    "Burkina Faso this week would encourage armed groups in the Sahel to take more foreigners hostage.",
    "“Every government that pays for a hostage, in cash or in prisoners, writes the price list for the next "
    "kidnapping,” said Mariam Oyelaran-Diallo, director of the Sahel Rights Observatory, which documents abuses by "
    "armed groups and security forces in the region.",
    "Oyelaran-Diallo said at least 11 foreigners were still held by armed groups in Mali, Burkina Faso and Niger, "
    "and called on the governments concerned to agree on a common policy.",
    "The observatory also said some of the 14 prisoners freed in Ouagadougou had been held for years without trial, "
    "which it called “a scandal of its own.”",
    "Ingrid Vallberg, a former Norwegian police hostage negotiator who is now a senior fellow at the Kaldera "
    "Institute in Oslo, said such criticism was understandable but missed the point. “When you sit across the table "
    "from these people, the question is never whether to pay a price,” she said. “It is which price, and who pays "
    "it.”",
    "Vallberg said Oman had become the mediator of choice because it spoke to everyone and leaked nothing, adding "
    "that Togo’s role had been “underrated by almost everyone.”",
    "Two Western diplomats in Ouagadougou, speaking on condition of anonymity, said Denmark and Belgium had privately "
    "urged the junta for months to accept Oman’s proposal.",
    "In Brussels, Foreign Minister Hélène Brouckaert told parliament that no Belgian money had been paid “to anyone, "
    "directly or indirectly.” Brouckaert said she would travel to Muscat next week to thank Al-Maskari in person.",
    "“Anouk went to Burkina Faso to help mothers give birth safely,” she said. “She should never have been made into "
    "a bargaining chip.”",
    "In Copenhagen, Kasper Hjorth, an opposition lawmaker, said the government owed parliament “a full account” of "
    "what Denmark had promised the mediators. Aldersvig’s office said the minister would brief the foreign affairs "
    "committee next week.",
    "Wellspring Nordic said on Friday it had suspended its work in Burkina Faso indefinitely.",
)

HOME: tuple[str, ...] = (
    "Freed nurse says captors 'never let us forget' the prisoners they wanted",
    "BRUSSELS (Tidewire) - The Belgian nurse freed this week after 19 months as a hostage in Burkina Faso said on "
    "Saturday that her captors had spoken almost daily of the prisoners they hoped to exchange for her.",
    "“They never let us forget why we were there,” Anouk Verhaegen-Stroud told a news conference at a Brussels "
    "hospital, where she has been since Friday. “Every week they read us the names of their men in prison, like a "
    "roll call.”",
    "Verhaegen-Stroud, 36, said she and Ravnsborg had been held in at least six places, mostly under trees, and moved "
    "at night on motorbikes. She said Ravnsborg had kept her going by teaching her Danish words scratched into the "
    "sand.",
    "“Mikkel is the bravest person I know, and he would hate me for saying it,” she said.",
    "She thanked the Omani and Togolese mediators by name and said she hoped to meet Al-Ruqaishi, the Omani "
    "spokesman, “to tell him that his voice on the radio was the first good news we had in a year.”",
    "Her doctor, Dr. Pieter Vandersloot, said she was suffering from malnutrition and a skin infection but would "
    "recover fully. “Physically she will be fine in a few weeks,” the doctor said. “The rest will take longer.”",
    "In Aarhus, Ravnsborg made a brief appearance on the doorstep of his parents’ house on Saturday, with his sister "
    "Signe at his side, but did not speak to reporters.",
    "In a written statement released by the family, he said he was “not ready to talk about the forest yet” and "
    "asked for time. “I want to thank Anouk, who kept me sane, and the people of Oman, who kept their word,” the "
    "statement said.",
    "In Ouagadougou, Col. Ilboudo, the government spokesman, said on Saturday that two of the freed prisoners had "
    "crossed into Mali, according to intelligence reports, and that the army was “watching the others closely.”",
    "The Gourma Front for Justice has not commented since Thursday’s video.",
    "Al-Ruqaishi, asked at a briefing in Muscat on Sunday about Verhaegen-Stroud’s words, said he had been “moved” "
    "by them. “Our job is to make sure that nobody has to listen to a radio in a forest for good news,” he said, "
    "adding that Oman was ready to help with other cases “if it is asked, and if it is useful.”",
)
