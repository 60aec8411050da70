"""The phone pages in the workshop's language, Haitian Creole included, and
the language switch on every page (issue 19).

Over plain HTTP (tests/room_client.py, JavaScript off): the page says its
language, offers the five languages each in its own name, and a switch keeps
the phone's place, its draft and its CSRF token; an unknown language changes
nothing. Then in Debian's chromium (selenium) at a phone's size: a Creole
workshop's page is Creole, switching to Spanish shows Spanish, and the vote
still goes through. Screenshots go to ``$ROOM_SCREENSHOTS`` when it is set.
"""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path

import pytest

from facilitator_app.core.voting.ballot_texts import gradient_labels
from facilitator_app.services import voting
from facilitator_app.services.room.server import Limits
from tests.room_client import Phone
from tests.room_setup import serving, voting_workshop

LANGUAGE_NAMES = ("English", "Español", "Français", "Nederlands", "Kreyòl ayisyen")


@pytest.fixture
def room(tmp_path):
    """A Creole workshop; ``serve(method, anonymity, language=None, **params)``
    opens a round to phones and returns (server, info, issued codes)."""
    ws, workshop_id, _members, priorities = voting_workshop(
        tmp_path / "w.cluster", "Koperativ Kakawo Nò", "Atelye priyorite",
        [f"Manm {i} Éloïse" for i in range(6)],
        ["Mache ekspòtasyon kakawo", "Fòmasyon sou kalite", "Seche ak solèy"], language="ht")
    with serving(ws, workshop_id, priorities, "gradients") as serve:
        yield ws, serve
    ws.close()


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def test_a_creole_workshop_s_page_is_creole_and_offers_every_language(room):
    _ws, serve = room
    server, _info, _issued = serve()
    page = Phone(server.url).get("/")
    assert page.status == 200
    assert '<html lang="ht">' in page.text
    words = text_of(page.text)
    for text in ("Kòd ou pou vote", "6 lèt ak chif ki sou ti papye ou a", "Kontinye",
                 "Vòt ak non: rezilta yo montre kiyès ki vote kisa.", "Degre dakò"):
        assert text in words, text
    assert "Your voting code" not in words and "Continue" not in words
    nav = re.search(r'<nav class="langs"[^>]*>(.*?)</nav>', page.text).group(1)
    for name in LANGUAGE_NAMES:
        assert name in html.unescape(nav), name
    assert '<strong lang="ht" aria-current="true">Kreyòl ayisyen</strong>' in nav
    assert '<a href="/?lang=es" lang="es" hreflang="es">Español</a>' in nav
    # nothing from elsewhere: the stylesheet and script are the server's own
    assert not re.search(r'(src|href)="(https?:)?//', page.text)


