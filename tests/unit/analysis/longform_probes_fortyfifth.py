"""A forty-fifth batch of fictional stories for probing the quotes, in the manner of COVERAGE OF MULTILATERAL MEETINGS
(many speakers in turn, each brought in by a country or a post, named once and then called by their country or post,
reported speech far more than quotation marks): a Security Council debate written up as the UN's own meetings coverage
("Briefing the Council", "In the ensuing debate, the representative of X said", "the Permanent Representative of Y, Z,
told the Council", "the Chinese envoy", "the speaker for X agreed", "Echoing that view, X's delegate", a joint
statement read out for three delegations, "Speaking in her national capacity, the President of the Council", "Taking
the floor"), a General Assembly vote as wire copy ("in explanation of vote", a country that "said in a statement", a
secretary-general's spokesperson "at the daily briefing", a post on X), a G20 summit's closing press conference ("at
a joint press conference with", "the communiqué said", a trilateral joint statement, a prince and a "bin" in a name)
and an EU foreign ministers' council and a NATO ministerial the day after (doorstep remarks "on arrival", "the EU's
top diplomat", "the alliance chief", a speaker for a group of allies). Written for these tests; none is taken from
any corpus, and every person, crossing, province, network and campaign group in them is made up. The gold is in
test_longform_probes_fortyfifth.py."""

from __future__ import annotations

VEREL_COUNCIL: tuple[str, ...] = (
    "Security Council Hears Calls for Humanitarian Pause in Northern Verel as Displacement Tops 2 Million",
    "The Security Council met today to consider the situation in Taloria, where fighting in the northern province of "
    "Verel has displaced more than 2 million people since March, with speakers urging the parties to agree a "
    "humanitarian pause and to open the Kessin crossing to aid convoys.",
    "Briefing the Council, Odile Ferrand-Mbeki, Assistant Secretary-General for Humanitarian Affairs, said that aid "
    "agencies had reached fewer than a third of those in need in the past month. “Convoys are waiting at the border "
    "with food for 400,000 people, and they have been waiting for 11 days,” she said. She stressed that the closure of "
    "the Kessin crossing was a decision, not an accident, and called on the Council to use its influence with both "
    "sides.",
    "Also briefing, Tomasz Wielgosz, Special Envoy of the Secretary-General for Taloria, said he had met both sides in "
    "Geneva last week and that they had agreed in principle to a mechanism for monitoring a pause. However, he "
    "cautioned that agreement in principle had not yet become agreement on the ground. “We have a narrow window, and "
    "it is closing,” the envoy said.",
    "In the ensuing debate, the representative of the United Kingdom, the penholder on the file, said her delegation "
    "would circulate a draft resolution demanding a 30-day pause. “The Council cannot keep meeting to express concern "
    "while the people of Verel starve,” she said.",
    "The Permanent Representative of China, Liang Weiming, told the Council that any pause must respect the "
    "sovereignty of Taloria and be agreed with its Government. The Chinese envoy warned against “the politicization of "
    "humanitarian assistance” and said sanctions had worsened the suffering of ordinary people.",
    "The speaker for the Russian Federation, Arkady Vorontsev, agreed, adding that the draft being prepared by "
    "“certain Western delegations” was one-sided. Echoing that view, Pakistan’s delegate said the Council should "
    "support the mediation of the regional bloc rather than impose solutions from outside.",
    "The Republic of Korea’s Ambassador, Seo Jae-hoon, said that the Council’s credibility was at stake in Verel. He "
    "stressed the need for a monitoring mechanism with a clear mandate and a date on which it would report back.",
    "The representatives of Denmark, Greece and Slovenia, in a joint statement read out by the Danish delegate, Mette "
    "Kjærsgaard, said that “the blocking of aid is a violation of international humanitarian law” and called for those "
    "responsible to be held to account. Guyana’s representative, speaking also on behalf of Sierra Leone and Somalia, "
    "said the three members were alarmed by reports of sexual violence in the camps around Verel city. She urged the "
    "parties to allow the African Union’s observers to deploy.",
    "Speaking in her national capacity, the President of the Council, Marisol Quintero Adames of Panama, said her "
    "country had pledged a further $40 million in aid. “Money is not the problem. Access is the problem,” she said.",
    "Taking the floor at the end of the meeting, the representative of Taloria, Hamid Roushan-Delavar, rejected what "
    "he called “baseless allegations” of obstruction. He said the Kessin crossing had been closed because armed groups "
    "were using it to smuggle weapons, and insisted that his Government would reopen it “as soon as security permits.”",
    "The meeting began at 10:05 a.m. and ended at 1:40 p.m.",
)

