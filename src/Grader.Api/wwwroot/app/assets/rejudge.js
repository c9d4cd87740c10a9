// A running rejudge's page: polls GET /rejudges/{id} until every submission is graded again (or the rejudge is
// applied or cancelled elsewhere), keeps the progress and the counts up to date, swaps in the items' table (rendered
// by the page, ?handler=Items) when an item changes, and enables Apply once all are done. No reload, no inline script.
"use strict";

(function () {
    const live = document.getElementById("rejudge-live");
    if (!live || live.dataset.poll !== "true") {
        return;
    }

    const id = live.dataset.rejudge;
    const progress = document.getElementById("rejudge-progress");
    const changes = document.getElementById("rejudge-changes");
    const items = document.getElementById("rejudge-items");
    const apply = document.getElementById("rejudge-apply");
    const cancel = document.getElementById("rejudge-cancel");
    const refresh = document.getElementById("rejudge-refresh");
    const state = document.getElementById("rejudge-state");
    const interval = 1500;
    let seen = "";

    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (_, index) { return String(values[Number(index)]); });
    }

    function setText(element, text) {
        if (element.textContent !== text) {
            element.textContent = text; // only a change is announced (aria-live)
        }
    }

    async function showItems() {
        const response = await grader.api(`/app/review/rejudges/${id}?handler=Items`);
        if (response.ok) {
            items.innerHTML = await response.text(); // our own Razor partial: names and ids in it are encoded
        }
    }

    async function tick() {
        let rejudge;
        try {
            const response = await grader.api(`/rejudges/${id}`, { headers: { Accept: "application/json" } });
            if (response.status === 401 || response.status === 403 || response.status === 404) {
                return; // signed out or gone: the page as it is says the rest
            }
            if (!response.ok) {
                window.setTimeout(tick, interval * 2);
                return;
            }
            rejudge = await response.json();
        } catch (error) {
            window.setTimeout(tick, interval * 2); // the network blinked: try again
            return;
        }

        const p = rejudge.progress;
        const c = rejudge.changes;
        setText(progress, format(progress.dataset.format, [p.done, p.total, p.queued, p.running, p.cancelled]));
        setText(changes, format(changes.dataset.format, [c.verdicts, c.scores, c.lower, c.flagged]));
        const key = [rejudge.state, p.done, p.running, p.cancelled].join(",");
        if (key !== seen) {
            seen = key;
            await showItems();
        }

        if (rejudge.state !== "open") {
            // Applied or cancelled from another page: nothing is left to decide here.
            setText(state, state.dataset[rejudge.state] || state.textContent);
            [apply, cancel].forEach(function (button) { if (button) { button.disabled = true; } });
            if (refresh) { refresh.hidden = true; }
            return;
        }

        if (p.done === p.total) {
            if (apply) { apply.disabled = false; }
            if (refresh) { refresh.hidden = true; }
            return;
        }

        window.setTimeout(tick, interval);
    }

    window.setTimeout(tick, interval);
})();
