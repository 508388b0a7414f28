"""The shared results of page queries: kept by key, the least recently used dropped first, bounded in entries and
in bytes."""

from __future__ import annotations

import pandas as pd

from dashboard.ui.answers import Answers, size_of


def test_a_result_is_found_by_its_key_and_reading_it_keeps_it():
    answers = Answers(max_entries=2)
    answers.put(("v1", "overview"), 1)
    answers.put(("v1", "themes"), 2)
    assert answers.get(("v1", "overview")) == (True, 1)  # now the most recently used
    answers.put(("v1", "quotes"), 3)
    assert answers.get(("v1", "themes")) == (False, None)
    assert answers.get(("v1", "overview")) == (True, 1) and answers.get(("v1", "quotes")) == (True, 3)
    assert len(answers) == 2


def test_the_byte_bound_drops_old_results_and_never_keeps_one_too_large():
    frame = pd.DataFrame({"name": [f"Entity {n}" for n in range(2000)], "mentions": range(2000)})
    size = size_of(frame)
    assert size > 2000 * 8
    answers = Answers(max_entries=100, max_bytes=int(size * 2.5))
    for n in range(5):
        answers.put(n, frame.copy())
    assert len(answers) == 2 and answers.bytes <= size * 2.5
    assert answers.get(4)[0] and answers.get(3)[0] and not answers.get(2)[0]
    answers.put("huge", pd.concat([frame] * 3))
    assert answers.get("huge") == (False, None) and len(answers) == 2


def test_sizes_count_what_containers_hold():
    names = [f"Speaker {n}" for n in range(1000)]
    assert size_of({"speakers": names}) > size_of(names) > 1000 * 40
