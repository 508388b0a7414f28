"""Analysis: Articles -> table rows, with one spaCy pass over every paragraph.

`nlp` loads the pipeline once by name (with `titled_names`, which gives people named after a title their whole
names, and `mended_subjects`, which gives a cue the subject the parser read into a name), `entities` (with
`names`) gives each mention a canonical name,
`themes` labels paragraphs, `quotes` attributes statements to speakers, `speaker_file` reads the speakers a user
pins and applies them to quote rows, and `pipeline` runs them together.
Analysis knows nothing of storage: it takes Articles and gives rows.
"""

from dashboard.analysis.nlp import ModelError, load
from dashboard.analysis.pipeline import Analysed, analyse, analyse_article, to_frames

__all__ = ["Analysed", "ModelError", "analyse", "analyse_article", "load", "to_frames"]
