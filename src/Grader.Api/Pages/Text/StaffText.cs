using Grader.Api.Data;
using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>Strings the staff pages share: filters, paging, forms, refusals, roles and states.</summary>
internal static class StaffText
{
    public static readonly LocalizedText Filter = new("Filter", "篩選");
    public static readonly LocalizedText Any = new("Any", "全部");
    public static readonly LocalizedText Assignment = new("Assignment", "作業");
    public static readonly LocalizedText Exercise = new("Exercise", "習題");
    public static readonly LocalizedText Student = new("Student", "學生");
    public static readonly LocalizedText StudentUserName = new("Student (user name)", "學生（帳號）");
    public static readonly LocalizedText Verdict = new("Verdict", "判定");
    public static readonly LocalizedText Status = new("Status", "狀態");
    public static readonly LocalizedText Score = new("Score", "得分");
    public static readonly LocalizedText Attempt = new("Attempt", "第幾次");
    public static readonly LocalizedText Submitted = new("Submitted", "提交時間");
    public static readonly LocalizedText Submission = new("Submission", "提交");
    public static readonly LocalizedText Reason = new("Reason", "原因");
    public static readonly LocalizedText Paging = new("Pages", "分頁");
    public static readonly LocalizedText Previous = new("Previous page", "上一頁");
    public static readonly LocalizedText Next = new("Next page", "下一頁");
    public static readonly LocalizedText PageOf = new("Page {0} of {1} ({2} in all)", "第 {0} 頁，共 {1} 頁（共 {2} 筆）");
    public static readonly LocalizedText Nothing = new("Nothing to show.", "沒有資料。");
    public static readonly LocalizedText Refused = new("Not done:", "未完成：");
    public static readonly LocalizedText Done = new("Done.", "已完成。");
    public static readonly LocalizedText TimesInUtc = new("Times are in UTC.", "時間皆為世界協調時間。");
    public static readonly LocalizedText Yes = new("yes", "是");
    public static readonly LocalizedText No = new("no", "否");

    public static readonly LocalizedText BadInput = new("Some fields are not valid.", "部分欄位的內容無效。");
    public static readonly LocalizedText NotFound = new("It does not exist (any more).", "找不到這筆資料（可能已不存在）。");
    public static readonly LocalizedText Conflict = new("Someone changed it meanwhile, or it is already decided.", "資料已被他人變更，或已經處理過。");
    public static readonly LocalizedText Stale = new("The grade changed since you opened the page: reload it and decide again.", "開啟頁面後成績已有變動：請重新載入頁面後再決定。");
    public static readonly LocalizedText OtherRefusal = new("The request was refused.", "請求被拒絕。");

    public static LocalizedText Of(Role role) => role switch
    {
        Role.Student => new("Student", "學生"),
        Role.TA => new("TA", "助教"),
        _ => new("Instructor", "教師"),
    };

    public static LocalizedText Of(RegradeStatus status) => status == RegradeStatus.Open ? new("Open", "待處理") : new("Resolved", "已處理");

    public static LocalizedText Of(RejudgeState state) => state switch
    {
        RejudgeState.Open => new("Open", "進行中"),
        RejudgeState.Applied => new("Applied", "已套用"),
        _ => new("Cancelled", "已取消"),
    };

    public static LocalizedText Of(RejudgeItemStatus status) => status switch
    {
        RejudgeItemStatus.Queued => new("Waiting", "等待中"),
        RejudgeItemStatus.Running => new("Being graded", "批改中"),
        RejudgeItemStatus.Completed => new("Done", "完成"),
        _ => new("Cancelled", "已取消"),
    };

    public static LocalizedText Of(Assignments.Lateness lateness) => lateness switch
    {
        Assignments.Lateness.OnTime => new("On time", "準時"),
        Assignments.Lateness.Late => new("Late", "遲交"),
        _ => new("Too late", "逾期"),
    };
}
