"""The offline provider: the team's trained classifier for the class, and per-class reply
templates filled with account facts and the top retrieved policy fragments. No network."""

import re
import time

from drafts.classifier.services import NoActiveClassifier, text_classify
from drafts.knowledge.sections import customer_text, passage_blocks
from drafts.language import LANGUAGE_NAMES

from .base import ClassifyInput, ClassifyOutput, DraftInput, DraftOutput, FragmentRef, Usage
from .composing import (
    customer_facts,
    fact_asks_remove,
    language_templates,
    markdown_plain,
    second_person,
    sentences_take,
    template_answer_first,
    text_plain,
)

DEFAULT_TEMPLATE = (
    "Hi {customer_name},\n\n"
    'Thanks for getting in touch about "{subject}". Here is what applies to your '
    "{plan} account:\n\n{policy_points}\n\n"
    "If anything here does not match what you see, reply to this email and a member of the "
    "team will look into it.\n\n{agent_signature}"
)


ANSWER_CHARS = 700
FALLBACK_SIGNOFF = "Best regards,\nThe support team"
POLICY_LANGUAGE = "en"  # the language the policies (and the lead-edited templates) are written in
# The team's template that only acknowledges a message (when a draft cannot answer), when its
# templates have no `acknowledgement` of their own.
ACKNOWLEDGEMENT_CLASS = "general"
NO_ANSWER_TEXT = "A member of the team will look into your question and reply to you shortly."
# When no passage answers, the class template's policy framing ("Here is how shipping works")
# would be padding around nothing: a short holding reply instead, and the basis says why.
NO_ANSWER_TEMPLATE = (
    'Hi {customer_name},\n\nThanks for writing in about "{subject}" ({ticket_reference}). '
    "{policy_points}\n\n{agent_signature}"
)


def _answer_markdown(fragment) -> str:
    """The passage that answers the question, as markdown: the one retrieval matched (or the
    section's first prose passage), followed by the list it introduces (the steps)."""
    blocks = passage_blocks(customer_text(fragment.text))
    if not blocks:
        return ""
    index = fragment.passage_index
    if not 0 <= index < len(blocks):
        index = next((i for i, b in enumerate(blocks) if not b.lstrip().startswith("|")), 0)
    answer = blocks[index]
    if index + 1 < len(blocks) and not _is_list(answer) and _is_list(blocks[index + 1]):
        answer = f"{answer}\n\n{blocks[index + 1]}"
    return answer


def _is_list(block: str) -> bool:
    return bool(re.match(r"^\s*(?:[-*+]|\d+[.)])\s+", block))


def _answer_text(fragment) -> str:
    return sentences_take(second_person(markdown_plain(_answer_markdown(fragment))), ANSWER_CHARS)


def _first_sentences(text: str, limit: int = 280) -> str:
    """The opening prose of a section as plain text (kept for callers that quote a summary)."""
    blocks = [b for b in passage_blocks(customer_text(text)) if not b.lstrip().startswith("|")]
    return sentences_take(markdown_plain("\n\n".join(blocks)), limit)


