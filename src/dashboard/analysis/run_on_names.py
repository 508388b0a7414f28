"""People whose name runs on past the words the recogniser tagged: "Foreign Minister Jean-Pierre Lukusa Mbaya said …"
comes out as the person "Jean-Pierre" and the untagged "Lukusa Mbaya", though the parser hangs the whole name on its
last word. This pipeline step, run after the recogniser, makes one person of a tagged name and the one or two
capitalised proper nouns after it that no entity holds, when the tagged name's last word and every word after it but
the last hang on that last word, that last word is a clause's subject or a name set off by a comma after the role
it names ("the President of the Council, Ana Maria Ruiz Lopez of Peru, said", tagged "Ana Maria Ruiz"), and none of
them is a title's or an organisation's word; not in a sentence written in title case, a headline's, where any word
may be capitalised ("Paul Ryan Joins …")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.retagged import with_entities
from dashboard.analysis.step_entities import current_entities
from dashboard.analysis.titled_names import without_leading_title
from dashboard.analysis.untagged_names import untagged_name_word

#: The name of the pipeline step.
STEP = "run_on_names"
#: Most untagged words a name may run on for.
_MOST = 2
#: Words that are no part of a name run on: titles and the heads of organisations' names.
_NOT_NAME_WORDS = TITLES | ORGANISATION_HEADS


@Language.component(STEP)
def run_on_names(doc: Doc) -> Doc:
    """The document with each person's name that runs on into untagged proper nouns hung on its last word made
    whole."""
    found = [span for ent in current_entities(doc) if ent.label_ == "PERSON" and (span := _whole(doc, ent)) is not None]
    return with_entities(doc, found)


def _whole(doc: Doc, ent: Span) -> Span | None:
    """The name `ent` opens, run on to the untagged proper noun its words hang on; None when it runs on to none."""
    last = ent[-1].head
    if last.i <= ent.end - 1 or last.i - ent.end >= _MOST or ent[-1].dep_ != "compound":
        return None
    run = doc[ent.end : last.i + 1]
    if not all(untagged_name_word(t) and t.is_title and t.lower_ not in _NOT_NAME_WORDS for t in run):
        return None
    if any(t.head != last for t in run[:-1]) or not all(t.head == last or t.head in ent for t in ent):
        return None
    if not (last.dep_ in ("nsubj", "nsubjpass") or _set_off(doc, ent, last)) or title_cased(ent.sent):
        return None
    return without_leading_title(Span(doc, ent.start, last.i + 1, label="PERSON"))  # "Statistician Oren| Vale"


def _set_off(doc: Doc, ent: Span, last: Token) -> bool:
    """Whether the name from `ent` to `last` stands in apposition to a word before it, set off by a comma before and
    a comma or an "of" after ("the chair, Ana Ruiz Lopez, said", "…, Ana Ruiz Lopez of Peru,"), which the parser
    may also read as a conjunct."""
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    closed = after is not None and (after.text == "," or after.lower_ == "of")
    return last.dep_ in ("appos", "conj") and ent.start > 0 and doc[ent.start - 1].text == "," and closed


def title_cased(sentence: Span) -> bool:
    """A sentence with no word of four letters or more in lower case but the small ones: a headline's."""
    return not any(t.is_alpha and len(t) >= 4 and t.is_lower and not t.is_stop for t in sentence)
