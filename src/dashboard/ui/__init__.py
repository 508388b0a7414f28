"""The only Streamlit importer under src/: cached resources, the shared sidebar filters, tables and page helpers."""
