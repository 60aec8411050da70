"""The phone pages: server-rendered HTML with plain forms.

Everything works with JavaScript off (an old phone, a locked-down browser):
each step is a form posted to the server, which answers with the next page.
``app.js`` only improves it (problems shown as the ballot is filled in, the
dots left). Every text that comes from the workspace is escaped; the pages
load nothing from elsewhere (the Content-Security-Policy says so too).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from facilitator_app.services.room.phone import FormBallot, PhoneOption, PhoneRound

MODE_NOTES = {
    "named": "Named vote: the results show who voted what.",
    "anonymous": "Anonymous vote: your name is kept with your ballot for the facilitator, "
                 "never shown in the results.",
    "secret": "Secret vote: your code does not say who you are, and nobody can find out how "
              "you voted.",
}

KIND_HELP = {
    "ranked": "Put the priorities in order: choose 1 for your first choice, 2 for your second, "
              "and so on. Use each number once. You may leave the ones you do not want to "
              "rank blank.",
    "approval": "Tick every priority you can accept, as many as you like.",
    "gradients": "For each priority, choose the statement closest to your view.",
}


CLOSED_TEXT = ("Voting in this round is closed. Thank you! The facilitator will show the "
               "results.")


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def page(title: str, body: str, *, script: bool = False) -> str:
    """A whole page: the phone's width, large type, the stylesheet, nothing
    from elsewhere."""
    js = '<script src="/app.js" defer></script>' if script else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"referrer\" content=\"no-referrer\">"
        f"<title>{_e(title)}</title><link rel=\"stylesheet\" href=\"/app.css\">{js}</head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def _header(rnd: PhoneRound) -> str:
    where = " · ".join(_e(x) for x in (rnd.cluster, rnd.workshop) if x)
    return (f"<header><p class=\"where\">{where}</p><h1>{_e(rnd.title)}</h1>"
            f"<p class=\"method\">{_e(rnd.method_label)}</p></header>")


def _csrf(token: str) -> str:
    return f"<input type=\"hidden\" name=\"csrf\" value=\"{_e(token)}\">"


def _message(text: str, kind: str = "error") -> str:
    role = "alert" if kind == "error" else "status"
    return f"<p class=\"{kind}\" role=\"{role}\">{_e(text)}</p>" if text else ""


def join_page(rnd: PhoneRound, csrf: str, error: str = "", code: str = "") -> str:
    body = (
        _header(rnd)
        + f"<p class=\"note\">{_e(MODE_NOTES.get(rnd.anonymity, ''))}</p>"
        + "<form method=\"post\" action=\"/code\" class=\"card\" autocomplete=\"off\">"
        + _csrf(csrf)
        + "<label for=\"code\" class=\"big\">Your voting code</label>"
        + "<p class=\"hint\">The 6 letters and digits on your slip, e.g. ACE-479.</p>"
        + f"<input id=\"code\" name=\"code\" value=\"{_e(code)}\" maxlength=\"12\" "
          "autocapitalize=\"characters\" autocorrect=\"off\" spellcheck=\"false\" "
          "autocomplete=\"one-time-code\" required aria-describedby=\"code-error\">"
        + f"<div id=\"code-error\">{_message(error)}</div>"
        + "<button type=\"submit\">Continue</button></form>"
    )
    return page(rnd.title, body)


def message_page(title: str, text: str, rnd: PhoneRound | None = None) -> str:
    head = _header(rnd) if rnd is not None else f"<h1>{_e(title)}</h1>"
    return page(title, head + f"<p class=\"card notice\">{_e(text)}</p>")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


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


def _option_input(rnd: PhoneRound, option: PhoneOption, draft: Mapping[str, str]) -> str:
    name, described = f"o{option.id}", f"p{option.id}"
    current = draft.get(name, "")
    m = len(rnd.options)
    if rnd.kind == "ranked":
        choices = [("", "Not ranked")] + [(str(r), f"{ordinal(r)} choice")
                                          for r in range(1, m + 1)]
        return _select(name, choices, current, "Rank", described)
    if rnd.kind == "dots":
        top = min(rnd.budget, rnd.max_per_option or rnd.budget)
        choices = [("", "No dots")] + [(str(d), f"{d} dot{'s' if d != 1 else ''}")
                                       for d in range(1, top + 1)]
        return _select(name, choices, current, "Dots", described)
    if rnd.kind == "approval":
        checked = " checked" if current in ("1", "on") else ""
        return (f"<label class=\"choice check\"><input type=\"checkbox\" name=\"{name}\" "
                f"value=\"1\"{checked} aria-describedby=\"{described}\">"
                "<span>I approve</span></label>")
    if rnd.kind == "gradients":
        choices = [(str(k), f"{k} · {text}") for k, text in sorted(rnd.gradient_labels.items())]
        return _radios(name, [*choices, ("", "No answer")], current, "gradients", described)
    scale = [(str(v), str(v)) for v in range(rnd.scale_min, rnd.scale_max + 1)]
    if not rnd.two_criteria:
        return _radios(name, [*scale, ("", "—")], current, "scale", described)
    second = f"f{option.id}"
    return (f"<p class=\"criterion\">Impact ({rnd.scale_min} low – {rnd.scale_max} high)</p>"
            + _radios(name, [*scale, ("", "—")], current, "scale", described)
            + f"<p class=\"criterion\">Feasibility ({rnd.scale_min} hard – {rnd.scale_max} "
              "easy)</p>"
            + _radios(second, [*scale, ("", "—")], draft.get(second, ""), "scale", described))


def _help(rnd: PhoneRound) -> str:
    if rnd.kind == "dots":
        cap = (f" At most {rnd.max_per_option} on one priority."
               if rnd.max_per_option else "")
        return (f"You have {rnd.budget} dots: share them out among the priorities you care "
                f"about most, several on one if you feel strongly.{cap}")
    if rnd.kind == "score":
        if rnd.two_criteria:
            return (f"Rate each priority twice, from {rnd.scale_min} (lowest) to "
                    f"{rnd.scale_max} (highest): its impact on the cluster, and how feasible "
                    "it is for the members.")
        return (f"Rate each priority from {rnd.scale_min} (lowest) to {rnd.scale_max} "
                "(highest). Leave blank the ones you do not want to rate.")
    return KIND_HELP.get(rnd.kind, "")


def ballot_page(rnd: PhoneRound, csrf: str, draft: Mapping[str, str],
                checked: FormBallot | None = None, *, voter_name: str | None = None,
                changing: bool = False, error: str = "") -> str:
    problems = checked.problems if checked is not None else {}
    who = ""
    if voter_name and not rnd.secret:
        who = f"<p class=\"who\">Voting as <strong>{_e(voter_name)}</strong></p>"
    if changing:
        who += _message("You have voted already. Send a new ballot to replace it, until the "
                        "round closes.", "info")
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
            + _option_input(rnd, option, draft)
            + f"<p class=\"problem\" id=\"p{option.id}\" aria-live=\"polite\">{messages}</p>"
            "</fieldset>")
    general = "".join(f"<span>{_e(p)}</span>" for p in problems.get(0, []))
    if problems and not general:
        general = "<span>Please correct the problems marked below.</span>"
    body = (
        _header(rnd) + who + _message(error)
        + f"<p class=\"help\">{_e(_help(rnd))}</p>"
        + "<form method=\"post\" action=\"/review\" id=\"ballot\" "
          f"data-kind=\"{_e(rnd.kind)}\">" + _csrf(csrf) + counter
        + f"<p class=\"problem general\" id=\"p0\" role=\"alert\">{general}</p>"
        + "".join(items)
        + "<button type=\"submit\">Review my vote</button></form>"
    )
    return page(rnd.title, body, script=True)


def value_words(rnd: PhoneRound, value: float | None, value2: float | None = None) -> str:
    """A ballot value as the review page says it."""
    if rnd.kind == "ranked":
        return f"{ordinal(int(value))} choice" if value is not None else "Not ranked"
    if rnd.kind == "dots":
        n = int(value or 0)
        return f"{n} dot{'s' if n != 1 else ''}" if n else "No dots"
    if rnd.kind == "approval":
        return "Approved" if value else "Not approved"
    if rnd.kind == "gradients":
        if value is None:
            return "No answer"
        return f"{int(value)} · {rnd.gradient_labels.get(int(value), '')}"
    if rnd.two_criteria:
        if value is None and value2 is None:
            return "Not rated"
        return (f"Impact {_number_text(value) or '—'} · Feasibility "
                f"{_number_text(value2) or '—'}")
    return (f"{_number_text(value)} of {rnd.scale_max}" if value is not None else "Not rated")


def review_page(rnd: PhoneRound, csrf: str, ballot: FormBallot, *,
                changing: bool = False) -> str:
    order = list(rnd.options)
    if rnd.kind == "ranked":
        order.sort(key=lambda o: (ballot.values.get(o.id) is None,
                                  ballot.values.get(o.id) or 0))
    rows = "".join(
        f"<li><span class=\"title\">{_e(o.title)}</span><span class=\"value\">"
        f"{_e(value_words(rnd, ballot.values.get(o.id), ballot.values2.get(o.id)))}</span></li>"
        for o in order)
    final = ("Your ballot will replace the one you sent before." if changing else
             "Once sent, a secret ballot cannot be changed." if rnd.secret else
             "You can change it until the round closes.")
    body = (
        _header(rnd) + "<h2>Check your vote</h2>"
        + f"<ul class=\"review\">{rows}</ul><p class=\"note\">{_e(final)}</p>"
        + "<form method=\"post\" action=\"/cast\">" + _csrf(csrf)
        + "<button type=\"submit\">Cast my vote</button></form>"
        + "<form method=\"get\" action=\"/ballot\">"
          "<button type=\"submit\" class=\"secondary\">Change my choices</button></form>"
    )
    return page(rnd.title, body)


def done_page(rnd: PhoneRound, csrf: str, *, replaced: bool = False) -> str:
    if rnd.secret:
        more = ("<p class=\"note\">Nothing on this phone shows how you voted. You can close "
                "this page.</p>")
    else:
        more = ("<p class=\"note\">Changed your mind? You can send a new ballot until the "
                "round closes.</p><form method=\"post\" action=\"/change\">" + _csrf(csrf)
                + "<button type=\"submit\" class=\"secondary\">Change my vote</button></form>")
    text = "Your new vote is recorded." if replaced else "Your vote is recorded."
    body = (
        _header(rnd) + f"<p class=\"card done\" role=\"status\">✓ {_e(text)}</p>" + more
        + "<form method=\"post\" action=\"/leave\">" + _csrf(csrf)
        + "<button type=\"submit\" class=\"secondary\">Next voter on this phone</button></form>"
    )
    return page(rnd.title, body)


STYLESHEET = """\
*{box-sizing:border-box}
html{font-size:18px;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
line-height:1.4;color:#1a1a1a;background:#f4f4f0}
main{max-width:36rem;margin:0 auto;padding:1rem}
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
    left.textContent = rest >= 0 ? rest + " of " + budget + " dots left"
                                 : (-rest) + " dots too many (you have " + budget + ")";
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
    tip.textContent = "Tip: tap the priorities' names in your order: the first you tap " +
                      "is your 1st choice. Tap a name again to take its rank away.";
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
