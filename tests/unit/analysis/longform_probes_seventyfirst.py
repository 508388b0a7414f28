"""A seventy-first batch of fictional stories for probing the quotes, in the manner of RELIGION AND FAITH COMMUNITY
NEWS as city papers, the wires' religion desks and local web news write it: a bishop who "said in a letter read at
Masses", a parishioner named by her first name once she is introduced, a diocese's spokesman and "the diocese said in a
statement"; an imam, a neighbour and a planning board's chair at a hearing on a mosque's expansion; a rabbi, a police
spokesperson and a community leader after a synagogue was vandalised; delegates who "argued", a presiding bishop and a
seminary professor at a denomination's conference; and a faith-based charity's director, volunteers and pastor at a
food drive. Titles before names ("the Rev.", "Rabbi", "Imam", "Bishop", "Sister", "Deacon", "Lt.") and later alone
("the pastor said", "the rabbi added", "the imam said", "the nun added"), and bodies that speak through statements,
letters and websites. Written for these tests; none is taken from any corpus, and every person, parish, diocese,
congregation, mosque, church, charity, town and council in them is made up (the countries, states, faiths and kinds
of bodies are real)."""

from __future__ import annotations

PARISHES: tuple[str, ...] = (
    "Diocese of St. Aldric to close nine parishes and merge five, bishop says",
    "MERRIVALE, Pa. — The Roman Catholic Diocese of St. Aldric will close nine parishes and merge five others by next "
    "summer, Bishop Cormac Delacroix-Hume said in a letter read at Masses across the diocese on Sunday, citing falling "
    "attendance, a shortage of priests and old buildings the diocese can no longer afford to heat.",
    "“This is the hardest decision I have been asked to make as your bishop. I make it with a heavy heart, but I make "
    "it so that the Church in this valley has a future,” the bishop wrote.",
    "The diocese said in a statement that Mass attendance had fallen by nearly half since 2005 and that 31 of its 58 "
    "parishes now share a priest with at least one other.",
    "At St. Brendan’s in the river town of Colliers Ford, which will close in June after 131 years, parishioners wept "
    "in the pews as the letter was read. Margaret Ellery-Tansy, 78, who was baptized, married and widowed in the "
    "church, said she had not expected the news. “My whole life is in that building. My husband’s funeral was the last "
    "thing I did there, and now I will not be buried from it,” she said.",
    "Margaret said she and other parishioners planned to write to Rome to ask that the closing be reconsidered.",
    "A spokesman for the diocese, Deacon Paul Varga-Linwood, said the parishes that would close had been chosen by a "
    "committee of priests and lay people after two years of study. “No parish was picked from a map in an office. "
    "Every one of these was talked over, often for months,” Varga-Linwood said. He added that no parish school would "
    "close this year.",
    "The Rev. Thaddeus Oyelaran-Brisk, the pastor of St. Brendan’s for the past 11 years, will move to the merged "
    "parish of Holy Cross in Merrivale. The pastor said he had known for weeks but had been asked to say nothing. "
    "“Keeping that secret from people I love was its own kind of penance,” he said.",
    "Not everyone is resigned. A group of parishioners from three of the closing parishes has formed an association, "
    "Save Our Valley Churches, and says it will appeal the decision under church law. “Canon law gives us a voice, and "
    "we intend to use it,” said its chairwoman, Ines Carrow-Whitby, a lawyer in Colliers Ford.",
    "Bishop Delacroix-Hume said in his letter that the closed churches would not be sold for at least a year and that "
    "he would meet with each parish council before Easter. The diocese expects to save about $2.3 million a year, most "
    "of it in heating, insurance and repairs.",
)

