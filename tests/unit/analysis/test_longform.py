"""Quotes in long-form news on the real pipeline: several speakers in one block, split quotes, inverted and
present-tense cues, descriptions, organisations and pronoun chains (texts of our own)."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_each_speaker_of_one_block_keeps_their_own_words(nlp):
    block = (
        "Nora Vance opened her bakery on Quay Street in 2019. \u201cWe sold out by nine on the first day,\u201d says "
        "Vance, whose bakery now employs six people. \u201cI cried in the storeroom.\u201d Her persistence has paid "
        "off. \u201cPeople come for the rye and stay for the gossip,\u201d says her partner, Tom Reyes, who wrote "
        "the cookbook Salt Harbour. \u201cWe never planned any of it.\u201d \u201cNobody asked me about the "
        "noise!\u201d says the owner of the flat upstairs, Ian Moss."
    )
    assert said_by(nlp, block) == [
        ("Nora Vance", "\u201cWe sold out by nine on the first day,\u201d \u201cI cried in the storeroom.\u201d"),
        (
            "Tom Reyes",
            "\u201cPeople come for the rye and stay for the gossip,\u201d \u201cWe never planned any of it.\u201d",
        ),
        ("Ian Moss", "\u201cNobody asked me about the noise!\u201d"),
    ]


def test_a_split_quote_is_its_parts_without_the_narration_between(nlp):
    ((speaker, quote),) = said_by(
        nlp,
        "\u201cThe ferry will run all winter,\u201d said Ada Brenn, who has captained it for a decade, "
        "\u201cunless the harbour freezes over.\u201d",
    )
    assert speaker == "Ada Brenn"
    assert quote == "\u201cThe ferry will run all winter,\u201d \u201cunless the harbour freezes over.\u201d"


def test_a_quotation_after_a_sentence_of_narration_is_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "\u201cWe will reopen the mill in spring,\u201d said Ada Brenn. The mill has been shut since the flood "
        "of last year. \u201cEvery family here depends on it.\u201d",
    )
    assert rows == [
        ("Ada Brenn", "\u201cWe will reopen the mill in spring,\u201d"),
        ("Ada Brenn", "\u201cEvery family here depends on it.\u201d"),
    ]


def test_a_quotation_right_after_reported_speech_that_ends_in_one_goes_on_with_it(nlp):
    rows = said_by(
        nlp,
        'Councillor Tom Reyes renewed his demand that the full harbour report be printed, warning: "This '
        'problem will not go away." "Every week the queue at the harbour grows longer."',
    )
    assert [speaker for speaker, _ in rows] == ["Tom Reyes"]
    assert "will not go away" in rows[0][1] and "queue at the harbour" in rows[0][1]


def test_inverted_cue_with_a_particle_names_the_described_speaker(nlp):
    ((speaker, quote),) = said_by(
        nlp, "\u201cThe ovens start at four in the morning,\u201d points out the retired engineer."
    )
    assert speaker == "" and quote == "\u201cThe ovens start at four in the morning,\u201d"


def test_a_cue_inside_a_reported_sentence_is_left_out_of_what_was_said(nlp):
    rows = said_by(nlp, "The new ferries, Ada Brenn explained at the meeting, will carry twice as many cars.")
    assert rows == [("Ada Brenn", "The new ferries will carry twice as many cars")]


def test_a_description_goes_to_the_person_the_article_described_so(nlp):
    rows = said_by(
        nlp,
        "Ian Moss, a retired engineer who rents the flat upstairs, is less impressed.",
        "\u201cThe ovens start at four in the morning,\u201d points out the retired engineer.",
        "\u201cWe will not charge more for bread this winter,\u201d says the cheerful baker.",
    )
    assert [speaker for speaker, _ in rows] == ["Ian Moss", ""]


def test_organisations_speak_and_the_agency_or_company_is_the_one_named_before(nlp):
    rows = said_by(
        nlp,
        "Harbour Transit said the fare freeze would last a whole year.",
        "The agency said it expects ridership to grow by a tenth. \u201cWe are confident the numbers will "
        "hold,\u201d the company said in a statement.",
    )
    assert [speaker for speaker, _ in rows] == ["Harbour Transit"] * 3


def test_a_pronoun_is_the_person_the_passage_is_about(nlp):
    rows = said_by(
        nlp,
        "Nora Vance and Tom Reyes run the bakery on Quay Street.",
        "For Reyes, the bakery is not a business so much as a duty. He grew up above a shop that closed, and he "
        "is filling a gap. \u201cYou have to start somewhere,\u201d he says. Vance notes that the town lost three "
        "bakeries in a decade. \u201cNobody else was going to do it,\u201d she says, \u201cso we did it.\u201d",
    )
    assert [speaker for speaker, _ in rows] == ["Tom Reyes", "Nora Vance", "Nora Vance"]


def test_titles_of_works_and_labels_are_no_speakers(nlp):
    rows = said_by(
        nlp,
        "Markets: shares in the port operator rose after the results.",
        "Tom Reyes wrote the cookbook Salt Harbour in a single winter.",
        "\u201cThe recipes came from my grandmother,\u201d he says.",
    )
    assert rows == [("Tom Reyes", "\u201cThe recipes came from my grandmother,\u201d")]


def test_a_name_and_a_colon_open_what_that_person_said_but_a_label_does_not(nlp):
    rows = said_by(
        nlp,
        "Rep. Ann Ross (D-Ore.): \u201cWho told you the ferries were safe? Who signed that report?\u201d",
        "Markets: shares in the port operator rose by a tenth after the results on Tuesday.",
    )
    assert rows == [("Ann Ross", "\u201cWho told you the ferries were safe? Who signed that report?\u201d")]


def test_a_second_finite_cue_makes_a_quote_of_its_own(nlp):
    rows = said_by(
        nlp,
        "Ada Brenn said her crews had cleared the harbour ahead of schedule and said that the ferries would "
        "run again on Monday.",
        "A third of residents said the repairs took too long, and one in four said they were never told.",
    )
    assert rows == [
        ("Ada Brenn", "her crews had cleared the harbour ahead of schedule"),
        ("Ada Brenn", "the ferries would run again on Monday"),
        ("", "the repairs took too long"),
        ("", "they were never told"),
    ]


def test_a_cue_closing_the_sentence_with_its_speaker_after_it_reports_what_came_before(nlp):
    rows = said_by(
        nlp,
        "The old cannery is still open, but it is losing orders to bigger rivals, said the firm's chief "
        "executive, Lena Marsh.",
        "\u201cIf anyone thinks that the tolls will pay for the bridge, there is nothing to suggest that,\u201d "
        "said one local engineer.",
    )
    assert said_by(nlp, "When the council cut the ferry grant two years later, the island said enough.") == []
    assert rows == [
        ("Lena Marsh", "The old cannery is still open, but it is losing orders to bigger rivals"),
        ("", "\u201cIf anyone thinks that the tolls will pay for the bridge, there is nothing to suggest that,\u201d"),
    ]


def test_a_name_with_an_apposition_before_the_cue_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "In a call with reporters on Monday, Col. Ada Brenn, a military spokeswoman in Tallinn, said the "
        "exercise would end on Friday.",
    )
    assert rows == [("Ada Brenn", "the exercise would end on Friday")]


def test_a_quotation_after_a_name_and_a_colon_is_that_person_s(nlp):
    rows = said_by(
        nlp,
        "The late swing does not surprise the pollster Dana Shore: \u201cNewcomers who topple "
        "incumbents in the first rounds tend to gain the most afterwards.\u201d",
    )
    assert [speaker for speaker, _ in rows] == ["Dana Shore"]


def test_an_untagged_surname_and_a_pronoun_s_gender_keep_two_speakers_apart(nlp):
    rows = said_by(
        nlp,
        "Transport minister Oskar Lind met union leader Berit Sand on Tuesday. Lind, who has held the post since "
        "2021, said the shortage was temporary. Sand disagreed. \u201cThis has been coming for years,\u201d she "
        "said. He replied that new drivers were already in training.",
    )
    assert [speaker for speaker, _ in rows] == ["Oskar Lind", "Berit Sand", "Oskar Lind"]


def test_it_said_is_the_organisation_that_spoke_before(nlp):
    rows = said_by(
        nlp,
        "Halden Rail said on Monday that it would cut service on two lines. \u201cWe cannot run trains without "
        "people to drive them,\u201d it said.",
    )
    assert [speaker for speaker, _ in rows] == ["Halden Rail", "Halden Rail"]


def test_he_added_after_a_second_speaker_is_that_speaker(nlp):
    rows = said_by(
        nlp,
        "Harbour chief Ivo Marek said that the port needed new cranes. \u201cBoth terminals need them,\u201d he "
        "said. \u201cThe demand is growing every month,\u201d said Tove Lind, an analyst at Norrvik Capital. "
        "The merger \u201cwould be a good move for both,\u201d he added.",
    )
    assert [speaker for speaker, _ in rows] == ["Ivo Marek", "Ivo Marek", "Tove Lind", "Tove Lind"]


def test_a_contrasting_clause_of_the_narrator_is_not_what_was_said(nlp):
    rows = said_by(
        nlp,
        "The guide said the list counted whole families as one fortune, while the bank counted only individuals.",
    )
    assert rows == [("", "the list counted whole families as one fortune")]


def test_a_quotation_after_as_someone_put_it_is_theirs_not_the_last_speaker_s(nlp):
    rows = said_by(
        nlp,
        "\u201cThe night shift is the hardest,\u201d says Petra Lund, who runs the ward. Her deputy, Omar Quist, "
        "moved north last year, where, as he puts it, \u201ceveryone knows your name by the second week.\u201d",
    )
    assert rows == [
        ("Petra Lund", "\u201cThe night shift is the hardest,\u201d"),
        ("Omar Quist", "\u201ceveryone knows your name by the second week.\u201d"),
    ]


def test_one_block_of_relatives_a_description_and_a_pronoun_chain(nlp):
    block = (
        "For ranchers like Gord Pelletier, the debate feels distant. His family has run cattle near the river for "
        "four generations, and he lost two barns to the fire three summers ago. \u201cI don\u2019t need a press "
        "conference,\u201d says Pelletier, 58, \u201cI need a water bomber that shows up.\u201d His daughter, Kayla "
        "Pelletier, who keeps the ranch\u2019s books, is blunter. \u201cWe\u2019re on our own out here,\u201d she "
        "says. \u201cWe always have been.\u201d Not everyone in the valley agrees. Margaret Olsen, a retired "
        "schoolteacher who chairs the fire hall committee, says the volunteers have never been better equipped. "
        "\u201cSeasonal crews are better than nothing,\u201d says the retired schoolteacher. She has lived on the same "
        "road for half a century, and she is not leaving. \u201cWhere else would I go?\u201d she asks."
    )
    assert said_by(nlp, block) == [
        (
            "Gord Pelletier",
            "\u201cI don\u2019t need a press conference,\u201d \u201cI need a water bomber that shows up.\u201d",
        ),
        ("Kayla Pelletier", "\u201cWe\u2019re on our own out here,\u201d \u201cWe always have been.\u201d"),
        ("Margaret Olsen", "the volunteers have never been better equipped"),
        ("Margaret Olsen", "\u201cSeasonal crews are better than nothing,\u201d"),
        ("Margaret Olsen", "\u201cWhere else would I go?\u201d"),
    ]


def test_a_short_sentence_in_quotation_marks_is_what_was_said_and_a_short_name_in_them_is_not(nlp):
    rows = said_by(
        nlp,
        "\u201cWe are not doing this out of charity,\u201d Dale Ferris said on Tuesday. \u201cThe numbers work.\u201d",
        "The co-op calls the plant \u201cSeed Hall\u201d and Ferris said the \u201cbig push\u201d starts in June.",
    )
    assert rows[0] == ("Dale Ferris", "\u201cWe are not doing this out of charity,\u201d \u201cThe numbers work.\u201d")
    assert all("Seed Hall" not in quote and quote != "\u201cbig push\u201d" for _, quote in rows)


def test_a_short_reported_clause_is_speech_when_it_says_something_whole(nlp):
    rows = said_by(
        nlp,
        "Dale Ferris said demand had slowed. Asked whether the plant would close, Ferris said he did not know.",
        "Ada Brenn said it was unconstitutional. Asked about the vote, she said she had not.",
    )
    assert ("Dale Ferris", "demand had slowed") in rows
    assert ("Ada Brenn", "it was unconstitutional") in rows
    assert not [quote for _, quote in rows if quote == "she had not"]


def test_a_short_quotation_ending_in_a_comma_before_its_cue_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Asked whether the plant would reopen, Dale Ferris paused. \u201cNot this year,\u201d he said.",
        "The band played \u201cLong Way Home,\u201d and the crowd sang along.",
    )
    assert rows == [("Dale Ferris", "\u201cNot this year,\u201d")]


def test_an_age_alone_is_the_person_the_article_gave_that_age_or_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "Ruth Bell, 61, and Sam Ortiz, 46, spoke at the meeting. The 46-year-old said the plan would fail without "
        "money.",
        "Mia Ford and her husband run the farm. The 52-year-old said the harvest came late this year.",
    )
    assert [speaker for speaker, _ in rows] == ["Sam Ortiz", ""]
    rows = said_by(
        nlp,
        "The owner, 46-year-old Ann Ross, opened the shop in May.",
        "The 46-year-old said the shop was busy all summer.",
    )
    assert [speaker for speaker, _ in rows] == ["Ann Ross"]


def test_a_description_with_a_name_beside_it_is_that_person_or_organisation(nlp):
    rows = quote_rows_of(
        nlp,
        "Dunmore's neighbour, the retired teacher Paul Kwan, said the town should have built the wall years ago. "
        "\u201cThey talked and talked,\u201d he said.",
        "Another, Victor Salas, said the smell had gone on for weeks.",
        "The employer, Coastline Foods, said it was disappointed by the vote.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [
        ("Paul Kwan", "other"),
        ("Paul Kwan", "other"),
        ("Victor Salas", "other"),
        ("Coastline Foods", "institution"),
    ]


def test_a_party_description_is_the_person_the_article_described_with_it(nlp):
    rows = said_by(
        nlp,
        "Sen. Helen Marsh, a Vermont Democrat, criticised the plan. Rep. Dale Quinn, an Ohio Republican, backed it.",
        "\u201cThis bill hands billions to the oil companies,\u201d the Vermont Democrat said on Tuesday.",
    )
    assert [speaker for speaker, _ in rows] == ["Helen Marsh"]


def test_a_name_described_by_a_trade_is_a_person_whatever_the_recogniser_took_it_for(nlp):
    rows = quote_rows_of(
        nlp,
        "Lucas Meyer, the mill's longtime foreman, remembers the good years. \u201cWe had three hundred men "
        "here,\u201d Meyer recalls.",
    )
    assert [(r["speaker"], r["speaker_kind"], r["role"]) for r in rows] == [
        ("Lucas Meyer", "other", "mill's longtime foreman")
    ]


def test_a_name_before_a_present_tense_cue_is_its_subject_though_the_parser_read_one_noun_phrase(nlp):
    # The parser reads "Delgado notes" as one noun phrase with "notes" still a verb; the pipeline mends the subject.
    rows = said_by(
        nlp,
        "\u201cIt's the best year we've had,\u201d says the owner, Rosa Delgado. Sales are up a third. "
        "\u201cButter alone doubled,\u201d Delgado notes.",
    )
    assert rows == [
        ("Rosa Delgado", "\u201cIt's the best year we've had,\u201d"),
        ("Rosa Delgado", "\u201cButter alone doubled,\u201d"),
    ]
    doc = nlp("\u201cButter alone doubled,\u201d Rosa Delgado notes.")
    assert [(t.text, t.dep_) for t in doc if t.text in ("Rosa", "Delgado")] == [
        ("Rosa", "compound"),
        ("Delgado", "nsubj"),
    ]


def test_a_subject_set_off_after_a_fronted_phrase_speaks_though_the_parser_hung_it_on_that_phrase(nlp):
    # The parser hangs "a conductor who ..." on "yard" as an apposition and leaves "said" without a subject; the
    # pipeline makes the phrase set off by the comma its subject.
    text = (
        "Back at the rail yard, a conductor who asked not to be named because he was not authorized to speak "
        "publicly said crews have been told to park cars wherever they can."
    )
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"], r["role"], r["quote"]) for r in rows] == [
        ("", "unnamed", "conductor", "crews have been told to park cars wherever they can")
    ]
    said = next(t for t in nlp(text) if t.text == "said")
    assert [t.text for t in said.children if t.dep_ == "nsubj"] == ["conductor"]


def test_a_quotation_opening_a_paragraph_belongs_to_whoever_the_colon_before_it_introduced(nlp):
    rows = said_by(
        nlp,
        "The ferry schedule drew complaints all winter. Ivo Marsh, a deckhand, put it bluntly:",
        "\u201cWe sail when the weather lets us, not when the timetable says.\u201d",
        "The schedule has four crossings a day:",
        "Two in the morning, one at noon and one at dusk.",
    )
    assert rows == [("Ivo Marsh", "\u201cWe sail when the weather lets us, not when the timetable says.\u201d")]


def test_a_pronoun_in_an_apposition_is_not_the_gender_of_the_person_it_describes(nlp):
    """ "Her" in "Tom Reyes, her partner," is Nora Vance's: "he says" after it is still Tom Reyes, not the only person
    whose gender the text gave so far."""
    rows = said_by(
        nlp,
        "Nora Vance runs a bakery on Quay Street.",
        "Tom Reyes, her partner, fixes the ovens before dawn. \u201cYou have to start somewhere,\u201d he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Tom Reyes"]
