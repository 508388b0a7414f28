"""A grid of sentences that hold one or two quotes (fictional text): two speakers' quotations joined in one sentence
("“…,” X said, while Y said …"), one speaker with two cues ("said she would … and wrote on social media: “…”"), and
one cue with two content clauses ("said that … “…” and that … “…”"), each beside a look-alike where one quote is
right ("said …, while adding that …" by one speaker; a "while" clause with no cue; two content clauses of one cue).
The expected quotes were written from GUIDELINES.md before the extractor ran on them: each quoted stretch is
attributed to its own speaker and cue, a participle or second content clause of the same cue stays in its quote."""

from __future__ import annotations

from dataclasses import dataclass

L, R = "\u201c", "\u201d"


@dataclass(frozen=True)
class Cell:
    """One sentence and the quotes it gives: (speakers joined by "|", every anchor the quote must hold, direct or
    None when either reading holds)."""

    id: str
    paragraph: str
    quotes: tuple[tuple[str, tuple[str, ...], bool | None], ...]


def _one(speaker: str, *anchors: str) -> tuple[str, tuple[str, ...], None]:
    return (speaker, anchors, None)


CELLS = (
    # Two speakers in one sentence: two quotes.
    Cell(
        "while_direct_then_reported",
        f"{L}We were never in this match,{R} said coach Ann Roe, while her captain, Lena Falk, said the side had "
        f"{L}simply run out of legs{R}.",
        (_one("Ann Roe", "We were never in this match"), _one("Lena Falk", "simply run out of legs")),
    ),
    Cell(
        "while_direct_then_partly_quoted",
        f"{L}The budget is simply not there,{R} the finance chief, Omar Velt, said, while opposition councillor Rita "
        f"Haldane said the cuts were {L}a choice, not a necessity{R}.",
        (_one("Omar Velt", "The budget is simply not there"), _one("Rita Haldane", "a choice, not a necessity")),
    ),
    Cell(
        "while_reported_then_reported",
        f"Mayor Tom Baird said the bridge would reopen in May, while engineer Nina Castell said repairs could take "
        f"{L}well into the summer{R}.",
        (_one("Tom Baird", "the bridge would reopen in May"), _one("Nina Castell", "well into the summer")),
    ),
    Cell(
        "while_direct_then_lawyer",
        f"{L}I have no regrets,{R} Paul Imre told reporters, while his lawyer, Dana Suttle, said he would appeal.",
        (_one("Paul Imre", "I have no regrets"), _one("Dana Suttle", "he would appeal")),
    ),
    Cell(
        "but_direct_then_teammate",
        f"{L}It was a fair result,{R} said Greta Olm, but her teammate Ines Vaar said the referee had {L}lost the "
        f"plot{R}.",
        (_one("Greta Olm", "It was a fair result"), _one("Ines Vaar", "lost the plot")),
    ),
    Cell(
        "and_second_speaker",
        f"Rita Haldane said the plan was {L}dead on arrival{R}, and Omar Velt said that it would {L}never pass{R}.",
        (_one("Rita Haldane", "dead on arrival"), _one("Omar Velt", "never pass")),
    ),
    # One speaker, "while" with a participle or with no cue: one quote.
    Cell(
        "while_adding_same_speaker_direct",
        f"{L}We played well,{R} said Ann Roe, while adding that the side needed {L}more goals{R}.",
        (_one("Ann Roe", "We played well", "more goals"),),
    ),
    Cell(
        "while_admitting_same_speaker_reported",
        f"Coach Ann Roe said the team had trained hard all week, while admitting that the pitch was {L}a disgrace{R}.",
        (_one("Ann Roe", "the team had trained hard all week", "a disgrace"),),
    ),
    Cell(
        "while_clause_without_cue",
        f"{L}The plan is sound,{R} Omar Velt said, while the council's lawyers studied the ruling.",
        (_one("Omar Velt", "The plan is sound"),),
    ),
    Cell(
        "while_inside_what_was_said",
        "Mayor Tom Baird said the bridge would reopen in May while crews worked through the night.",
        (_one("Tom Baird", "the bridge would reopen in May"),),
    ),
    # One speaker, two cues: two quotes.
    Cell(
        "said_and_wrote_on_social_media",
        f"Kira Dunmore, 22, said she would {L}learn from this{R} and wrote on Instagram that evening: {L}Not the "
        f"result I wanted. On to the next one.{R}",
        (_one("Kira Dunmore", "learn from this"), _one("Kira Dunmore", "Not the result I wanted")),
    ),
    Cell(
        "told_and_posted",
        f"The senator, Hal Presswood, told reporters the vote was {L}a disgrace{R} and posted on X: {L}We will be "
        f"back with a better bill.{R}",
        (_one("Hal Presswood", "a disgrace"), _one("Hal Presswood", "We will be back with a better bill")),
    ),
    Cell(
        "said_and_later_told",
        f"Lena Falk said she was {L}proud of the girls{R} and later told a radio station that the club needed "
        f"{L}a proper stadium{R}.",
        (_one("Lena Falk", "proud of the girls"), _one("Lena Falk", "a proper stadium")),
    ),
    # One speaker, one cue with coordinated content or a narrated second verb: one quote.
    Cell(
        "said_two_coordinated_predicates",
        "Lena Falk said she was proud of the squad and would stay on next season.",
        (_one("Lena Falk", "she was proud of the squad", "would stay on next season"),),
    ),
    Cell(
        "said_then_narrated_verb",
        "Kira Dunmore said she would rest for a week and then flew home to Perth.",
        (_one("Kira Dunmore", "she would rest for a week"),),
    ),
    # One cue, two content clauses each with a quotation: one quote with both.
    Cell(
        "that_and_that_in_a_text_message",
        f"His agent, Bruno Tallis, said in a text message that the injury was {L}not serious{R} and that his client "
        f"{L}will be back within a month.{R}",
        (_one("Bruno Tallis", "not serious", "will be back within a month"),),
    ),
    Cell(
        "bare_clause_and_that",
        f"Councillor Rita Haldane said the plan was {L}dead on arrival{R} and that residents had {L}every right to "
        f"be angry.{R}",
        (_one("Rita Haldane", "dead on arrival", "every right to be angry"),),
    ),
    Cell(
        "that_and_that_minister",
        f"Trade minister Piet Amsel said that exports had {L}recovered strongly{R} and that he expected growth "
        f"{L}to continue into next year{R}.",
        (_one("Piet Amsel", "recovered strongly", "to continue into next year"),),
    ),
    Cell(
        "that_and_that_unquoted",
        "Piet Amsel said that exports had recovered and that growth would continue next year.",
        (_one("Piet Amsel", "exports had recovered", "growth would continue next year"),),
    ),
    Cell(
        "had_said_that_and_that",
        f"Coach Ivo Brandt had said the referees {L}lost control of the game{R} and that his players were "
        f"{L}getting kicked all night.{R}",
        (_one("Ivo Brandt", "lost control of the game", "getting kicked all night"),),
    ),
)
