// The exercise page: a plain textarea as the code editor (Tab indents; Esc then Tab leaves it), the draft kept in
// localStorage per user and exercise, and Submit through the JSON API with the result shown without reloading.
"use strict";

(function () {
    const form = document.getElementById("submit-form");
    if (!form) {
        return;
    }

    const code = document.getElementById("code");
    const result = document.getElementById("result");
    const submissions = document.getElementById("submissions");
    const submitButton = form.querySelector("button[type=submit]");
    const draftKey = form.dataset.draftKey;
    const indent = "    ";
    let leaving = false;

    function message(name, value) {
        const text = form.dataset["msg" + name] || form.dataset.msgOther;
        return text.replace("{0}", value || "");
    }

    function say(text) {
        const p = document.createElement("p");
        p.className = "error";
        p.textContent = text;
        result.replaceChildren(p);
    }

    function saveDraft() {
        try {
            localStorage.setItem(draftKey, code.value);
        } catch (e) {
            // Storage full or disabled: the editor still works, only without the draft.
        }
    }

    // The draft, if there is one, replaces the starter code.
    try {
        const draft = localStorage.getItem(draftKey);
        if (draft !== null) {
            code.value = draft;
        }
    } catch (e) {
        // No storage: start from the starter code.
    }

    code.addEventListener("input", saveDraft);

    code.addEventListener("keydown", function (event) {
        if (event.key === "Escape") {
            leaving = true;
            return;
        }

        if (event.key !== "Tab" || event.ctrlKey || event.altKey || event.metaKey || leaving) {
            leaving = false;
            return;
        }

        event.preventDefault();
        const value = code.value;
        const start = code.selectionStart;
        const end = code.selectionEnd;
        const lineStart = value.lastIndexOf("\n", start - 1) + 1;
        if (event.shiftKey) {
            // Outdent every selected line by up to one indent.
            const block = value.slice(lineStart, end);
            let removedFirst = 0;
            const outdented = block.split("\n").map(function (line, i) {
                const spaces = line.match(/^ {1,4}/);
                const cut = spaces ? spaces[0].length : (line.startsWith("\t") ? 1 : 0);
                if (i === 0) {
                    removedFirst = cut;
                }
                return line.slice(cut);
            }).join("\n");
            code.setRangeText(outdented, lineStart, end, "preserve");
            code.selectionStart = Math.max(lineStart, start - removedFirst);
            code.selectionEnd = lineStart + outdented.length;
        } else if (start !== end && value.slice(start, end).includes("\n")) {
            const block = value.slice(lineStart, end);
            const indented = block.split("\n").map(function (line) { return indent + line; }).join("\n");
            code.setRangeText(indented, lineStart, end, "preserve");
            code.selectionStart = start + indent.length;
            code.selectionEnd = lineStart + indented.length;
        } else {
            code.setRangeText(indent, start, end, "end");
        }
        saveDraft();
    });

    document.getElementById("reset-code").addEventListener("click", function () {
        if (window.confirm(form.dataset.msgConfirmReset)) {
            code.value = code.defaultValue;
            try { localStorage.removeItem(draftKey); } catch (e) { /* nothing kept */ }
            code.focus();
        }
    });

    // A compiler message's "Line 3, column 5" moves the caret there.
    result.addEventListener("click", function (event) {
        const button = event.target.closest(".goto-line");
        if (!button) {
            return;
        }
        const line = parseInt(button.dataset.line, 10);
        const column = parseInt(button.dataset.column, 10) || 1;
        const lines = code.value.split("\n");
        let offset = 0;
        for (let i = 0; i < Math.min(line - 1, lines.length); i++) {
            offset += lines[i].length + 1;
        }
        const target = Math.min(offset + column - 1, code.value.length);
        code.focus();
        code.setSelectionRange(target, target);
        const lineHeight = parseFloat(getComputedStyle(code).lineHeight) || 20;
        code.scrollTop = Math.max(0, (line - 3) * lineHeight);
    });

    async function showResult(id) {
        const response = await grader.api(`/app/submissions/${id}?handler=Result`);
        if (response.ok) {
            // HTML the server rendered from the submission, every value encoded there.
            result.innerHTML = await response.text();
        }
        const list = await grader.api(form.dataset.submissionsUrl);
        if (list.ok) {
            submissions.innerHTML = await list.text();
        }
    }

    form.addEventListener("submit", async function (event) {
        event.preventDefault();
        submitButton.disabled = true;
        const p = document.createElement("p");
        p.textContent = form.dataset.msgGrading;
        result.replaceChildren(p);
        try {
            const response = await grader.api(`/exercises/${encodeURIComponent(form.dataset.exercise)}/submissions?wait=10`, {
                method: "POST",
                headers: { "Content-Type": "text/plain; charset=utf-8" },
                body: code.value,
            });
            if (response.status !== 201 && response.status !== 202) {
                say(message(String(response.status), response.headers.get("Retry-After")));
                return;
            }
            let submission = await response.json();
            for (let tries = 0; submission.status !== "completed" && tries < 12; tries++) {
                const again = await grader.api(`/submissions/${submission.id}?wait=10`);
                if (!again.ok) {
                    break;
                }
                submission = await again.json();
            }
            if (submission.status !== "completed") {
                p.textContent = form.dataset.msgStillGrading;
            }
            await showResult(submission.id);
        } catch (e) {
            say(message("Other"));
        } finally {
            submitButton.disabled = false;
        }
    });
})();
