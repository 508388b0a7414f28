"""Who said what: direct and reported speech, with speaker, role, affiliation and kind.

Per paragraph: quotation marks are found in the text, cues of speech in the parse. A cue whose content lies in a
quotation makes a direct quote of it (split quotes join, without the narration between their parts); a cue with content
of its own makes a reported quote; a quotation with no cue near it continues the quote before it, or after a sentence of
narration makes a new quote of the same speaker. Speakers are resolved through the article's `Cast`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.according_sources import according_source
from dashboard.analysis.quotes.answers import answering_person
from dashboard.analysis.quotes.antecedents import bound_pronoun, named_subject_before, pronoun_speaker
from dashboard.analysis.quotes.around import finite
from dashboard.analysis.quotes.blocks import block_quote
from dashboard.analysis.quotes.bodies_after_the import bodies_after_the
from dashboard.analysis.quotes.body_subjects import body_by_its_word
from dashboard.analysis.quotes.capital_speakers import capitals_as_governments
from dashboard.analysis.quotes.carried_over import carried_over
from dashboard.analysis.quotes.colon_clauses import joined_at_colon
from dashboard.analysis.quotes.complements import completed
from dashboard.analysis.quotes.content_roots import content_roots
from dashboard.analysis.quotes.continuation import continue_quote, named_after, narrated_person, pointed_person
from dashboard.analysis.quotes.credited_names import uncredited
from dashboard.analysis.quotes.cues import Cue, find_cues
from dashboard.analysis.quotes.debris_lines import debris_line, read_past_debris
from dashboard.analysis.quotes.described_people import name_given, person_described, speaker_continued
from dashboard.analysis.quotes.gestures import gesture_quote
from dashboard.analysis.quotes.governing_organs import organ_speaking
from dashboard.analysis.quotes.headline import headline_rows
from dashboard.analysis.quotes.headline_bodies import described_in_headline
from dashboard.analysis.quotes.headline_lines import named_in_headline_line
from dashboard.analysis.quotes.introductions import after_colon, after_silent_cue, as_put, colon_speaker, nearest_cue
from dashboard.analysis.quotes.lead_roles_named_later import named_after_lead
from dashboard.analysis.quotes.lede_people_named_next import lede_people_named_next
from dashboard.analysis.quotes.marks import (
    covered,
    opens_split_quotation,
    quotations_of,
    sentences_of,
    whole_sentence,
    without,
    word_count,
)
from dashboard.analysis.quotes.municipalities import town_speaking
from dashboard.analysis.quotes.narration import circumstance_of_quotation
from dashboard.analysis.quotes.nested_cues import nested
from dashboard.analysis.quotes.one_word_answers import one_word_answer
from dashboard.analysis.quotes.one_word_people import remember_one_word_person
from dashboard.analysis.quotes.opened_runs import joined_runs
from dashboard.analysis.quotes.opening import opening_speaker
from dashboard.analysis.quotes.polled_findings import only_introduces
from dashboard.analysis.quotes.predicated_people import person_predicated
from dashboard.analysis.quotes.profiles import one_profile
from dashboard.analysis.quotes.quote import Quote
from dashboard.analysis.quotes.quoted_adverbials import quoted_adverbial_clause
from dashboard.analysis.quotes.quoted_predicates import subject_and_modal_before_quotation
from dashboard.analysis.quotes.received_writings import received_by
from dashboard.analysis.quotes.regroup import hand_over, merge_participles, one_cue_per_quotation, split_conjoined
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.run_on_fragments import fragments_run_on
from dashboard.analysis.quotes.second_cues import reported_claiming_quotations, split_at_second_cues
from dashboard.analysis.quotes.self_named_groups import group_calling_itself
from dashboard.analysis.quotes.shares import counted_share
from dashboard.analysis.quotes.short_answers import answers_question
from dashboard.analysis.quotes.short_clauses import clause_before_cue
from dashboard.analysis.quotes.signed_quotations import signing_person
from dashboard.analysis.quotes.speakers import Cast, Speaker
from dashboard.analysis.quotes.spoken_for import company_spoken_for
from dashboard.analysis.quotes.straddled import quotation_before_cue, rest_of_split, straddled_quotation
from dashboard.analysis.quotes.turn_descriptions import turn_continued
from dashboard.analysis.quotes.turns import turns
from dashboard.analysis.quotes.unsaid_objects import drop_unsaid
from dashboard.analysis.quotes.untagged_surnames_later import remember_later_surnames
from dashboard.analysis.quotes.work_titles import without_titles
from dashboard.analysis.quotes.writer_turns import without_writer
from dashboard.analysis.quotes.written_by import statement_reported, writing_author
from dashboard.analysis.single_marks import with_single_marks
from dashboard.sources import Article

#: What was said must have at least this many words, unless it is a sentence of its own ("The numbers work."):
#: shorter quotations inside a sentence are names, titles or scare quotes.
MIN_WORDS = 4
#: Verbs that say nothing without what follows them ("he did not", "she had been"); what can follow: complements.py.
_EMPTY_VERBS = frozenset({"be", "do", "have"})


def quote_rows(article: Article, docs: list[Doc], entities: list[dict]) -> list[dict]:
    """Rows of the quotes table for one article (without quote_id and topics, which the pipeline adds)."""
    cast = Cast(docs, entities)
    rows = headline_rows(article, cast)
    last_speaker = announcer = None
    texts = {p.index: text_of(doc) for p, doc in zip(article.paragraphs, docs, strict=True)}  # as parsed: double marks
    for paragraph, doc in zip(article.paragraphs, docs, strict=True):
        text = texts[paragraph.index]
        found, speaker, next_announcer = paragraph_quotes(doc, paragraph.index, cast, last_speaker, text=text)
        if block := block_quote(text, cast.sentences[paragraph.index], announcer):  # "He said:" and a block
            found, speaker = [block], announcer
        found = named_in_headline_line(found, text, cast)  # "Ferry captain tells inquiry …": a headline's, no quote
        if not found and debris_line(text):  # "Advertisement" between a speaker's paragraphs: passed over
            continue
        last_speaker, announcer = speaker, next_announcer
        rows += [q.as_row(article.article_id, paragraph.index, text) for q in found]
    rows = one_profile(read_past_debris(carried_over, rows, texts), cast)
    rows = named_after_lead(rows, texts, (name for _, name, label in cast.orgs if label == "ORG"))  # "its director"
    rows = lede_people_named_next(rows, texts)  # "A mayoral candidate says …. “…,” Coun. Ann Roe wrote"
    rows = capitals_as_governments(read_past_debris(joined_runs, rows, texts))  # "Accra said", Accra untagged
    rows = bodies_after_the(rows, [p.index for p in article.paragraphs], docs)  # "The Sahel Concord said"
    return with_single_marks(rows, {p.index: p.text for p in article.paragraphs}, texts)


def paragraph_quotes(
    doc: Doc, p: int, cast: Cast, previous: Speaker | None, *, text: str = ""
) -> tuple[list[Quote], Speaker | None, Speaker | None]:
    """The quotes of one paragraph, the speaker a quotation in the next paragraph continues, and the speaker who
    announced what the next paragraph says ("In a speech, she said:"), if one did.

    `previous` is that speaker for this paragraph; `text` is the paragraph text (the doc's, saves rebuilding it)."""
    text = text or text_of(doc)
    sents = cast.sentences[p]
    if said := turns(doc, text, cast, p):  # "WALLACE: …", "Rep. Ann Ross (D-Ore.): …"
        return [Quote(speaker, "say", [(start, end)], True, sents) for speaker, start, end in said], said[-1][0], None
    marks = quotations_of(doc)
    cues = drop_unsaid([c for c in find_cues(doc, marks) if not circumstance_of_quotation(c.verb, marks)])
    whole = previous is not None  # a paragraph of one short quoted sentence may follow one that quoted someone
    # what was said, a one-word answer with its own cue ("“Yes,” he said") among it
    spoken = [s for s in marks if _spoken(text, s) or one_word_answer(text, s) or whole and _whole_paragraph(text, s)]
    spans = without_titles(text, without_writer(text, spoken, marks, cues))  # not "I ask", nor a story "headlined"
    split_conjoined(cues)
    hand_over(cues)
    speakers, weak = _speakers(cues, cast, p)
    cues = [c for c in cues if c.verb.i in speakers]
    linked, reported = _classify(cues, text, marks, spans, weak)
    one_cue_per_quotation(cues, linked, speakers)
    cues = merge_participles(cues, reported)
    cues = [c for c in cues if not nested(c, cues, reported, linked, speakers)]
    runs_on = fragments_run_on(cues, text, spans, linked, reported)  # "said she was, “but I’m more worried …”"
    reported_spans = reported_claiming_quotations(linked, cues, reported)  # "“…,” X said, while Y said it was “…”"

    taken = {s for group in [*linked.values(), *runs_on.values()] for s in group}
    introducers = [
        c
        for c in cues
        if c.verb.i not in reported and not c.subordinate and not any(r[0] <= c.verb.idx < r[1] for r in reported_spans)
    ]  # not "Ann says she has asked …": what Ann says introduces no quotation
    orphans = []
    for span in spans:
        if span in taken or any(covered(span, r) for r in reported_spans):
            continue
        cue = nearest_cue(doc, text, sents, span, introducers, linked)
        if cue is not None:
            linked.setdefault(cue.verb.i, []).append(span)
        else:
            orphans.append(span)

    quotes = []
    for cue in cues:
        sentence = cast.sentence_of(p, cue.verb.i)
        if cue.verb.i in linked:
            group = joined_at_colon(doc, cue.verb, sorted(linked[cue.verb.i]))  # "said it fails: “…”": one quote
            quotes.append(Quote(speakers[cue.verb.i], cue.lemma, group, True, [sentence, *sentences_of(sents, group)]))
        elif cue.verb.i in reported:
            parts = runs_on.get(cue.verb.i, cue.content_parts)
            quotes.append(Quote(speakers[cue.verb.i], cue.lemma, parts, False, [sentence]))
    quotes = sorted(split_at_second_cues(doc, text, quotes, spans), key=lambda q: q.start)  # "… and wrote: “…”"
    silent = [c for c in introducers if c.verb.i not in linked and c.verb.i not in weak]
    for span in orphans:
        introduced = (
            after_colon(doc, text, span, cast, p)
            or as_put(doc, span, cast, p)
            or after_silent_cue(sents, span, silent, speakers)
            or gesture_quote(cast, p, span, quotes)  # "Okafor leans back. “…”": the quote of who made the gesture
        )
        if introduced is not None:
            quotes.append(introduced)
        else:
            signed = signing_person(cast, p, span)  # "“…” — Ann Ross": the signature names who said it
            narrated = None if signed else _narrated(cast, p, span)
            introduced = signed or (None if narrated else named_after(cast, p, span) or opening_speaker(cast, p, span))
            continue_quote(sents, span, quotes, previous, text, narrated, introduced)
    quotes.sort(key=lambda q: q.start)
    announced = [c for c in silent if c.verb.i not in linked]
    colon = text.rstrip().endswith(":") and bool(sents)
    if colon and announced and announced[-1].verb.i >= sents[-1].start:
        return quotes, speakers[announced[-1].verb.i], speakers[announced[-1].verb.i]  # "He said:" and what follows
    if colon and not quotes and (introducer := colon_speaker(doc, len(text.rstrip()) - 1, cast, p)):
        return quotes, introducer[0], None  # "She put it bluntly:" and a quotation next (a block needs a cue)
    return quotes, quotes[-1].speaker if quotes else None, None


def _narrated(cast: Cast, p: int, span: tuple[int, int]) -> Speaker | None:
    """The person the narration around a quotation with no cue points to as its speaker, or None."""
    return pointed_person(cast, p, span) or narrated_person(cast, p, span) or answering_person(cast, p, span)


def _classify(
    cues: list[Cue], text: str, marks: list[tuple[int, int]], spans: list[tuple[int, int]], weak: set[int]
) -> tuple[dict[int, list[tuple[int, int]]], set[int]]:
    """Which cues introduce quotations (verb index -> the quotations) and which report speech of their own.

    A cue's content that is (almost) all in quotation marks, or whose clause verb stands in them, is a direct quote
    (the cue's own words aside); content of four words or more otherwise is reported speech ("said it was "a mess"")."""
    linked: dict[int, list[tuple[int, int]]] = {}
    reported: set[int] = set()
    for cue in cues:
        if (span := cue.content_span) is None:
            continue
        inside = [s for s in marks if s[0] < span[1] and span[0] < s[1]]
        outside = sum(word_count(without(text, part, inside)) for part in cue.content_parts)  # not the cue's own
        quoted = sum(word_count(text[max(s[0], span[0]) : min(s[1], span[1])]) for s in inside)
        quoted_clause = quoted >= outside and any(s[0] <= h.idx < s[1] for h in cue.heads for s in spans)
        told = subject_and_modal_before_quotation(cue, spans)  # "said the council should “avoid …”": the whole clause
        told = told or quoted_adverbial_clause(cue, spans)  # "said the city should act “before it runs out …”"
        if inside and not told and (outside == 0 or quoted_clause or outside < 3 and any(s in spans for s in inside)):
            said = [s for s in inside if s in spans or not outside and rest_of_split(text, s, cue.verb.idx)]
            linked[cue.verb.i] = said or inside  # not a name in marks beside what was said
        elif (before := quotation_before_cue(cue, text, spans) or straddled_quotation(cue, text, spans)) is not None:
            linked[cue.verb.i] = [before]
        elif cue.verb.i not in weak and _reported(cue, span, word_count(text[span[0] : span[1]])):
            reported.add(cue.verb.i)
    return linked, reported


def _reported(cue: Cue, span: tuple[int, int], words: int) -> bool:
    """Whether a cue's content of this many words is reported speech: four words or more, or three that say
    something whole ("said demand had slowed", "said it was unconstitutional"; not "said he did not", "who he was")."""
    if words in (2, 3) and answers_question(cue.heads, span, words):  # "Asked whether …, she said it would."
        return True
    if words == 2 and clause_before_cue(cue.verb, cue.subject, span):  # "It refused, she said."
        return any(_says_something(h, span) for h in cue.heads)
    return words >= MIN_WORDS or words == MIN_WORDS - 1 and any(_says_something(h, span) for h in content_roots(cue))


def _says_something(head: Token, span: tuple[int, int]) -> bool:
    """A clause head with its own subject inside the content, a finite verb, what the verb needs, and no question."""
    children = list(head.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and span[0] <= c.idx < span[1] for c in children)
    passive = any(c.dep_ == "auxpass" for c in children)  # "the deal was done": finished; "it was “overjoyed”"
    complete = head.pos_ == "VERB" and (head.lemma_ not in _EMPTY_VERBS or passive) or head.pos_ == "ADJ" and passive
    complete = complete or completed(head, children)  # "… the deal was done", "… sales were down"
    asked = any(t.tag_ in ("WP", "WRB", "WDT") and t.lower_ != "that" for t in head.subtree)  # not "that he would"
    return subject and finite(head) and complete and not asked


def _spoken(text: str, span: tuple[int, int]) -> bool:
    """Whether a quotation holds what someone said, not a name or a scare quote."""
    words = word_count(text[span[0] : span[1]])
    return words >= MIN_WORDS or words >= 2 and whole_sentence(text, span) or opens_split_quotation(text, span)


def _whole_paragraph(text: str, span: tuple[int, int]) -> bool:
    """ "“Him.”": a paragraph that is one quoted sentence, however short, after a paragraph that quoted someone."""
    return (
        span[0] == len(text) - len(text.lstrip())
        and not text[span[1] :].strip()
        and text[: span[1]].rstrip("\u201d\"' ").endswith((".", "!", "?"))
    )


def _speakers(cues: list[Cue], cast: Cast, p: int) -> tuple[dict[int, Speaker], set[int]]:
    """The speaker of each cue by verb index, and the cues whose subject only may introduce a quotation: a subject of
    no known kind of speaker ("the narrator") introduces quotations, and reports speech with a verb only people use."""
    speakers, weak, spoke = {}, set(), set()
    for cue in cues:
        speaker = bound_pronoun(cast, p, cue.subject)  # "Ann drew laughs when she described it as …"
        speaker = speaker or named_subject_before(cast, p, cue.subject)  # "Her mother, Edna Calder, … she says"
        speaker = speaker or cast.speaker(p, cue.subject) or counted_share(cue)  # "at least 9,000 said they would"
        speaker = person_described(cast, p, cue.subject, speaker)  # "says the cheerful baker" after "Nora Vance, …"
        speaker = person_predicated(cast, p, cue.subject, speaker)  # "The nurse says" after "X has been a nurse"
        speaker = name_given(cast, p, cue.subject, speaker)  # "a father who gave only his first name, Kevin,"
        speaker = speaker_continued(cast, p, cue.subject, speaker, spoke)  # "“…,” the councillor said" after Hollis
        speaker = turn_continued(cast, p, cue.subject, speaker, speakers)  # "“…,” says the author" after her turn
        speaker = body_by_its_word(cast, p, cue.subject, speaker)  # "the society said" after "X Medical Society"
        speaker = organ_speaking(cast, p, cue.subject, speaker)  # "The board of the Elm Street Mosque said"
        speaker = town_speaking(cast, p, cue.subject, speaker)  # "The city says" beside "the City of Riverbend"
        speaker = company_spoken_for(cast, p, cue.subject, speaker)  # "A spokeswoman for X said … The company said"
        speaker = group_calling_itself(cast, p, cue.subject, speaker)  # "the hackers, who call themselves X"
        if cue.lemma == "according to" and (speaker is None or received_by(cue.subject)):  # not "data X obtained"
            speaker = according_source(cast, p, cue)
        elif speaker is None and cue.subject.pos_ == "PRON":
            speaker = pronoun_speaker(cast, p, cue.subject)
        elif speaker is None and cue.subject.pos_ in ("NOUN", "PROPN"):
            speaker = Speaker("", "unnamed", noun_phrase(cue.subject, with_preposition=True))
            if only_introduces(cue.lemma, cue.subject):
                weak.add(cue.verb.i)  # "the actress said" reports speech; "the plan suggests" only introduces
        speaker = writing_author(cast, p, cue.subject, speaker)  # "“…,” the statement said" of X's statement: X's
        speaker = uncredited(cast, p, cue.subject, speaker)  # "he said" after "By Ann Lee": not the writer
        if statement_reported(cue.subject, cue.lemma, speaker):
            weak.discard(cue.verb.i)  # "…, the statement said" after "X said in a statement": X's words too
        if speaker is not None and not described_in_headline(cast, p, cue.subject, speaker):  # "Tribal council says"
            speakers[cue.verb.i] = speaker
            spoke.add(speaker.name)
            cast.remember(p, cue.subject.i, speaker)  # who just spoke is who a later "she" most likely is
            remember_later_surnames(cast, p, cue.subject.i, speaker)  # "Roe was still in line" after "Curtis Roe said"
            cast.remember_group(p, cue.subject.i, speaker)
            remember_one_word_person(cast, p, cue.subject, speaker)  # "Thabo, a winch operator, said": a person
    return speakers, weak
