"""STUB (being written)."""
from lib.schema import make_frame
def extract_quotes(parsed, actors):
    return make_frame("quotes")
