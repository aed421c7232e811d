"""The app in a real browser (Debian chromium through pytest-playwright): each page opens, runs
to the end without an exception element, shows its content, and is saved as a screenshot under
tests/e2e/artifacts/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

# The timeline comes first: the first request of the fresh server is then a deep link, which must
# not end on "Page not found" (see pages/_common.ensure_router).
PAGES = [
    ("timeline", "timeline", "Timeline of contacts"),
    ("", "article", "Ukraine war talks start now, Trump says after Putin call"),
    ("quotes", "quotes", "Speakers & quotes"),
    ("positions", "positions", "Positions"),
]


def wait_for_app_run(page: Page, timeout: float = 90_000) -> None:
    """Wait until the app is connected and its script has finished (Streamlit's own e2e helper:
    ``stApp`` has ``data-test-script-state="notRunning"``)."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']",
                           timeout=timeout, state="attached")
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout, state="attached")
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout, state="attached")


@pytest.mark.parametrize("path, name, heading", PAGES, ids=[p[1] for p in PAGES])
def test_page_opens_without_exception(page: Page, app_url: str, artifacts, path, name, heading):
    page.set_viewport_size({"width": 1400, "height": 2000})
    page.goto(f"{app_url}/{path}")
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name=heading).first).to_be_visible(timeout=60_000)
    wait_for_app_run(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_text("Page not found").count() == 0
    # the article picker of the router is there on every page
    expect(page.get_by_text("Paste text")).to_be_visible()
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_filter_in_link_is_applied_and_kept(page: Page, app_url: str, artifacts):
    """A shared link with a filter opens the view it describes, and the URL keeps it."""
    page.set_viewport_size({"width": 1400, "height": 2000})
    page.goto(f"{app_url}/quotes?qt-kind=direct")
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Speakers & quotes").first).to_be_visible(timeout=60_000)
    wait_for_app_run(page)
    assert page.locator("[data-testid='stException']").count() == 0
    assert re.search(r"[?&]qt-kind=direct\b", page.url), page.url
    expect(page.locator("[data-testid='stMultiSelect']").filter(has_text="direct quotation").first) \
        .to_be_visible()
    page.screenshot(path=str(artifacts / "quotes-direct.png"), full_page=True)
    # to another page and back with the navigation: the filter is still there
    page.get_by_role("link", name="Timeline").click()
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Timeline of contacts").first).to_be_visible(timeout=60_000)
    page.get_by_role("link", name="Speakers & quotes").click()
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Speakers & quotes").first).to_be_visible(timeout=60_000)
    wait_for_app_run(page)
    assert re.search(r"[?&]qt-kind=direct\b", page.url), page.url
    assert page.locator("[data-testid='stException']").count() == 0
