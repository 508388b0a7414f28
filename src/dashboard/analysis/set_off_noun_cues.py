"""A description and a cue in -s set off by commas inside a sentence, read as one noun: "Margins remain thin, the
analyst notes, and the profit came from a low base." is parsed with "analyst notes" a noun phrase (as "research
notes" is), the subject of "came", or set beside "Margins" as an apposition, "notes" tagged a verb or a noun. The
cue has no subject then, and the description no "the" of its own. Mended: "the" goes on the noun, the noun is the
cue's subject, and the cue stands inserted in the sentence, as "…, the analyst says, …" is parsed, the words hung on
the cue after its comma ("and …") going back to the sentence."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

#: The tag of a plural noun, which a cue of the same form may get ("…, the analyst notes, and Halbrook's …").
_PLURAL_NOUN = get_string_id("NNS")
#: Cues in -s that are plural nouns too.
_NOUN_FORMS = frozenset({"notes", "remarks", "reports", "comments", "claims", "replies"})
#: Marks that may close the description and cue: the comma that sets them off, or the end of the sentence.
_CLOSERS = frozenset({",", ".", "!", "?"})


def plural_nouns_read_as_cues(doc: Doc, tags: list[int]) -> None:
    """Mend "…, the analyst notes, …" where the cue was tagged a plural noun too, and make it the verb it is."""
    for verb in (doc[i] for i, tag in enumerate(tags) if tag == _PLURAL_NOUN):
        if verb.lower_ in _NOUN_FORMS and description_read_into_cue(verb):
            verb.tag_, verb.pos_ = "VBZ", "VERB"


def description_read_into_cue(verb: Token) -> bool:
    """Mend "…, the analyst notes, …" (see the module) when `verb` is its cue, a word in -s with no subject, tagged a
    verb (or a plural noun). Whether the parse was so mended."""
    doc = verb.doc
    if verb.tag_ not in ("VBZ", "NNS") or verb.i < 3 or verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in _CLOSERS:
        return False
    noun, the = doc[verb.i - 1], doc[verb.i - 2]
    if noun.head != verb or noun.dep_ != "compound" or noun.tag_ != "NN" or any(noun.children):
        return False
    if the.lower_ != "the" or the.head != verb or doc[verb.i - 3].text != ",":
        return False
    root = verb.sent.root
    if root == verb or verb.dep_ not in ("nsubj", "appos", "conj"):
        return False
    the.head, the.dep_ = noun, "det"
    noun.dep_ = "nsubj"
    insert_cue(verb, root)
    return True


def insert_cue(verb: Token, root: Token) -> None:
    """Make `verb` a cue inserted in the sentence `root` heads, as "…, she says, …" is parsed: a parataxis of the root,
    the words hung on the cue after its comma ("and …", "but not for rice") going back to the sentence."""
    for word in [c for c in verb.rights if c.i > verb.i + 1]:
        word.head = root
    verb.head, verb.dep_ = root, "parataxis"
