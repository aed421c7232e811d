"""Parley's library: news text in, pandas DataFrames out (design.md §1). Never imports streamlit.

Entry points: :func:`lib.tables.analyze_file`, :func:`lib.tables.analyze_text`,
:func:`lib.tables.analyze`; the CLI is ``python -m lib analyze|evaluate``.
"""
