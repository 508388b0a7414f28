"""Add articles: upload files in any format the reader takes; each is read, analysed and stored, with a progress
bar and one result per file. The other pages show the new articles at once (the store's version changes)."""

import pandas as pd
import streamlit as st

from dashboard.sources import SUPPORTED
from dashboard.ui import data, frame, page
from dashboard.ui.upload import READONLY, ingest_upload

frame.enter(__file__)

view = page.current()
st.title("Add articles")
if view.settings.readonly:  # app.py leaves this page out then; should it be reached all the same, it takes nothing
    st.info(f"Nothing can be uploaded here: {READONLY}.", icon=":material/lock:")
    st.stop()
if view.reader.is_parquet:
    st.info(
        "This dashboard reads a folder of Parquet tables, which it never writes. Add articles to it with "
        "`python -m dashboard extract PATHS --engine dask --out FOLDER`, or point `DASHBOARD_STORE` at a store file.",
        icon=":material/lock:",
    )
    st.stop()
formats = sorted(s.lstrip(".") for s in SUPPORTED if s)
limit_mb = view.settings.max_file_bytes // (1024 * 1024)
st.caption(
    f"Plain text or Markdown (an id line, a title and paragraphs), HTML pages, JSON / JSONL / CSV records "
    f"with a `text` field, or a zip of any of these. Up to {limit_mb} MB per file. The same file twice "
    "changes nothing."
)

with st.form("upload", clear_on_submit=True, border=True):
    files = st.file_uploader("Article files", type=formats, accept_multiple_files=True, key="uploads")
    submitted = st.form_submit_button("Analyse and store", icon=":material/upload:", type="primary")

if submitted and not files:
    st.warning("Choose one or more files first.", icon=":material/attach_file:")
elif submitted:
    config = data.settings()
    bar = st.progress(0.0, text="Loading the language model…")
    nlp, themes = data.pipeline(config.spacy_model), data.themes_of(config)
    results = []
    for n, upload in enumerate(files):
        bar.progress(n / len(files), text=f"Analysing {upload.name} ({n + 1} of {len(files)})…")
        results += ingest_upload(upload.name, upload.getvalue(), nlp=nlp, themes=themes, settings=config)
    bar.progress(1.0, text=f"Done: {len(files)} file(s).")
    st.session_state["upload_results"] = results
    if any(r["status"] in ("stored", "renamed") for r in results):
        st.rerun()  # redraw the sidebar and counts from the store as it is now

results = st.session_state.get("upload_results")
if results:
    table = pd.DataFrame(results)
    stored = int(table["status"].isin(["stored", "renamed"]).sum())
    failed = int((table["status"] == "failed").sum())
    unchanged = int((table["status"] == "unchanged").sum())
    summary = f"Stored {stored}, unchanged {unchanged}, failed {failed}."
    (st.error if failed and not stored else st.warning if failed else st.success)(summary)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        column_config={
            "file": "File",
            "status": "Result",
            "article_id": "Article id",
            "title": "Title",
            "message": "Details",
        },
    )
    if stored:
        st.page_link(
            str(frame.PAGES_DIR / "overview.py"), label="See them on the overview", icon=":material/dashboard:"
        )
