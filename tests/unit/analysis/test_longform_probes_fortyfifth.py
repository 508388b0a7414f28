"""Quotes of a forty-fifth batch of blind probes (longform_probes_fortyfifth.py, coverage of multilateral meetings: a
Security Council debate, a General Assembly vote, a G20 summit's close, an EU council and a NATO ministerial): the whole
batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyfifth import (
    BRUSSELS_WEEK,
    G20_CLOSE,
    SEABED_VOTE,
    VEREL_COUNCIL,
)

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A delegate is the
#: person when the article names them, also when later called by country or post ("the Chinese envoy", "the EU's top
#: diplomat", "the alliance chief"); Ambassador, Prince and the posts before a name are titles. Borderline and
#: optional: an unnamed representative or delegate of a country, a country or a group of states or leaders that
#: speaks, "diplomats", an official on condition of anonymity, what a communiqué or joint statement "said" (a document
#: is no speaker), what someone "called" or "rejected what he called", "urged" or "called on" someone to do a thing,
#: and a second clause after "adding that" in a sentence whose first clause is already the speaker's.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "verel_council": [
        ("Odile Ferrand-Mbeki", "aid agencies had reached fewer than a third", False),
        ("Odile Ferrand-Mbeki", "Convoys are waiting at the border", False),
        ("Odile Ferrand-Mbeki", "the closure of the Kessin crossing was a decision", False),
        ("Odile Ferrand-Mbeki", "to use its influence with both sides", True),
        ("Tomasz Wielgosz", "he had met both sides in Geneva", False),
        ("Tomasz Wielgosz", "agreement in principle had not yet become", False),
        ("Tomasz Wielgosz", "We have a narrow window", False),
        ("", "her delegation would circulate a draft resolution", True),
        ("", "The Council cannot keep meeting", True),
        ("Liang Weiming", "any pause must respect the sovereignty", False),
        ("Liang Weiming", "the politicization of humanitarian assistance", False),
        ("Liang Weiming", "sanctions had worsened the suffering", False),
        ("Arkady Vorontsev", "the draft being prepared by", False),
        ("", "the Council should support the mediation", True),
        ("Seo Jae-hoon", "the Council’s credibility was at stake", False),
        ("Seo Jae-hoon", "the need for a monitoring mechanism", False),
        ("|Mette Kjærsgaard", "the blocking of aid is a violation", True),
        ("|Mette Kjærsgaard", "responsible to be held to account", True),
        ("", "the three members were alarmed by reports", True),
        ("", "to allow the African Union’s observers", True),
        ("Marisol Quintero Adames", "her country had pledged a further", False),
        ("Marisol Quintero Adames", "Money is not the problem", False),
        ("Hamid Roushan-Delavar", "baseless allegations", True),
        ("Hamid Roushan-Delavar", "the Kessin crossing had been closed because", False),
        ("Hamid Roushan-Delavar", "his Government would reopen it", False),
    ],
    "seabed_vote": [
        ("Losana Vuniwaqa", "This is a message from the majority", False),
        ("Gregory Hallam", "Washington had voted against", False),
        ("Gregory Hallam", "the United States shared the concern", False),
        ("|Japan", "it supported the goal", True),
        ("", "it had abstained for similar reasons", True),
        ("Zhao Xinyue", "Beijing had voted yes", False),
        ("Zhao Xinyue", "developing nations must share", False),
        ("|Norway", "the moratorium would hurt the energy transition", True),
        ("Eirik Haugland-Strand", "the minerals were needed for batteries", False),
        ("Eirik Haugland-Strand", "We cannot decarbonise with slogans", False),
        ("|Environmental groups", "welcomed the vote", True),
        ("Maren Achterberg", "Today the world drew a line", False),
        ("", "it would put pressure on the seabed", True),
        ("Rafael Montaño-Bright", "the secretary-general took note of the vote", False),
        ("Alberto Sanhueza", "a victory for science", False),
        ("Teresa Gouveia Marques", "the assembly had shown", False),
        ("", "the text was “premature”", True),
        ("Losana Vuniwaqa", "Fiji would bring the issue back", False),
    ],
    "g20_close": [
        ("|Sipho Ndlovu-Maseko", "failed to bridge differences", True),
        ("Sipho Ndlovu-Maseko", "We did not get everything we wanted", False),
        ("|G20|Group of 20", "step up efforts", True),
        ("Rajiv Venkataraman", "a Global South outcome", False),
        ("Rajiv Venkataraman", "creditor nations to act within months", True),
        ("Rajiv Venkataraman", "India would host a follow-up meeting", False),
        ("Annelise Vrancken", "the EU had pushed for stronger language", False),
        ("Annelise Vrancken", "Some members were not ready", False),
        ("Annelise Vrancken", "But it did not succeed either", False),
        ("Faisal bin Turki Al-Sudairi", "the kingdom would not accept", False),
        ("Lucía Bermúdez Otero", "her government had joined the consensus", False),
        ("Dana Whitcombe", "Washington supported the debt language", False),
        ("Dana Whitcombe", "the United States would “look", False),
        ("", "they would coordinate their positions", True),
        ("Marcos Tavares Leal", "the voice of those who pay", False),
        ("Hendra Wiratama", "useful but not", False),
        ("|Campaigners", "unimpressed", True),
        ("Nomvula Khumalo-Price", "Debt relief that comes in years", False),
        ("Sipho Ndlovu-Maseko", "the presidency would pass to the next host", False),
        ("Sipho Ndlovu-Maseko", "the G20 is only as strong", False),
    ],
    "brussels_week": [
        ("Elina Raudsepp", "she expected ministers to agree the package", False),
        ("Elina Raudsepp", "We are not there yet on every line", False),
        ("Bence Szalóky", "Budapest would not block the package", False),
        ("Bence Szalóky", "Sanctions that hurt Europe more than Russia", False),
        ("Gintautas Paliulis", "a gift to the", False),
        ("", "the EU should be tightening", True),
        ("Elina Raudsepp", "ministers had also agreed to list 14", False),
        ("Elina Raudsepp", "not stop until the aggression stops", False),
        ("Elina Raudsepp", "member states to speed up deliveries", True),
        ("Joris Verbeeck", "allies had pledged more than 30 billion", False),
        ("Joris Verbeeck", "more, and faster", False),
        ("Joris Verbeeck", "Russia was producing missiles", True),
        ("Henrike Baumbach", "Germany would deliver two more Patriot", False),
        ("Henrike Baumbach", "Security has a price", False),
        ("Ana Isabel Robledo", "her country would meet its commitments", False),
        ("Margus Tamm", "the allies closest to Russia could not wait", False),
        ("Guido Ferralis", "Rome would put forward a joint procurement plan", False),
        ("Kevin Ostrander", "We hear the concerns of the Nordic", False),
        ("Kevin Ostrander", "Washington expected European allies", False),
        ("", "accelerate procurement", True),
        ("", "two allies had asked for more time", True),
    ],
}

ARTICLES = {
    "verel_council": VEREL_COUNCIL,
    "seabed_vote": SEABED_VOTE,
    "g20_close": G20_CLOSE,
    "brussels_week": BRUSSELS_WEEK,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 34 of 58 required when the batch was written (blind), none a gold slip. Then 32: a "that" clause after
#: the occasion of a cue, hung on its noun ("told reporters on arrival that …", "at the daily briefing that …"). Then
#: 30: "German" in a role is no "-man" that makes its holder a man (genders.py). Then 22: the speaker after a
#: participle that opens the sentence and that the parser took for the subject ("Briefing the Council, X, …, said",
#: "Arriving for the council, the bloc's envoy, X, told reporters") (opening_participles.py). Then 20: a Korean name
#: whose last syllables the tagger read as a common noun ("the Ambassador, Seo Jae-hoon,") names the description
#: (roles.names_given). Then 11: "the Chinese envoy" and "the EU's top diplomat" taken back to the envoy named before
#: as "Permanent Representative" or "High Representative", whose titles make them an envoy and a diplomat, and whose
#: country's adjective is theirs (role_holders.py). Then 7: an envoy posted to an alliance or international body
#: ("Ambassador to NATO X Y") has the body and the name tagged apart like a host country's (posted_envoy_names.py),
#: and the name the parser hung on the title's "to" is the speaker (posted_envoy_holders.py). Left (7): "the President
#: of the Council, X Y of Panama," with the name read as a conjunct (4); "Estonia's X Y" tagged as one organisation
#: (2); a second verb inside a reported clause ("but believed …") read as a cue (1). Then 1: a name set off after a role
#: and joined to it as in a list is the role's holder (conjoined_appositions.py), with its last word the recogniser
#: left out (run_on_names); "Country’s Given Surname" tagged one organisation after a role is a place and a person
#: (country_owned_people.py). Left: the "but believed …" (1). Then 0: "said the United States shared … but believed
#: …" is one quote of the envoy, the second verb more of what he reports (others_reported.py).
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
