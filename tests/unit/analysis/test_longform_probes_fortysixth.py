"""Quotes of a forty-sixth batch of blind probes (longform_probes_fortysixth.py, English-language newspapers of East
and Southeast Asia): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortysixth import (
    BAG_CHARGE,
    BUSAN_TRADE_TALKS,
    MISSING_RICE,
    RIAU_HAZE,
)

SINGAPORE_NEA = (
    "National Environment Agency|The National Environment Agency|NEA|Singapore's National Environment Agency"
)
KOREAN_TRADE_MINISTRY = (
    "Ministry of Trade, Industry and Energy|South Korea's Ministry of Trade, Industry and Energy|ministry|Ministry"
)
CHINESE_COMMERCE_MINISTRY = "Commerce Ministry|The Commerce Ministry|China's Commerce Ministry|ministry"
BNPB = "National Disaster Mitigation Agency|Indonesia's National Disaster Mitigation Agency|BNPB"
JUAN_REYES = "Juan Reyes|Juan Johnny Reyes|Juan 'Johnny' Reyes"
DELA_CRUZ = "Bienvenido Dela Cruz Jr.|Bienvenido Dela Cruz"
BAUTISTA_SANTOS = "Ma. Leonora Bautista-Santos|Leonora Bautista-Santos|Ma. Leonora Leni Bautista-Santos"
TIANGCO = "Francisco Tiangco|Francisco Kiko Tiangco"
VILLAFUERTE = "Arnulfo Villafuerte|Arnulfo Bong Villafuerte"
ZULKIFLI = "Zulkifli Hassan Basri"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Mr, Ms, Dr, Prof,
#: Associate Professor, Senator, Commissioner and the portfolio titles ("Minister for Sustainability and the
#: Environment", "Palace Press Officer") are titles; the speaker is the fullest name the story gives ("Ms Teo" is Teo
#: Hui Min, "Mr Tharman" is Tharman Raj, "Ms Aisyah" is Nur Aisyah Rahmat), East Asian names keep their family name
#: first, a nickname in quotation marks may be kept or dropped, and "Jr." may be kept. "told ST", "in response to
#: queries from", "said in a Facebook post", "wrote in a post on Weibo", "said at a doorstop", "told the Inquirer in a
#: phone interview", "said in Filipino" and "she asked" are cues. Borderline and optional: groups and unnamed sources
#: (senators, officials, a broker who asked not to be named), "urged … to", "asked whether", "declined to say
#: whether", "pressed him on why", and a second "that" clause or participle that continues a quote ("but that …",
#: "adding that …" after a quotation).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "bag_charge": [
        (SINGAPORE_NEA, "will have to charge", False),
        ("Teo Hui Min", "the charge had cut bag use", False),
        ("Teo Hui Min", "The numbers tell us", False),
        ("Teo Hui Min", "the agency would review the scheme", False),
        ("Tharman Raj", "the extension was", False),
        ("Tharman Raj", "It is about asking ourselves", False),
        ("Vincent Ong Kah Seng", "the chain would put the proceeds", False),
        ("Vincent Ong Kah Seng", "shoppers had mostly taken", False),
        ("Nur Aisyah Rahmat", "she already carried", False),
        ("Nur Aisyah Rahmat", "Last time I kept forgetting", False),
        ("Govindasamy Raju", "the charge weighed on older shoppers", False),
        ("Govindasamy Raju", "We buy a little every day", False),
        ("Lim Wei Ting", "the charge should be seen", False),
        ("Lim Wei Ting", "Bags are a visible symbol", False),
        ("Lim Wei Ting", "the bigger gain would come", False),
        ("Singapore Environment Council|The Singapore Environment Council", "it welcomed the move", False),
        ("Singapore Environment Council|The Singapore Environment Council", "publish how much", True),
        ("Razali Ismail", "lower-income households", True),
        ("Teo Hui Min", "the sums involved were small", False),
        ("Teo Hui Min", "keep a close eye", True),
    ],
    "busan_trade_talks": [
        (KOREAN_TRADE_MINISTRY, "to resume negotiations", False),
        ("Ahn Jae-sung", "We have taken a meaningful step", False),
        ("Ahn Jae-sung", "the first working-level round", False),
        ("Wang Yuhang", "Beijing was willing", False),
        (CHINESE_COMMERCE_MINISTRY, "the meeting had been", False),
        ("Saito Kenichiro", "Tokyo hoped to raise market access", False),
        ("Saito Kenichiro", "The three of us share", False),
        ("Saito Kenichiro", "whether Tokyo would ease", True),
        ("Saito Kenichiro", "national security is a separate matter", False),
        ("Cheong Min-ji", "the agreement was largely symbolic", False),
        ("Cheong Min-ji", "The hard issues", False),
        ("Cheong Min-ji", "a deal was unlikely", False),
        ("Kawaguchi Yuko", "the restart reflected worries", False),
        ("Kawaguchi Yuko", "Nobody wants to be", False),
        ("Zhou Liqiang", "Beijing saw the talks", False),
        ("Zhou Liqiang", "This is about showing", False),
        ("Korea Business Roundtable|The Korea Business Roundtable", "it welcomed the agreement", False),
        ("Park Sung-hoon", "Korean carmakers stood to gain", False),
        ("Lin Xiaowen", "attaches great importance", False),
    ],
    "missing_rice": [
        ("", "explain how 43 container vans", True),
        (JUAN_REYES, "Forty-three vans do not", False),
        (JUAN_REYES, "he would ask the Office of the Ombudsman", False),
        (DELA_CRUZ, "the bureau had relieved six", False),
        (DELA_CRUZ, "an internal investigation", True),
        (DELA_CRUZ, "We are not hiding anything", False),
        (BAUTISTA_SANTOS, "why the shipments", True),
        (BAUTISTA_SANTOS, "Trusted by whom", False),
        (TIANGCO, "the missing rice", False),
        (TIANGCO, "Our buffer stock", False),
        ("Jocelyn Magbanua", "smuggled rice was pulling", False),
        ("Jocelyn Magbanua", "Our farmers sell at a loss", False),
        ("Claire Villareal-Ocampo", "the President had ordered", False),
        ("", "release papers for some", True),
        (JUAN_REYES, "the committee would subpoena", False),
        (JUAN_REYES, "We will find them", False),
        (VILLAFUERTE, "the hearing showed why", False),
    ],
    "riau_haze": [
        ("", "Forest and peatland fires", True),
        (BNPB, "112 hot spots", False),
        ("Sutarjo", "six water-bombing helicopters", False),
        ("Sutarjo", "The fires are mostly on peatland", False),
        ("Syamsuddin Harahap", "I ask the companies", False),
        ("Syamsuddin Harahap", "police were investigating", True),
        ("Wiratmaja", "the government had sealed off", False),
        ("Wiratmaja", "There will be no compromise", False),
        (ZULKIFLI, "the ministry would send a diplomatic note", False),
        (ZULKIFLI, "We will raise this", False),
        ("Norhayati Osman", "schools in areas", False),
        (SINGAPORE_NEA, "the 24-hour PSI", False),
        ("Rina", "her children had been coughing", False),
        ("Rina", "We keep the windows shut", False),
        ("Teguh Prasetyo", "many of the hot spots", False),
        ("Teguh Prasetyo", "The companies pay a fine", False),
    ],
}

ARTICLES = {
    "bag_charge": BAG_CHARGE,
    "busan_trade_talks": BUSAN_TRADE_TALKS,
    "missing_rice": MISSING_RICE,
    "riau_haze": RIAU_HAZE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 29 of 61 required when the batch was written (blind); 28 once a gold slip was mended (the optional anchor
#: of "asked whether" held the "whether" that the quote leaves out). Then 16: a short name that is an inner word of one
#: person's full name ("Ms Teo" of Teo Hui Min, "Mr Tharman" of Tharman Raj, "Mr Ong" of Vincent Ong Kah Seng,
#: "Cheong" of Cheong Min-ji) is that person (inner_name_words.py). Then 12: "Environmental Sustainability" ends a
#: minister's portfolio before the name (PORTFOLIOS). Then 10: a one-word name taken for a place but described as "a
#: mother of two" is a person, and "she said" after it hers (mislabelled_people.py). Then 8: "Its vice-chairman, Park
#: Sung-hoon," names the speaker though the tagger reads "hoon" as no proper noun (names_given in roles.py). Left: a
#: given name the recogniser leaves out before a capitalised particle ("Bienvenido" of "Bienvenido Dela Cruz Jr.",
#: four), "He declined to say … saying only that" given to the last man of known gender rather than the last speaker
#: (two), and a relative clause of the object of "told reporters … that" taken for the quote (two). Then 6, once
#: merged with the other mends of the same stop: a bare pronoun after a paragraph whose named subject spoke is that
#: speaker (previous_speakers.py), which gives the two "He declined to say … saying only that" to the last speaker.
#: Then 0: an untagged given name before a surname led by a capitalised particle is the person's
#: (particle_led_surnames.py), and a "whose" clause the parser made what "told" said is no clause of its own
#: (whose_clauses.py), so the "that" clause hung on the setting is found.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