SEABED_VOTE: tuple[str, ...] = (
    "U.N. General Assembly backs deep-sea mining pause over U.S., Norway objections",
    "UNITED NATIONS, Nov 19 (Reuters) - The U.N. General Assembly on Wednesday overwhelmingly adopted a resolution "
    "calling for a moratorium on deep-sea mining in international waters, with 128 countries voting in favour, nine "
    "against and 41 abstaining.",
    "“This is a message from the majority of the world that the ocean floor is not for sale,” Fijian Ambassador "
    "Losana Vuniwaqa told the assembly after the vote. Fiji drafted the text with Chile and Portugal.",
    "Speaking in explanation of vote, U.S. Deputy Ambassador Gregory Hallam said Washington had voted against because "
    "the resolution “prejudges” talks at the International Seabed Authority. He said the United States shared the "
    "concern for marine life but believed the authority, not the assembly, was the right forum.",
    "Japan, which abstained, said in a statement that it supported the goal but could not accept the wording on "
    "existing contracts. India’s representative told the assembly it had abstained for similar reasons.",
    "China’s deputy U.N. envoy, Zhao Xinyue, said Beijing had voted yes. The Chinese envoy said developing nations "
    "must share in any benefits from the seabed, which she called “the common heritage of mankind.”",
    "Norway, one of nine countries that voted no, said the moratorium would hurt the energy transition. Norway’s state "
    "secretary for foreign affairs, Eirik Haugland-Strand, told reporters that the minerals were needed for batteries. "
    "“We cannot decarbonise with slogans,” he said.",
    "Environmental groups welcomed the vote. “Today the world drew a line,” said Maren Achterberg, ocean campaigner at "
    "Blue Commons, a coalition of 70 groups.",
    "The resolution is not binding, but diplomats said it would put pressure on the seabed authority’s council, which "
    "meets in Kingston in March. Rafael Montaño-Bright, spokesperson for the secretary-general, told reporters at the "
    "daily briefing that the secretary-general took note of the vote and hoped states would keep talking in Kingston.",
    "Chilean Foreign Minister Alberto Sanhueza said in a post on X that the vote was “a victory for science.” "
    "Portugal’s envoy, Teresa Gouveia Marques, agreed, saying the assembly had shown that small states could lead.",
    "Russia voted against. Its representative said the text was “premature” and had been pushed through without "
    "consensus.",
    "Vuniwaqa said later that Fiji would bring the issue back next year if the talks in Kingston stalled.",
)

