"""The speakers file: every kind of mistake named by its line in one message, names matched the way the product
files them, and the profile columns a quote gets from it (what the article said, what is shown, where it came from).

The people and organisations here are fictional."""

from __future__ import annotations

import textwrap

import pytest

from dashboard.analysis.speaker_file import (
    FROM_ARTICLE,
    FROM_FILE,
    NO_SPEAKERS,
    PinnedSpeaker,
    SpeakerFile,
    SpeakerFileError,
    load_speaker_file,
    speaker_file_of,
)
from dashboard.config import Settings

GOOD = """\
# two speakers
[[speaker]]
name = "Anna Belk"
aliases = ["Dr. A. Belk", "Anna  Belk-Orlen"]
kind = "Official"
role = "trade minister"

[[speaker]]
name = "Defence Ministry"
kind = "institution"
affiliation = ""
"""

#: (file text, the line the message must name, a part of the message), one per kind of mistake.
MISTAKES = {
    "not TOML": ('[[speaker]]\nname = "Anna Belk\n', 2, "not valid TOML"),
    "unknown kind": ('[[speaker]]\nname = "Anna Belk"\n\nkind = "expert"\n', 4, "kind 'expert' is not one of analyst"),
    "kind not text": ("[[speaker]]\nname = 'Anna Belk'\nkind = 3\n", 3, "kind 3 is not one of"),
    "no name": ('# a speaker\n\n[[speaker]]\nkind = "analyst"\nrole = "economist"\n', 3, "has no name"),
    "empty name": ('[[speaker]]\nname = "  "\n', 2, "the name must be text"),
    "unknown key": ('[[speaker]]\nname = "Anna Belk"\nkinds = "analyst"\n', 3, "unknown key 'kinds'"),
    "aliases not a list": ('[[speaker]]\nname = "Anna Belk"\naliases = "A. Belk"\n', 3, "aliases must be a list"),
    "role not text": ('[[speaker]]\nname = "Anna Belk"\nrole = 4\n', 3, "role must be text"),
    "alias of two speakers": (
        '[[speaker]]\nname = "Anna Belk"\n\n[[speaker]]\nname = "Ana Belk"\naliases = [\n  "X",\n  "anna belk",\n]\n',
        8,
        "'anna belk' is already a name or alias of 'Anna Belk' (line 1)",
    ),
    "same name once titles are set aside": (
        '[[speaker]]\nname = "Tomas Okafor"\n[[speaker]]\nname = "Mr. Tomas Okafor"\n',
        4,
        "'Mr. Tomas Okafor' is already a name or alias of 'Tomas Okafor'",
    ),
    "a table, not a list": ('[speaker]\nname = "Anna Belk"\n', 1, "write each speaker as a [[speaker]] table"),
    "unknown table": ('[[speaker]]\nname = "Anna Belk"\n\n[[speakers]]\nname = "Tomas Okafor"\n', 4, "'speakers'"),
}


def write(tmp_path, text: str):
    path = tmp_path / "speakers.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_its_speakers_with_their_lines(tmp_path):
    speakers = load_speaker_file(write(tmp_path, GOOD))
    belk, ministry = speakers.speakers
    assert belk == PinnedSpeaker("Anna Belk", ("Dr. A. Belk", "Anna Belk-Orlen"), "official", "trade minister")
    assert ministry == PinnedSpeaker("Defence Ministry", (), "institution", None, "")
    assert (belk.line, ministry.line) == (2, 8)


@pytest.mark.parametrize("mistake", MISTAKES)
def test_each_mistake_is_one_line_naming_the_file_and_its_line(tmp_path, mistake):
    text, line, message = MISTAKES[mistake]
    path = write(tmp_path, text)
    with pytest.raises(SpeakerFileError) as raised:
        load_speaker_file(path)
    error = str(raised.value)
    assert "\n" not in error
    assert error.startswith(f"speakers file {path}")
    assert f"line {line}" in error and message in error, error


def test_a_header_inside_a_text_does_not_misplace_the_line(tmp_path):
    path = write(tmp_path, '[[speaker]]\nname = "Anna Belk"\nrole = """\n[[speaker]]\n"""\nkind = "expert"\n')
    with pytest.raises(SpeakerFileError, match=r"speakers\.toml, speaker 1: kind 'expert' is not one of"):
        load_speaker_file(path)


def test_a_named_file_must_exist_and_the_default_one_may_not(tmp_path):
    missing = tmp_path / "none.toml"
    assert speaker_file_of(Settings(speakers_file=missing)).speakers == ()
    with pytest.raises(SpeakerFileError, match="does not exist"):
        speaker_file_of(Settings(speakers_file=missing, speakers_file_named=True))


