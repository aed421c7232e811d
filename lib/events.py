"""STUB (being written)."""
from lib.schema import make_frame
def extract_events(parsed, actors, timexes):
    return make_frame("events")
