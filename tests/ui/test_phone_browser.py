"""Phones in a real browser (issue 16): Debian's chromium through
chromium-driver (selenium) at a phone's viewport (360 x 740), on 127.0.0.1.

The app opens voting to phones from the Voting tab; the browser joins
through the address the window shows, types a code, votes in a ranking, a
gradients and a dots round, and each ballot is in the app's results. Then
the same with JavaScript switched off. Screenshots of every phone page go to
``$ROOM_SCREENSHOTS`` when it is set (to look at them); none are taken
otherwise (nothing reads them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from facilitator_app.services import voting
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import no_modal_dialogs, voting_workshop  # noqa: F401

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM and DRIVER),
                       reason="needs Debian's chromium and chromium-driver (.ci/run installs "
                              "them)"),
]

WIDTH, HEIGHT = 360, 740


def _browser(tmp_path: Path, javascript: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / ('profile-js' if javascript else 'profile')}",
                 f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    driver.set_page_load_timeout(30)
    return driver


def _shots() -> Path | None:
    folder = os.environ.get("ROOM_SCREENSHOTS")
    return Path(folder) if folder else None


class Run:
    def __init__(self, driver, folder: Path | None, prefix: str) -> None:
        self.driver, self.folder, self.prefix = driver, folder, prefix
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)

    def shot(self, name: str) -> None:
        if self.folder is not None:
            self.driver.save_screenshot(str(self.folder / f"{self.prefix}-{name}.png"))

    def css(self, selector: str):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def wait_for(self, text: str) -> None:
        """Until the page (after a form was sent) holds ``text``."""
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(self.driver, 15, poll_frequency=0.02).until(  # not every 0.5 s
            lambda d: text in d.page_source, message=f"no {text!r} on the page")

    def click_text(self, text: str) -> None:
        from selenium.webdriver.common.by import By

        self.driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']").click()


def _open_round(qtbot, setup, tab, method, anonymity, **params):
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, method,
                                   anonymity=anonymity, params=params or None,
                                   title=f"Vote by phone: {method}")
    tab.reload(select=info.id)
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    url = window.findChild(QLabel, "join_url").text()  # the address the app shows
    codes_file = window.save_codes(setup.ws.path.parent / f"codes-{info.id}.csv", kind="csv")
    lines = codes_file.read_text(encoding="utf-8-sig").splitlines()[1:]
    column = 0 if anonymity == "secret" else 1
    return info, window, url, [line.split(",")[column] for line in lines]


def _vote(run: Run, url: str, code: str, fill, javascript: bool) -> None:
    run.driver.get(url)
    run.shot("1-join")
    field = run.css("input[name=code]")
    field.send_keys(code.lower().replace("-", " "))  # typed as people do
    run.click_text("Continue")
    run.wait_for("Review my vote")
    fill(run)
    run.shot("2-ballot")
    run.click_text("Review my vote")
    run.wait_for("Check your vote")
    run.shot("3-review")
    run.click_text("Cast my vote")
    run.wait_for("Your vote is recorded.")
    run.shot("4-recorded")


def _select(run: Run, option_id: int, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(run.css(f"select[name=o{option_id}]")).select_by_value(value)


def _radio(run: Run, option_id: int, value: str) -> None:
    run.css(f"input[name=o{option_id}][value='{value}']").find_element(
        "xpath", "..").click()  # the label: the large touch target


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_phone_browser_votes_in_three_methods(qtbot, setup, tmp_path, javascript):
    tab = VotingTab(setup.ctx, setup.workshop_id)
    qtbot.addWidget(tab)
    folder = _shots()
    driver = _browser(tmp_path, javascript)
    mode = "js" if javascript else "nojs"
    try:
        # a ranking round (named)
        info, window, url, codes = _open_round(qtbot, setup, tab, "borda", "named")
        ids = [o.id for o in info.options]
        run = Run(driver, folder, f"{mode}-ranking")

        def rank(run: Run) -> None:
            if javascript:  # the script: tap the names in order, tap again to take back
                for option_id in (ids[2], ids[1], ids[3], ids[0]):
                    run.css(f"#opt{option_id} legend").click()
                run.css(f"#opt{ids[2]} legend").click()
                ranks = [run.css(f"select[name=o{i}]").get_attribute("value") for i in ids]
                assert ranks == ["3", "1", "", "2"], ranks
                run.shot("2-tapped")
            else:
                _select(run, ids[1], "1")
                _select(run, ids[3], "2")
                _select(run, ids[0], "3")
            if javascript:  # the page's script checks as you go: a rank given twice
                _select(run, ids[2], "1")
                problem = run.css(f"#p{ids[2]}")
                qtbot.waitUntil(lambda: "more than one option" in problem.text, timeout=5000)
                run.shot("2-live-problem")
                _select(run, ids[2], "")

        _vote(run, url, codes[0], rank, javascript)
        with setup.ctx.session() as s:
            result = voting.tally_round(s, info.id).result
            [ballot] = voting.ballots(s, info.id)
        assert ballot.source == "phone" and ballot.values == {ids[1]: 1.0, ids[3]: 2.0,
                                                              ids[0]: 3.0}
        assert result.ranking[0].option == info.options[1].label
        window.stop()

        # a gradients round (secret)
        info, window, url, codes = _open_round(qtbot, setup, tab, "gradients", "secret")
        ids = [o.id for o in info.options]
        run = Run(driver, folder, f"{mode}-gradients")

        def gradients(run: Run) -> None:
            for option_id, level in zip(ids, ("1", "2", "7", "4"), strict=True):
                _radio(run, option_id, level)

        _vote(run, url, codes[0], gradients, javascript)
        assert "Change my vote" not in driver.page_source
        with setup.ctx.session() as s:
            result = voting.tally_round(s, info.id).result
            progress = voting.round_progress(s, info.id)
        assert (progress.ballots, progress.voted) == (1, 1)
        blocked = next(r for r in result.ranking if r.option == info.options[2].label)
        assert blocked.score == 0  # the block (7) is there
        window.stop()

        # a dots round (anonymous): the budget is checked, then the ballot counted
        info, window, url, codes = _open_round(qtbot, setup, tab, "dots", "anonymous",
                                               budget=5, max_per_option=3)
        ids = [o.id for o in info.options]
        run = Run(driver, folder, f"{mode}-dots")

        def dots(run: Run) -> None:
            counter = run.css("#dots-left")
            if javascript:  # the script counts the dots left; without it, nothing runs
                qtbot.waitUntil(lambda: counter.text == "5 of 5 dots left", timeout=5000)
            else:
                assert counter.text == ""
            _select(run, ids[0], "3")
            _select(run, ids[1], "3")
            run.click_text("Review my vote")
            run.wait_for("the budget is 5")
            run.shot("2-over-budget")
            _select(run, ids[1], "2")

        _vote(run, url, codes[1], dots, javascript)
        with setup.ctx.session() as s:
            scores = {r.option: r.score for r in voting.tally_round(s, info.id).result.ranking}
        assert scores[info.options[0].label] == 3 and scores[info.options[1].label] == 2
        window.stop()
    finally:
        driver.quit()
