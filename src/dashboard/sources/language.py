"""A cheap check that a text is English, so that other languages are refused rather than mis-analysed.

Function words give a language away: a French text is full of "le, les, et, est", an English one of
"the, of, and, is". A text is refused only on evidence (another language's words outnumber English ones,
another script dominates, or a long text has almost no English function word), so that short English
texts and headlines, which may hold no function word at all, always pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from dashboard.sources.errors import ReadError

# Words frequent in English and rare in the other languages listed below.
ENGLISH_WORDS = (
    "the of and to that for with by from this are were be been has have had not but which who whom their they "
    "it its he she his her would could should said says than after into about there what when we you our "
    "is was will an at or on"
)
ENGLISH = frozenset(ENGLISH_WORDS.split())
OTHERS = {
    "French": "le la les des du et est une un dans pour pas qui que sur au aux avec ce cette sont été il elle "
    "nous vous leur ses son par plus mais ont être fait comme",
    "German": "der die das und ist nicht ein eine zu den dem des mit sich auf für von im auch es sie wir werden "
    "wurde nach bei sind hat oder noch aus",
    "Spanish": "el la los las del y es una un en por con para que se no su sus como más pero fue al lo ha este "
    "esta entre sobre",
    "Italian": "il lo la gli le di che è e un una per non sono del della dei delle nel nella con si da al ha "
    "anche come più questo",
    "Portuguese": "o os as da do das dos em um uma que não com para por se mais foi ao na no são seu sua como "
    "também pelo pela",
    "Dutch": "de het een van en is dat niet op te zijn met voor ook aan er maar om bij ze hij werd wordt heeft naar",
}
FOREIGN = {language: frozenset(words.split()) - ENGLISH for language, words in OTHERS.items()}
WORD = re.compile(r"[^\W\d_]+")
MIN_FOREIGN_HITS = 3
FOREIGN_SHARE = 0.10
LONG_TEXT_WORDS = 60
MIN_ENGLISH_SHARE = 0.03


def check_english(title: str, paragraphs: Iterable[str]) -> None:
    """Raise ReadError when the text is evidently not English; pass texts too short to tell."""
    reason = non_english_reason(" ".join([title, *paragraphs]))
    if reason:
        raise ReadError(f"text is not English (unsupported): {reason}")


def non_english_reason(text: str) -> str:
    """Why the text looks like another language, or "" when it may well be English."""
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return ""
    scripts = Counter(_script(c) for c in letters if not c.isascii())  # naming each character is the slow part
    scripts["LATIN"] += sum(c.isascii() for c in letters)
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count > 0.5 * len(letters):
        return f"written mostly in {'CJK' if script == 'CJK' else script.title()} script"
    words = [w.casefold() for w in WORD.findall(text[:20000])]
    english = sum(w in ENGLISH for w in words)
    hits = {language: sum(w in vocabulary for w in words) for language, vocabulary in FOREIGN.items()}
    language, foreign = max(hits.items(), key=lambda item: item[1])
    if foreign >= MIN_FOREIGN_HITS and foreign > 2 * english and foreign >= FOREIGN_SHARE * len(words):
        return f"it reads like {language}"
    if len(words) >= LONG_TEXT_WORDS and english < MIN_ENGLISH_SHARE * len(words):
        return f"only {english} of {len(words)} words are common English words"
    return ""


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else "UNKNOWN"
