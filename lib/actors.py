"""STUB (being written)."""
from lib.schema import make_frame
class ActorIndex:
    def table(self, quotes=None):
        return make_frame("actors")
def resolve_actors(parsed):
    return ActorIndex()
