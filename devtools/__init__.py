"""Supportdesk's launcher, behind `python3 dev.py`: standard library only, because it is the
first thing run on a fresh clone, before `.venv` exists.

    common.py      paths, messages, the virtual environment, running manage.py in it
    supervisor.py  child processes: logs to files under var/log/, restart with backoff
    up.py          `dev.py up`: set up, start the web server and the worker, banner last
    checks.py      `dev.py test`, `dev.py lint`, `dev.py bench`
    smoke.py       `dev.py smoke`: the embedded default end to end, worker kill included
    cli.py         the command table and the entry point
"""
