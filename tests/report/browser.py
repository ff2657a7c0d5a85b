"""Render a report in real headless Chromium (Debian's package) through Playwright."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return path


def render_in_chromium(html_path: Path, screenshot: Path) -> tuple[list[str], list[str], list[str]]:
    """Open ``html_path``, screenshot the full page; return (console errors, requested URLs, h2 texts)."""
    from playwright.sync_api import sync_playwright

    url = html_path.resolve().as_uri()
    console_errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url, wait_until="load")
        headings = page.locator("h2").all_inner_texts()
        page.screenshot(path=str(screenshot), full_page=True)
        browser.close()
    return console_errors, requests, headings
