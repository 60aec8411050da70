"""The phone pages: server-rendered HTML with plain forms, in the language
of the workshop's participants (or the one the phone chose).

Everything works with JavaScript off (an old phone, a locked-down browser):
each step is a form posted to the server, which answers with the next page.
``app.js`` only improves it (problems shown as the ballot is filled in, the
dots left). Every text that comes from the workspace is escaped; the pages
load nothing from elsewhere (the Content-Security-Policy says so too).

Each page says its language (``<html lang>``) and offers the five languages
participants read, each in its own name: a link to the same page with
``?lang=xx``, which the server keeps for the phone's visit (see
``server._Handler``) so the participant stays where they were. The texts
are the ``participant`` domain's (``t = Texts("participant", lang)``); the
few the script shows travel in the page as ``data-`` attributes.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from facilitator_app.core.voting.ballot_texts import choice, gradient_label
from facilitator_app.i18n.messages import PARTICIPANT_LANGUAGES, T_, Texts
from facilitator_app.services.room.phone import FormBallot, PhoneOption, PhoneRound

LANGUAGE_CODES = tuple(code for code, _name in PARTICIPANT_LANGUAGES)
"""The languages a phone may ask for (``?lang=``)."""

MODE_NOTES = {
    "named": T_("Named vote: the results show who voted what."),
    "anonymous": T_("Anonymous vote: your name is kept with your ballot for the facilitator, "
                    "never shown in the results."),
    "secret": T_("Secret vote: your code does not say who you are, and nobody can find out "
                 "how you voted."),
}

KIND_HELP = {
    "ranked": T_("Put the priorities in order: choose 1 for your first choice, 2 for your "
                 "second, and so on. Use each number once. You may leave the ones you do not "
                 "want to rank blank."),
    "approval": T_("Tick every priority you can accept, as many as you like."),
    "gradients": T_("For each priority, choose the statement closest to your view."),
}

METHOD_NAMES = {
    "ranked": T_("Ranking"),
    "dots": T_("Dot voting"),
    "approval": T_("Approval voting"),
    "score": T_("Rating"),
    "gradients": T_("Gradients of agreement"),
}
"""What the vote is, as the participant reads it (by the kind of ballot)."""

CLOSED_TITLE = T_("Voting is closed")
CLOSED_TEXT = T_("Voting in this round is closed. Thank you! The facilitator will show the "
                 "results.")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def texts(lang: str | None) -> Texts:
    """The pages' texts in ``lang`` (a code of :data:`LANGUAGE_CODES`)."""
    return Texts("participant", lang if lang in LANGUAGE_CODES else "en")


def language_switch(t: Texts, here: str, form: str = "") -> str:
    """This same page in each language, each in its own name: links, or on
    a page with a form (``form``: its id), buttons that send the form to
    ``/language`` so what was filled in so far is kept."""
    items = []
    for code, name in PARTICIPANT_LANGUAGES:
        if code == t.lang:
            items.append(f"<strong lang=\"{code}\" aria-current=\"true\">{_e(name)}</strong>")
        elif form:
            items.append(f"<button type=\"submit\" form=\"{_e(form)}\" formaction=\"/language\" "
                         f"formmethod=\"post\" formnovalidate name=\"lang\" value=\"{code}\" "
                         f"lang=\"{code}\">{_e(name)}</button>")
        else:
            items.append(f"<a href=\"{_e(here)}?lang={code}\" lang=\"{code}\" "
                         f"hreflang=\"{code}\">{_e(name)}</a>")
    label = t("Language")
    return f"<nav class=\"langs\" aria-label=\"{_e(label)}\">" + "".join(items) + "</nav>"


