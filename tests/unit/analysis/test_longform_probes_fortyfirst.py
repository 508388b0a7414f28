"""Quotes of a forty-first batch of blind probes (longform_probes_fortyfirst.py, the English-language services of
state and national news agencies outside the Anglosphere): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyfirst import (
    ANADOLU_PIPELINE,
    BERNAMA_HALAL,
    IRNA_SHIPPING,
    XINHUA_CORRIDOR,
    YONHAP_CHIPS,
)

COMMERCE = "Ministry of Commerce|China's Ministry of Commerce|the Ministry of Commerce"
SEOUL_INDUSTRY = (
    "industry ministry|Seoul's industry ministry|the industry ministry|Ministry of Trade, Industry and Energy"
    "|the Ministry of Trade, Industry and Energy"
)
PRESIDENTIAL_OFFICE = "presidential office|the presidential office"
TURKISH_MINISTRY = "Turkish Foreign Ministry|the Turkish Foreign Ministry|Foreign Ministry"
PORTS = "Ports and Maritime Organization|Iran's Ports and Maritime Organization|the Ports and Maritime Organization"
MITI = (
    "Ministry of Investment, Trade and Industry|the Ministry of Investment, Trade and Industry|MITI"
    "|Ministry of Investment, Trade and Industry (MITI)"
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles (Datuk Seri,
#: Datuk, Tan Sri, Prof Dr, Professor, Associate Professor, Hojatoleslam, Hojatoleslam val-Moslemin) are no part of a
#: name; "bin" and "binti" are, and a Malay or Vietnamese name given later in part ("Ahmad Faizal", "Noraini", "Hung")
#: is the full one, as is a family name alone ("Tang", "Park") and "the spokesperson", "the spokesman", "the lawmaker"
#: and "the deputy minister" after the person was named. "Announced", "noted", "highlighted", "underlined", "pointed
#: out", "expressed hope that", "expressed gratitude", "called for" and "according to" a person are cues; a ministry,
#: an office or an organisation that says something in a statement or press release is an institution. Borderline and
#: optional: unnamed experts, observers, a source close to the talks and an official on condition of anonymity, the
#: second clause after "and stressed", "and called on" or "and said" when the first had its own cue, and "rejected …
#: as".
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "xinhua_corridor": [
        ("Tang Weiguo", "have agreed to raise the annual capacity", False),
        ("Tang Weiguo", "a golden route", False),
        ("Tang Weiguo", "not targeted at any third party", True),
        ("Tang Weiguo", "inject fresh momentum", False),
        ("Yerlan Dzhaksybekov", "from days to hours", False),
        ("Yerlan Dzhaksybekov", "a road of friendship", False),
        ("Zhou Hanqing", "a stage of quality rather than quantity", False),
        ("Zhou Hanqing", "rail freight through the corridor", False),
        ("Liu Meifang", "the number of freight trains", False),
        ("", "the new capacity target would help", True),
        ("", "several European logistics companies", True),
        ("Tang Weiguo", "firmly opposes", False),
        ("Tang Weiguo", "objectively and fairly", True),
        (COMMERCE, "launch a joint working group", False),
        ("Ding Xiaorong", "the role of the corridor", False),
        ("Ding Xiaorong", "fully seize the opportunity", False),
        ("Aidos Temirkhanov", "a symbol of the eternal comprehensive", False),
    ],
    "yonhap_chips": [
        (SEOUL_INDUSTRY, "will resume vice ministerial talks", False),
        ("Ministry of Trade, Industry and Energy|the Ministry of Trade, Industry and Energy", "The talks", False),
        ("Park Seong-jin", "Both sides share the view", False),
        ("Park Seong-jin", "We will discuss practical ways", True),
        ("Park Seong-jin", "Korean exports of chipmaking materials", False),
        ("Park Seong-jin", "institutionalize", True),
        ("", "joint research on next-generation", True),
        ("", "welcomes the resumption", True),
        ("", "reflected a broader thaw", True),
        ("Kim Ha-eun", "Both governments have realized", False),
        ("Kim Ha-eun", "still relied on Japan", False),
        ("Lee Jung-hoon", "a first step, not a breakthrough", False),
        ("Lee Jung-hoon", "Unless the export control issue", False),
        ("Choi Min-seo", "member companies hoped", False),
        ("Choi Min-seo", "What our companies want is predictability", False),
        ("Yoon Dae-hyun", "North Korea had not responded", False),
        ("Yoon Dae-hyun", "respond positively without delay", False),
        (PRESIDENTIAL_OFFICE, "nothing has been decided yet", False),
    ],
    "anadolu_pipeline": [
        ("Mehmet Emin Karabulut", "signed an agreement to double", False),
        ("Mehmet Emin Karabulut", "the energy security of the whole region", False),
        ("Mehmet Emin Karabulut", "operational by the end of 2027", True),
        ("Mehmet Emin Karabulut", "This pipeline is a concrete expression", False),
        ("Elnur Mammadzade", "as soon as the technical work is completed", False),
        ("Elnur Mammadzade", "its brotherly support", False),
        ("", "welcomed the deal", True),
        ("Zeynep Aksoy Güler", "a single, unreliable supply route", False),
        ("Hakan Tunçbilek", "could later be linked", False),
        ("Hakan Tunçbilek", "gas imports from Azerbaijan", False),
        ("Hakan Tunçbilek", "Ankara is turning geography into leverage", False),
        (TURKISH_MINISTRY, "serves peace, stability and prosperity", False),
        (TURKISH_MINISTRY, "contribute to the opening", True),
        ("Lotte Vandermeulen", "takes note", False),
        ("Lotte Vandermeulen", "international law and the principles", True),
        ("Mehmet Emin Karabulut", "the contractors would be selected", False),
        ("Mehmet Emin Karabulut", "additional volumes via the Caspian route", False),
        ("", "the deal came a week after", True),
        ("Selçuk Yıldırım", "ahead of schedule", False),
    ],
    "irna_shipping": [
        ("Mohammad-Hossein Rezvani-Far", "Tehran and Muscat had agreed to launch", False),
        ("Mohammad-Hossein Rezvani-Far", "deep-rooted and brotherly", False),
        ("Mohammad-Hossein Rezvani-Far", "provided by the countries of the region", True),
        ("Mohammad-Hossein Rezvani-Far", "baseless and provocative", True),
        ("Khalid bin Salim al-Harthy", "a bridge between the two shores", False),
        ("Ali-Reza Mousavi-Nejad", "the Majlis supported", False),
        ("Ali-Reza Mousavi-Nejad", "Oman has always been an honest broker", False),
        (PORTS, "it had allocated two vessels", False),
        ("Mehdi Jahangiri-Zand", "a clear message", False),
        ("Mehdi Jahangiri-Zand", "the main obstacle", False),
        ("Mohammad-Reza Farahani", "Iranian exporters have lost market share", False),
        ("Mohammad-Reza Farahani", "A direct line could cut freight costs", False),
        ("", "Muscat was also ready to host", True),
        ("Hassan Shojaei-Tabar", "the only guarantee of security", False),
        ("Mohammad-Hossein Rezvani-Far", "a delegation led by", False),
        ("Amir-Hossein Saberi-Nia", "the top priority", False),
    ],
    "bernama_halal": [
        ("Ahmad Faizal bin Osman", "agreed to set up a joint task force", False),
        ("Ahmad Faizal bin Osman", "the decision was reached", False),
        ("Ahmad Faizal bin Osman", "Vietnam is now Malaysia", False),
        ("Tran Quoc Hung", "Malaysian investors would take advantage", False),
        ("Tran Quoc Hung", "closer cooperation in rice trade", False),
        ("Noraini binti Hashim", "would lead a trade mission", False),
        ("Noraini binti Hashim", "halal products worth", False),
        (MITI, "in a spirit of mutual benefit", False),
        ("", "welcomed the move", True),
        ("Nur Hidayah binti Kamaruddin", "the task force could help", False),
        ("Ong Kian Seng", "a natural market", False),
        ("Ong Kian Seng", "The key is mutual recognition", False),
        ("Zulkifli bin Mohd Yusof", "the federation welcomed the agreement", False),
        ("Zulkifli bin Mohd Yusof", "an influx of cheaper imports", True),
        ("Vu Thanh Nga", "the embassy would organise", False),
        ("Vu Thanh Nga", "We want Malaysian consumers to know", False),
        ("Ahmad Faizal bin Osman", "the next meeting of the committee", False),
    ],
}

ARTICLES = {
    "xinhua_corridor": XINHUA_CORRIDOR,
    "yonhap_chips": YONHAP_CHIPS,
    "anadolu_pipeline": ANADOLU_PIPELINE,
    "irna_shipping": IRNA_SHIPPING,
    "bernama_halal": BERNAMA_HALAL,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 50 of 68 required when the batch was written (blind), with no gold slip found. Then 42: a name with a
#: lower-case particle ("… bin Osman") was read as a headline overrun of the shorter name the article repeats
#: (entities._overreaching; 8 wrong). Then 32: the name after a Malaysian style (Datuk Seri, Tan Sri) or a cleric's
#: (Hojatoleslam) is the person, and "binti" joins a Malay name cut at it (`styled_names`, `particle_names`; 10 wrong).
#: Then 23: Turkish double given names cut by the recogniser ("Emin Karabulut"; the given-name lexicon; 9 wrong). Then
#: 15: Vietnamese names, family name first, untagged or cut ("Thanh Nga"; `vietnamese_names`; 8 wrong). Then 13:
#: "underlined" is a cue (2 wrong). Left (13): "Ambassador to China X said" with no speaker, "Professor X of Y
#: University noted" given to the university, "the Turkish Foreign Ministry said in a written statement" and "the
#: Ministry … said in a press release" after a long subject (unnamed or missed), "Omani Undersecretary for Transport X
#: bin Y al-Z" given to the title, "the lawmaker said" after a Hojatoleslam (unnamed), "In an interview with Xinhua, X,
#: a researcher at …, said" missed, and "said …, but urged" given to the federation rather than its president.
#: Then 6: "Undersecretary for Transport X bin Y al-Z" names X as "Minister for Trade X" does (`portfolio_holders`
#: counts a name's words without its particles; 2 wrong); "Ambassador to China X" splits the country from the name the
#: recogniser ran into it (`posted_envoy_names`; 2 wrong); "Professor X of Y University noted" parsed with the
#: university as subject is X (`people_of_bodies`; 2 wrong); "In an interview with the agency, X, …, said" is X
#: (`named_after_opening`; 1 wrong). Then 4: "said in a written statement that …", the clause hung on the statement,
#: is the ministry's (`setting_clauses`; 2 wrong). Left (4): the ministry's press release after a long subject,
#: "the lawmaker said" after a Hojatoleslam (unnamed), and "said …, but urged" given to the federation. Then 2: "the
#: lawmaker" is the one named before as a member of a parliament's committee (legislator_words.py; 2 wrong). Left (2):
#: the press release after a long subject, and the "but urged". Then 1: "said … that the federation welcomed …, but
#: urged …", the second verb hung on the federation's, is more of what the president reports (others_reported.py; 1
#: wrong). Left (1): the ministry's press release after a long subject.
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