MOSQUE: tuple[str, ...] = (
    "Planning board hears plan to double the size of Eastbrook mosque",
    "EASTBROOK, Mich. — The Islamic Center of Eastbrook asked the township planning board on Tuesday night to let it "
    "double the size of its mosque on Sycamore Road, adding a second prayer hall, a school wing of eight classrooms "
    "and a parking lot for 140 cars.",
    "The center’s imam, Yusuf Haddad-Corrigan, told the board that Friday prayers now draw more than 900 people to a "
    "hall built for 350, and that worshippers spill onto the lawn and into the parking lot in all weather. “We pray in "
    "the snow in January. We are not asking for a palace. We are asking for a roof,” the imam said.",
    "The center’s architect, Lorna Feeney-Strand, said the new building would stand no taller than the present one and "
    "that a row of evergreens would screen it from the homes on Birchwood Court.",
    "Several neighbors spoke against the plan, most of them about traffic. Gerald Pinkham-Royce, who lives across "
    "Sycamore Road from the mosque, said cars already lined both sides of the road on Friday afternoons. “I have "
    "nothing against anybody’s religion. I have something against not being able to get out of my own driveway,” "
    "Pinkham-Royce said.",
    "Others welcomed it. “They shovel my walk before I wake up,” said Doreen Faulk-Abadi, 84, who has lived next door "
    "to the mosque since before it was built. “If they want a bigger building, they have my blessing.”",
    "The board’s chair, Howard Lindqvist-Mbeki, said the township’s lawyers had reminded members that federal law bars "
    "local governments from placing a heavier burden on a house of worship than on other buildings. “We will judge "
    "this application the way we would judge a school or a church: on traffic, drainage and parking, and nothing "
    "else,” he said.",
    "A traffic study paid for by the center found that a second driveway and staggered prayer times would keep cars "
    "off the road, the center said. The township’s engineer, Clarissa Dunmore-Ito, said she wanted to see the study’s "
    "figures for Friday afternoons before making a recommendation.",
    "The board put off a vote until its meeting on March 12. Imam Haddad-Corrigan said after the hearing that he was "
    "hopeful. “Eastbrook has been our home for thirty years. I believe it will make room for us,” the imam said.",
)

SYNAGOGUE: tuple[str, ...] = (
    "Swastikas painted on Hollins Park synagogue; police investigate a hate crime",
    "HOLLINS PARK, Ohio — Vandals spray-painted swastikas and a slur on the doors and front wall of Congregation Ohev "
    "Tamar early Saturday, hours before morning services, the police said.",
    "The congregation’s spiritual leader, Rabbi Miriam Kessler-Adeyemi, said a member arriving to set up the kiddush "
    "found the paint shortly after 7 a.m. “Our children walked past those symbols to get to services. That is what I "
    "cannot forgive,” Rabbi Kessler-Adeyemi said. “But we held services. We did not close our doors, and we will not.”",
    "Lt. Dominic Sahlberg-Osei, a spokesperson for the Hollins Park Police Department, said detectives were reviewing "
    "footage from cameras on nearby homes and shops and that the department was investigating the vandalism as a hate "
    "crime. “We take this with the utmost seriousness. Anyone who saw anything on Laurel Street between midnight and 7 "
    "should call us,” the lieutenant said.",
    "No arrests had been made by Sunday evening, the police said.",
    "It was the third antisemitic incident in the county this year, according to the Tri-Valley Jewish Community "
    "Council, which tracks such reports. Its director, Aaron Blumfeld-Okafor, said the council had counted two "
    "incidents in all of last year. “The numbers are small, but the direction is not. People in this community are "
    "frightened, and they have a right to be,” he said.",
    "On Sunday afternoon, more than 300 people — members of the congregation, neighbors, and clergy from a dozen "
    "churches and two mosques — gathered outside the synagogue as volunteers scrubbed the paint from the wall. The "
    "Rev. Lucille Ambrose-Tate, the pastor of Laurel Street Methodist Church across the road, said her congregation "
    "had brought buckets and brushes. “When they paint on your door, they paint on ours,” the pastor said.",
    "Mayor Franklin Oduya-Berg called the vandalism “cowardly” and said the city would pay for cameras at the "
    "synagogue’s entrances.",
    "Rabbi Kessler-Adeyemi said the congregation would hold a community Shabbat dinner next Friday and had invited the "
    "whole street. “Hate wants us to hide. We are going to do the opposite,” the rabbi added.",
)

