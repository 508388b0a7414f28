"""Reading: files, folders, zip archives, uploads and standard input -> `Article` records.

Every format has its reader (`text` for the seed layout and plain text, `markdown`, `html`, `records` for
JSON, JSON Lines and CSV, `archive` for zip files); `files` sends each input to its reader. Reading knows
nothing of spaCy: a file that cannot be read becomes a `ReadFailure` naming it and the reason, and the run
goes on.
"""

from dashboard.sources.article import Article, Paragraph, text_hash
from dashboard.sources.errors import ReadError, ReadFailure, ReadResult
from dashboard.sources.files import STDIN, SUPPORTED, folder_files, read_bytes, read_file, read_paths, read_stream

__all__ = [
    "STDIN",
    "SUPPORTED",
    "Article",
    "Paragraph",
    "ReadError",
    "ReadFailure",
    "ReadResult",
    "folder_files",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_stream",
    "text_hash",
]
