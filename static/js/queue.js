/* The review queue: keyboard, selection, and what happens after a decision.
   No inline script anywhere (the CSP forbids it); everything works without this file too:
   rows are links, actions are forms, edit/reject/escalate are <details>. */
(function () {
  "use strict";

  function layout() { return document.getElementById("queue-layout"); }
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("#queue-list .qrow")); }
  function pane() { return document.getElementById("review-pane"); }
  function paneTicket() { var p = pane(); return p ? p.getAttribute("data-ticket") : null; }
  function help() { return document.getElementById("keys-help"); }

  // A 409 (conflict) or 422 (bad input) answer is a review pane that says what happened:
  // swap it in like a success instead of dropping it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr && event.detail.xhr.status;
    var target = event.detail.target;
    if ((status === 409 || status === 422) && target && (target.id === "review-pane" || target.id === "note-form" || target.id === "reply-composer")) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // The ticket the agent last opened (j/k, a click), until its pane has arrived. A pane that
  // settles late (the previous ticket's) must not pull the selection back to itself: with j
  // pressed again before that settle, the next k moved from the stale row.
  var wanted = null;

  function markSelected() {
    var shown = paneTicket();
    if (wanted !== null && shown === wanted) wanted = null;
    var id = wanted !== null ? wanted : shown;
    rows().forEach(function (row) {
      var on = id !== null && row.getAttribute("data-ticket") === id;
      row.classList.toggle("is-selected", on);
      if (on) row.setAttribute("aria-current", "true"); else row.removeAttribute("aria-current");
    });
  }

  function open(row) {
    if (!row) return;
    var link = row.querySelector("a.qrow-link");
    rows().forEach(function (r) { r.classList.remove("is-selected"); });
    row.classList.add("is-selected");
    wanted = row.getAttribute("data-ticket");
    row.scrollIntoView({ block: "nearest" });
    if (link) link.click();
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var index = all.findIndex(function (r) { return r.classList.contains("is-selected"); });
    var next = index < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, index + step));
    if (next !== index) open(all[next]);
  }

  function openAction(id, focusSelector) {
    var details = document.getElementById(id);
    if (!details) return false;
    document.querySelectorAll("#review-pane details.action[open]").forEach(function (d) {
      if (d !== details && d.id !== "edit-action") d.open = false;
    });
    details.open = true;
    var field = details.querySelector(focusSelector || "textarea, input:not([type=hidden]), select");
    if (field) {
      field.focus();
      if (field.tagName === "TEXTAREA") field.setSelectionRange(field.value.length, field.value.length);
    }
    details.scrollIntoView({ block: "nearest" });
    return true;
  }

  function armApprove() {
    var button = document.getElementById("approve-button");
    if (!button || button.disabled) return;
    if (button.classList.contains("is-armed") && document.activeElement === button) {
      button.click();
      return;
    }
    button.classList.add("is-armed");
    button.setAttribute("aria-describedby", "approve-hint");
    button.focus();
    if (!document.getElementById("approve-hint")) {
      var hint = document.createElement("span");
      hint.id = "approve-hint";
      hint.className = "approve-hint";
      hint.textContent = "Enter or a again sends it";
      button.parentNode.appendChild(hint);
    }
  }
  document.addEventListener("focusout", function (event) {
    if (event.target && event.target.id === "approve-button") {
      event.target.classList.remove("is-armed");
      var hint = document.getElementById("approve-hint");
      if (hint) hint.remove();
    }
  });

  // Opening a ticket claims nothing; t presses the pane's Take (absent once someone holds it).
  function takeTicket() {
    var button = document.getElementById("take-button");
    if (!button) return false;
    button.click();
    return true;
  }

  // m: Assign to me (ownership, which stays; Take only says who is on it now).
  function assignToMe() {
    var button = document.getElementById("assign-me");
    if (!button) return false;
    button.click();
    return true;
  }

  function focusNote() {
    var field = document.querySelector("#review-pane #note-text");
    if (!field) return false;
    field.focus();
    field.scrollIntoView({ block: "nearest" });
    return true;
  }

  function toggleHelp(show) {
    var box = help();
    if (!box) return;
    var visible = show === undefined ? box.hidden : show;
    box.hidden = !visible;
    if (visible) {
      var close = box.querySelector("[data-keys-close]");
      if (close) close.focus();
    }
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (!layout()) return;
    var target = event.target;
    // Ctrl/Cmd+Enter in a review textarea submits its form (send the edit or the correction).
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target && target.tagName === "TEXTAREA") {
      var form = target.closest("form");
      if (form && pane() && pane().contains(form)) {
        event.preventDefault();
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
      }
      return;
    }
    if (event.key === "Escape") {
      if (help() && !help().hidden) { toggleHelp(false); return; }
      var openDetails = target && target.closest ? target.closest("details.action") : null;
      if (openDetails) { openDetails.open = false; openDetails.querySelector("summary").focus(); }
      else if (typing(target)) target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(target)) return;
    if (help() && !help().hidden && event.key !== "?") return;
    var handled = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "t": handled = takeTicket(); break;
      case "m": handled = assignToMe(); break;
      case "a": armApprove(); break;
      case "e": handled = openAction("edit-action", "textarea"); break;
      case "i": handled = openAction("edit-action", ".macro-select"); break;
      case "r": handled = openAction("reject-action", "input[name=reason]"); break;
      case "x": handled = openAction("escalate-action", "select"); break;
      case "g": handled = openAction("regenerate-action", "input[name=instruction]"); break;
      case "n": handled = focusNote(); break;
      case "?": toggleHelp(); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-keys-close]")) toggleHelp(false);
    if (target && target.id === "keys-help") toggleHelp(false);
    // A click on a row selects it at once (the pane follows when htmx has it).
    var row = target && target.closest ? target.closest("#queue-list .qrow") : null;
    if (row) {
      rows().forEach(function (r) { r.classList.remove("is-selected"); });
      row.classList.add("is-selected");
      wanted = row.getAttribute("data-ticket");
    }
  });

  // After a decision that takes the ticket off the agent's hands (approve, send, escalate,
  // resolve), its row leaves the list and the next ticket opens: the queue is cleared key by key.
  document.addEventListener("review:done", function (event) {
    var detail = event.detail || {};
    if (!detail.moves_on) return;
    var all = rows();
    var index = all.findIndex(function (r) { return r.getAttribute("data-ticket") === String(detail.ticket); });
    if (index < 0) return;
    var next = all[index + 1] || all[index - 1] || null;
    all[index].remove();
    var toast = document.getElementById("queue-toast");
    if (toast) {
      var notice = document.getElementById("review-notice");
      toast.textContent = "SD-" + detail.ticket + ": " + (notice ? notice.textContent : "done");
    }
    if (next) open(next);
  });

  document.addEventListener("htmx:afterSettle", markSelected);
  document.addEventListener("DOMContentLoaded", markSelected);
})();
