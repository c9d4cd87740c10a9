// One submission's page. Staff: a line number opens the comment form on that line; comments and grade changes go
// to the JSON API (with the grade's ETag in If-Match), then the page reloads to show them. Everyone: a compiler
// message's line button jumps to that line of the code.
"use strict";

(function () {
    function focusLine(line) {
        const item = document.getElementById("L" + line);
        if (!item) {
            return;
        }
        const target = item.querySelector("button.line-no") || item;
        if (target === item) {
            item.tabIndex = -1;
        }
        target.focus();
        item.scrollIntoView({ block: "center" });
    }

    const result = document.getElementById("result");
    if (result) {
        result.addEventListener("click", function (event) {
            const button = event.target.closest(".goto-line");
            if (button) {
                focusLine(button.dataset.line);
            }
        });
    }

    function show(element, text) {
        element.textContent = text;
    }

    const commentForm = document.getElementById("comment-form");
    if (commentForm) {
        const lineInput = document.getElementById("comment-line");
        const body = document.getElementById("comment-body");
        const status = document.getElementById("comment-status");
        document.querySelectorAll("button.line-no").forEach(function (button) {
            button.addEventListener("click", function () {
                lineInput.value = button.dataset.line;
                body.focus();
            });
        });

        commentForm.addEventListener("submit", async function (event) {
            event.preventDefault();
            const line = lineInput.value === "" ? null : parseInt(lineInput.value, 10);
            const response = await grader.api(`/submissions/${commentForm.dataset.submission}/comments`, {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ line: line, body: body.value, private: document.getElementById("comment-private").checked }),
            });
            if (response.status === 201) {
                window.location.reload();
            } else {
                show(status, commentForm.dataset.msgOther);
            }
        });
    }

    const gradeForm = document.getElementById("grade-form");
    if (gradeForm) {
        const status = document.getElementById("grade-status");
        gradeForm.addEventListener("submit", async function (event) {
            event.preventDefault();
            const kind = document.getElementById("grade-kind").value;
            const points = parseInt(document.getElementById("grade-points").value, 10);
            const change = { reason: document.getElementById("grade-reason").value };
            if (kind === "override") {
                change.override = points;
            } else if (kind === "adjust") {
                change.adjustment = points;
            }
            const response = await grader.api(`/submissions/${gradeForm.dataset.submission}/grade`, {
                method: "PUT",
                headers: { "Content-Type": "application/json", "If-Match": gradeForm.dataset.etag },
                body: JSON.stringify(change),
            });
            if (response.ok) {
                show(status, gradeForm.dataset.msgSaved);
                window.location.reload();
            } else {
                show(status, response.status === 412 ? gradeForm.dataset.msg412 : gradeForm.dataset.msgOther);
            }
        });
    }
})();
