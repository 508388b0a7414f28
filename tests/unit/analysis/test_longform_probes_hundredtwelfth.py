"""Quotes of a hundred-and-twelfth batch of blind probes (longform_probes_hundredtwelfth.py, a leaked recording in a US
presidential general election and the campaign's damage control, in a made-up election year, as the wires and
political web sites write it: the recording and the apology video, the Sunday shows, the second debate, and the days
after aboard the campaign plane): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_hundredtwelfth import DEBATE, PLANE, SUNDAY, TAPE

BRANDEKER = "Hollis Brandeker-Voss|Brandeker-Voss"
BRANDEKER_CAMPAIGN = "|" + BRANDEKER + "|Brandeker-Voss campaign|campaign"
TALAVERA = "Marguerite Talavera-Quinn|Talavera-Quinn"
TALAVERA_CAMPAIGN = "|" + TALAVERA + "|Talavera-Quinn campaign|campaign"
CROWTHER = "Anselm Crowther-Diallo|Crowther-Diallo"
ESKRIDGE = "Desmond Eskridge-Lau|Eskridge-Lau"
MARCHETTI = "Fenella Marchetti-Orr|Marchetti-Orr"
COURANT = "Beltway Courant|Courant"
PEMBERTON = "Royce Pemberton-Ilic|Pemberton-Ilic"
HOLMQUIST = "Adaeze Holmquist-Vance|Holmquist-Vance"
ASHBY = "Cordelia Ashby-Nkemelu|Ashby-Nkemelu"
FARRADAY = "Lucius Farraday-Obuya|Farraday-Obuya"
ESTERHAZY = "Pilar Esterhazy-Coombs|Esterhazy-Coombs"
MARCHBANKS = "Benedikt Marchbanks-Oye|Marchbanks-Oye"
GALLIGAN = "Thornton Galligan-Reyes|Galligan-Reyes"
VERHOEVEN = "Thalia Verhoeven-Sands|Verhoeven-Sands"
MERRIWETHER = "Josiah Merriwether-Kane|Merriwether-Kane"
ROSENQUIST = "Yvette Rosenquist-Boyd|Rosenquist-Boyd"
OSTROWSKI = "Clement Ostrowski-Hale|Ostrowski-Hale"
VANDERSLOOT = "Rutger Vandersloot-Amadi|Vandersloot-Amadi"
STROUD = "Imogen Stroud-Kapoor|Stroud-Kapoor"
LOCKRIDGE = "Bettina Lockridge-Amos|Lockridge-Amos"
PASHLEY = "Gideon Pashley-Nwosu|Pashley-Nwosu"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. Titles ("Sen.",
#: "Rep.", "Gov.", "Vice President", "The Rev.") and party-state tags ("R-Ga.") are no part of a name; a description
#: that refers back ("the nominee", "the Republican") and a pronoun that carries on ("he said", "she said", "He
#: dismissed … as", "She accused Republicans of …", "She said …") are the person named before, "he" the man and "she"
#: the woman when both nominees are named, and the nearest fitting one otherwise (a woman named inside a description, "a
#: Talavera-Quinn surrogate", or inside what is said, "defections to Talavera-Quinn", leaves "she" with the speaker of
#: the paragraph). A full name inside a quotation ("his name is Hollis Brandeker-Voss") is what is said. Cues: "can be
#: heard saying on the recording", "said in the video", "said it had been given", "said he was offended", "told
#: reporters in …", "told reporters before boarding … that", "accused X of", "tweeted", "dismissed the attack as", "said
#: on NBC's …", "told CNN's … that", "said in a statement that", "wrote that", "the statement said" (whoever gave the
#: statement), "she asked" after a moderator's question, "shot back that", "told reporters aboard his campaign plane
#: that", "dismissed reports … as", "said only that", "told them he was", "said in an interview that", "Asked about it
#: …, she said", "In a post on X, X called the ad …", and "said X, … noting that" (the participle belongs to the quote).
#: Anonymous donors and people "who requested anonymity" and "One of them" are unnamed sources who speak; a spokesman
#: not named "for one of the groups, American Hearth Action" is unnamed or the group. Optional: the nominee who "was
#: recorded … describing" voters as something "according to a recording" (a recording, not a cue of speech, and what is
#: "according to" a recording is the recording's or an unnamed source's, as what is "according to" a writing is in the
#: earlier batches); "The campaign said" and "the Talavera-Quinn campaign said" (a campaign with no name of its own, as
#: in the earlier campaign batches); "Aides said" and "aides said" (an unnamed group); a second verb of one speaker in
#: one sentence ("and said the apology video was …", "and called on him to …", "and she accused him of …", "and that he
#: remained …", "noting that …"); a question put "asked by an audience member … whether"; a crowd that "chanted"; and
#: what a poll "found" or "showed". No quote: a headline, "did not mention", "declined to say", "apologized" with
#: nothing said, "brushing aside calls", "Pressed on whether" (the quotation after it has its own cue). A headline's
#: "says" and "tells reporters" is optional, as in the earlier batches (a gold slip mended after the blind run, which
#: had headlines as no quote).
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "tape": [
        ("|" + BRANDEKER + "|recording", "believe anything if you say it slowly", True),
        (COURANT, "given the recording", False),
        (BRANDEKER, "go to the diner", False),
        (BRANDEKER, "said things in that room", False),
        (BRANDEKER_CAMPAIGN, "deliberately leaked", True),
        ("", "spent Friday afternoon calling", True),
        (CROWTHER, "offended by the remarks", False),
        (CROWTHER, "man of faith", False),
        (TALAVERA, "talk slowly to them", False),
        (ESKRIDGE, "holding in contempt", False),
        (ESKRIDGE, "hostage tape", True),
        (ESKRIDGE, "apologized for getting caught", False),
        (MARCHETTI, "recycled", False),
        ("", "biggest contributors", False),
        ("", "closer to panic", False),
    ],
    "sunday": [
        (PEMBERTON, "made a mistake", False),
        (PEMBERTON, "wherever the campaign needs me", False),
        (HOLMQUIST, "indefensible", False),
        (HOLMQUIST, "Sunday school teacher", False),
        (ASHBY, "in good conscience", False),
        (ASHBY, "step aside", True),
        (FARRADAY, "faith is a prop", False),
        (ESTERHAZY, "write in another Republican", False),
        (MARCHBANKS, "cannot ask the people of New Hampshire", False),
        (GALLIGAN, "one nominee", False),
        (VERHOEVEN, "told you who he is", False),
        (VERHOEVEN, "pretending to be shocked", False),
        (MERRIWETHER, "wounded a lot of people", False),
        (MERRIWETHER, "not electing a pastor", False),
        (CROWTHER, "not my decision", False),
    ],
    "debate": [
        (TALAVERA, "heard what he really thinks’", True),
        (BRANDEKER, "ashamed of what I said", False),
        (ROSENQUIST, "voter of faith", False),
        (BRANDEKER, "telling you I was wrong", False),
        (BRANDEKER, "spoken with his pastor", False),
        (TALAVERA, "believe in forgiveness too", False),
        (TALAVERA, "really thinks", False),
        (TALAVERA, "as a backdrop", True),
        (BRANDEKER, "flyover state", False),
        (OSTROWSKI, "release the full recording", True),
        (BRANDEKER, "where to find it", False),
        (TALAVERA_CAMPAIGN, "insulted Ohio again", True),
        (VANDERSLOOT, "won the night", False),
        (ESKRIDGE, "spent 90 minutes", False),
        ("|Marlowe Hill University Poll|poll|snap poll", "51 percent", True),
        (STROUD, "not great numbers", False),
    ],
    "plane": [
        (BRANDEKER, "not going anywhere", True),
        (BRANDEKER, "nominee on Election Day", False),
        (BRANDEKER, "heard from those senators", False),
        (BRANDEKER, "gossip from people", False),
        ("", "paused spending", False),
        ("|American Hearth Action", "reviewing its plans", False),
        ("", "We love Hollis", True),
        (BRANDEKER, "apologize a fourth time", False),
        (BRANDEKER, "I meant it", False),
        (CROWTHER, "long talk, man to man", False),
        (CROWTHER, "remained on the ticket", True),
        (LOCKRIDGE, "telling them to pray", False),
        (LOCKRIDGE, "turnout among evangelical voters", False),
        (LOCKRIDGE, "stay home", False),
        (TALAVERA, "speak for themselves", False),
        ("", "run through Election Day", True),
        (BRANDEKER, "cheap trick", False),
        ("|Hollenbeck Research|Hollenbeck Research poll|poll", "ahead by four points", True),
        (PASHLEY, "cost him Ohio", False),
        (PASHLEY, "women over 50", True),
    ],
}

ARTICLES = {
    "tape": TAPE,
    "sunday": SUNDAY,
    "debate": DEBATE,
    "plane": PLANE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 12 of 50 required when the batch was written (blind). By pattern: the rival nominee is named only by her
#: hyphenated surname in the debate and plane stories, so "Talavera-Quinn, given two minutes to respond, turned …
#: “…,” she said." and the "She said …" after it go to the moderator who "asked" the paragraph before (3, and the
#: headline's "Talavera-Quinn says voters ‘…’" takes her gold quote's place, 1), and "Talavera-Quinn, campaigning in
#: Michigan, … Asked about it …, she said" goes to the evangelical director of the paragraph before (2); "“…,”
#: Brandeker-Voss can be heard saying on the recording" is not read as his, so the quotation goes to the paper of the
#: paragraph before (2); "he told them he was “…”" after a group's spokesman not named goes to the group, no "he"
#: (2); the nominee who "was recorded … describing" voters "according to a recording" is an unnamed source (1); and
#: the headline "Brandeker-Voss tells reporters on his plane he is ‘…’" is a quote (1).
#: Still 12 after a gold slip mended, a headline's "says" and "tells reporters" optional as in the earlier batches: the
#: plane headline is no wrong, but the debate headline now matches an optional quote of its own instead of standing
#: in for the rival's quotation that goes to the moderator, which is missed.
#: Then 10: the one "heard" or "seen" speaking in the passive is who a participle cue after it shows speaking
#: (recorded_speakers), so "“…,” Brandeker-Voss can be heard saying on the recording" is his, not the paper's (2).
#: Still 10: a body named after "one of" the bodies a spokesman speaks for ("A spokesman for one of the groups, American
#: Hearth Action, said") is the spokesman's body, not his name (owner_appositions), so the group's quote is an
#: unnamed spokesman's, but the "he told them" after it now goes to that spokesman, not to the nominee.
#: Then 9: a gold slip mended, what is "according to a recording" may be the recording's or an unnamed source's, as
#: what is "according to" a writing is in the earlier batches (the blind gold allowed the nominee only).
#: Then 4: a surname alone tagged an organisation is a person when the next words about anyone are "he" or "she"
#: (surnames_taken_for_bodies), so in the debate story the rival nominee's turn after "Talavera-Quinn, given two
#: minutes to respond, turned to face … her opponent" and her "She said" after it are hers, not the moderator's (5).
#: Left (4): in the plane story her "she said" after "Talavera-Quinn, campaigning in Michigan, …" still goes to the
#: woman who spoke in the paragraphs before (2), and "he told them" after the unnamed spokesman of a group is the
#: spokesman's (2); the reader knows both from who is on the stage, which the rules do not.
WRONG_TODAY = 4


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
