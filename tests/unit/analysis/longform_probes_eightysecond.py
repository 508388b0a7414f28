"""An eighty-second batch of fictional stories for probing the quotes, in the manner of PRESS FREEDOM AND JOURNALISTS
DETAINED OR EXPELLED ABROAD as the wires, international broadcasters' web sites and media-freedom groups write them: a
Dutch correspondent held in Azerbaijan on spying charges (her paper's statement, her editor, her brother who "told Dutch
public radio", the foreign ministry's spokeswoman at a regular briefing, a deputy prosecutor general "quoted by state
media as saying", the headline of her last story); an Irish correspondent expelled from Ethiopia after a story (he
"wrote in a farewell column", the embassy "said in a post on X", a government spokesman asked a reporter's question, one
long paragraph with several speakers); a press-freedom group's annual count of jailed journalists ("the report said",
its director "said the figures showed"); a reporter sentenced in Kyrgyzstan (her brother "told reporters outside the
court", her lawyer, the prosecutor, a journalists' union, an office that "did not respond"); and a Spanish
photographer freed by Venezuela and met at the airport. Surnames after the first mention, "the 38-year-old", pronoun
chains across paragraphs, single and double quotation marks, reporters' questions and headlines that are no one's words.
Written for these tests; none is taken from any corpus, and every person, newspaper, group, union and agency in them is
made up (the countries, cities and kinds of bodies are real)."""

from __future__ import annotations

HELD: tuple[str, ...] = (
    "Dutch reporter held in Azerbaijan on spying charges, newspaper says",
    "BAKU — A Dutch journalist has been detained in Azerbaijan and charged with espionage, the Rotterdam daily De "
    "Kustbode said on Tuesday, the latest in a series of arrests of foreign reporters in the South Caucasus country.",
    "Maartje Oosterbeek, 38, a correspondent for De Kustbode who has reported from the region for a decade, was "
    "arrested at her flat in Baku on Saturday evening by officers of the State Security Service, the paper said. She "
    "has been charged with “collecting information for a foreign intelligence service,” an offence that carries up to "
    "12 years in prison.",
    "“Maartje is a journalist, not a spy. Everything she has written is there for anyone to read, under her own name,” "
    "the paper’s editor-in-chief, Joost van Velthoven, said in a statement. “We demand her immediate release.” He said "
    "the paper had not been allowed to contact her and did not know where she was being held.",
    "Her brother, Sander Oosterbeek, told Dutch public radio that the family had learned of the arrest from a "
    "neighbour. ‘She rang our mother on Friday to ask what we wanted for Christmas,’ he said. ‘That was the last time "
    "we heard her voice.’",
    "The Dutch foreign ministry’s spokeswoman, Ilse Brouwer-Kamp, told a regular briefing in The Hague that the "
    "ministry had summoned Azerbaijan’s ambassador and was “working through every channel” to win consular access. "
    "Asked by a reporter whether the government would consider sanctions, she said it was “too early to talk about "
    "measures.”",
    "In Baku, the deputy prosecutor general, Rauf Mammadli, was quoted by state media as saying that the journalist "
    "had been ‘caught with documents she had no right to hold’ and that the evidence against her was ‘overwhelming’. "
    "He did not say what the documents were.",
    "Oosterbeek’s last article for the paper, published a week before her arrest, was headlined “The village the "
    "pipeline forgot” and described farmers who said they had lost their land to an energy project without "
    "compensation.",
    "The 38-year-old had held accreditation from the foreign ministry in Baku since 2019, according to De Kustbode. "
    "Azerbaijan’s embassy in the Netherlands did not respond to emailed questions.",
)

