"""Entry point of the dashboard: `streamlit run app.py`."""

import streamlit as st

st.set_page_config(page_title="News dashboard", layout="wide")
st.title("News dashboard")
st.write("The pages arrive with the dashboard issue.")