G20_CLOSE: tuple[str, ...] = (
    "G20 leaders agree on faster debt relief, split over climate finance",
    "JOHANNESBURG, Nov 23 (Reuters) - Group of 20 leaders agreed on Sunday to speed up debt relief for the poorest "
    "countries but failed to bridge differences on climate finance, the summit’s host said at a closing press "
    "conference.",
    "“We did not get everything we wanted, but we got a text that all 20 members could sign,” South African President "
    "Sipho Ndlovu-Maseko told reporters, flanked by his finance minister and the sherpa who led the talks.",
    "The communiqué said members would “step up efforts” to carry out the common framework for debt treatment and "
    "called on multilateral development banks to lend more. It made no mention of a new climate finance target.",
    "At a joint press conference with Ndlovu-Maseko, Indian Prime Minister Rajiv Venkataraman said the debt agreement "
    "was “a Global South outcome” and urged creditor nations to act within months, not years. He stressed that India "
    "would host a follow-up meeting of finance ministers in February.",
    "European Commission President Annelise Vrancken told reporters that the EU had pushed for stronger language on "
    "fossil fuels. “Some members were not ready. We will keep pushing,” she said. Asked whether the summit had failed "
    "on climate, she said: “No. But it did not succeed either.”",
    "Saudi Arabia’s energy minister, Prince Faisal bin Turki Al-Sudairi, said the kingdom would not accept “targets "
    "imposed on producers.” Speaking separately, Argentina’s foreign minister, Lucía Bermúdez Otero, said her "
    "government had joined the consensus on debt but dissociated itself from the paragraphs on gender.",
    "U.S. Treasury Secretary Dana Whitcombe, who led the American delegation in place of the president, told "
    "reporters on the sidelines that Washington supported the debt language. She said the United States would “look "
    "carefully” at the climate text before its finance ministers met in the spring.",
    "The leaders of Brazil, Indonesia and South Africa, in a joint statement issued after a trilateral meeting, said "
    "they would coordinate their positions before the next climate conference. Brazil’s president, Marcos Tavares "
    "Leal, told reporters that the three countries represented “the voice of those who pay for a crisis they did not "
    "cause.”",
    "Indonesian President Hendra Wiratama told reporters at the airport that the summit had been “useful but not "
    "historic.”",
    "Campaigners were unimpressed. “Debt relief that comes in years is debt relief that comes too late,” said Nomvula "
    "Khumalo-Price of the Jubilee Africa Network.",
    "Ndlovu-Maseko said the presidency would pass to the next host on Dec. 1. He said he had told leaders that “the "
    "G20 is only as strong as its ability to agree on hard things.”",
)

BRUSSELS_WEEK: tuple[str, ...] = (
    "EU ministers back new sanctions package as NATO weighs air defence pledges",
    "BRUSSELS — European Union foreign ministers gave political backing on Monday to a new package of sanctions "
    "against Russia, while NATO defence ministers, meeting across town a day later, argued over how to share the cost "
    "of new air defence systems for the alliance’s eastern flank.",
    "Arriving for the Foreign Affairs Council, the EU’s High Representative, Elina Raudsepp, told reporters that she "
    "expected ministers to agree the package “in principle” by the end of the day. “We are not there yet on every "
    "line, but we are very close,” she said.",
    "Hungary’s foreign minister, Bence Szalóky, said on arrival that Budapest would not block the package but wanted "
    "exemptions for its energy imports. “Sanctions that hurt Europe more than Russia are not smart sanctions,” he told "
    "reporters.",
    "Lithuania’s Gintautas Paliulis, who spoke after him at the doorstep, said the exemptions were “a gift to the "
    "Kremlin.” Echoing that view, Poland’s deputy foreign minister said the EU should be tightening, not loosening, "
    "the rules on Russian gas.",
    "After the meeting, the EU’s top diplomat told a press conference that ministers had also agreed to list 14 "
    "individuals over human rights abuses in occupied territories. She said the bloc would “not stop until the "
    "aggression stops,” and urged member states to speed up deliveries of artillery shells.",
    "At NATO headquarters the next day, Secretary General Joris Verbeeck said allies had pledged more than 30 billion "
    "euros for air defence since the summit in July. The alliance chief said he wanted “more, and faster,” adding that "
    "Russia was producing missiles “faster than we are buying interceptors.”",
    "German Defence Minister Henrike Baumbach told reporters on arrival that Germany would deliver two more Patriot "
    "systems next year. Asked about the cost, she said: “Security has a price. The price of insecurity is much "
    "higher.”",
    "Spain’s defence minister, Ana Isabel Robledo, said her country would meet its commitments “in its own way” and "
    "rejected calls for a fixed spending target. The speaker for the Baltic states, Estonia’s Margus Tamm, said the "
    "allies closest to Russia could not wait for consensus. Italy’s Guido Ferralis said Rome would put forward a "
    "joint procurement plan with France.",
    "“We hear the concerns of the Nordic and Baltic allies, and we share them,” said U.S. Ambassador to NATO Kevin "
    "Ostrander, speaking at a joint press conference with Verbeeck. He said Washington expected European allies to "
    "carry “the larger share” of the cost.",
    "The ministers’ joint statement said allies would “accelerate procurement” and called on industry to expand "
    "production. A NATO official, speaking on condition of anonymity, said two allies had asked for more time.",
)