EXPELLED: tuple[str, ...] = (
    "Ethiopia expels Irish correspondent over report on detention camps",
    "ADDIS ABABA — Ethiopia has expelled the correspondent of an Irish newspaper two weeks after he reported on "
    "detention camps in the Amhara region, the Dublin-based Shannon Ledger said on Monday. He is the third foreign "
    "journalist forced to leave the country this year.",
    "Cathal Brennock, 45, said he was told at the immigration office on Friday that his accreditation had been "
    "withdrawn and that he had 72 hours to leave. His report, headlined “Inside the camps nobody may see,” quoted "
    "former detainees who described beatings and hunger.",
    "In a farewell column published on Sunday, Brennock wrote that he had “loved this country for six years” and "
    "would go on loving it from a distance. “I was never told what in the story was wrong. Nobody asked me to correct "
    "a single line,” he wrote. “They simply asked me to leave.”",
    "The Ethiopian Media Authority said in a statement that the correspondent had ‘repeatedly violated the terms of "
    "his accreditation’ by travelling to areas closed to the press. A government spokesman, Dawit Alemseged, told "
    "reporters that the decision was ‘administrative, not political’. Asked whether any of the story’s findings were "
    "disputed, he said: ‘That is not a question for me.’",
    "Ireland’s embassy in Addis Ababa said in a post on X that it regretted the decision and had raised it with the "
    "foreign ministry. Ireland’s foreign minister, Aoife Carberry, called the expulsion “a serious setback” for "
    "relations between the two countries.",
    "Reaction came quickly. “Expelling the messenger does not close the camps,” said Nora Lindgren of the Committee "
    "for Reporters Abroad. The Ledger’s editor, Fionnuala Hegarty, called the decision “censorship dressed up as "
    "paperwork” and said the paper would keep covering Ethiopia. ‘We will find other ways to report,’ she said. A "
    "Western diplomat in Addis Ababa, speaking on condition of anonymity, said several embassies had complained "
    "privately. ‘Everyone here is watching who goes next,’ the diplomat said.",
    "Brennock left on Sunday night on a flight to Dublin. He said at the airport that he hoped to return one day. ‘I "
    "have friends here, and stories I have not finished,’ the 45-year-old said.",
)

INDEX: tuple[str, ...] = (
    "Record number of journalists behind bars worldwide, press freedom group says",
    "GENEVA — A record 412 journalists were in prison around the world on December 1, the Geneva-based group Open "
    "Press Watch said on Thursday in its annual count, with more than a third of them held on charges of spying, "
    "terrorism or spreading “false news.”",
    "The number was up from 361 a year earlier, the report said, and was the highest since the group began counting "
    "in 2001. China, Belarus and Iran held the most, followed by Myanmar and Eritrea.",
    "The group’s director, Hélène Marchetti-Sauvé, said the figures showed that governments had “lost any sense of "
    "shame” about locking up reporters. “Ten years ago a government would at least pretend. Today they announce it on "
    "the evening news,” she told a news conference in Geneva.",
    "Foreign correspondents were increasingly targets, the report said, citing 31 foreign reporters held in 14 "
    "countries, against nine two years ago. ‘A foreign passport used to be a shield,’ Marchetti-Sauvé said. ‘Now it "
    "makes you a bargaining chip.’",
    "The 47-year-old, who took over the group in 2022 after two decades as a foreign correspondent, said she expected "
    "the number to rise again next year. She said governments had learned that jailing a reporter cost them little. "
    "“Nobody loses a trade deal over a journalist,” she said.",
    "Belarus’s foreign ministry dismissed the count. Its spokesman, Andrei Klimovich, said the group “knows nothing "
    "about our country” and that those in prison were “criminals, not journalists.” China’s embassy in Bern did not "
    "respond to a message seeking its view.",
    "Priya Ramanathan, who researches press freedom at the Kestrel Institute for Media Studies in London, said the "
    "count was likely to understate the problem, because many reporters in custody were never charged at all. ‘The "
    "figures only catch the cases someone is brave enough to report,’ she said.",
)

