"""News-analysis dashboard: articles in, entities, themes and quotes out, explored in Streamlit."""

__version__ = "0.1.0"
