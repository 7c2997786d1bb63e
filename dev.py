#!/usr/bin/env python3
"""Supportdesk's launcher: `python3 dev.py up` runs the console, `python3 dev.py test` the tests
(`python3 dev.py --help` lists the rest). Standard library only: this is the first thing run on a
fresh clone, before `.venv` exists. The code is in devtools/."""

import sys

from devtools.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