VERDICT: tuple[str, ...] = (
    "Kyrgyz reporter jailed for six years after customs fraud stories",
    "BISHKEK (Wire) — A court in Kyrgyzstan on Wednesday sentenced an investigative reporter to six years in prison "
    "for “calls to mass unrest,” a charge her supporters say was invented to punish her reporting on customs fraud.",
    "Aizada Temirbekova, 34, who reported for the online outlet Kenesh Media, was arrested in March after publishing "
    "a series on bribes paid at the border with China. Her last story before her arrest was headlined “Where the "
    "customs money goes.” She has denied the charges.",
    "Outside the court, her brother, Bakyt Temirbekov, told reporters that the family would appeal. ‘My sister wrote "
    "about stolen money, and they gave her six years. The people who stole it are free,’ he said. Her lawyer, Gulnara "
    "Sadykova, said the prosecution had not called “a single witness who heard her call for anything,” and that the "
    "verdict had been “written in advance.” The prosecutor, Almaz Dzhumabaev, told reporters as he left that the "
    "sentence was ‘lenient given the seriousness of the crime’. Asked whether the case was linked to her reporting, "
    "he said: ‘Journalism is not a crime. Calling for riots is.’",
    "Temirbekova, who sat in a glass cage during the hearing, smiled at her supporters when the verdict was read. In "
    "her final statement to the court last week, she said she had only done her job. “I am not afraid of prison. I am "
    "afraid of a country where nobody asks questions,” the 34-year-old said.",
    "The Ala-Too Union of Journalists said in a statement that the verdict was “a message to every reporter in the "
    "country.” Its chairman, Ermek Baiserkeev, said the union would ask the Supreme Court to review the case and "
    "would write to the president.",
    "Sadykova said she would file the appeal within ten days. She said her client’s health had worsened in "
    "detention and that she had been refused a doctor twice. ‘She has lost twelve kilos since March,’ the lawyer said.",
    "The presidential administration did not answer when asked for its comment. The United States embassy in "
    "Bishkek said in a post on X that it was ‘deeply concerned’ by the sentence.",
)

FREED: tuple[str, ...] = (
    "Spanish photographer freed by Venezuela after nine months: ‘I never stopped counting the days’",
    "MADRID — A Spanish photojournalist held in Venezuela for nine months on charges of conspiracy was freed on "
    "Sunday and flew home to Madrid, where she was met at the airport by her family and the foreign minister.",
    "Lucía Barrenechea, 29, who worked for the Valencia-based photo agency Levante Press, was arrested in Caracas in "
    "March while photographing a protest outside a prison. Venezuelan officials accused her of working with opposition "
    "groups to plan “acts of destabilisation.”",
    "“I never stopped counting the days,” Barrenechea told reporters at Barajas airport, her mother’s arm around her "
    "shoulders. “There were weeks when the only thing I had was the number.” The 29-year-old said she had been held "
    "alone for most of her detention and allowed one phone call a month. When a reporter asked about her health, she "
    "smiled and said she needed “a long sleep and a very big breakfast.”",
    "Her mother, Montserrat Oms, said the family had been told of the release only the night before. ‘Until I saw her "
    "walk through that door, I did not believe it,’ she said.",
    "A foreign ministry spokeswoman, Carmen Ledesma, told a regular briefing on Monday that the release followed "
    "months of talks and that “no concessions of any kind” had been made. She would not say whether other countries "
    "had helped.",
    "Foreign Minister Alberto Quintanar, who hugged Barrenechea as she came through the arrivals gate, said Spain "
    "would “keep working” for the release of two other Spaniards held in Venezuela.",
    "In Caracas, Attorney General Ramón Iturriza was quoted by state television as saying that the photographer had "
    "been released “on humanitarian grounds” and that the charges against her had not been dropped.",
    "Levante Press said in a statement that it was “overjoyed” and thanked the many journalists who had campaigned for "
    "her release. Her last photo essay before the arrest, published under the title “The queue,” showed families "
    "waiting outside the prison for news of relatives. Asked whether she would go back, Barrenechea laughed. ‘Ask me "
    "in a year,’ she said.",
)
