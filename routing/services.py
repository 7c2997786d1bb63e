"""Writes for routing: rule-set versions, routing decisions and applying them, the auto-send
policy and its evidence. Every write records its audit event in the same transaction."""

from __future__ import annotations

import hashlib
import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from audit.redaction import rows_redact
from audit.services import event_record, json_safe
from supportdesk.rows import rows_insert, rows_update
from tickets.models import RequestClass, Team, Ticket, TicketStatus
from tickets.services import ticket_assign, tickets_flag, tickets_transition
from tickets.states import TransitionNotAllowed, check_transition

from .evaluation import (
    CompiledRuleSet,
    autosend_decide,
    autosend_evidence_check,
    evaluate,
    ruleset_compile,
)
from .models import AutoSendPolicy, Condition, RoutingDecision, Rule, RuleSetVersion
from .selectors import autosend_policy_as_dict, ruleset_snapshot_live


def snapshot_hash(snapshot: dict) -> str:
    canonical = json.dumps(snapshot, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def ruleset_version_create(*, actor=None, summary: str = "", force: bool = False) -> RuleSetVersion:
    """Snapshot the live rules as a new immutable version, unless nothing changed since the
    latest version (then that one is returned; `force` makes one anyway). Call inside the
    transaction that changed the rules; the lock on the latest version serialises two leads
    saving at once, and the unique version number catches the first-version race."""
    with transaction.atomic():
        latest = RuleSetVersion.objects.select_for_update().order_by("-number").first()
        snapshot = ruleset_snapshot_live()
        digest = snapshot_hash(snapshot)
        if latest is not None and latest.content_hash == digest and not force:
            return latest
        version = RuleSetVersion.objects.create(
            number=(latest.number + 1) if latest else 1,
            snapshot=snapshot,
            content_hash=digest,
            author=actor,
            author_label=actor.get_username() if actor is not None else "system",
            summary=summary[:500],
            created_at=timezone.now(),
        )
        event_record(
            name="routing.ruleset_versioned",
            actor=actor,
            payload={
                "version": version.number,
                "previous": latest.number if latest else None,
                "summary": version.summary,
                "rules": version.rule_count,
                "content_hash": digest,
            },
            versions={"rules": version.number},
        )
    return version


def _value_text(value) -> str:
    """A snapshot's typed condition value back as the text a lead types."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def ruleset_version_restore(
    *, version: RuleSetVersion, actor=None, summary: str = ""
) -> RuleSetVersion:
    """Make the live rules what `version` holds (rules matched by name: updated, created, and
    those it does not hold deleted), and snapshot the result as a new version. The trail
    records the new version (routing.ruleset_versioned). Raises ValidationError when the
    version names a team or a person that no longer exists."""
    return ruleset_snapshot_publish(
        snapshot=version.snapshot,
        actor=actor,
        summary=summary or f"Restored rule-set v{version.number}",
    )


def ruleset_snapshot_publish(*, snapshot: dict, actor=None, summary: str) -> RuleSetVersion:
    """Make the live rules what a rule-set snapshot holds (a version's, or an unsaved edit
    compiled by the rules editor: routing.views.rule_form_candidate) and snapshot the result
    as a new version, recorded on the trail (routing.ruleset_versioned). Rules are matched by
    name. Raises ValidationError when the snapshot names a team or a person that is gone."""
    with transaction.atomic():
        wanted = snapshot.get("rules", [])
        teams = {t.slug: t for t in Team.objects.all()}
        users = get_user_model().objects.in_bulk(
            [r["action"].get("assignee_id") for r in wanted if r["action"].get("assignee_id")]
        )
        names = [r["name"] for r in wanted]
        Rule.objects.exclude(name__in=names).delete()
        for item in wanted:
            action = item["action"]
            team = action.get("team")
            if team and team not in teams:
                raise ValidationError(
                    f"Rule '{item['name']}' routes to team '{team}', which is gone."
                )
            assignee = action.get("assignee_id")
            if assignee and assignee not in users:
                raise ValidationError(f"Rule '{item['name']}' routes to a person who is gone.")
            rule, _ = Rule.objects.update_or_create(
                name=item["name"],
                defaults={
                    "enabled": item.get("enabled", True),
                    "order": item.get("order", 100),
                    "match": item.get("match", "all"),
                    "team": teams.get(team) if team else None,
                    "assignee": users.get(assignee) if assignee else None,
                    "priority": action.get("priority"),
                    "needs_human": action.get("needs_human", True),
                    "block_auto_send": action.get("block_auto_send", True),
                    "reason": action.get("reason", ""),
                    "stop": action.get("stop", False),
                },
            )
            rule.conditions.all().delete()
            Condition.objects.bulk_create(
                Condition(
                    rule=rule,
                    position=position,
                    fact=c["fact"],
                    operator=c["operator"],
                    value=_value_text(c.get("value")),
                )
                for position, c in enumerate(item.get("conditions", []))
            )
        return ruleset_version_create(actor=actor, summary=summary, force=True)


# Versions are immutable, so a compiled rule set can be kept per (number, hash) in each process.
_COMPILED: dict[tuple[int, str], CompiledRuleSet] = {}


def _compiled(version: RuleSetVersion) -> CompiledRuleSet:
    key = (version.number, version.content_hash)
    compiled = _COMPILED.get(key)
    if compiled is None:
        if len(_COMPILED) > 16:
            _COMPILED.clear()
        compiled = _COMPILED[key] = ruleset_compile(version.snapshot)
    return compiled


class RouteReads:
    """What routing reads alike for every ticket it decides: the current rule-set version, the
    request classes' risks, the auto-send policies, the teams and the people rules name. Each
    is read once per instance, when first needed (the small tables whole, in one query each).
    route_decide and ticket_route make one per call; the pipeline's chunk makes one per chunk
    (tickets_route), so a chunk decides under the configuration as it was when it first read
    it, as a replay's chunk does. What it returns is shared: callers must not change it."""

    def __init__(self) -> None:
        self._version: RuleSetVersion | None = None
        self._class_risks: dict[str, str] | None = None
        self._policies: dict[str, dict] | None = None
        self._teams: dict[str, Team] | None = None
        self._people: dict[int, object] = {}

    def version(self) -> RuleSetVersion:
        if self._version is None:
            # The snapshot is only read when the compiled-rules cache misses (deferred load).
            current = RuleSetVersion.objects.defer("snapshot").order_by("-number").first()
            self._version = current or ruleset_version_create(summary="first version")
        return self._version

    def class_risk(self, slug: str) -> str | None:
        if self._class_risks is None:
            self._class_risks = dict(RequestClass.objects.values_list("slug", "risk"))
        return self._class_risks.get(slug)

    def autosend_policy(self, slug: str | None) -> dict | None:
        """autosend_policy_snapshot's answer for this class."""
        if not slug:
            return None
        if self._policies is None:
            self._policies = {
                policy.request_class.slug: autosend_policy_as_dict(policy=policy)
                for policy in AutoSendPolicy.objects.select_related("request_class")
            }
        return self._policies.get(slug)

    def team(self, slug: str | None) -> Team | None:
        if not slug:
            return None
        if self._teams is None:
            self._teams = {team.slug: team for team in Team.objects.all()}
        return self._teams.get(slug)

    def person(self, pk: int | None):
        """The active user with this id, or None."""
        if not pk:
            return None
        if pk not in self._people:
            self._people[pk] = get_user_model().objects.filter(pk=pk, is_active=True).first()
        return self._people[pk]


def _risk_from_request_class(facts: dict, reads: RouteReads) -> list[str]:
    """The high-risk invariant must not depend on the pipeline remembering the risk fact: the
    request class's own risk is filled in when missing, and wins when it is higher. Done before
    evaluation and stored with the facts, so the decision still replays from what is stored."""
    slug = facts.get("request_class")
    if not slug:
        return []
    class_risk = reads.class_risk(slug)
    if class_risk is None:
        return [f"Request class {slug!r} is unknown here; its risk could not be checked."]
    given = facts.get("risk")
    if given is None:
        facts["risk"] = class_risk
        return [f"Risk {class_risk!r} taken from the request class (the pipeline gave none)."]
    if class_risk == "high" and given != "high":
        facts["risk"] = "high"
        return [f"Risk raised from {given!r} to 'high': {slug!r} is a high-risk class."]
    return []


def _decision_build(
    *, ticket_id: int, facts: dict, run_ref: str, reads: RouteReads
) -> tuple[RoutingDecision, dict]:
    """Evaluate the rule set over `facts` (normalised to JSON first, so the stored facts replay
    to exactly this decision): the unsaved decision and its routing.decided payload (without
    the decision's id). Reads only through `reads`."""
    facts = json_safe(facts)
    notes = _risk_from_request_class(facts, reads)
    version = reads.version()
    decision = evaluate(facts, _compiled(version))
    policy = reads.autosend_policy(facts.get("request_class"))
    verdict = autosend_decide(decision=decision, facts=facts, policy=policy)
    team = reads.team(decision.team)
    assignee = reads.person(decision.assignee_id)
    explanation = decision.as_dict()
    explanation["auto_send"] = {
        "allowed": verdict.allowed,
        "reason": verdict.reason,
        "policy": policy,
    }
    if decision.assignee_id and assignee is None:
        notes.append(
            "The person the rule routes to no longer exists or is inactive; routed to the "
            "team only."
        )
    explanation["notes"] = notes
    routed = RoutingDecision(
        ticket_id=ticket_id,
        run_ref=run_ref[:100],
        created_at=timezone.now(),
        ruleset_version=version,
        facts=facts,
        explanation=explanation,
        fired_rules=decision.fired_names,
        team=team,
        assignee=assignee,
        priority=decision.priority,
        needs_human=decision.needs_human,
        block_auto_send=decision.block_auto_send,
        reasons=list(decision.reasons),
        auto_send_allowed=verdict.allowed,
        auto_send_reason=verdict.reason[:500],
        auto_send_hold_minutes=verdict.hold_minutes,
    )
    payload = {
        "run_ref": run_ref,
        "fired": [
            {
                "rule": f["name"],
                "why": f["why"],
                "conditions": [
                    {
                        "condition": c["condition"],
                        "actual": c["actual"],
                        "matched": c["matched"],
                        "why": c["why"],
                    }
                    for c in f["conditions"]
                ],
            }
            for f in decision.fired
        ],
        "invariants": list(decision.invariants),
        "action": {
            "team": decision.team,
            "assignee_id": routed.assignee_id,
            "priority": decision.priority,
            "needs_human": decision.needs_human,
            "block_auto_send": decision.block_auto_send,
        },
        "reasons": list(decision.reasons),
        "auto_send_allowed": verdict.allowed,
        "auto_send_reason": verdict.reason,
    }
    return routed, payload


def _decided_record(routed: RoutingDecision, payload: dict) -> None:
    version = routed.ruleset_version
    event_record(
        name="routing.decided",
        ticket_id=routed.ticket_id,
        actor_label="routing",
        payload={"decision_id": routed.pk, **payload},
        versions={"rules": version.number, "rules_hash": version.content_hash[:12]},
    )


def route_decide(
    *, ticket_id: int, facts: dict, run_ref: str = "", reads: RouteReads | None = None
) -> RoutingDecision:
    """Evaluate the current rule-set version over `facts`, store the decision with its
    explanation and the auto-send verdict, and record `routing.decided`. Changes nothing on the
    ticket: the pipeline calls ticket_route_apply. The facts are normalised to JSON first, so
    the stored facts replay to exactly this decision."""
    with transaction.atomic():
        routed, payload = _decision_build(
            ticket_id=ticket_id, facts=facts, run_ref=run_ref, reads=reads or RouteReads()
        )
        routed.save(force_insert=True)
        _decided_record(routed, payload)
    return routed


def _route_summary(decision: RoutingDecision) -> dict:
    return {
        "decision_id": decision.pk,
        "ruleset_version": decision.ruleset_version.number,
        "fired_rules": decision.fired_rules,
        "reasons": decision.reasons,
        "needs_human": decision.needs_human,
        "team": decision.team.slug if decision.team_id else None,
        "assignee_id": decision.assignee_id,
        "priority": decision.priority,
        "block_auto_send": decision.block_auto_send,
        "auto_send_allowed": decision.auto_send_allowed,
        "auto_send_reason": decision.auto_send_reason,
    }


def ticket_route(*, ticket: Ticket, facts: dict, run_ref: str = "") -> dict:
    """The pipeline's route stage for one ticket: tickets_route for it alone."""
    with transaction.atomic():
        return tickets_route(routes=[(ticket.pk, facts, run_ref)])[0]


def tickets_route(
    *, routes: list[tuple[int, dict, str]], reads: RouteReads | None = None
) -> list[dict]:
    """The pipeline's route stage for several tickets ((ticket id, facts, run ref) each):
    decide each (route_decide's decision and routing.decided) and apply it to its ticket
    (ticket_route_apply's changes, through the ticket services, and routing.applied),
    returning a JSON summary per route, in order. A ticket that moved on meanwhile (resolved by
    an agent, say) keeps everything; its decision is still recorded and the summary says why
    it was not applied ("not_applied"). Call inside the caller's transaction. What every
    ticket reads alike is read once (`reads`, or one RouteReads for the call); the tickets are
    locked in one query (id order), the decisions inserted in one, the team and priority
    changes written in one; the flags and status changes go through the ticket services'
    bulk forms (tickets_flag, tickets_transition: one write per target status), a person
    through ticket_assign, each ticket with its events. Several routes of one ticket: give
    them in separate calls."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("tickets_route runs inside the caller's transaction.")
    reads = reads or RouteReads()
    built = [
        _decision_build(ticket_id=ticket_id, facts=facts, run_ref=run_ref, reads=reads)
        for ticket_id, facts, run_ref in routes
    ]
    tickets = {
        ticket.pk: ticket
        for ticket in Ticket.objects.select_for_update()
        .filter(pk__in={ticket_id for ticket_id, _, _ in routes})
        .order_by("pk")
    }
    now = timezone.now()
    refused: dict[int, str] = {}
    moved: list[Ticket] = []
    for index, (routed, _payload) in enumerate(built):
        ticket = tickets[routed.ticket_id]
        target = _route_target(routed)
        if ticket.status != target:
            try:
                check_transition(ticket.status, target)
            except TransitionNotAllowed as error:
                refused[index] = str(error)
                continue
        routed.applied_at = now
        changed = False
        if routed.team_id and ticket.team_id != routed.team_id:
            ticket.team_id, changed = routed.team_id, True
        if routed.priority and ticket.priority != routed.priority:
            ticket.priority, changed = routed.priority, True
        if changed:
            ticket.updated_at = now
            moved.append(ticket)
    rows_insert([routed for routed, _ in built])
    if moved:
        rows_update(moved, ["team", "priority", "updated_at"])
    summaries = []
    applying: list[tuple[Ticket, RoutingDecision]] = []
    for index, (routed, payload) in enumerate(built):
        _decided_record(routed, payload)
        summary = _route_summary(routed)
        if index in refused:
            summary["not_applied"] = refused[index]
        else:
            applying.append((tickets[routed.ticket_id], routed))
        summaries.append(summary)
    _decisions_effects(applying, actor=None)
    return summaries


def _route_target(decision: RoutingDecision) -> str:
    """Escalated when a human must own the ticket, otherwise Awaiting review."""
    return TicketStatus.ESCALATED if decision.needs_human else TicketStatus.AWAITING_REVIEW


def _decision_effects(*, ticket: Ticket, decision: RoutingDecision, actor) -> None:
    """The flag, person and status a decision gives its (locked) ticket, through the ticket
    services, and routing.applied. Team and priority are the caller's."""
    _decisions_effects([(ticket, decision)], actor=actor)


def _decisions_effects(applying: list[tuple[Ticket, RoutingDecision]], *, actor) -> None:
    """_decision_effects for several (locked) tickets, one decision each: the flags written
    together (tickets_flag), the people one by one (rare), the statuses one bulk transition per
    target status (tickets_transition), then routing.applied for each. Each ticket's events
    come in the same order as one at a time: flagged, assigned, status changed, applied."""
    tickets_flag(
        flags=[(ticket, " ".join(d.reasons)) for ticket, d in applying if d.needs_human],
        actor=actor,
    )
    for ticket, decision in applying:
        if decision.assignee_id and ticket.assignee_id != decision.assignee_id:
            ticket_assign(ticket=ticket, assignee=decision.assignee, actor=actor)
    by_target: dict[str, list[Ticket]] = {}
    reasons: dict[int, str] = {}
    for ticket, decision in applying:
        by_target.setdefault(_route_target(decision), []).append(ticket)
        reasons[ticket.pk] = "; ".join(decision.fired_rules) or "routing: no rule fired"
    for target, group in by_target.items():
        tickets_transition(tickets=group, to=target, actor=actor, reasons=reasons)
    for ticket, decision in applying:
        event_record(
            name="routing.applied",
            ticket_id=ticket.pk,
            actor=actor,
            actor_label="" if actor else "routing",
            payload={
                "decision_id": decision.pk,
                "status": _route_target(decision),
                "team": decision.team.slug if decision.team_id else None,
                "assignee_id": decision.assignee_id,
                "priority": decision.priority,
                "needs_human": decision.needs_human,
            },
        )


def ticket_route_apply(*, ticket: Ticket, decision: RoutingDecision, actor=None) -> Ticket:
    """Apply a decision to its ticket: team, person, priority, needs-human, and the status
    (Escalated when a human must own it, otherwise Awaiting review). Locks the ticket and the
    decision; a decision already applied is not applied twice. Raises TransitionNotAllowed when
    the ticket's status cannot move there (e.g. resolved meanwhile)."""
    with transaction.atomic():
        ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
        decision = RoutingDecision.objects.select_for_update().get(pk=decision.pk)
        if decision.ticket_id != ticket.pk:
            raise ValueError("This decision belongs to another ticket.")
        if decision.applied_at is not None:
            return ticket
        fields = []
        if decision.team_id and ticket.team_id != decision.team_id:
            ticket.team_id = decision.team_id
            fields.append("team")
        if decision.priority and ticket.priority != decision.priority:
            ticket.priority = decision.priority
            fields.append("priority")
        if fields:
            ticket.save(update_fields=[*fields, "updated_at"])
        decision.applied_at = timezone.now()
        decision.save(update_fields=["applied_at"])
        _decision_effects(ticket=ticket, decision=decision, actor=actor)
    return ticket


# --- Auto-send policy ------------------------------------------------------------------------


def autosend_policy_check(*, policy: AutoSendPolicy) -> None:
    """Raise ValidationError (by field) when the settings cannot be saved."""
    errors = {}
    if policy.enabled and policy.request_class.risk != "low":
        errors["enabled"] = (
            f"'{policy.request_class}' is a high-risk class: its replies always "
            f"go to a human, so auto-send cannot be turned on."
        )
    for name in ("min_confidence", "min_acceptance", "max_correction_rate"):
        value = getattr(policy, name)
        if value is None or not 0 <= value <= 1:
            errors[name] = "Enter a share between 0 and 1 (0.9 means 90%)."
    if policy.evidence_window is not None and policy.evidence_window < 1:
        errors["evidence_window"] = "The evidence window needs at least one reviewed draft."
    if errors:
        raise ValidationError(errors)


def autosend_policy_save(*, policy: AutoSendPolicy, actor, changed: list[str] | None = None):
    """Save a lead's edit of the policy and put it on the trail. Turning a suspended policy on
    again is done with autosend_policy_resume, which checks the evidence first."""
    autosend_policy_check(policy=policy)
    with transaction.atomic():
        policy.save()
        event_record(
            name="routing.autosend_policy_changed",
            actor=actor,
            payload={"policy": autosend_policy_as_dict(policy=policy), "changed": changed or []},
        )
    return policy


def autosend_evidence_update(
    *, request_class_slug: str, reviewed: int, accepted: int, corrections: int
) -> AutoSendPolicy:
    """The review code reports the evidence over the class's last N reviewed drafts (N = the
    policy's evidence window): how many were reviewed, accepted unchanged, and followed by a
    customer-visible correction. An enabled policy whose evidence no longer holds suspends
    itself and records why (`routing.autosend_suspended`). Creates a (disabled) policy when the
    class has none, so evidence accumulates before anyone turns auto-send on."""
    if min(reviewed, accepted, corrections) < 0 or accepted > reviewed or corrections > reviewed:
        raise ValueError("Evidence counts must be 0 <= accepted, corrections <= reviewed.")
    with transaction.atomic():
        request_class = RequestClass.objects.get(slug=request_class_slug)
        policy, _ = AutoSendPolicy.objects.select_for_update().get_or_create(
            request_class=request_class
        )
        policy.reviewed, policy.accepted, policy.corrections = reviewed, accepted, corrections
        policy.evidence_updated_at = timezone.now()
        fields = ["reviewed", "accepted", "corrections", "evidence_updated_at", "updated_at"]
        snapshot = autosend_policy_as_dict(policy=policy)
        holds, why = autosend_evidence_check(snapshot)
        slipped = not holds and reviewed >= policy.evidence_window
        if policy.enabled and not policy.suspended and slipped:
            policy.suspended = True
            policy.suspended_at = policy.evidence_updated_at
            policy.suspended_reason = why[:500]
            fields += ["suspended", "suspended_at", "suspended_reason"]
            event_record(
                name="routing.autosend_suspended",
                actor_label="routing",
                payload={
                    "request_class": request_class_slug,
                    "reason": why,
                    "reviewed": reviewed,
                    "accepted": accepted,
                    "corrections": corrections,
                },
            )
        policy.save(update_fields=fields)
    return policy


def autosend_policy_resume(*, policy: AutoSendPolicy, actor) -> AutoSendPolicy:
    """A lead lifts a suspension. Refused (ValidationError) while the evidence still fails."""
    with transaction.atomic():
        policy = (
            AutoSendPolicy.objects.select_for_update()
            .select_related("request_class")
            .get(pk=policy.pk)
        )
        if not policy.suspended:
            return policy
        holds, why = autosend_evidence_check(autosend_policy_as_dict(policy=policy))
        if not holds:
            raise ValidationError(f"Still suspended: {why}")
        policy.suspended = False
        policy.suspended_at = None
        policy.suspended_reason = ""
        policy.save(update_fields=["suspended", "suspended_at", "suspended_reason", "updated_at"])
        event_record(
            name="routing.autosend_resumed",
            actor=actor,
            payload={"request_class": policy.request_class.slug, "evidence": why},
        )
    return policy


def customer_data_erase(*, ticket_ids: list[int], needles: list[str]) -> dict[str, int]:
    """Erase what routing holds of one customer's tickets: the facts, explanations and reasons
    of their routing decisions (structure kept, text naming them redacted). Returns {what:
    rows}. Call inside the erasure's transaction (audit.erasure.customer_erase); idempotent."""
    return {
        "routing decisions": rows_redact(
            RoutingDecision.objects.filter(ticket_id__in=ticket_ids),
            needles,
            json=("facts", "explanation", "reasons"),
        )
    }
