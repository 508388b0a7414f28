"""Names the parser hung on the role set after them: "Youssef Ben-Arian, chief economic adviser at Y, said …" is at
times parsed with the name's last word a modifier of "adviser", and "adviser" the verb's subject, so the speaker
comes out unnamed with the name inside its role. This pipeline step, run after the recogniser, makes the name the
subject again and the role its apposition, as the parser reads "Nadia Lund, chief economic adviser at Y, said".
It also hangs a body's name back on the noun right before it that describes it ("analysts at the consultancy Delta
Research said", where the parser makes "Delta Research" an apposition of "analysts", which then seem to be it), and
a title right before a name back on the name when the parser made both subjects of the verb ("Y spokesperson Ana
Ruiz said at a briefing", with "spokesperson" and "Ruiz" each a subject of "said")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.step_entities import current_entities

#: The name of the pipeline step.
STEP = "hung_names"
#: How the parser hangs the name's last word on the role noun.
_HUNG = frozenset({"amod", "compound", "nmod"})
#: The roles of a role noun that stands where its name should.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@Language.component(STEP)
def hung_names(doc: Doc) -> Doc:
    """The document with each person's name of two words or more, set off by a comma before a role noun that the
    parser made the subject and hung the name on, made the subject with the role its apposition."""
    ents = current_entities(
        doc
    )  # read once: spaCy builds every entity's Span anew at each read; the step moves heads alone
    for ent in ents:
        last = ent[-1]
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        role = last.head
        if last.dep_ not in _HUNG or role.i <= ent.end or role.dep_ not in _SUBJECTS or role.pos_ != "NOUN":
            continue
        end = role.right_edge
        closing = end if end.text == "," else doc[end.i + 1] if end.i + 1 < len(doc) else None
        if role.left_edge.i != ent.start or closing is None or closing.text != ",":
            continue
        verb, dep = role.head, role.dep_
        last.head, last.dep_ = verb, dep
        for word in ent[:-1]:
            if word.head.i == role.i:  # "Youssef", "Ben" and "-" of "Youssef Ben-Arian" hung on the role as well
                word.head = last
        doc[ent.end].head = last  # the comma that sets the role off
        role.head, role.dep_ = last, "appos"
        closing.head = verb  # the comma that closes the role
    for ent in ents:
        _hang_on_described(doc, ent)
        _hang_title_on_name(doc, ent)
    return doc


def _hang_on_described(doc: Doc, ent: Span) -> None:
    """Hang a body's name that the parser made an apposition of a noun on the common noun right before it, the
    object of that noun's preposition ("analysts at [the consultancy] Delta Research")."""
    if ent.label_ != "ORG" or not ent.start:
        return  # read first: the root of most names is never asked for
    root = ent.root
    noun = doc[ent.start - 1]
    if root.dep_ != "appos" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return
    if noun.head.head == root.head:
        root.head = noun


def _hang_title_on_name(doc: Doc, ent: Span) -> None:
    """Hang a noun of people right before a person's name on the name when the parser made both subjects of one verb
    ("Y spokesperson [Ana Ruiz] said"), or both appositions of the body's name before them, which it then made the
    subject ("[Y] spokesperson Ana Ruiz said"): the name is the subject, the title its, and the body the title's."""
    if ent.label_ != "PERSON" or not ent.start:
        return  # read first: the root of most names is never asked for
    root = ent.root
    title = doc[ent.start - 1]
    if title.lemma_.lower() not in PEOPLE_NOUNS or root.head != title.head:
        return  # a role's noun, not any noun ("the public"; "frontrunner", whose title the parser reads right)
    if any(c.dep_ == "det" for c in title.children):  # "the judge [Ruiz spoke of] ruled": no title
        return
    if title.dep_ == "appos" == root.dep_ and title.head.dep_ in _SUBJECTS and title.head.ent_type_ == "ORG":
        body = title.head
        root.head, root.dep_ = body.head, body.dep_
        body.head, body.dep_ = title, "nmod"
    elif title.dep_ != root.dep_ or title.dep_ not in _SUBJECTS:
        return
    title.head, title.dep_ = root, "compound"
