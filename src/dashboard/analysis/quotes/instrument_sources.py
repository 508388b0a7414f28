"""Instruments behind "according to": "According to the flight data recorder, the engine lost power", "according to
data from the ship's transponder". A machine that logs what happened says nothing; the writer (or the investigators,
named elsewhere) read it, so the phrase is no cue. One named by the recogniser ("data from the tracker CoinTally", a
company) is left to the sources it names."""

from __future__ import annotations

from spacy.tokens import Token

#: Machines that log or measure what happened, read by people rather than speaking.
_INSTRUMENTS = frozenset(
    {
        "recorder",
        "transponder",
        "radar",
        "sensor",
        "gauge",
        "seismograph",
        "seismometer",
        "beacon",
        "altimeter",
        "speedometer",
        "odometer",
        "thermometer",
        "tachograph",
    }
)
#: What is read off such a machine ("data from the transponder", "readings from the gauge").
_READINGS = frozenset({"data", "datum", "reading", "log", "record", "signal"})


def an_instrument(source: Token) -> bool:
    """Whether the source of "according to X" is an instrument, or what was read off one, with no name in it."""
    if any(t.ent_type_ in ("ORG", "PERSON") for t in source.subtree):
        return False
    lemma = source.lemma_.lower()
    if lemma in _INSTRUMENTS:
        return True
    if lemma not in _READINGS:
        return False
    read = [c for p in source.children if p.dep_ == "prep" and p.lower_ in ("from", "of") for c in p.children]
    read += [c for c in source.children if c.dep_ == "compound"]  # "radar data", "transponder readings"
    return any(c.dep_ in ("pobj", "compound") and c.lemma_.lower() in _INSTRUMENTS for c in read)
