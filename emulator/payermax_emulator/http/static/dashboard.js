// The dashboard's buttons: POST JSON to the control API from this page's own origin, then show the outcome.
"use strict";
const RESULT_KEY = "payermax-dashboard-result";

function show(text, kind) {
  const result = document.getElementById("result");
  result.textContent = text;
  result.className = kind;
}

async function post(url, body, label) {
  let response;
  try {
    response = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: body,
                                 credentials: "same-origin"});
  } catch (problem) {
    show(label + ": the emulator did not answer", "refused");
    return;
  }
  let answer = {};
  try { answer = await response.json(); } catch (problem) { answer = {}; }
  if (response.ok) {
    sessionStorage.setItem(RESULT_KEY, "Done: " + label);
    location.reload();
  } else {
    show(label + " refused (HTTP " + response.status + "): " + (answer.code || "") + " " + (answer.msg || ""),
         "refused");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const done = sessionStorage.getItem(RESULT_KEY);
  if (done) { show(done, "done"); sessionStorage.removeItem(RESULT_KEY); }
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-post]");
    if (!button) { return; }
    event.preventDefault();
    button.disabled = true;
    post(button.dataset.post, button.dataset.body || "{}", button.textContent.trim())
      .finally(() => { button.disabled = false; });
  });
  document.addEventListener("submit", (event) => {
    const form = event.target.closest("form[data-post]");
    if (!form) { return; }
    event.preventDefault();
    const field = form.dataset.field;
    const value = Number(form.elements[field].value);
    post(form.dataset.post, JSON.stringify({[field]: value}), "advance the clock by " + value + " s");
  });
});