def page(title: str, body: str, *, t: Texts, here: str = "/", script: bool = False,
         form: str = "") -> str:
    """A whole page: the phone's width, large type, the stylesheet, nothing
    from elsewhere; its language said and switchable (``form``: the id of
    the page's form that a switch keeps, see :func:`language_switch`)."""
    js = '<script src="/app.js" defer></script>' if script else ""
    return (
        f"<!DOCTYPE html>\n<html lang=\"{_e(t.lang)}\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"referrer\" content=\"no-referrer\">"
        f"<title>{_e(title)}</title><link rel=\"stylesheet\" href=\"/app.css\">{js}</head>"
        # the switch comes last (the stylesheet shows it on top): the form's own
        # button stays the first, the one Enter presses
        f"<body><main>{body}</main>{language_switch(t, here, form)}</body></html>\n"
    )


def _header(rnd: PhoneRound, t: Texts) -> str:
    where = " · ".join(_e(x) for x in (rnd.cluster, rnd.workshop) if x)
    method = t(METHOD_NAMES[rnd.kind]) if rnd.kind in METHOD_NAMES else ""
    return (f"<header><p class=\"where\">{where}</p><h1>{_e(rnd.title)}</h1>"
            f"<p class=\"method\">{_e(method)}</p></header>")


def _csrf(token: str) -> str:
    return f"<input type=\"hidden\" name=\"csrf\" value=\"{_e(token)}\">"


def _message(text: str, kind: str = "error") -> str:
    role = "alert" if kind == "error" else "status"
    return f"<p class=\"{kind}\" role=\"{role}\">{_e(text)}</p>" if text else ""


def join_page(rnd: PhoneRound, csrf: str, error: str = "", code: str = "", *,
              t: Texts | None = None) -> str:
    t = t or texts("en")
    note = t(MODE_NOTES[rnd.anonymity]) if rnd.anonymity in MODE_NOTES else ""
    label, hint, go = (t("Your voting code"),
                       t("The 6 letters and digits on your slip, e.g. ACE-479."), t("Continue"))
    body = (
        _header(rnd, t)
        + f"<p class=\"note\">{_e(note)}</p>"
        + "<form method=\"post\" action=\"/code\" class=\"card\" autocomplete=\"off\">"
        + _csrf(csrf)
        + f"<label for=\"code\" class=\"big\">{_e(label)}</label>"
        + f"<p class=\"hint\">{_e(hint)}</p>"
        + f"<input id=\"code\" name=\"code\" value=\"{_e(code)}\" maxlength=\"12\" "
          "autocapitalize=\"characters\" autocorrect=\"off\" spellcheck=\"false\" "
          "autocomplete=\"one-time-code\" required aria-describedby=\"code-error\">"
        + f"<div id=\"code-error\">{_message(error)}</div>"
        + f"<button type=\"submit\">{_e(go)}</button></form>"
    )
    return page(rnd.title, body, t=t, here="/")


def message_page(title: str, text: str, rnd: PhoneRound | None = None, *,
                 t: Texts | None = None) -> str:
    t = t or texts("en")
    head = _header(rnd, t) if rnd is not None else f"<h1>{_e(title)}</h1>"
    return page(title, head + f"<p class=\"card notice\">{_e(text)}</p>", t=t, here="/")
def _select(name: str, choices: list[tuple[str, str]], current: str, label: str,
            described: str) -> str:
    options = "".join(
        f"<option value=\"{_e(v)}\"{' selected' if v == current else ''}>{_e(t)}</option>"
        for v, t in choices)
    return (f"<label class=\"field\"><span>{_e(label)}</span>"
            f"<select name=\"{name}\" aria-describedby=\"{described}\">{options}</select>"
            "</label>")


def _radios(name: str, choices: list[tuple[str, str]], current: str, css: str,
            described: str) -> str:
    items = "".join(
        f"<label class=\"choice\"><input type=\"radio\" name=\"{name}\" value=\"{_e(v)}\""
        f"{' checked' if v == current else ''} aria-describedby=\"{described}\">"
        f"<span>{_e(t)}</span></label>"
        for v, t in choices)
    return f"<div class=\"{css}\">{items}</div>"


