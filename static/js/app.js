/* Small enhancements for the console. Everything works without this file.
   No inline script anywhere: the Content-Security-Policy forbids it. */
(function () {
  "use strict";

  // Filters: drop empty fields from htmx GETs so URLs stay short and shareable.
  document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.verb !== "get") return;
    var params = event.detail.parameters;
    Object.keys(params).forEach(function (key) {
      if (params[key] === "") delete params[key];
    });
  });

  // Ctrl/Cmd+Enter in the internal-note box adds the note (in the review queue, queue.js does
  // this for every textarea of the pane).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    if (document.getElementById("queue-layout")) return;
    var form = event.target && event.target.closest ? event.target.closest("form.note-form") : null;
    if (!form) return;
    event.preventDefault();
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  });

  // The inbox's "select all" box ticks (or clears) every row of the page for the bulk bar.
  // Hidden without this file: the rows' own boxes are enough.
  document.addEventListener("change", function (event) {
    var all = event.target;
    if (!all || !all.matches || !all.matches("[data-pick-all]")) return;
    document.querySelectorAll('input[name="ticket"][form="' + all.dataset.pickAll + '"]').forEach(
      function (box) { box.checked = all.checked; }
    );
  });
  function pickAllShow() {
    document.querySelectorAll("[data-pick-all][hidden]").forEach(function (box) {
      box.hidden = false;
    });
  }
  document.addEventListener("DOMContentLoaded", pickAllShow);
  document.addEventListener("htmx:afterSettle", pickAllShow);

  // "/" focuses the element that declares data-shortcut="/" (the inbox search).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var field = document.querySelector('[data-shortcut="/"]');
    if (field) {
      event.preventDefault();
      field.focus();
      if (field.select) field.select();
    }
  });
})();
