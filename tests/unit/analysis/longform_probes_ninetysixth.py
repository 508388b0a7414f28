"""A ninety-sixth batch of fictional stories for probing the quotes, in the manner of WASHINGTON FOREIGN-POLICY NEWS
FROM THE BRIEFING ROOMS as the US wires and political web sites write it: a call between the president and Egypt's
president about a jailed aid worker (what "the White House said", a press secretary who "told reporters at the daily
briefing", "Asked whether …, Quintrell declined to say", "according to a readout of the call", "a senior
administration official who briefed reporters on condition of anonymity" and "The official said", the worker's sister
"in a statement", an embassy and its spokeswoman "in an email" and "She added", a senator "R-Idaho" who "said in a
statement" and a Democrat who "told reporters in the Capitol"); an ordered departure from the embassy in Chad (a State
Department spokesman who "said at a briefing", "Pressed by a reporter on whether …, the spokesman said", "replied:",
an unnamed senior official, Chad's embassy "in a statement posted on X" and "It said", a former ambassador now at a
think tank and "The ambassador noted", two senators and "she added"); and a late missile shipment to Taiwan that a
campaign seizes on (the press secretary again, an unnamed spokesperson for Taiwan's representative office, a campaign
spokeswoman, the candidate "at a rally", a manufacturer's statement, senators, a former official split over "he
added"). Titles before names ("Sen.", "press secretary", "former Gov."), surnames after the first mention, pronoun
chains. Written for these tests; none is taken from any corpus, and every person, company, relief group and institute
in them is made up (the countries, capitals, embassies and kinds of bodies are real)."""

from __future__ import annotations

AID_WORKER: tuple[str, ...] = (
    "White House says president pressed Egypt’s leader to free jailed American aid worker",
    "WASHINGTON — The president pressed Egypt’s president on Tuesday to free an American aid worker who has been held "
    "in Cairo for seven months, the White House said, in a call that one official described as “direct and at times "
    "tense.”",
    "White House press secretary Marisa Quintrell told reporters at the daily briefing that the president had raised "
    "the case of Caleb Dunmore-Reyes, 29, a water engineer from Dayton, Ohio, “at the very top of the call.” “He made "
    "clear that this is a priority for him personally, and that we expect to see Caleb home,” Quintrell said.",
    "According to a readout of the call released by the White House, the two leaders also discussed the war in Sudan "
    "and shipping in the Red Sea, and agreed to stay in “close contact.”",
    "Asked whether the administration would hold back military aid to Egypt until Dunmore-Reyes was released, "
    "Quintrell declined to say. “I’m not going to get ahead of the president on that,” she said. “What I can tell you "
    "is that every option remains on the table.”",
    "A senior administration official who briefed reporters on condition of anonymity to discuss the private call said "
    "Egypt’s president had listened but made no promise. The official said the aid worker’s case had come up in "
    "“every conversation at every level” since his arrest in April.",
    "Dunmore-Reyes, who worked for the relief group Clearwater Mercy, was detained at a checkpoint in Giza and charged "
    "with spreading false news, a charge his family says is baseless. His sister, Annika Dunmore-Reyes, said in a "
    "statement that the family was “grateful but still waiting.”",
    "“Words on a phone call do not bring my brother home,” she said.",
    "Egypt’s embassy in Washington said the case was a matter for the courts. “The Egyptian judiciary is independent, "
    "and the embassy does not comment on cases before it,” embassy spokeswoman Dalia Fakhoury-Nassar said in an "
    "email. She added that the aid worker had received consular visits “in line with international norms.”",
    "On Capitol Hill, the call drew praise and impatience in about equal measure. Sen. Dale Ambrosetti, R-Idaho, said "
    "in a statement that the administration had “waited far too long” to raise the case at the top. “Seven months is "
    "a disgrace,” Ambrosetti said. “Egypt receives more than $1 billion a year in American military aid. That should "
    "buy a phone call returned.”",
    "Sen. Helena Marchetti-Voss, D-N.M., who sits on the Foreign Relations Committee, said she welcomed the call but "
    "noted that Congress had already written conditions on part of Egypt’s aid into law. “The tools are there,” she "
    "told reporters in the Capitol. “The question is whether anyone intends to use them.”",
    "Quintrell said the president would speak with the aid worker’s parents later in the week. He has not met them.",
)

