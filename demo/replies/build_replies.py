"""Build demo/replies/sent_replies.jsonl from the hand-written scenarios in demo/replies/source/.

    python3 demo/replies/build_replies.py          # rewrite sent_replies.jsonl
    python3 demo/replies/build_replies.py --check  # exit 1 when the file is not current

A scenario (one TOML table in source/<lang>.toml) is one kind of question in one request class:
several ways customers ask it (`asks`, subject and message), the reply the team settled on
(`replies`, one or more variants) and the concrete tickets (`cases`: customer, order number,
device, dates...). Customers take turns unless a case names one; a scenario with `tiers` only
goes to customers on those plans, so nobody on the Free plan asks to cancel a paid one. Ticket i of a scenario takes ask i and reply i (cycling), with that case's
facts filled in, so the same question comes in different words and the team's answer is similar
but adapted. The text is our own, written for the demo company; nothing is generated or random,
so the output is the same on every run.
"""

import argparse
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
OUTPUT = HERE / "sent_replies.jsonl"
LANGUAGES = ("en", "de", "fr", "es")

# Who signs, per language. "agent"/"agent2"/"lead" are the demo users (tickets/demo.py).
SIGNATURES = {
    "en": {
        "agent": "Best regards,\nAlex\nFernhill Support",
        "agent2": "Kind regards,\nJordan\nFernhill Support",
        "lead": "Kind regards,\nRobin Hart\nTeam lead, Fernhill Support",
    },
    "de": {
        "agent": "Viele Grüße\nAlex\nFernhill Support",
        "agent2": "Freundliche Grüße\nJordan\nFernhill Support",
        "lead": "Freundliche Grüße\nRobin Hart\nTeamleitung, Fernhill Support",
    },
    "fr": {
        "agent": "Bien cordialement,\nAlex\nService client Fernhill",
        "agent2": "Belle journée,\nJordan\nService client Fernhill",
        "lead": "Bien cordialement,\nRobin Hart\nResponsable d'équipe, Service client Fernhill",
    },
    "es": {
        "agent": "Un saludo,\nAlex\nSoporte de Fernhill",
        "agent2": "Saludos cordiales,\nJordan\nSoporte de Fernhill",
        "lead": "Saludos cordiales,\nRobin Hart\nResponsable de equipo, Soporte de Fernhill",
    },
}
GREETINGS = {
    "en": "Hi {greet},",
    "de": "{hello} {greet},",
    "fr": "Bonjour {greet},",
    "es": "Hola, {greet}:",
}


def _source_read(language: str) -> dict:
    with (SOURCE / f"{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def _customer_facts(customer: dict, language: str) -> dict:
    """Name fields a message or reply may use: greet (how the team addresses them), first."""
    first = customer["name"].split(" (")[0].split()[0]
    facts = {"first": first, "greet": customer.get("greet") or first}
    if language == "de":
        facts["hello"] = customer.get("hello") or "Hallo"
    return facts


def replies_build() -> list[dict]:
    """Every sent reply of every language, in file order, with ids hist-<lang>-NNN."""
    rows = []
    for language in LANGUAGES:
        source = _source_read(language)
        customers = {c["email"]: c for c in source["customers"]}
        turns: dict[tuple, int] = {}
        number = 0
        for scenario_no, scenario in enumerate(source["scenario"]):
            # Customers take turns; a scenario about a plan only goes to customers on it.
            tiers = tuple(scenario.get("tiers", ()))
            pool = [
                c["email"]
                for c in source["customers"]
                if not c.get("only_named") and (not tiers or c.get("tier", "free") in tiers)
            ]
            for i, case in enumerate(scenario["cases"]):
                if "customer" in case:
                    customer = customers[case["customer"]]
                else:
                    turn = turns.get(tiers, 0)
                    customer = customers[pool[turn % len(pool)]]
                    turns[tiers] = turn + 1
                facts = {**_customer_facts(customer, language), **case}
                subject, message = scenario["asks"][i % len(scenario["asks"])]
                body = scenario["replies"][i % len(scenario["replies"])]
                agent = case.get("agent") or scenario.get("agent") or ("agent", "agent2")[i % 2]
                reply = "\n\n".join(
                    [
                        GREETINGS[language].format(**facts),
                        body.strip().format(**facts),
                        SIGNATURES[language][agent],
                    ]
                )
                number += 1
                rows.append(
                    {
                        "id": f"hist-{language}-{number:03d}",
                        "language": language,
                        "request_class": scenario["class"],
                        "customer_name": customer["name"],
                        "customer_email": customer["email"],
                        "subject": subject.format(**facts),
                        "message": message.strip().format(**facts),
                        "reply": reply,
                        "policies": [
                            {"doc": ref.split("#", 1)[0], "section": ref.split("#", 1)[1]}
                            for ref in scenario.get("policies", [])
                        ],
                        "agent": agent,
                        # Relative times, as the demo's tickets have them.
                        "created_days_ago": 3 + (scenario_no * 37 + i * 11 + number * 7) % 350,
                        "sent_after_hours": round(0.5 + ((scenario_no * 5 + i * 3) % 40) * 0.6, 1),
                    }
                )
    return rows


def replies_render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the file is current")
    args = parser.parse_args()
    text = replies_render(replies_build())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is not current: run python3 {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10))} replies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
