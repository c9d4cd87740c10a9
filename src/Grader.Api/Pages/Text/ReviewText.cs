using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The staff's strings on one submission: code review, line comments, grade layers, history.</summary>
internal static class ReviewText
{
    public static readonly LocalizedText Student = new("Student", "學生");
    public static readonly LocalizedText StaffOnly = new("Staff only", "僅限助教");
    public static readonly LocalizedText Seed = new("Seed of the hidden cases", "隱藏測資的種子");
    public static readonly LocalizedText Timings = new("Times (ms): queued {0}, compile {1}, run {2}", "時間（毫秒）：排隊 {0}、編譯 {1}、執行 {2}");
    public static readonly LocalizedText Elapsed = new("{0} ms", "{0} 毫秒");
    public static readonly LocalizedText CommentOnLine = new("Comment on line {0}", "在第 {0} 行留言");
    public static readonly LocalizedText ClickLineHelp = new(
        "Choose a line number to comment on that line.", "點選行號即可針對該行留言。");
    public static readonly LocalizedText NewComment = new("New comment", "新增留言");
    public static readonly LocalizedText CommentBody = new("Comment (Markdown)", "留言（可用 Markdown）");
    public static readonly LocalizedText Line = new("Line (empty: the whole submission)", "行號（留空表示整份提交）");
    public static readonly LocalizedText PrivateNote = new("Private note (staff only)", "私人備註（僅助教可見）");
    public static readonly LocalizedText Private = new("private", "私人");
    public static readonly LocalizedText AddComment = new("Add comment", "新增留言");
    public static readonly LocalizedText Grade = new("Grade", "成績");
    public static readonly LocalizedText AutoScore = new("Autograder", "自動批改");
    public static readonly LocalizedText Adjustment = new("Adjustment (± points)", "加減分");
    public static readonly LocalizedText Override = new("Override (final score)", "覆寫（最終得分）");
    public static readonly LocalizedText Final = new("Final", "最終得分");
    public static readonly LocalizedText ChangeGrade = new("Change the grade", "調整成績");
    public static readonly LocalizedText ChangeKind = new("Change", "調整方式");
    public static readonly LocalizedText KindAdjust = new("Adjust", "加減分");
    public static readonly LocalizedText KindOverride = new("Override", "覆寫");
    public static readonly LocalizedText KindClear = new("Clear the staff's change", "清除助教的調整");
    public static readonly LocalizedText Points = new("Points", "分數");
    public static readonly LocalizedText ReasonShown = new("Reason (the student sees it)", "理由（學生看得到）");
    public static readonly LocalizedText SaveGrade = new("Save grade", "儲存成績");
    public static readonly LocalizedText History = new("History", "變更紀錄");
    public static readonly LocalizedText NoHistory = new("No changes yet.", "尚無變更。");
    public static readonly LocalizedText By = new("by", "由");
    public static readonly LocalizedText Saved = new("Saved.", "已儲存。");
    public static readonly LocalizedText GradeChangedMeanwhile = new(
        "Someone changed this grade meanwhile (a TA, or a rejudge). Reload the page, look again, then decide.",
        "這份成績在你檢視後已被更改（其他助教或重新批改）。請重新載入頁面確認後再調整。");
    public static readonly LocalizedText SaveRefused = new(
        "Not saved: check the fields (points within the maximum, a reason) and try again.",
        "未儲存：請檢查欄位（分數不可超過滿分，並填寫理由）後再試一次。");
    public static readonly LocalizedText RejudgeFlag = new(
        "A rejudge lowered the autograder's score below the final score you reviewed.",
        "重新批改後，自動批改分數低於你先前確認的最終得分。");

    public static LocalizedText Kind(Grader.Api.Data.AuditKind kind) => kind switch
    {
        Grader.Api.Data.AuditKind.CommentAdded => new("Comment added", "新增留言"),
        Grader.Api.Data.AuditKind.CommentEdited => new("Comment edited", "修改留言"),
        Grader.Api.Data.AuditKind.CommentDeleted => new("Comment deleted", "刪除留言"),
        Grader.Api.Data.AuditKind.GradeChanged => new("Grade changed", "成績變更"),
        Grader.Api.Data.AuditKind.ExtensionGranted => new("Extension granted", "核准延期"),
        Grader.Api.Data.AuditKind.SubmissionPinned => new("Submission pinned", "指定計分提交"),
        Grader.Api.Data.AuditKind.RejudgeApplied => new("Rejudge applied", "套用重新批改"),
        Grader.Api.Data.AuditKind.RegradeRequested => new("Regrade requested", "申請重新評分"),
        Grader.Api.Data.AuditKind.RegradeResolved => new("Regrade answered", "回覆重新評分申請"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