class OfflineProvider:
    name = "offline"
    model = "offline"

    def _draft_from_memory(self, request: DraftInput, started: float) -> DraftOutput:
        """The team's own reply to a similar ticket, adapted (drafts/memory.py): the first
        source of a draft. An instruction cannot steer it; the next nearest reply is offered."""
        memory = request.memories[1] if request.instruction else request.memories[0]
        likeness = (
            f"a related question of the same class: similarity {memory.similarity:.2f}; check "
            "that it answers this question before sending"
            if memory.related
            else f"the questions read alike: similarity {memory.similarity:.2f}"
        )
        basis = [
            f"Based on {memory.reference}'s reply ({likeness}); name, ticket number and the "
            "numbers the customer gave are this ticket's.",
            *memory.notes,
        ]
        if request.instruction:
            basis.insert(
                0,
                "The offline provider cannot follow free-text instructions "
                f'("{text_plain(request.instruction)[:200]}"). This draft uses the next '
                f"nearest past reply ({memory.reference}) instead; edit the text, or switch to "
                "the OpenAI-compatible provider.",
            )
        return DraftOutput(
            text=memory.text.strip(),
            citations=[],
            basis=basis,
            model=self.model,
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000, calls=1),
        )

    def classify(self, request: ClassifyInput) -> ClassifyOutput:
        started = time.perf_counter()
        try:
            prediction = text_classify(
                text=request.text, subject=request.subject, embedding=request.embedding
            )
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
            familiarity=prediction.familiarity,
            unfamiliar=bool(prediction.unfamiliar),
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )

    def _acknowledgement(self, request: DraftInput, started: float) -> DraftOutput:
        """Nothing close answers (request.no_answer): no reply of another ticket, no policy
        quoted; only the team's acknowledgement in the customer's language (its templates'
        `acknowledgement`, else its `general` template), and the reason for the agent."""
        language = request.language or POLICY_LANGUAGE
        language_name = LANGUAGE_NAMES.get(language, language)
        basis = [
            f"{request.no_answer} This draft only acknowledges the message: answer the "
            "question yourself, or ask a colleague."
        ]
        templates = language_templates(language)
        body = (templates or {}).get("acknowledgement") or (
            ((templates or {}).get("templates") or {}).get(ACKNOWLEDGEMENT_CLASS) or {}
        ).get("body")
        holding = request.holding_class
        holding_body = (
            (((templates or {}).get("templates") or {}).get(holding.slug) or {}).get("body")
            if holding
            else ""
        )
        if templates and holding_body:
            # A class that needs a person has the team's own holding reply (an apology, who
            # takes the case, when the customer hears back): better than a bare
            # acknowledgement, and it promises nothing a policy would have to back.
            text, _missing = self._language_template(
                {**templates, "templates": {holding.slug: {"body": holding_body}}},
                holding.slug,
                customer=request.customer,
                facts=customer_facts(""),
                reference=request.ticket_reference,
            )
            basis[0] = (
                f"{request.no_answer} This draft is the team's holding reply for "
                f"{holding.name} (its {language_name} template: the class needs a person, and "
                "the class read is not in doubt): add what applies to this case, or ask a "
                "colleague."
            )
        elif templates and body:
            text, _missing = self._language_template(
                {**templates, "templates": {ACKNOWLEDGEMENT_CLASS: {"body": body}}},
                ACKNOWLEDGEMENT_CLASS,
                customer=request.customer,
                facts=customer_facts(""),
                reference=request.ticket_reference,
            )
            basis.append(f"Acknowledgement from the team's {language_name} templates.")
        else:
            first_name = text_plain(request.customer.get("name") or "").split(" ")[0] or "there"
            text = NO_ANSWER_TEMPLATE.format_map(
                _SafeDict(
                    customer_name=first_name,
                    subject=text_plain(request.subject) or "your request",
                    ticket_reference=request.ticket_reference,
                    policy_points=NO_ANSWER_TEXT,
                    agent_signature=request.signoff or FALLBACK_SIGNOFF,
                )
            )
            if language != POLICY_LANGUAGE:
                basis.append(
                    f"The customer writes in {language_name}, but the team has no "
                    f"{language_name} templates: this acknowledgement is in English."
                )
        for f in request.fragments[:1]:
            basis.append(
                f"Closest policy passage, not quoted: [{f.key}] {f.document} / {f.heading} "
                f"(similarity {f.similarity:.2f})"
            )
        return DraftOutput(
            text=text,
            citations=[],
            basis=basis,
            model=self.model,
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )

    def draft(self, request: DraftInput, *, template: str | None = None) -> DraftOutput:
        started = time.perf_counter()
        memories = request.memories
        if memories and (not request.instruction or len(memories) > 1):
            return self._draft_from_memory(request, started)
        if request.no_answer:
            return self._acknowledgement(request, started)
        if request.template_variant and not request.instruction:
            drafted = self._variant_draft(request, started)
            if drafted is not None:
                return drafted
        customer = request.customer
        inbound = [m["text"] for m in request.thread if m.get("direction") == "inbound"]
        facts = customer_facts(f"{request.subject}\n{inbound[-1] if inbound else ''}")
        language = request.language or POLICY_LANGUAGE
        language_name = LANGUAGE_NAMES.get(language, language)
        basis = [
            f"Request class: {request.request_class.name}"
            if request.request_class
            else "Request class: not determined (needs triage)"
        ]
        basis.append(f"Customer language: {language_name}")
        tier = customer.get("tier") or ""
        plan = customer.get("plan") or tier or "Fernhill"
        basis.append(f"Customer tier {tier or 'unknown'}, plan {plan}")
        if facts.as_dict():
            given = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in facts.as_dict().items())
            basis.append(f"Facts the customer gave (used, not asked again): {given}")

        fragments = list(request.fragments)
        if request.instruction:
            # Free text cannot steer a template; say so, and offer what can change instead.
            alternative = fragments[1:2]
            basis.insert(
                0,
                "The offline provider cannot follow free-text instructions "
                f'("{text_plain(request.instruction)[:200]}"). '
                + (
                    f"This draft uses the next passage instead ([{alternative[0].key}] "
                    f"{alternative[0].document} / {alternative[0].heading}); edit the text, pick "
                    "another passage, or switch to the OpenAI-compatible provider."
                    if alternative
                    else "There is no other passage for this ticket; this is the class "
                    "template. Edit the text, or switch to the OpenAI-compatible provider."
                ),
            )
            fragments = alternative
        chosen = self._passages_choose(fragments) if request.answerable else []
        if not request.answerable:
            best = max((f.similarity for f in request.fragments), default=0.0)
            basis.append(
                "No policy passage answers this question (best passage similarity "
                f"{best:.2f}): no policy was quoted. Answer it yourself, or ask a colleague."
            )
        for f in chosen:
            basis.append(
                f"Policy [{f.key}] {f.document} / {f.heading} "
                f"(score {f.score:.2f}, similarity {f.similarity:.2f})"
            )
        for f in request.fragments:
            if f.guidance and (f in chosen or request.answerable):
                basis.append(f"Agent note [{f.key}] {f.document} / {f.heading}: {f.guidance}")
        for fact, value in sorted(request.facts.items()):
            if fact.startswith("missing_") and value:
                basis.append(f"Missing account data: {fact.removeprefix('missing_')}")

        first_name = text_plain(customer.get("name") or "").split(" ")[0] or "there"
        templates = language_templates(language)
        template_class = request.template_class or request.request_class
        slug = template_class.slug if template_class else ""
        if request.template_class is not None:
            basis.append(
                f"Template of {template_class.name}: the passage that answers serves that class"
            )
            if request.request_class is not None and request.request_class.risk != "low":
                basis.append(
                    f"Read as {request.request_class.name}, which needs a person, by a class "
                    "model that has not seen messages like this one: the draft answers from the "
                    "passage, the ticket is still routed as read. Check which it is."
                )
        if language != POLICY_LANGUAGE and templates and slug in templates.get("templates", {}):
            text, missing = self._language_template(templates, slug, customer=customer, facts=facts)
            basis.append(
                f"Written from the team's {language_name} template for this class; the policy "
                "passages above are in English, check the reply against them."
            )
            if missing:
                basis.append("Fill in before sending: " + ", ".join(missing))
            citations: list[str] = []
        else:
            if language != POLICY_LANGUAGE:
                basis.append(
                    f"The customer writes in {language_name}, but the team has no "
                    f"{language_name} template for this class: this draft is in English. "
                    f"Translate it or reply in {language_name} yourself."
                )
            points = "\n\n".join(f"{_answer_text(f)} [{f.key}]" for f in chosen)
            values = {
                "customer_name": first_name,
                "ticket_reference": request.ticket_reference,
                "subject": text_plain(request.subject) or "your request",
                "plan": facts.plan or plan,
                "tier": tier,
                "policy_points": points or NO_ANSWER_TEXT,
                "agent_signature": request.signoff or _template_signoff(templates),
            }
            template = template or DEFAULT_TEMPLATE
            if not request.answerable:
                template = NO_ANSWER_TEMPLATE
            elif points:
                # The answer first, as agents write: no subject echoed back, no line
                # announcing the policy.
                template = template_answer_first(template)
            text = template.format_map(_SafeDict(values))
            text = fact_asks_remove(text, facts)
            citations = [f.key for f in chosen]
        return DraftOutput(
            text=text,
            citations=citations,
            basis=basis,
            model="offline",
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )

    def _variant_draft(self, request: DraftInput, started: float) -> DraftOutput | None:
        """The team's template written for what this customer asks, in their language (any
        of the four, English too): "how long does delivery take?" answered with the delivery
        times, not the class's usual reply about tracking an order."""
        variant = request.template_variant or {}
        templates = language_templates(request.language or POLICY_LANGUAGE)
        template_class = request.template_class or request.request_class
        if not templates or template_class is None or not variant.get("body"):
            return None
        inbound = [m["text"] for m in request.thread if m.get("direction") == "inbound"]
        facts = customer_facts(f"{request.subject}\n{inbound[-1] if inbound else ''}")
        text, missing = self._language_template(
            {**templates, "templates": {template_class.slug: {"body": variant["body"]}}},
            template_class.slug,
            customer=request.customer,
            facts=facts,
            reference=request.ticket_reference,
        )
        language_name = LANGUAGE_NAMES.get(templates.get("language", ""), "the customer's")
        basis = [
            f"Request class: {template_class.name}",
            f'Written from the team\'s {language_name} template for "{variant.get("title")}": '
            f"the question reads like it (ask match {float(variant.get('similarity', 0)):.2f}, "
            f"against {float(variant.get('usual', 0)):.2f} for the class's usual template). "
            "Check the figures against the policy before sending.",
        ]
        if missing:
            basis.append("Fill in before sending: " + ", ".join(missing))
        return DraftOutput(
            text=text,
            citations=[],
            basis=basis,
            model="offline",
            usage=Usage(latency_ms=(time.perf_counter() - started) * 1000),
        )

    @staticmethod
    def _passages_choose(fragments: list[FragmentRef]) -> list[FragmentRef]:
        """The best passage, and a second one only when it is nearly as close to the question
        (two sections that each answer part of it), never unrelated padding."""
        if not fragments:
            return []
        best = fragments[0]
        chosen = [best]
        for other in fragments[1:2]:
            if best.similarity and other.similarity >= 0.92 * best.similarity:
                chosen.append(other)
        return chosen

    @staticmethod
    def _language_template(
        templates: dict, slug: str, *, customer: dict, facts, reference: str = ""
    ) -> tuple:
        """greeting + body + signature of the team's template in the customer's language."""
        name = text_plain(customer.get("name") or "")
        values = {
            "customer_name": name if templates.get("language") == "de" else name.split(" ")[0],
            "agent_name": "",
            "ticket_ref": reference,
            # The plan the customer asks about, else the one they are on.
            "plan": facts.plan or customer.get("plan") or customer.get("tier") or "",
            "order_number": facts.order_number,
            "device": facts.device,
        }
        signature = "\n".join(
            line for line in templates["signature"].split("\n") if line.strip() != "{agent_name}"
        )
        parts = [templates["greeting"], templates["templates"][slug]["body"], signature]
        missing = sorted(
            {
                key
                for part in parts
                for key in re.findall(r"{(\w+)}", part)
                if key not in ("agent_name", "ticket_ref") and not values.get(key)
            }
        )
        filled = {k: (v or f"[{k.replace('_', ' ')}]") for k, v in values.items()}
        text = "\n\n".join(p.format_map(_SafeDict(filled)) for p in parts)
        text = re.sub(r"\n{3,}", "\n\n", text).replace(" ,", ",")
        return text.strip(), [m.replace("_", " ") for m in missing]


def _template_signoff(templates: dict | None) -> str:
    """The signature of the team's templates without the agent's name line (the agent signs),
    when the team's sent replies do not show how it signs."""
    lines = [
        line
        for line in ((templates or {}).get("signature") or "").split("\n")
        if line.strip() and "{agent_name}" not in line
    ]
    return "\n".join(lines) or FALLBACK_SIGNOFF


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
