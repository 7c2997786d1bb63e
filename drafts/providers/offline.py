"""The offline provider: the team's trained classifier for the class, and per-class reply
templates filled with account facts and the top retrieved policy fragments. No network."""

import re
import time

from drafts.classifier.services import NoActiveClassifier, text_classify

from .base import ClassifyInput, ClassifyOutput, DraftInput, DraftOutput, Usage

DEFAULT_TEMPLATE = (
    "Hi {customer_name},\n\n"
    'Thanks for getting in touch about "{subject}". Here is what applies to your '
    "{plan} account:\n\n{policy_points}\n\n"
    "If anything here does not match what you see, reply to this email and a member of the "
    "team will look into it.\n\n{agent_signature}"
)


def _first_sentences(text: str, limit: int = 280) -> str:
    """The opening prose of a policy fragment, fit for a reply: headings, tables, code and
    markdown markup are dropped (a table pasted into an email reads as noise)."""
    prose = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "|", "```", "<")) or set(line) <= set("-=|: "):
            continue
        line = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", line)  # list markers
        prose.append(line)
    flat = re.sub(r"\s+", " ", re.sub(r"[*_`>]+", "", " ".join(prose))).strip()
    sentences = re.split(r"(?<=[.!?])\s+", flat)
    out = ""
    for sentence in sentences:
        if len(out) + len(sentence) > limit and out:
            break
        out = f"{out} {sentence}".strip()
    return out[:limit].rstrip()


class OfflineProvider:
    name = "offline"
    model = "offline"

    def classify(self, request: ClassifyInput) -> ClassifyOutput:
        started = time.perf_counter()
        try:
            prediction = text_classify(text=request.text, subject=request.subject)
        except NoActiveClassifier as error:
            # No model yet: nothing is guessed; the ticket needs triage by a person.
            return ClassifyOutput(
                request_class_slug=None,
                label="",
                confidence=0.0,
                needs_triage=True,
                note=str(error) or "no classifier trained yet",
                usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
            )
        return ClassifyOutput(
            request_class_slug=prediction.request_class_slug,
            label=prediction.label,
            confidence=float(prediction.confidence),
            needs_triage=bool(prediction.needs_triage),
            alternatives=[
                {
                    "label": alt.label,
                    "request_class": alt.request_class_slug,
                    "confidence": round(float(alt.confidence), 4),
                }
                for alt in prediction.alternatives
            ],
            classifier_version_id=prediction.version_id,
            auto_send_confident=bool(prediction.auto_send_confident),
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )

    def draft(self, request: DraftInput, *, template: str | None = None) -> DraftOutput:
        started = time.perf_counter()
        chosen = request.fragments[:2]
        points = [
            f"- {_first_sentences(fragment.text)} [{fragment.key}]" for fragment in chosen
        ] or ["- We could not find a policy that answers this; an agent will follow up."]
        customer = request.customer
        values = {
            "customer_name": (customer.get("name") or "there").split(" ")[0],
            "ticket_reference": request.ticket_reference,
            "subject": request.subject or "your request",
            "plan": customer.get("plan") or customer.get("tier") or "Fernhill",
            "tier": customer.get("tier") or "",
            "policy_points": "\n".join(points),
            "agent_signature": "The Fernhill support team",
        }
        body = (template or DEFAULT_TEMPLATE).format_map(_SafeDict(values))
        basis = [
            f"Request class: {request.request_class.name}"
            if request.request_class
            else "Request class: not determined (needs triage)"
        ]
        basis += [f"Customer tier {values['tier'] or 'unknown'}, plan {values['plan']}"]
        basis += [
            f"Policy [{f.key}] {f.document} / {f.heading} (score {f.score:.2f})" for f in chosen
        ]
        for fact, value in sorted(request.facts.items()):
            if fact.startswith("missing_") and value:
                basis.append(f"Missing account data: {fact.removeprefix('missing_')}")
        return DraftOutput(
            text=body,
            citations=[f.key for f in chosen],
            basis=basis,
            model="offline",
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