def test_the_shipped_file_is_valid_and_pins_no_one():
    assert speaker_file_of(Settings()).speakers == ()


def test_its_commented_examples_are_valid_once_uncommented(tmp_path):
    shipped = Settings().speakers_file.read_text(encoding="utf-8")
    examples = shipped.split("remove the leading")[1].splitlines()[1:]
    path = write(tmp_path, textwrap.dedent("\n".join(line.removeprefix("# ") for line in examples)))
    assert [s.name for s in load_speaker_file(path).speakers] == [
        "Lena Ostrowska",
        "Jonas Arvik",
        "Northbridge Institute",
    ]


@pytest.mark.parametrize(
    ("said", "pinned"),
    [
        ("Anna Belk", "Anna Belk"),
        ("ANNA BELK", "Anna Belk"),
        ("Dr. Anna Belk", "Anna Belk"),
        ("Anna Belk's", "Anna Belk"),
        ("Dr A. Belk", "Anna Belk"),
        ("Anna Belk-Orlen", "Anna Belk"),
        ("the Defence Ministry", "Defence Ministry"),
        ("Foreign Ministry", None),  # titles are set aside only when two words remain
        ("Belk", None),
        ("Anna Belkova", None),
        ("", None),
        (None, None),
    ],
)
def test_names_match_whatever_the_case_titles_or_possessive(tmp_path, said, pinned):
    speaker = load_speaker_file(write(tmp_path, GOOD)).match(said)
    assert (speaker.name if speaker else None) == pinned


def test_a_pinned_speaker_shows_the_file_fields_and_keeps_what_the_article_said(tmp_path):
    speakers = load_speaker_file(write(tmp_path, GOOD))
    said = {"speaker": "Dr A. Belk", "speaker_kind": "analyst", "role": "senior fellow"}
    said["affiliation"] = "Orlen Institute"
    assert speakers.pin(said) == {
        "article_speaker": "Dr A. Belk",
        "article_kind": "analyst",
        "article_role": "senior fellow",
        "article_affiliation": "Orlen Institute",
        "speaker": "Anna Belk",
        "speaker_kind": "official",
        "role": "trade minister",
        "affiliation": "Orlen Institute",
        "speaker_from": FROM_FILE,
        "kind_from": FROM_FILE,
        "role_from": FROM_FILE,
        "affiliation_from": FROM_ARTICLE,
    }
    ministry = speakers.pin({**said, "speaker": "Defence Ministry"})
    assert ministry["affiliation"] == "" and ministry["affiliation_from"] == FROM_FILE  # "" says there is none


def test_a_speaker_the_file_does_not_name_shows_what_the_article_said():
    said = {"speaker": "", "speaker_kind": "unnamed", "role": "traders", "affiliation": ""}
    pinned = SpeakerFile([PinnedSpeaker("Anna Belk", kind="official")]).pin(said)
    assert {k: pinned[k] for k in said} == said
    assert {pinned[f"article_{k}"] for k in ("speaker", "kind", "role", "affiliation")} == {"", "unnamed", "traders"}
    assert {pinned[k] for k in ("speaker_from", "kind_from", "role_from", "affiliation_from")} == {FROM_ARTICLE}


def test_quotes_of_an_older_extract_without_the_article_columns_keep_their_speakers():
    older = {"quote_id": "a:q1", "speaker": "Anna Belk", "speaker_kind": "analyst", "role": "", "affiliation": ""}
    older |= dict.fromkeys(["article_speaker", "article_kind", "article_role", "article_affiliation"])
    older |= dict.fromkeys(["speaker_from", "kind_from", "role_from", "affiliation_from"])
    (kept,) = NO_SPEAKERS.repin([older])
    assert (kept["speaker"], kept["article_speaker"], kept["speaker_from"]) == ("Anna Belk", "Anna Belk", FROM_ARTICLE)
    (pinned,) = SpeakerFile([PinnedSpeaker("Anna Belk", kind="official")]).repin([older])
    assert (pinned["speaker_kind"], pinned["article_kind"], pinned["quote_id"]) == ("official", "analyst", "a:q1")


def test_a_pin_written_with_a_generational_suffix_matches_the_speaker_shown_without_it(tmp_path):
    # Quotes show a person without "Jr." (as the gold keys people by surname); the user's pin still applies.
    path = tmp_path / "speakers.toml"
    path.write_text('[[speaker]]\nname = "Otto Brenn Jr."\nkind = "official"\n', encoding="utf-8")
    speakers = load_speaker_file(path)
    assert speakers.match("Otto Brenn").name == "Otto Brenn Jr."
    assert speakers.match("Otto Brenn Jr.").name == "Otto Brenn Jr."
    assert speakers.match("Otto Brennan") is None
