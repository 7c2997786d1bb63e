"""The command table behind `python3 dev.py COMMAND`."""

from __future__ import annotations

from .checks import cmd_bench, cmd_lint, cmd_test
from .common import LauncherError, say
from .smoke import cmd_smoke
from .up import cmd_up

USAGE = """\
python3 dev.py up      [--port N] [--no-worker] [--logs] [--setup-only]   run the console
python3 dev.py test    [pytest args...]                                 run the test suite
python3 dev.py lint                                                     ruff check + format check
python3 dev.py smoke                                                    embedded-default smoke test
python3 dev.py bench   [name...] [-- args]                              run benchmarks in bench/"""

COMMANDS = {
    "up": cmd_up,
    "test": cmd_test,
    "lint": cmd_lint,
    "smoke": cmd_smoke,
    "bench": cmd_bench,
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help") or argv[0] not in COMMANDS:
        print(USAGE)
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    try:
        return COMMANDS[argv[0]](argv[1:])
    except LauncherError as error:
        say(f"error: {error}")
        return 1
    except KeyboardInterrupt:
        return 130
