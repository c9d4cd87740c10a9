using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Assignments;

/// <summary>How assignments, extensions and pinned submissions are refused.</summary>
internal static class AssignmentProblems
{
    public static readonly ProblemText IdRequired = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "id is required: a short slug such as hw1.", "id 為必填：一個簡短代號，例如 hw1。");

    public static readonly ProblemText IdChanged = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "An assignment's id does not change (the URL says {0}, the body {1}).", "作業的 id 不能更改（網址是 {0}，內容是 {1}）。");

    public static readonly ProblemText UnknownExercises = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "Unknown exercise(s): {0}. GET /exercises lists them.", "沒有這些練習：{0}。GET /exercises 會列出所有練習。");

    public static readonly ProblemText ListedTwice = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "{0} is listed twice; each exercise appears once.", "{0} 列了兩次；每個練習只能出現一次。");

    public static readonly ProblemText DueBeforeOpen = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "dueAt must be later than opensAt.", "dueAt 必須晚於 opensAt。");

    public static readonly ProblemText LateBeforeDue = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "lateUntil must be later than dueAt.", "lateUntil 必須晚於 dueAt。");

    public static readonly ProblemText LateHalf = new(Status400BadRequest, "Bad assignment", "作業有誤",
        "lateUntil and lateCreditPercent go together: give both for a late window, or neither.",
        "lateUntil 與 lateCreditPercent 要一起使用：設定遲交期間時兩者都要填，否則都不填。");

    public static readonly ProblemText ChangedMeanwhile = new(Status409Conflict, "Assignment changed meanwhile", "作業已被修改",
        "Another change of '{0}' was stored at the same moment; nothing of yours was. GET it, then send yours again.",
        "同一時間已儲存了 '{0}' 的另一個修改；你的修改沒有儲存。請先 GET 讀取，再送出一次。");

    public static readonly ProblemText UnknownAssignment = new(Status404NotFound, "Unknown assignment", "沒有這份作業",
        "There is no assignment '{0}'. GET /assignments lists them.", "沒有作業 '{0}'。GET /assignments 會列出所有作業。");

    public static readonly ProblemText AssignmentExists = new(Status409Conflict, "Assignment exists", "作業已存在",
        "There is already an assignment '{0}'; change it with PUT /assignments/{0}, or choose another id.",
        "已經有作業 '{0}'；請用 PUT /assignments/{0} 修改，或換一個 id。");

    public static readonly ProblemText BadExtension = new(Status400BadRequest, "Bad extension", "延期有誤",
        "An extension's due date is later than the assignment's ({0:O}).", "延期的截止時間必須晚於作業的截止時間（{0:O}）。");

    public static readonly ProblemText NotInAssignment = new(Status404NotFound, "Not in this assignment", "不在這份作業中",
        "Assignment '{0}' has no exercise '{1}'.", "作業 '{0}' 沒有練習 '{1}'。");

    public static readonly ProblemText BadPin = new(Status400BadRequest, "Bad pin", "指定的提交有誤",
        "Submission {0} is not a graded submission of '{1}' by user {2}.", "提交 {0} 不是使用者 {2} 在 '{1}' 已評分的提交。");

    public static readonly ProblemText OverrideChangedMeanwhile = new(Status409Conflict, "Changed meanwhile", "已被修改",
        "Someone else decided this for the same student at the same moment; nothing of yours was stored. Look at the audit trail, then send yours again if it still applies.",
        "同一時間有別人為同一位學生做了決定；你的修改沒有儲存。請查看稽核紀錄，如果仍然需要再送出一次。");

    public static readonly ProblemText OrderBadId = new(Status400BadRequest, "Bad exercise order", "練習順序有誤",
        "exerciseIds[{0}] is not an exercise id (lower-case letters, digits and '-', such as cumsum).",
        "exerciseIds[{0}] 不是練習代號（小寫字母、數字和 '-'，例如 cumsum）。");

    public static readonly ProblemText OrderListedTwice = new(Status400BadRequest, "Bad exercise order", "練習順序有誤",
        "{0} is listed twice; list each of the assignment's exercises once.", "{0} 列了兩次；作業的每個練習只能列一次。");

    public static readonly ProblemText OrderNotItsExercises = new(Status409Conflict, "Not the assignment's exercises", "不是這份作業的練習",
        "List exactly the exercises of '{0}', each once: now {1}. To add or remove one, PUT /assignments/{0}.",
        "請剛好列出 '{0}' 的練習，每個一次：目前是 {1}。要增減練習，請用 PUT /assignments/{0}。");

    public static readonly ProblemText OrderChangedMeanwhile = new(Status409Conflict, "Assignment changed meanwhile", "作業同時被修改了",
        "Another change of '{0}' was stored at the same moment; nothing of yours was. GET it, then send the order again.",
        "'{0}' 同時有另一個修改被儲存，你的修改沒有儲存。請重新 GET，再送一次順序。");
}
