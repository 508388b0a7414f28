"""A name and a cue in -s set off by commas inside the clause they report, read by the parser as a noun phrase:
"The numbers, Brandt notes, are not the whole story." is parsed with "Brandt notes" (or "Brandt argues") a noun
phrase, set beside "The numbers" as an apposition or made a second subject of "are", the cue tagged a verb or a
plural noun; or with the name the subject of a cue that hangs on "numbers" as an apposition. Either way the cue
reports nothing. Mended as "The numbers, she notes, are …" is parsed: the name is the cue's subject, the cue a verb
inserted in the sentence (a parataxis of its root), and words hung on the cue after its second comma go back to the
sentence. The words before the cue are a name only: one to three capitalised words tagged as proper nouns, joined
by hyphens or not ("Brandt-Vickery"), after a comma with words of the sentence before it. A cue that closes its
sentence ("…, Ostrow notes.") is read elsewhere (noun_read_cues.py), as is "…, the analyst notes, …"
(set_off_noun_cues.py). A cue the parser hung right, inserted in the sentence after a clause of its own with the name
its subject, but tagged a plural noun ("The arena cost more …, Brandt admits, and he would …"), is only tagged a
verb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dashboard.analysis.doc_text import places_of
from dashboard.analysis.set_off_noun_cues import insert_cue

#: Cues in -s that stand set off after a name inside the clause they report.
_FORMS = frozenset(
    {
        "says",
        "notes",
        "argues",
        "adds",
        "recalls",
        "admits",
        "insists",
        "warns",
        "explains",
        "suggests",
        "contends",
        "concedes",
        "acknowledges",
        "observes",
        "believes",
        "reckons",
        "writes",
        "stresses",
        "cautions",
        "maintains",
    }
)
#: Tags a cue read so may carry: a verb in the present, or a plural noun.
_TAGS = frozenset({"VBZ", "NNS"})
#: Tags of the words of a name.
_NAME_TAGS = frozenset({"NNP", "NNPS"})


def names_read_into_cues(doc: Doc) -> None:
    """Mend every name and cue set off by commas that the parser read as a noun phrase (see the module)."""
    for i in places_of(doc, _FORMS, lower=True):  # found without a Token for every word (most paragraphs: none)
        name_read_into_cue(doc[i])


def name_read_into_cue(verb: Token) -> bool:
    """Mend "…, Brandt notes, …" (see the module) when `verb` is its cue. Whether the parse was so mended."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," or verb.tag_ not in _TAGS:
        return False
    if verb.dep_ == "parataxis":
        return noun_tag_mended(verb)
    first = _first_word_of_name(verb)
    if first is None or first.i < verb.sent.start + 2 or doc[first.i - 1].text != ",":
        return False  # not "Brandt notes, …" opening the sentence, nor "the Brandt notes"
    root, name = verb.sent.root, doc[verb.i - 1]
    if root.i >= first.i and root.i <= verb.i or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.i < first.i and not c.is_punct for c in verb.lefts):
        return False  # "the budget notes, …": a word before the name hangs on the cue word, a noun
    for word in doc[first.i : name.i]:
        if not first.i <= word.head.i <= name.i:
            word.head, word.dep_ = name, "punct" if word.is_punct else "compound"
    name.head, name.dep_ = verb, "nsubj"
    insert_cue(verb, root)  # "…, Brandt notes, and …": "and …" goes back to the sentence
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    return True


def _first_word_of_name(verb: Token) -> Token | None:
    """The first word of the name of one to three words right before `verb` ("Brandt" of "Brandt-Vickery"), or
    None when the word before it is no name."""
    doc = verb.doc
    first, words = None, 0
    i = verb.i - 1
    while i > verb.sent.start and words < 3:
        word = doc[i]
        if word.text == "-" and first is not None and not word.whitespace_ and not doc[i - 1].whitespace_:
            i -= 1
            continue
        if (
            word.tag_ not in _NAME_TAGS
            or not word.is_title
            or not word.text.replace("’", "").replace("'", "").isalpha()
        ):
            break
        first, words, i = word, words + 1, i - 1
    return first if first is not None and doc[first.i].text != "-" else None


def noun_tag_mended(verb: Token) -> bool:
    """Tag `verb` a verb when the parser hung it right, a parataxis with a name for its subject, but tagged it a plural
    noun ("…, Brandt admits, and …"). Whether it was so mended."""
    if verb.tag_ != "NNS" or not any(c.dep_ == "nsubj" and c.tag_ in _NAME_TAGS for c in verb.lefts):
        return False
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    return True
