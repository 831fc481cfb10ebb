"""bedside web in a real browser: Debian's chromium, headless, driven by selenium through Debian's
chromedriver (nothing downloads a browser). One browser session for the whole module. The tests
save screenshots of the main pages to build/screenshots/ (ignored by git, so a test run leaves
the tree clean); BEDSIDE_SCREENSHOTS=docs/screenshots refreshes the copies the README shows."""

from __future__ import annotations

import os
import tempfile
import time

import pytest

from conftest import ROOT, need_command
from test_web_harness import PASSWORD, PATIENT, Sink, WebServer, make_message

from bedside.proxy.holds.links import sender_link

SHOTS = ROOT / os.environ.get("BEDSIDE_SCREENSHOTS", "build/screenshots")


@pytest.fixture(scope="module")
def browser():
    need_command("chromedriver", "chromium-driver")
    need_command("chromium", "chromium")
    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never fetch a driver or browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    profile = tempfile.mkdtemp(prefix="bedside-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    with Sink() as sink:
        server = WebServer(tmp_path_factory.mktemp("webui"), sink.port, login_rate=1000)
        server.add_user("alice", "reviewer")
        server.ids = {
            "release": server.hold(make_message("Ward round bloods", PATIENT)),
            "reject": server.hold(make_message("Discharge letter", PATIENT), rcpts=["someone@gmail.com"]),
            "script": server.hold(make_message("<script>document.title='pwned'</script>", PATIENT)),
            "sender": server.hold(make_message("Results for Dr Jones", PATIENT)),
            "other": server.hold(make_message("About the registrar",
                                              "That registrar is a useless f***ing idiot and a twat.\n"),
                                 rcpts=["friend@outlook.com"]),
        }
        server.sink = sink
        server.start()
        yield server
        server.stop()


def by_id(driver, name):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, name)


def submit(driver, locator: str | tuple[str, str]) -> None:
    """Click a button that submits a form and wait for the next page to load.

    The button is found afresh for each try: right after a page load Chromium can still swap the
    document under a just-found element ('Node with given id does not belong to the document').
    """
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    how, what = ("id", locator) if isinstance(locator, str) else locator
    for attempt in range(3):
        try:
            page = driver.find_element("tag name", "html")
            driver.find_element(how, what).click()
            break
        except (StaleElementReferenceException, WebDriverException):
            if attempt == 2:
                raise
            WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
    WebDriverWait(driver, 20).until(lambda d: _gone(page))
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _gone(element) -> bool:
    """expected_conditions.staleness_of, which knows only StaleElementReferenceException: asked
    about a node of a document it has just replaced, Chromium can answer 'Node with given id does
    not belong to the document' instead (an intermittent CI failure). Either way the page is gone."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False


def shot(driver, name: str) -> None:
    import io

    from PIL import Image

    SHOTS.mkdir(parents=True, exist_ok=True)
    # A 64-colour palette keeps the committed PNGs small (the pages are flat colours and text).
    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    image.quantize(colors=64).save(SHOTS / name, optimize=True)


def test_reviewer_signs_in_filters_opens_releases_rejects(browser, site):
    from selenium.webdriver.support.ui import Select

    browser.get(site.url + "/held")
    assert browser.current_url.endswith("/login")
    by_id(browser, "name").send_keys("alice")
    by_id(browser, "password").send_keys(PASSWORD)
    submit(browser, "signin")
    assert browser.current_url.endswith("/held")
    cookie = browser.get_cookie("bedside_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    rows = browser.find_elements("css selector", "#held tbody tr")
    assert len(rows) == 5
    shot(browser, "held-list.png")

    # A subject carrying <script> is text in the list, and nothing ran.
    assert "<script>document.title='pwned'</script>" in by_id(browser, "held").text
    assert browser.title != "pwned"

    # Filter: offensive only.
    Select(by_id(browser, "f-category")).select_by_value("offensive")
    submit(browser, "apply")
    rows = browser.find_elements("css selector", "#held tbody tr")
    assert len(rows) == 1 and "About the registrar" in rows[0].text
    Select(by_id(browser, "f-category")).select_by_value("")
    by_id(browser, "f-domain").send_keys("gmail.com")
    submit(browser, "apply")
    rows = browser.find_elements("css selector", "#held tbody tr")
    assert len(rows) == 1 and "Discharge letter" in rows[0].text
    submit(browser, ("css selector", "button[name=clear]"))

    # Open one, see the masked findings, release it: the sink gets it.
    browser.get(site.url + f"/held/{site.ids['release']}")
    assert "943 *** **19" in by_id(browser, "body").text and "476 5919" not in browser.page_source
    shot(browser, "message.png")
    before = len(site.sink.messages)
    submit(browser, "release")
    assert "released and delivered" in by_id(browser, "flash").text
    delivered = site.sink.wait_for(before + 1)[-1]
    assert b"Ward round bloods" in delivered[2]

    # Reject another, with a reason the sender gets.
    browser.get(site.url + f"/held/{site.ids['reject']}")
    by_id(browser, "reason").send_keys("Patient details must not go to a personal address.")
    before = len(site.sink.messages)
    submit(browser, "reject")
    assert "Rejected" in by_id(browser, "flash").text and by_id(browser, "status").text.startswith("rejected")
    notice = site.sink.wait_for(before + 1)[-1]
    assert notice[1] == ["student@exmail.nottingham.ac.uk"] and b"personal address" in notice[2]

    # The <script> subject on its own page: text, not run.
    browser.get(site.url + f"/held/{site.ids['script']}")
    assert by_id(browser, "subject").text == "<script>document.title='pwned'</script>"
    assert browser.title != "pwned"


def test_sender_asks_for_release_and_the_reviewer_sees_why(browser, site):
    held_id = site.ids["sender"]
    url = sender_link(site.config, held_id, data_dir=site.data_dir)
    browser.delete_all_cookies()  # the sender has no session
    browser.get(url)
    assert "Why it was held" in browser.page_source and "PAT001" in browser.page_source
    assert "476 5919" not in browser.page_source
    shot(browser, "sender.png")
    by_id(browser, "justification").send_keys("Dr Jones asked for these results on the secure NHS mail.")
    submit(browser, "ask-release")
    assert "with the reviewers" in by_id(browser, "result").text

    browser.get(site.url + "/login")
    by_id(browser, "name").send_keys("alice")
    by_id(browser, "password").send_keys(PASSWORD)
    submit(browser, "signin")
    browser.get(site.url + f"/held/{held_id}")
    assert "Dr Jones asked for these results on the secure NHS mail." in by_id(browser, "requests").text
    browser.get(site.url + "/dashboard")
    assert browser.find_elements("css selector", "svg.chart")
    shot(browser, "dashboard.png")
