"""A pipeline step that moves words of the parse and leaves a loop of heads gets the parse back as it found it
(`whole_trees.kept_whole`), so one odd paragraph cannot end an extraction; and a name opened by a given name the
parser read as a preposition ("Per", "Till") whose post is set off after it, in the middle of a sentence, is one
person with the post, no loop (`described_name_runs`). Fictional people and firms."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard.analysis.whole_trees import kept_whole, reaches_roots


def _offsets(heads: list[int]) -> np.ndarray:
    """spaCy's head offsets (unsigned, as `Doc.to_array` gives them) of absolute heads."""
    return np.array([h - i for i, h in enumerate(heads)], dtype=np.int64).astype(np.uint64)


def test_a_tree_reaches_its_roots():
    assert reaches_roots(_offsets([1, 1, 1, 4, 4]))  # two sentences, roots 1 and 4
    assert reaches_roots(_offsets([]))


def test_a_loop_of_heads_does_not():
    assert not reaches_roots(_offsets([1, 2, 0, 3]))  # 0 -> 1 -> 2 -> 0
    assert not reaches_roots(_offsets([1, 0, 1]))


def test_a_step_that_makes_a_loop_is_undone(nlp):
    doc = nlp("Maren Solbakk said the ferry was late.")
    before = [(t.head.i, t.dep_) for t in doc]

    def looping(doc):
        verb = doc[2]
        verb.head, verb.dep_ = doc[1], "appos"  # "said" below the name that hangs on it
        return doc

    kept_whole(looping)(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before
    assert doc.ents[0].root.text == "Solbakk"


def test_a_step_that_leaves_a_tree_keeps_its_moves(nlp):
    doc = nlp("Maren Solbakk said the ferry was late.")

    def relabel(doc):
        doc[1].dep_ = "nsubjpass"
        return doc

    kept_whole(relabel)(doc)
    assert doc[1].dep_ == "nsubjpass"


@pytest.mark.parametrize(
    "paragraph, person",
    [
        (
            "Asked about the deal, Per Torvik, a director at the consultancy Nordlys Analyse, said it was fair.",
            "Per Torvik",
        ),
        ("Till Haugen, an economist at Brekke Partners, said rates would rise.", "Till Haugen"),
        ("Per Lindvik Moe, a senior analyst at Fjellvik Capital, warned that demand was weak.", "Per Lindvik Moe"),
    ],
)
def test_given_name_read_as_preposition_before_a_post(nlp, paragraph, person):
    doc = nlp(paragraph)  # no loop of heads: reading every entity's root works
    assert person in [e.text for e in doc.ents if e.label_ == "PERSON" and e.root.text == person.split()[-1]]
