"""STUB (being written)."""
import pandas as pd
def extract_timexes(parsed):
    return pd.DataFrame(columns=["timex_id","text","start","end","value","granularity","date","tense","anchor","resolved"])