DEPARTURE: tuple[str, ...] = (
    "State Department orders non-emergency staff out of Chad, raises travel warning to highest level",
    "WASHINGTON — The State Department on Thursday ordered non-emergency staff and the families of diplomats to leave "
    "the U.S. Embassy in N’Djamena, citing fighting near the Chadian capital, and told Americans not to travel to the "
    "country.",
    "“The safety and security of Americans overseas is our highest priority,” State Department spokesman Everett "
    "Lomasney said at a briefing. “We made this decision based on our assessment of the situation on the ground, and "
    "we will keep it under review.”",
    "Lomasney said the embassy would remain open with a reduced staff and would continue to offer “emergency "
    "services” to U.S. citizens. He did not say how many people were affected.",
    "Pressed by a reporter on whether the department was planning an evacuation flight, the spokesman said there were "
    "“no plans at this time” for a charter. “Commercial flights are still leaving the airport, and we urge Americans "
    "who want to leave to book them now,” he said.",
    "Asked if the embassy itself was in danger, Lomasney replied: “We don’t comment on specific threats. But we would "
    "not take this step lightly.”",
    "A senior State Department official, speaking on condition of anonymity to discuss security matters, said rebel "
    "columns had moved within 60 miles of the city overnight. The official said the United States was in touch with "
    "the governments of France and Cameroon.",
    "Chad’s embassy in Washington called the decision “premature.” “N’Djamena is calm, the government is in full "
    "control, and life continues normally,” the embassy said in a statement posted on X. It said the armed forces had "
    "“pushed back” the rebels on Wednesday.",
    "Harriet Vandersloot, a former U.S. ambassador to Chad who is now a senior fellow at the Calloway Institute, said "
    "an ordered departure was a signal to the government as much as a safety measure. “You don’t pull families out "
    "unless you have stopped trusting the host’s promises,” she said. The ambassador noted that the embassy had gone "
    "through a similar drawdown before, “and it took years to rebuild.”",
    "Sen. Marcus Treadaway, R-Okla., said in a statement that the administration had been “caught flat-footed "
    "again.” Sen. Ines Albarracin-Cole, D-Del., a member of the Foreign Relations Committee, said the department had "
    "made “the right call.” “I would rather we be early than late,” she added.",
    "The travel advisory for Chad was raised to Level 4, “Do Not Travel,” the highest of the department’s four "
    "levels. Lomasney said about 300 Americans had registered with the embassy, though “the real number is likely "
    "higher.”",
)

MISSILES: tuple[str, ...] = (
    "White House defends late Taiwan missile shipment as Fennimore campaign pounces",
    "The White House on Monday defended a delay in a shipment of anti-ship missiles to Taiwan, as the presidential "
    "campaign of former Gov. Wesley Fennimore accused the administration of “bowing to Beijing.”",
    "“There is no pause in our commitment to Taiwan. There is a production line in Arizona that is running behind,” "
    "press secretary Marisa Quintrell told reporters. She said the missiles would ship “within months, not years,” "
    "and that the delay had been explained to Taipei in advance.",
    "A spokesperson for Taiwan’s representative office in Washington said it had been “informed of the schedule” and "
    "remained confident in American support. “Our partnership with the United States is rock solid,” the "
    "spokesperson said.",
    "Fennimore’s campaign saw it differently. “Every day those missiles sit in a warehouse is a gift to Beijing,” "
    "campaign spokeswoman Tamsin Okonjo-Ward said in a statement. “Governor Fennimore would have them in Taiwan by the "
    "Fourth of July.”",
    "Fennimore himself went further at a rally in Des Moines on Sunday night, calling the delay “the most dangerous "
    "decision of this presidency.” He said China was “watching every move we make, and so is Russia.”",
    "Asked about Fennimore’s remarks, Quintrell said she would not respond to “campaign rhetoric.” “The governor is "
    "welcome to visit the factory,” she said, to laughter in the briefing room.",
    "A senior administration official who briefed reporters on condition of anonymity said the Pentagon had told the "
    "manufacturer, Halvard Dynamics, to add a second shift. The official said Beijing had not been consulted about "
    "the timing, calling any suggestion otherwise “absurd.” Halvard Dynamics said in a statement that it was “working "
    "closely with the Department of Defense” and expected to catch up by the end of the year.",
    "Republicans on Capitol Hill were less forgiving than the campaign might have hoped. “If we cannot build missiles "
    "fast enough for Taiwan, we have a much bigger problem than one shipment,” Sen. Garrett Pellinore, R-Texas, told "
    "reporters. Sen. Noreen Castellanos-Burke, D-Conn., said the delay was “frustrating but not a policy change,” and "
    "noted that Congress had approved money for the production line last year.",
    "“Taipei will take the White House at its word, for now,” said Evander Mulhall-Ochs, a former deputy assistant "
    "secretary of state for East Asia now at the Brightwater Forum. “But words are cheap in an election year,” he "
    "added, “and Beijing reads the calendar too.”",
)
