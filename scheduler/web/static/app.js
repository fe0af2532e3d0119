// newsmon dashboard: the only script. Pages work without it; it makes "Crawl now" show live progress
// (POST with the CSRF token in a header, then poll /ui/runs/{id}/progress until the run ends) and keeps
// a running run's page up to date. No inline script, no outside host (CSP script-src 'self').
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

function describe(run) {
  const parts = [`pages ${run.pages_fetched}`, `new ${run.articles_new}`];
  if (run.articles_updated) parts.push(`updated ${run.articles_updated}`);
  if (run.errors) parts.push(`errors ${run.errors}`);
  return `${parts.join(", ")} · ${run.seconds} s`;
}

function poll(url, onUpdate, intervalMs = 1000) {
  const tick = async () => {
    let run = null;
    try {
      const resp = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" });
      if (resp.ok) run = await resp.json();
    } catch (err) { /* network hiccup: try again */ }
    if (run && onUpdate(run) === false) return;
    setTimeout(tick, intervalMs);
  };
  tick();
}

function showRun(box, run) {
  box.textContent = "";
  const link = document.createElement("a");
  link.href = `/ui/runs/${run.id}`;
  link.textContent = `run #${run.id}`;
  const status = document.createElement("span");
  status.className = `status st-${run.status}`;
  status.textContent = run.status;
  box.append(link, " ", status, " ", describe(run));
  box.dataset.runId = String(run.id);
  box.dataset.status = run.status;
}

function setupCrawlButtons() {
  for (const form of document.querySelectorAll("form.crawl-now")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const row = form.closest("tr");
      const box = row.querySelector(".progress");
      const button = form.querySelector("button");
      button.disabled = true;
      box.textContent = "starting…";
      let resp;
      try {
        resp = await fetch(form.action, {
          method: "POST", credentials: "same-origin",
          headers: { Accept: "application/json", "X-CSRF-Token": csrfToken() },
        });
      } catch (err) {
        box.textContent = "could not reach the service";
        button.disabled = false;
        return;
      }
      const body = await resp.json().catch(() => ({}));
      if (resp.status !== 202) {
        box.textContent = body.detail || `refused (${resp.status})`;
        box.dataset.status = "refused";
        button.disabled = false;
        return;
      }
      showRun(box, { id: body.run_id, status: "running", pages_fetched: 0, articles_new: 0, seconds: 0 });
      poll(body.progress_url, (run) => {
        showRun(box, run);
        if (run.status === "running") return true;
        button.disabled = false;
        return false;
      });
    });
  }
}

function setupRunPage() {
  const box = document.getElementById("run");
  if (!box || box.dataset.status !== "running") return;
  poll(`/ui/runs/${box.dataset.runId}/progress`, (run) => {
    for (const cell of box.querySelectorAll("[data-counter]")) {
      const value = run[cell.dataset.counter];
      if (value !== undefined) cell.textContent = String(value);
    }
    document.getElementById("run-seconds").textContent = `${run.seconds} s`;
    if (run.status === "running") return true;
    window.location.reload();  // the finished page has the log excerpt and errors
    return false;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupCrawlButtons();
  setupRunPage();
});