CONFERENCE: tuple[str, ...] = (
    "United Covenant Church votes to let congregations leave with their buildings",
    "CALDER SPRINGS, Ind. — Delegates to the General Conference of the United Covenant Church voted 512 to 298 on "
    "Thursday to let congregations leave the denomination and keep their buildings, ending a rule that has for more "
    "than a century held all church property in trust for the denomination as a whole.",
    "The vote followed two days of debate in which delegates argued over whether the rule protected the church or held "
    "its members hostage. Supporters argued that congregations forced to stay would only empty slowly; opponents "
    "argued that the buildings had been paid for by generations of members who never meant them to leave.",
    "“A church you have to keep by force is not a church. It is a lease,” said the Rev. Samuel Tiernan-Obi, a delegate "
    "from the Southern Plains conference, to applause.",
    "Harriet Moss-Calloway, a lay delegate from Ohio, argued the opposite. “My great-grandmother sold eggs to put the "
    "roof on our church. She did not give it to a faction, she gave it to the whole church,” she said.",
    "The presiding bishop, Eleanor Vance-Okwu, who did not vote, said after the result was read that she would ask the "
    "church’s regional conferences to let departing congregations go in peace. “We have spent too much of the Lord’s "
    "money on lawyers already,” she told reporters.",
    "Under the new rule, a congregation must vote by a two-thirds majority to leave and pay any debts it owes the "
    "denomination. About 1,100 of the church’s 6,400 congregations have said in recent years that they would consider "
    "leaving, according to the denomination’s own figures.",
    "A caucus that fought the change, the Covenant Heritage Fellowship, said in a statement that it was “deeply "
    "grieved” and would ask the church’s Judicial Council to rule the vote invalid.",
    "Ruth Castellanos-Webb, who teaches church history at the Calder Springs Theological Seminary, said the vote "
    "marked the end of an idea that had held the denomination together since the 19th century. “The trust clause was "
    "the glue. Take it away and you have a federation of congregations, not a church,” the professor said.",
    "She said other Protestant denominations had watched the debate closely and that at least two were likely to take "
    "up similar rules within five years.",
    "Bishop Vance-Okwu closed the conference with a prayer for those who would leave. “Some of you will not be with us "
    "at the next conference. Go in peace, and know that the door is not locked behind you,” the presiding bishop said.",
)

FOOD_DRIVE: tuple[str, ...] = (
    "Church food pantry’s shelves run bare as lines grow before Thanksgiving",
    "RIVERTON FALLS, Minn. — Shelves at the Harvest Hands Ministry’s food pantry in the basement of Trinity Grove "
    "Lutheran Church were nearly bare last week, two weeks before Thanksgiving, as the number of families asking for "
    "help reached its highest level since the charity opened in 1994.",
    "“We served 612 households in October. Two years ago it was 350. I have never seen a line like this, not even in "
    "2009,” said Sister Agnes Moravec-Dunne, a Franciscan nun who has directed the pantry for 17 years.",
    "Sister Agnes said many of the new faces belonged to people with jobs — warehouse workers, home health aides, a "
    "school bus driver — whose paychecks no longer stretched to the end of the month.",
    "The charity said on its website that it needed 40,000 pounds of food by Nov. 20 to fill holiday boxes for 900 "
    "families, and that cash went furthest because it can buy wholesale from a regional food bank at about 20 cents "
    "on the dollar.",
    "On Saturday, volunteers sorted cans and boxes donated at a drive outside three grocery stores. Kevin "
    "Delacourt-Amin, 16, who came with his confirmation class, said he had collected more than 300 cans by going door "
    "to door on his street. “People give more when you knock than when you put a box out,” he said.",
    "Another volunteer, Rosalind Ebbers-Tamm, a retired nurse who has packed boxes at the pantry every Saturday since "
    "2015, said she had started bringing her grandchildren. “They need to see that the people in line look just like "
    "us,” she said.",
    "The church’s pastor, the Rev. Martin Solberg-Achebe, said the congregation would take a second collection for the "
    "pantry at every service through Christmas. “The gospel is pretty clear about feeding the hungry. It does not say "
    "to wait until the budget works out,” the pastor said.",
    "The regional food bank that supplies the pantry, North Star Food Partners, said its own deliveries from federal "
    "programs had fallen by a quarter this year. Its chief executive, Diane Whitcombe-Lyle, said in an interview that "
    "pantries across the state were reporting the same lines. “Faith groups are carrying a weight that used to be "
    "shared,” she said.",
    "Sister Agnes said the pantry would stay open on Thanksgiving morning. “Nobody should eat alone or hungry on that "
    "day. We will be here,” the nun added.",
)