def test_switching_keeps_the_phone_s_place_draft_and_form_token(room):
    ws, serve = room
    server, info, issued = serve()
    ids = [o.id for o in info.options]
    phone = Phone(server.url)
    phone.get("/")
    token = phone.last.csrf
    cookie = phone.cookie
    spanish = phone.get("/?lang=es")
    assert phone.history[-2:] == ["GET /?lang=es -> 303", "GET / -> 200"]
    assert phone.cookie == cookie and spanish.csrf == token  # the same visit
    assert '<html lang="es">' in spanish.text and "Su código de votación" in spanish.text
    wrong = phone.post("/code", {"code": "ZZZ-999"})
    assert wrong.status == 403
    assert "Ese código no es válido para esta ronda." in text_of(wrong.text)
    ballot = phone.post("/code", {"code": issued[0].code})
    assert ballot.status == 200 and '<html lang="es">' in ballot.text  # kept past the code
    words = text_of(ballot.text)
    for text in [*gradient_labels("es"), "Revisar mi voto", "Vota como"]:
        assert text in words, text
    # on the ballot page the switch sends the ballot as filled in so far: it is kept
    nav = re.search(r'<nav class="langs"[^>]*>(.*?)</nav>', ballot.text).group(1)
    assert ('<button type="submit" form="ballot" formaction="/language" formmethod="post" '
            'formnovalidate name="lang" value="fr" lang="fr">Français</button>') in nav
    # the ballot's own button comes first: the one the Enter key presses
    assert ballot.text.index("Revisar mi voto</button>") < ballot.text.index("/language")
    french = phone.post("/language", {"lang": "fr", f"o{ids[0]}": "2"})
    assert phone.history[-2:] == ["POST /language -> 303", "GET /ballot -> 200"]
    assert '<html lang="fr">' in french.text and "Vérifier mon vote" in french.text
    assert re.search(rf'name="o{ids[0]}" value="2" checked', french.text)
    # a mistake, then Dutch by the page's link: the same page, the same draft
    bad = phone.post("/review", {f"o{ids[0]}": "2", f"o{ids[1]}": "9"})
    assert bad.status == 422
    dutch = phone.get("/ballot?lang=nl")
    assert phone.history[-2:] == ["GET /ballot?lang=nl -> 303", "GET /ballot -> 200"]
    assert re.search(rf'name="o{ids[0]}" value="2" checked', dutch.text)
    french = phone.post("/language", {"lang": "fr", f"o{ids[0]}": "2"})
    # and the vote goes through, in French
    review = phone.post("/review", {f"o{ids[0]}": "2", f"o{ids[1]}": "7"})
    assert "Vérifiez votre vote" in text_of(review.text)
    assert "2 · D'accord, avec une réserve mineure" in text_of(review.text)
    done = phone.post("/cast", {})
    assert "Votre vote est enregistré." in text_of(done.text)
    with ws.session() as s:
        [recorded] = voting.ballots(s, info.id)
    assert recorded.source == "phone" and recorded.values == {ids[0]: 2.0, ids[1]: 7.0}
    # the next voter on this phone starts in the language the phone chose
    after = phone.post("/leave", {})
    assert '<html lang="fr">' in after.text and "Votre code de vote" in after.text


def test_an_unknown_language_changes_nothing_and_opens_no_door(room):
    _ws, serve = room
    server, _info, _issued = serve()
    phone = Phone(server.url)
    phone.get("/")
    for asked in ("xx", "%3Cscript%3E", "en%0d%0aSet-Cookie:%20x=1", "ES", "es%20"):
        page = phone.get(f"/?lang={asked}")
        assert '<html lang="ht">' in page.text, asked
        assert "x=1" not in phone.cookie
    # switching never lets a phone past the code
    phone.get("/ballot?lang=es")
    assert phone.history[-3:] == ["GET /ballot?lang=es -> 303", "GET /ballot -> 303",
                                  "GET / -> 200"]
    assert '<html lang="es">' in phone.last.text
    # a form without its token is refused, in the phone's language: the switch too
    refused = phone.post("/code", {"code": "ABC-123"}, csrf="not-the-token")
    assert refused.status == 403
    assert "Esta página ha caducado." in text_of(refused.text)
    assert phone.post("/language", {"lang": "fr"}, csrf="not-the-token").status == 403
    assert '<html lang="es">' in phone.get("/").text
    # and without a code it leads back to the start, in the language asked for
    start = phone.post("/language", {"lang": "nl"}, csrf=phone.last.csrf)
    assert phone.history[-2:] == ["POST /language -> 303", "GET / -> 200"]
    assert '<html lang="nl">' in start.text


def test_the_language_asked_for_wins_and_the_script_s_texts_follow(room):
    _ws, serve = room
    server, _info, issued = serve("dots", "secret", language="nl", budget=3)
    phone = Phone(server.url)
    page = phone.get("/")
    assert '<html lang="nl">' in page.text and "Uw stemcode" in page.text
    assert "Geheime stemming: uw code zegt niet wie u bent" in text_of(page.text)
    ballot = phone.post("/code", {"code": issued[0].code})
    assert 'data-left="Nog {left} van de {budget} stippen over"' in html.unescape(ballot.text)
    assert "U hebt 3 stippen" in text_of(ballot.text)
    creole = phone.get("/ballot?lang=ht")
    assert 'data-left="Rete {left} pwen sou {budget}"' in html.unescape(creole.text)
    assert "Ou gen 3 pwen" in text_of(creole.text) and "2 pwen" in text_of(creole.text)


