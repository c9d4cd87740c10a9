using Grader.Exercises;
using Grader.Exercises.Grading;

namespace Grader.Api.Analytics;

/// <summary>Every word a chart shows, in English and Traditional Chinese.</summary>
internal static class ChartTexts
{
    public static readonly LocalizedText Students = new("Students", "學生人數");
    public static readonly LocalizedText Submissions = new("Submissions", "繳交次數");
    public static readonly LocalizedText StudentsUnit = new("students", "位學生");
    public static readonly LocalizedText SubmissionsUnit = new("submissions", "次繳交");
    public static readonly LocalizedText NoData = new("No submissions yet.", "尚無繳交。");

    public static readonly LocalizedText AttemptsTitle = new("Submissions until accepted", "通過前的繳交次數");
    public static readonly LocalizedText AttemptsAxis = new("Submissions until the first accepted one", "第一次通過時的繳交次數");

    public static readonly LocalizedText ScoresTitle = new("Best score per student", "每位學生的最高分");
    public static readonly LocalizedText ScoresAxis = new("Best autograder score", "自動評分的最高分");

    public static readonly LocalizedText HoursTitle = new("Verdicts by hour (UTC)", "每小時的評判結果（UTC）");
    public static readonly LocalizedText HoursAxis = new("Hour submitted (UTC)", "繳交時間（UTC，每小時）");

    public static readonly LocalizedText MisconceptionsTitle = new("Most frequent misconceptions", "最常見的迷思概念");
    public static readonly LocalizedText CompileErrorsTitle = new("Most frequent compiler errors", "最常見的編譯錯誤");
    public static readonly LocalizedText HiddenCasesTitle = new("Hidden cases failed most often", "最常未通過的隱藏測資");
    public static readonly LocalizedText SubmissionsWithIt = new("Submissions with it", "出現的繳交次數");
    public static readonly LocalizedText FailedSubmissions = new("Submissions failing it", "未通過的繳交次數");
    public static readonly LocalizedText Case = new("Case", "測資");

    public static LocalizedText Describe(string title, int total, LocalizedText unit, string exercise) => new(
        $"{title} for {exercise}: {total} {unit.En} in all. The table beside the chart has the same numbers.",
        $"{exercise}：{title}，共 {total} {unit.ZhTw}。圖旁的表格列出相同的數字。");

    public static LocalizedText Of(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => new("Accepted", "通過"),
        Verdict.WrongAnswer => new("Wrong answer", "答案錯誤"),
        Verdict.CompilationError => new("Compilation error", "編譯錯誤"),
        Verdict.ForbiddenApi => new("Forbidden API", "使用禁止的 API"),
        Verdict.RuntimeError => new("Runtime error", "執行階段錯誤"),
        Verdict.TimeLimitExceeded => new("Time limit exceeded", "超過時間限制"),
        Verdict.MemoryLimitExceeded => new("Memory limit exceeded", "超過記憶體限制"),
        Verdict.OutputLimitExceeded => new("Output limit exceeded", "輸出超過限制"),
        Verdict.InternalError => new("Internal error", "系統內部錯誤"),
        _ => new("Skipped", "未執行"),
    };

    /// <summary>Colours told apart by most colour-blind readers (Okabe–Ito), one per verdict.</summary>
    public static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Accepted => "#009E73",
        Verdict.WrongAnswer => "#D55E00",
        Verdict.CompilationError => "#E69F00",
        Verdict.ForbiddenApi => "#CC79A7",
        Verdict.RuntimeError => "#0072B2",
        Verdict.TimeLimitExceeded => "#56B4E9",
        Verdict.MemoryLimitExceeded => "#F0E442",
        Verdict.OutputLimitExceeded => "#000000",
        _ => "#999999",
    };
}
