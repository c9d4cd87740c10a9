using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.RegradeRequests;

/// <summary>How asking for and answering regrades is refused.</summary>
internal static class RegradeProblems
{
    public static readonly ProblemText NotYourSubmission = new(Status403Forbidden, "Not your submission", "不是你的提交",
        "Only the student whose submission it is may ask for a regrade; staff change the grade directly (PUT /submissions/{{id}}/grade).",
        "只有提交者本人可以申請重新評分；助教請直接修改成績（PUT /submissions/{{id}}/grade）。");

    public static readonly ProblemText NotGradedYet = new(Status409Conflict, "Not graded yet", "尚未評分",
        "This submission has no grade yet: ask for a regrade once it is graded.", "這份提交尚未評分：評分完成後再申請重新評分。");

    public static readonly ProblemText BadCase = new(Status400BadRequest, "Bad case", "沒有這筆測資",
        "caseIndex is from 0 to {0} (the cases' index in the submission; got {1}).", "caseIndex 須介於 0 到 {0}（提交結果中各測資的 index；收到 {1}）。");

    public static readonly ProblemText AlreadyOpen = new(Status409Conflict, "Regrade already requested", "已申請重新評分",
        "This submission already has an open regrade request: wait for the TA's answer (GET /regrade-requests), then ask again if you need to.",
        "這份提交已有一個待處理的重新評分申請：請等候助教回覆（GET /regrade-requests），需要時再提出新的申請。");

    public static readonly ProblemText BadFilter = new(Status400BadRequest, "Bad filter", "篩選條件錯誤",
        "exerciseId and assignmentId are ids such as cumsum or hw1 (lower-case letters, digits and '-').",
        "exerciseId 與 assignmentId 是代號，例如 cumsum 或 hw1（小寫字母、數字與 '-'）。");

    public static readonly ProblemText UnknownStatus = new(Status400BadRequest, "Unknown status", "沒有這個狀態",
        "status is one of {0} (got '{1}').", "status 須是 {0} 之一（收到 '{1}'）。");

    public static readonly ProblemText UnknownAssignment = new(Status400BadRequest, "Bad filter", "篩選條件錯誤",
        "There is no assignment '{0}'. GET /assignments lists them.", "沒有作業 '{0}'。GET /assignments 會列出所有作業。");

    public static readonly ProblemText UnknownRequest = new(Status404NotFound, "Unknown regrade request", "沒有這個重新評分申請",
        "You have no regrade request {0}.", "你沒有編號 {0} 的重新評分申請。");

    public static readonly ProblemText NoReason = new(Status400BadRequest, "Bad grade change", "成績修改有誤",
        "A grade change needs a reason (grade.reason): the student sees it, and the audit trail keeps it.",
        "修改成績需要理由（grade.reason）：學生會看到，稽核紀錄也會保留。");

    public static readonly ProblemText AlreadyResolved = new(Status409Conflict, "Already resolved", "已處理",
        "Regrade request {0} was resolved already; its answer stays as it is (a student who disagrees asks again).",
        "重新評分申請 {0} 已經處理過；答覆不會再改（學生若不同意可再提出申請）。");
}
