"""Cold start and memory: the app's first painted window against a bare PySide6 one.

Each measurement is a fresh process (cold start means importing everything),
timed from launch until the window reports its first paint. The baseline is
a bare QMainWindow in the same run, so the ratio holds on any machine.
Memory is the peak resident size of a process showing 10,000 members.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

# Both sides report their first paint the same way: an overridden
# paintEvent on the window (no application-wide event filter, which would
# slow whichever side has more events).
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print("painted", flush=True)
            QApplication.instance().exit(0)

app = QApplication(sys.argv[:1])
w = Window(); w.resize(1100, 720)
w.show(); app.exec()
"""

# The real start-up path (cli.main -> ui.app.run_gui). The probe wraps the
# main window's paintEvent to print at its first paint, and prints again
# when the workspace is shown.
APP = """
import sys
from facilitator_app.ui import main_window as mw

original = mw.MainWindow.paintEvent

def paint_probe(self, event):
    original(self, event)
    if not getattr(self, "_probe_painted", False):
        self._probe_painted = True
        print("painted", flush=True)
        self.workspace_shown.connect(lambda: (print("shown", flush=True), self.close()))

mw.MainWindow.paintEvent = paint_probe
from facilitator_app.cli import main
sys.exit(main(["--workspace", sys.argv[1]]))
"""

MEMORY = """
import resource, sys
from PySide6.QtWidgets import QApplication
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
app = configure_application()
w = MainWindow(open_workspace(sys.argv[1], backups_kept=0)); w.show()
w.navigate("roster")
for _ in range(20):
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
w.close()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", FACILITATOR_APP_HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(ROOT))
    return env


def _time_to_paint(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each line the child prints ("painted", "shown")."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    times: dict[str, float] = {}
    for line in proc.stdout:
        times.setdefault(line.strip(), time.perf_counter() - started)
    proc.wait(timeout=120)
    if "painted" not in times:
        raise RuntimeError(f"no first paint: {proc.stderr.read()[-500:]}")
    return times


def _seed_members(path: Path, n: int) -> None:
    import random

    from facilitator_app.core.domain import MEMBER_STATUSES, MEMBER_TYPES
    from facilitator_app.storage.models import Member
    from facilitator_app.storage.workspace import open_workspace

    rng = random.Random(10_000)
    ws = open_workspace(path, create=True, backups_kept=0)
    with ws.session() as s:
        s.add_all(Member(
            name=f"{rng.choice(['Coopérative', 'Asociación', 'Estate', 'Spice Co'])} {i:05d}",
            member_type=rng.choice(MEMBER_TYPES)[0], status=rng.choice(MEMBER_STATUSES)[0],
            country=rng.choice(["Grenada", "Haïti", "Belize"]), locality=f"Town {i % 97}",
            contact_person=f"Contact {i}", email=f"m{i}@example.org",
        ) for i in range(n))
    ws.close()


def run() -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp)
        env = _env(home)
        os.environ["FACILITATOR_APP_HOME"] = str(home)
        from facilitator_app.services.demo import create_demo

        demo = home / "demo.cluster"
        create_demo(demo).close()
        bare, app, shown = [], [], []
        for _ in range(RUNS):  # interleaved, so machine load hits both alike
            bare.append(_time_to_paint(BARE, [], env)["painted"])
            times = _time_to_paint(APP, [str(demo)], env)
            app.append(times["painted"])
            shown.append(times.get("shown", float("nan")))
        b, a, w = statistics.median(bare), statistics.median(app), statistics.median(shown)
        rows = [dict(figure="cold start to first painted main window (s, median of 5)", value=a,
                     baseline=b, ratio=a / b, target="<= 1.5x bare PySide6 window",
                     holds=a / b <= 1.5),
                dict(figure="cold start to demo workspace shown (s, median of 5)", value=w,
                     baseline=b, ratio=w / b, target="(information)", holds=None)]
        big = home / "big.cluster"
        _seed_members(big, 10_000)
        proc = subprocess.run([sys.executable, "-c", MEMORY, str(big)], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        if proc.returncode == 0 and proc.stdout.strip():
            peak_mb = int(proc.stdout.split()[-1]) / 1024
            base = subprocess.run([sys.executable, "-c", BARE.replace(
                'print("painted", flush=True)', "import resource; print(resource.getrusage("
                "resource.RUSAGE_SELF).ru_maxrss, flush=True)")], env=env, cwd=ROOT,
                capture_output=True, text=True, timeout=120)
            base_mb = int(base.stdout.split()[-1]) / 1024 if base.stdout.strip() else None
            rows.append(dict(figure="peak memory, 10,000 members on screen (MB)", value=peak_mb,
                             baseline=base_mb, ratio=(peak_mb / base_mb) if base_mb else None,
                             target="< 400 MB", holds=peak_mb < 400))
        else:
            rows.append(dict(figure="peak memory, 10,000 members on screen (MB)", value=None,
                             baseline=None, ratio=None, target="< 400 MB", holds=False,
                             error=proc.stderr[-300:]))
        return rows


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
