"""Fixtures shared by the AppTest files: the real app, and the files its download buttons hand out."""
from __future__ import annotations

import pytest


@pytest.fixture
def app():
    """The whole app under Streamlit's AppTest, with the data cache cleared before and after."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from apptest_helpers import APP

    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=120)
    yield at
    st.cache_data.clear()


@pytest.fixture
def downloads(monkeypatch):
    """Every file handed to a download button in the runs of a test: ``{file_name: bytes}``."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    files: dict[str, bytes] = {}
    real = MemoryMediaFileStorage.load_and_get_id

    def spy(self, path_or_data, mimetype, kind, filename=None):
        if filename is not None and isinstance(path_or_data, bytes):
            files[filename] = path_or_data
        return real(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    return files
