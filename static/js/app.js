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

  // Ctrl/Cmd+Enter in the internal-note box adds the note, in the ticket page's composer sends (in the review queue, queue.js does
  // this for every textarea of the pane).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    if (document.getElementById("queue-layout")) return;
    var form = event.target && event.target.closest ? event.target.closest("form.note-form, form.reply-form") : null;
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

  // Macros: the Insert button (or Enter in the macro list) puts the chosen macro, filled for
  // this ticket on the server, at the cursor of its reply box, and says which placeholders were
  // left as written. Without this file the picker's form opens the ticket page's composer.
  function macroInsert(form) {
    var select = form.querySelector(".macro-select");
    var box = document.getElementById(form.dataset.macroTarget);
    var source = select && form.querySelector('template[data-macro="' + select.value + '"]');
    if (!box || !source) return false;
    var text = source.content.textContent;
    var start = box.selectionStart, end = box.selectionEnd;
    if (document.activeElement !== box && !box.dataset.macroCursor) start = end = box.value.length;
    box.value = box.value.slice(0, start) + text + box.value.slice(end);
    box.focus();
    box.setSelectionRange(start + text.length, start + text.length);
    box.dispatchEvent(new Event("input", { bubbles: true }));
    var note = form.querySelector(".macro-note");
    if (note) {
      note.textContent = source.dataset.macroNote || "";
      note.hidden = !source.dataset.macroNote;
    }
    return true;
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.matches && form.matches("form.macro-picker") && macroInsert(form)) {
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key !== "Enter" || !target || !target.matches || !target.matches(".macro-select")) return;
    var form = target.closest("form.macro-picker");
    if (form && macroInsert(form)) event.preventDefault();
  });
  // A reply box remembers its cursor when the agent leaves it for the macro list.
  document.addEventListener("focusout", function (event) {
    var box = event.target;
    if (box && box.tagName === "TEXTAREA" && document.querySelector('form.macro-picker[data-macro-target="' + box.id + '"]')) {
      box.dataset.macroCursor = "1";
    }
  });

  // i (outside the review queue, which has its own keys) focuses the page's macro list.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "i" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.getElementById("queue-layout")) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var select = document.querySelector(".macro-select");
    if (select) {
      event.preventDefault();
      select.focus();
    }
  });

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
