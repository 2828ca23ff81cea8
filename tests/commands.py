"""Several manage.py commands in one subprocess: Django starts once (5 s of CPU, mostly imports)
instead of once per command. Each command still goes through ``execute_from_command_line``, as
``manage.py`` runs it, and gets its own exit status, standard output and standard error."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RUNNER = """
import contextlib, io, json, os, sys, traceback
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/site"]  # as manage.py
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
from django.core.management import execute_from_command_line
results = []
for argv in json.loads(sys.argv[2]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            execute_from_command_line(["manage.py", *argv])
            code = 0
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
        except Exception:  # as manage.py ends on one: status 1, the traceback on stderr
            traceback.print_exc()
            code = 1
    results.append([code, out.getvalue(), err.getvalue()])
print("\\n" + json.dumps(results))
"""


class Started:
    """Commands running in a subprocess (``start_commands``); ``results`` waits for them."""

    def __init__(self, env: dict, commands: tuple[list[str], ...]):
        self.commands = commands
        self.process = subprocess.Popen(
            [sys.executable, "-c", RUNNER, str(ROOT), json.dumps(commands)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def results(self, timeout: float = 900) -> list[subprocess.CompletedProcess]:
        """Each command's exit status and output, once they have all run."""
        stdout, stderr = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0, stdout[-2000:] + stderr[-2000:]
        results = json.loads(stdout.rstrip().rsplit("\n", 1)[-1])
        return [
            subprocess.CompletedProcess(["manage.py", *argv], code, out, err)
            for argv, (code, out, err) in zip(self.commands, results, strict=True)
        ]

    def stop(self) -> None:
        """End the subprocess if it still runs (its results are no longer wanted)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def start_commands(env: dict, *commands: list[str]) -> Started:
    """Start running ``commands`` (manage.py arguments each) one after the other in one process
    with ``env``; a command that fails does not stop the next ones."""
    return Started(env, commands)


def run_commands(env: dict, *commands: list[str], timeout: float = 900) -> list[subprocess.CompletedProcess]:
    """``start_commands``, then wait for their results."""
    return start_commands(env, *commands).results(timeout)
