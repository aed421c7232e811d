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


PASTED = """Harbour board and fishing cooperative meet on quotas

The harbour board met the fishing cooperative on Tuesday to discuss the new quotas for the coming season.
Board chair Ana Silva said the meeting had been long but useful, and that both sides would meet again next month.
"""


def test_link_to_pasted_article_asks_for_the_text_and_keeps_its_filters(page: Page, app_url: str, artifacts):
    """A shared link to a pasted article, opened in a new tab: the page says the text is not in
    links; once it is pasted again and analysed, the link's filter applies."""
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/quotes?article=paste&qt-speaker=Ana+Silva")
    wait_for_app_run(page)
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_text("Pasted text is not stored in links")).to_be_visible(timeout=60_000)
    expect(main.get_by_text("speaker 'Ana Silva'")).to_be_visible()
    side = page.locator("[data-testid='stSidebar']")
    side.locator("textarea").fill(PASTED)
    side.get_by_role("button", name="Analyse").click()
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Speakers & quotes").first).to_be_visible(timeout=60_000)
    expect(main.locator("[data-testid='stMultiSelect']").filter(has_text="Ana Silva").first).to_be_visible()
    assert re.search(r"[?&]qt-speaker=Ana(\+|%20)Silva\b", page.url), page.url
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts / "pasted-link.png"), full_page=True)


def test_analyse_button_and_date_apply_with_one_click_and_links_still_work(page: Page, app_url: str, artifacts):
    """Pasted text and its publication date apply with one click on Analyse; a date typed
    afterwards does not rerun the app on blur, so the next click on a page link goes through."""
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/?article=paste")
    wait_for_app_run(page)
    side = page.locator("[data-testid='stSidebar']")
    side.locator("textarea").fill(PASTED)
    side.locator("[data-testid='stDateInput'] [role='spinbutton']").first.click()
    page.keyboard.type("20240614", delay=40)
    page.keyboard.press("Escape")  # close the calendar that typing opened over the button
    side.get_by_role("button", name="Analyse").click()
    wait_for_app_run(page)
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_text("published 2024-06-14")).to_be_visible(timeout=60_000)
    assert "published=2024-06-14" in page.url
    # type another date and go straight to a page link: one click is enough
    side.locator("[data-testid='stDateInput'] [role='spinbutton']").first.click()
    page.keyboard.type("20240701", delay=40)
    page.get_by_role("link", name="Timeline").click()
    wait_for_app_run(page)
    expect(page.get_by_role("heading", name="Timeline of contacts").first).to_be_visible(timeout=60_000)
    assert "/timeline" in page.url and "published=2024-06-14" in page.url
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts / "pasted-timeline.png"), full_page=True)


@pytest.mark.parametrize("published", ["9999-12-31", "1800-01-01"])
def test_link_with_a_far_publication_date_still_analyses_pasted_text(page: Page, app_url: str, artifacts,
                                                                    published):
    """A link's ?published= the date box cannot take (9999) is ignored with a message; one it can
    (1800, outside the box's old range) is used. Either way the date box is there and the pasted
    text is analysed, with no internal error."""
    page.set_viewport_size({"width": 1400, "height": 1400})
    page.goto(f"{app_url}/?article=paste&published={published}")
    wait_for_app_run(page)
    side = page.locator("[data-testid='stSidebar']")
    expect(side.locator("[data-testid='stDateInput']")).to_be_visible(timeout=60_000)
    side.locator("textarea").fill(PASTED)
    side.get_by_role("button", name="Analyse").click()
    wait_for_app_run(page)
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_role("heading", name="Harbour board and fishing cooperative meet on quotas")) \
        .to_be_visible(timeout=60_000)
    expect(side.locator("[data-testid='stDateInput']")).to_be_visible()
    if published.startswith("9999"):
        expect(side.get_by_text(f"The link's publication date {published} is out of range")).to_be_visible()
        expect(main.get_by_text("publication date unknown")).to_be_visible()
    else:
        expect(main.get_by_text(f"published {published}")).to_be_visible()
    assert page.get_by_text("internal error").count() == 0
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(artifacts / f"far-date-{published[:4]}.png"), full_page=True)
