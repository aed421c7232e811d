"""STUB (being written)."""
from lib.schema import make_frame
def extract_positions(parsed, actors, quotes):
    return make_frame("positions")