def _number_text(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _option_input(rnd: PhoneRound, option: PhoneOption, draft: Mapping[str, str],
                  t: Texts) -> str:
    name, described = f"o{option.id}", f"p{option.id}"
    current = draft.get(name, "")
    m = len(rnd.options)
    if rnd.kind == "ranked":
        choices = [("", t("Not ranked"))] + [(str(r), choice(r, t)) for r in range(1, m + 1)]
        return _select(name, choices, current, t("Rank"), described)
    if rnd.kind == "dots":
        top = min(rnd.budget, rnd.max_per_option or rnd.budget)
        choices = [("", t("No dots"))] + [(str(d), t.n("{n} dot", "{n} dots", d))
                                          for d in range(1, top + 1)]
        return _select(name, choices, current, t("Dots"), described)
    if rnd.kind == "approval":
        checked = " checked" if current in ("1", "on") else ""
        approve = t("I approve")
        return (f"<label class=\"choice check\"><input type=\"checkbox\" name=\"{name}\" "
                f"value=\"1\"{checked} aria-describedby=\"{described}\">"
                f"<span>{_e(approve)}</span></label>")
    if rnd.kind == "gradients":
        choices = [(str(k), f"{k} · {gradient_label(k, t.lang)}") for k in range(1, 8)]
        return _radios(name, [*choices, ("", t("No answer"))], current, "gradients", described)
    scale = [(str(v), str(v)) for v in range(rnd.scale_min, rnd.scale_max + 1)]
    if not rnd.two_criteria:
        return _radios(name, [*scale, ("", "—")], current, "scale", described)
    second = f"f{option.id}"
    impact = t("Impact ({low} low – {high} high)", low=rnd.scale_min, high=rnd.scale_max)
    feasible = t("Feasibility ({low} hard – {high} easy)", low=rnd.scale_min,
                 high=rnd.scale_max)
    return (f"<p class=\"criterion\">{_e(impact)}</p>"
            + _radios(name, [*scale, ("", "—")], current, "scale", described)
            + f"<p class=\"criterion\">{_e(feasible)}</p>"
            + _radios(second, [*scale, ("", "—")], draft.get(second, ""), "scale", described))


def _help(rnd: PhoneRound, t: Texts) -> str:
    if rnd.kind == "dots":
        text = t.n("You have {n} dot: give it to the priority you care about most.",
                   "You have {n} dots: share them out among the priorities you care about "
                   "most, several on one if you feel strongly.", rnd.budget)
        if rnd.max_per_option:
            text += " " + t.n("At most {n} on one priority.", "At most {n} on one priority.",
                              rnd.max_per_option)
        return text
    if rnd.kind == "score":
        if rnd.two_criteria:
            return t("Rate each priority twice, from {low} (lowest) to {high} (highest): its "
                     "impact on the cluster, and how feasible it is for the members.",
                     low=rnd.scale_min, high=rnd.scale_max)
        return t("Rate each priority from {low} (lowest) to {high} (highest). Leave blank "
                 "the ones you do not want to rate.", low=rnd.scale_min, high=rnd.scale_max)
    return t(KIND_HELP[rnd.kind]) if rnd.kind in KIND_HELP else ""


def _script_texts(rnd: PhoneRound, t: Texts) -> str:
    """The script's few texts, as the form's ``data-`` attributes."""
    found = {"tip": t("Tip: tap the priorities' names in your order: the first you tap is "
                      "your 1st choice. Tap a name again to take its rank away.")}
    if rnd.kind == "dots":
        found["left"] = t("{left} of {budget} dots left")
        found["over"] = t("{over} dots too many (you have {budget})")
    return "".join(f" data-{key}=\"{_e(text)}\"" for key, text in found.items())


def ballot_page(rnd: PhoneRound, csrf: str, draft: Mapping[str, str],
                checked: FormBallot | None = None, *, voter_name: str | None = None,
                changing: bool = False, error: str = "", t: Texts | None = None) -> str:
    t = t or texts("en")
    problems = checked.problems if checked is not None else {}
    who = ""
    if voter_name and not rnd.secret:
        voting_as = _e(t("Voting as {name}", name="\0")).replace(
            "\0", f"<strong>{_e(voter_name)}</strong>")
        who = f"<p class=\"who\">{voting_as}</p>"
    if changing:
        who += _message(t("You have voted already. Send a new ballot to replace it, until "
                          "the round closes."), "info")
    counter = ""
    if rnd.kind == "dots":
        counter = (f"<p class=\"counter\" id=\"dots-left\" data-budget=\"{rnd.budget}\" "
                   "aria-live=\"polite\"></p>")
    items = []
    for option in rnd.options:
        messages = "".join(f"<span>{_e(p)}</span>" for p in problems.get(option.id, []))
        bad = " bad" if option.id in problems else ""
        items.append(
            f"<fieldset class=\"option{bad}\" id=\"opt{option.id}\">"
            f"<legend>{_e(option.title)}</legend>"
            + _option_input(rnd, option, draft, t)
            + f"<p class=\"problem\" id=\"p{option.id}\" aria-live=\"polite\">{messages}</p>"
            "</fieldset>")
    general = "".join(f"<span>{_e(p)}</span>" for p in problems.get(0, []))
    if problems and not general:
        correct = t("Please correct the problems marked below.")  # Babel skips f-strings
        general = f"<span>{_e(correct)}</span>"
    review = t("Review my vote")
    body = (
        _header(rnd, t) + who + _message(error)
        + f"<p class=\"help\">{_e(_help(rnd, t))}</p>"
        + "<form method=\"post\" action=\"/review\" id=\"ballot\" "
          f"data-kind=\"{_e(rnd.kind)}\"{_script_texts(rnd, t)}>" + _csrf(csrf) + counter
        + f"<p class=\"problem general\" id=\"p0\" role=\"alert\">{general}</p>"
        + "".join(items)
        + f"<button type=\"submit\">{_e(review)}</button></form>"
    )
    return page(rnd.title, body, t=t, here="/ballot", script=True, form="ballot")


def value_words(rnd: PhoneRound, value: float | None, value2: float | None = None,
                t: Texts | None = None) -> str:
    """A ballot value as the review page says it."""
    t = t or texts("en")
    if rnd.kind == "ranked":
        return choice(int(value), t) if value is not None else t("Not ranked")
    if rnd.kind == "dots":
        n = int(value or 0)
        return t.n("{n} dot", "{n} dots", n) if n else t("No dots")
    if rnd.kind == "approval":
        return t("Approved") if value else t("Not approved")
    if rnd.kind == "gradients":
        if value is None:
            return t("No answer")
        return f"{int(value)} · {gradient_label(int(value), t.lang)}"
    if rnd.two_criteria:
        if value is None and value2 is None:
            return t("Not rated")
        return t("Impact {impact} · Feasibility {feasibility}",
                 impact=_number_text(value) or "—", feasibility=_number_text(value2) or "—")
    if value is None:
        return t("Not rated")
    return t("{value} of {top}", value=_number_text(value), top=rnd.scale_max)


def review_page(rnd: PhoneRound, csrf: str, ballot: FormBallot, *,
                changing: bool = False, t: Texts | None = None) -> str:
    t = t or texts("en")
    order = list(rnd.options)
    if rnd.kind == "ranked":
        order.sort(key=lambda o: (ballot.values.get(o.id) is None,
                                  ballot.values.get(o.id) or 0))
    rows = "".join(
        f"<li><span class=\"title\">{_e(o.title)}</span><span class=\"value\">"
        f"{_e(value_words(rnd, ballot.values.get(o.id), ballot.values2.get(o.id), t))}"
        "</span></li>"
        for o in order)
    final = (t("Your ballot will replace the one you sent before.") if changing else
             t("Once sent, a secret ballot cannot be changed.") if rnd.secret else
             t("You can change it until the round closes."))
    heading, cast, again = t("Check your vote"), t("Cast my vote"), t("Change my choices")
    body = (
        _header(rnd, t) + f"<h2>{_e(heading)}</h2>"
        + f"<ul class=\"review\">{rows}</ul><p class=\"note\">{_e(final)}</p>"
        + "<form method=\"post\" action=\"/cast\">" + _csrf(csrf)
        + f"<button type=\"submit\">{_e(cast)}</button></form>"
        + "<form method=\"get\" action=\"/ballot\">"
          f"<button type=\"submit\" class=\"secondary\">{_e(again)}</button></form>"
    )
    return page(rnd.title, body, t=t, here="/review")


def done_page(rnd: PhoneRound, csrf: str, *, replaced: bool = False,
              t: Texts | None = None) -> str:
    t = t or texts("en")
    if rnd.secret:
        nothing = t("Nothing on this phone shows how you voted. You can close this page.")
        more = f"<p class=\"note\">{_e(nothing)}</p>"
    else:
        changed = t("Changed your mind? You can send a new ballot until the round closes.")
        change = t("Change my vote")
        more = (f"<p class=\"note\">{_e(changed)}</p><form method=\"post\" "
                "action=\"/change\">" + _csrf(csrf)
                + f"<button type=\"submit\" class=\"secondary\">{_e(change)}</button></form>")
    text = t("Your new vote is recorded.") if replaced else t("Your vote is recorded.")
    next_voter = t("Next voter on this phone")
    body = (
        _header(rnd, t) + f"<p class=\"card done\" role=\"status\">✓ {_e(text)}</p>" + more
        + "<form method=\"post\" action=\"/leave\">" + _csrf(csrf)
        + f"<button type=\"submit\" class=\"secondary\">{_e(next_voter)}</button></form>"
    )
    return page(rnd.title, body, t=t, here="/done")


STYLESHEET = """\
*{box-sizing:border-box}
html{font-size:18px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
line-height:1.4;color:#1a1a1a;background:#f4f4f0}
body{display:flex;flex-direction:column}
main{width:100%;max-width:36rem;margin:0 auto;padding:1rem}
header .where{margin:0;color:#555;font-size:.85rem}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.2rem}
.method{margin:0 0 .8rem;color:#555}
.note,.help,.hint{color:#333}
.card{background:#fff;border-radius:12px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
label.big{display:block;font-weight:600;font-size:1.1rem}
input[name=code]{width:100%;font-size:1.6rem;letter-spacing:.15em;text-transform:uppercase;
padding:.5rem;min-height:3.2rem;border:2px solid #555;border-radius:8px;font-family:monospace}
button{display:block;width:100%;min-height:3.2rem;margin:1rem 0 0;font-size:1.15rem;
font-weight:600;border:0;border-radius:10px;background:#1d5e3a;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d5e3a;border:2px solid #1d5e3a}
button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #e8a000;
outline-offset:2px}
fieldset.option{background:#fff;border:2px solid #ccc;border-radius:12px;margin:0 0 1rem;
padding:.6rem .9rem}
fieldset.option.bad{border-color:#b00020}
legend{font-weight:600;padding:0 .3rem;font-size:1.05rem}
label.field{display:flex;align-items:center;gap:.8rem}
select{flex:1;font-size:1.1rem;min-height:3rem;padding:.3rem;border-radius:8px;
border:2px solid #555;background:#fff}
.choice{display:flex;align-items:center;gap:.7rem;min-height:3rem;padding:.4rem .6rem;
border:1px solid #bbb;border-radius:8px;margin:.3rem 0;background:#fafafa}
.choice input{width:1.6rem;height:1.6rem;flex:none;margin:0}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}
.scale .choice{flex:1 0 3.2rem;justify-content:center;margin:0}
.criterion{margin:.6rem 0 .2rem;font-weight:600}
.problem{color:#b00020;margin:.3rem 0 0;font-weight:600}
.problem span{display:block}
.problem:empty{display:none}
.error{color:#b00020;font-weight:600}
.info{background:#e8f0fe;padding:.6rem;border-radius:8px}
.counter{position:sticky;top:0;background:#1d5e3a;color:#fff;padding:.5rem .8rem;
border-radius:8px;font-weight:600;z-index:1}
.counter:empty{display:none}
ul.review{list-style:none;padding:0}
ul.review li{background:#fff;border-radius:10px;padding:.7rem .9rem;margin:.4rem 0;
display:flex;flex-direction:column}
ul.review .value{font-weight:600;color:#1d5e3a}
.done{font-size:1.4rem;font-weight:700;color:#1d5e3a;text-align:center}
.who{margin:.2rem 0 .6rem}
.tip{background:#fff8e1;padding:.6rem;border-radius:8px}
nav.langs{order:-1;display:flex;flex-wrap:wrap;justify-content:center;gap:.2rem .9rem;
width:100%;max-width:36rem;margin:0 auto;padding:.5rem 1rem 0;font-size:.9rem}
nav.langs a{color:#1d5e3a;padding:.35rem .1rem;min-height:2.2rem;display:inline-flex;
align-items:center}
nav.langs button{display:inline-flex;width:auto;min-height:2.2rem;margin:0;padding:.35rem .1rem;
font:inherit;font-weight:400;color:#1d5e3a;background:none;border:0;border-radius:0;
text-decoration:underline;cursor:pointer}
nav.langs strong{padding:.35rem .1rem;display:inline-flex;align-items:center;
border-bottom:2px solid #1d5e3a}
legend.tap{cursor:pointer;text-decoration:underline dotted;min-height:2.75rem;
display:flex;align-items:center}
"""

SCRIPT = """\
(function () {
  "use strict";
  var form = document.getElementById("ballot");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var left = document.getElementById("dots-left");
  function dotsLeft() {
    if (!left) { return; }
    var used = 0;
    form.querySelectorAll("select").forEach(function (s) { used += Number(s.value) || 0; });
    var budget = Number(left.getAttribute("data-budget"));
    var rest = budget - used;
    var text = rest >= 0 ? form.getAttribute("data-left") : form.getAttribute("data-over");
    left.textContent = (text || "").replace("{left}", String(rest))
      .replace("{over}", String(-rest)).replace("{budget}", String(budget));
  }
  function show(problems) {
    form.querySelectorAll(".problem").forEach(function (p) {
      p.textContent = "";
      var box = p.closest("fieldset");
      if (box) { box.classList.remove("bad"); }
    });
    Object.keys(problems).forEach(function (key) {
      var p = document.getElementById("p" + key);
      if (!p) { return; }
      problems[key].forEach(function (text) {
        var line = document.createElement("span");
        line.textContent = text;
        p.appendChild(line);
      });
      var box = p.closest("fieldset");
      if (box) { box.classList.add("bad"); }
    });
  }
  function check() {
    dotsLeft();
    var body = new URLSearchParams(new FormData(form));
    fetch("/api/check", {method: "POST", body: body, credentials: "same-origin",
                         headers: {"Content-Type": "application/x-www-form-urlencoded"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        var problems = data.problems || {};
        delete problems["0"];  // "rank at least one" waits for the Review button
        show(problems);
      })
      .catch(function () {});
  }
  form.addEventListener("change", check);
  dotsLeft();
  if (form.getAttribute("data-kind") === "ranked") {  // tap names in order to rank them
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var tip = document.createElement("p");
    tip.className = "tip";
    tip.textContent = form.getAttribute("data-tip") || "";
    form.insertBefore(tip, form.querySelector("fieldset"));
    form.querySelectorAll("fieldset.option").forEach(function (box) {
      var legend = box.querySelector("legend");
      var select = box.querySelector("select");
      legend.setAttribute("role", "button");
      legend.setAttribute("tabindex", "0");
      legend.classList.add("tap");
      function tap() {
        var rank = Number(select.value) || 0;
        if (rank) {  // take it away; the ones after it move up
          select.value = "";
          selects.forEach(function (s) {
            var r = Number(s.value) || 0;
            if (r > rank) { s.value = String(r - 1); }
          });
        } else {
          var top = 0;
          selects.forEach(function (s) { top = Math.max(top, Number(s.value) || 0); });
          select.value = String(top + 1);
        }
        check();
      }
      legend.addEventListener("click", tap);
      legend.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); tap(); }
      });
    });
  }
})();
"""
