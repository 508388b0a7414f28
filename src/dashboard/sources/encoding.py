"""Bytes -> text: UTF-8 with stray cp1252 bytes, UTF-16/32 with a byte-order mark, BOM-less UTF-16; binary refused.

English news arrives in UTF-8, cp1252 or UTF-16, which these rules read better than detection libraries do
(charset-normalizer and chardet misread UTF-8 with a stray cp1252 byte, and charset-normalizer about one
cp1252 English file in ten). A file in another script's code page (Cyrillic, Chinese, Japanese) or in
BOM-less UTF-16 of a non-Latin script is left to charset-normalizer, so that it is refused for its language
rather than read as mojibake.
"""

from __future__ import annotations

import codecs

from dashboard.sources.errors import ReadError

#: A file that is not UTF-8 but has this share of bytes over 0x7f is in another script's code page:
#: cp1252 English has about 1 %, Cyrillic or CJK code pages 50-100 %.
LEGACY_SHARE = 0.2
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (any byte that is not UTF-8 read as cp1252), UTF-16/32 with BOM, BOM-less UTF-16."""
    if not data.strip():
        raise ReadError("file is empty" if not data else "file is blank (only white space)")
    text = _decode(data)
    if _looks_binary(text):
        text = _detected(data) or ""
        if not text:
            raise ReadError("file holds binary data, not text")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ReadError("file is blank (only white space)")
    return text


def _decode(data: bytes) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ReadError(f"file starts with a {codec.upper()} mark but is not valid {codec.upper()}") from err
    sample = data[:4096]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0) / max(1, len(sample[0::2])), sample[1::2].count(0) / max(1, len(sample[1::2]))
        codec = "utf-16-le" if odd > 0.4 and even < 0.05 else "utf-16-be" if even > 0.4 and odd < 0.05 else ""
        if not codec:  # UTF-16 of a non-Latin script has zero bytes only beside its ASCII characters
            text = _detected(data)
            if text is None:
                raise ReadError("file holds binary data, not text")
            return text
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if sum(byte >= 0x80 for byte in sample) > LEGACY_SHARE * len(sample):
        text = _detected(data)
        if text is not None:
            return text
    return data.decode("utf-8", errors=CP1252_FALLBACK)


def _detected(data: bytes) -> str | None:
    """The text in the encoding charset-normalizer finds, when that reads as text; None otherwise."""
    from charset_normalizer import from_bytes  # only files the rules above cannot read need it

    best = from_bytes(data).best()
    text = str(best) if best is not None else ""
    return text if text.strip() and not _looks_binary(text) else None


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 read as cp1252 (Windows Latin-1), so mixed and legacy files decode whole."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


CP1252_FALLBACK = "dashboard.cp1252"
codecs.register_error(CP1252_FALLBACK, _cp1252_bytes)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f")
    return controls > 0.01 * len(sample) or sample.count("\ufffd") > 0.01 * len(sample)
