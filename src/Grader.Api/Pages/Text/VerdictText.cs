using Grader.Api.Data;
using Grader.Exercises;
using Grader.Exercises.Grading;

namespace Grader.Api.Pages.Text;

/// <summary>Verdicts and statuses as the pages name them.</summary>
internal static class VerdictText
{
    public static LocalizedText Of(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => new("Accepted", "通過"),
        Verdict.WrongAnswer => new("Wrong answer", "答案錯誤"),
        Verdict.CompilationError => new("Compilation error", "編譯錯誤"),
        Verdict.ForbiddenApi => new("Forbidden API", "使用了禁止的 API"),
        Verdict.RuntimeError => new("Runtime error", "執行時錯誤"),
        Verdict.TimeLimitExceeded => new("Time limit exceeded", "超過時間限制"),
        Verdict.MemoryLimitExceeded => new("Memory limit exceeded", "超過記憶體限制"),
        Verdict.OutputLimitExceeded => new("Output limit exceeded", "超過輸出限制"),
        Verdict.InternalError => new("Internal error", "系統內部錯誤"),
        Verdict.Skipped => new("Skipped", "未執行"),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static LocalizedText Of(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Queued => new("Waiting to be graded", "等待批改"),
        SubmissionStatus.Running => new("Being graded", "批改中"),
        SubmissionStatus.Completed => new("Graded", "已批改"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static readonly LocalizedText NotTried = new("Not tried yet", "尚未提交");

    /// <summary>A CSS class per verdict, so a page can colour it (text says it too: colour is never the only sign).</summary>
    public static string CssClass(Verdict? verdict) => verdict switch
    {
        null => "verdict-none",
        Verdict.Accepted => "verdict-ok",
        _ => "verdict-bad",
    };
}