def test_a_locked_phone_is_told_why_in_its_language(room):
    _ws, serve = room
    server, _info, _issued = serve(limits=Limits(device_tries=2, device_window=600.0))
    phone = Phone(server.url)
    phone.get("/")
    for _ in range(2):
        assert phone.post("/code", {"code": "ZZZ-999"}).status == 403
    locked = phone.post("/code", {"code": "ZZZ-998"})
    assert locked.status == 429
    assert ("Twòp move kòd soti nan telefòn sa a. Tann 10 minit, oswa mande fasilitatè a èd."
            in text_of(locked.text))
    phone.get("/?lang=fr")
    again = phone.post("/code", {"code": "ZZZ-997"})
    assert "Trop de codes erronés depuis ce téléphone. Attendez 10 minutes" in text_of(again.text)


# ----- in a real browser ------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
WIDTH, HEIGHT = 390, 844  # a phone's viewport


def _browser(tmp_path: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={WIDTH},{HEIGHT}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    driver.set_page_load_timeout(30)
    return driver


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM and DRIVER),
                    reason="needs Debian's chromium and chromium-driver (.ci/run installs them)")
def test_a_browser_reads_creole_switches_to_spanish_and_votes(room, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    ws, serve = room
    server, info, issued = serve("gradients", "anonymous")
    ids = [o.id for o in info.options]
    folder = Path(os.environ["ROOM_SCREENSHOTS"]) if os.environ.get("ROOM_SCREENSHOTS") else None
    driver = _browser(tmp_path)

    def shot(name: str) -> None:
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(folder / f"languages-{name}.png"))

    def wait_for(text: str) -> None:
        WebDriverWait(driver, 15, poll_frequency=0.02).until(  # the page's own text
            lambda d: text in html.unescape(d.page_source), message=f"no {text!r} on the page")

    def fits() -> None:
        """Nothing is wider than the phone (no sideways scrolling, nothing cut)."""
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= WIDTH, width

    try:
        driver.get(server.url)
        wait_for("Kòd ou pou vote")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ht"
        fits()
        shot("1-join-creole")
        # in Creole: the code, then the ballot with the Creole statements
        driver.find_element(By.NAME, "code").send_keys(issued[0].code.lower())
        driver.find_element(By.XPATH, "//button[normalize-space()='Kontinye']").click()
        wait_for("Tcheke vòt mwen")
        body = driver.find_element(By.TAG_NAME, "body").text
        for label in gradient_labels("ht"):
            assert label in body, label
        fits()
        shot("2-ballot-creole")
        driver.find_element(By.CSS_SELECTOR, f"input[name=o{ids[0]}][value='1']") \
            .find_element(By.XPATH, "..").click()
        # to Spanish: the same ballot, the choice made still there
        driver.find_element(By.XPATH, "//nav//button[normalize-space()='Español']").click()
        wait_for("Revisar mi voto")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        assert "Respaldo total" in driver.find_element(By.TAG_NAME, "body").text
        assert driver.find_element(By.CSS_SELECTOR, f"input[name=o{ids[0]}][value='1']") \
            .is_selected()
        fits()
        shot("3-ballot-spanish")
        for option_id, level in ((ids[0], "1"), (ids[1], "3"), (ids[2], "6")):
            driver.find_element(By.CSS_SELECTOR, f"input[name=o{option_id}][value='{level}']") \
                .find_element(By.XPATH, "..").click()
        driver.find_element(By.XPATH, "//button[normalize-space()='Revisar mi voto']").click()
        wait_for("Revise su voto")
        driver.find_element(By.XPATH, "//button[normalize-space()='Emitir mi voto']").click()
        wait_for("Su voto quedó registrado.")
        shot("4-recorded-spanish")
    finally:
        driver.quit()
    with ws.session() as s:
        [recorded] = voting.ballots(s, info.id)
    assert recorded.source == "phone"
    assert recorded.values == {ids[0]: 1.0, ids[1]: 3.0, ids[2]: 6.0}
