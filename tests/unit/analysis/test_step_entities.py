"""The entities shared by the pipeline's entity steps (`step_entities`), on Docs of the real pipeline: a write is seen
by the next read, a Doc outside the steps is read afresh, and each thread shares its own Doc."""

from __future__ import annotations

import threading

from dashboard.analysis.step_entities import current_entities, set_entities, shared_by_steps


def test_the_steps_share_one_read_until_one_of_them_writes(nlp):
    doc = nlp("Mira Olsen of Harbor Freight Lines said the strike would end on Monday.")
    with shared_by_steps(doc):
        first = current_entities(doc)
        assert current_entities(doc) is first  # read once
        set_entities(doc, [e for e in first if e.label_ != "PERSON"])
        assert [e.label_ for e in current_entities(doc)] == [e.label_ for e in doc.ents]
        assert "PERSON" not in {e.label_ for e in current_entities(doc)}
    assert current_entities(doc) is not current_entities(doc)  # outside the steps: a fresh read each time


def test_another_threads_steps_leave_this_threads_sharing_alone(nlp):
    mine = nlp("Mira Olsen said the strike would end.")
    theirs = nlp("Tomas Berg said the port would reopen.")

    def run_their_steps() -> None:
        with shared_by_steps(theirs):
            current_entities(theirs)

    with shared_by_steps(mine):
        first = current_entities(mine)
        other = threading.Thread(target=run_their_steps)
        other.start()
        other.join()
        assert current_entities(mine) is first  # still shared after the other thread's steps ended
