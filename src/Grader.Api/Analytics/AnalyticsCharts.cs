using System.Globalization;
using Grader.Exercises;
using Grader.Exercises.Grading;

namespace Grader.Api.Analytics;

/// <summary>The charts of an exercise's analytics, by name, built from the same numbers the JSON and the tables show.</summary>
internal static class AnalyticsCharts
{
    public static readonly IReadOnlyList<string> Names = ["attempts", "scores", "verdicts-by-hour", "misconceptions", "compile-errors", "hidden-cases"];

    /// <summary>Hours without submissions are drawn (as gaps) when the whole span is at most two weeks.</summary>
    private const int MaxFilledHours = 14 * 24;

    private static readonly ChartSeries[] One = [new("", "#0072B2")];

    public static Chart? Build(string name, ExerciseAnalytics analytics, string language)
    {
        string L(LocalizedText text) => text.In(language);
        Chart Make(LocalizedText title, LocalizedText category, LocalizedText value, LocalizedText unit, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartBar> bars, bool horizontal) => new(
            name, language, L(title), L(ChartTexts.Describe(L(title), bars.Sum(b => b.Total), unit, analytics.Title)),
            L(category), L(value), series, bars, horizontal, L(ChartTexts.NoData));

        return name switch
        {
            "attempts" => Make(ChartTexts.AttemptsTitle, ChartTexts.AttemptsAxis, ChartTexts.Students, ChartTexts.StudentsUnit, One,
                [.. analytics.AttemptsUntilAccepted.Select(b => new ChartBar(b.Label, [b.Count]))], false),
            "scores" => Make(ChartTexts.ScoresTitle, ChartTexts.ScoresAxis, ChartTexts.Students, ChartTexts.StudentsUnit, One,
                [.. analytics.Scores.Select(b => new ChartBar(b.Label, [b.Count]))], false),
            "verdicts-by-hour" => VerdictsByHour(analytics, language, Make),
            "misconceptions" => Make(ChartTexts.MisconceptionsTitle, new("Misconception", "迷思概念"), ChartTexts.SubmissionsWithIt, ChartTexts.SubmissionsUnit, One,
                [.. analytics.Misconceptions.Select(m => new ChartBar(m.Label, [m.Submissions]))], true),
            "compile-errors" => Make(ChartTexts.CompileErrorsTitle, new("Compiler error", "編譯錯誤"), ChartTexts.SubmissionsWithIt, ChartTexts.SubmissionsUnit, One,
                [.. analytics.CompileErrors.Select(e => new ChartBar(e.Id, [e.Submissions]))], true),
            "hidden-cases" => Make(ChartTexts.HiddenCasesTitle, ChartTexts.Case, ChartTexts.FailedSubmissions, ChartTexts.SubmissionsUnit, One,
                [.. analytics.HiddenCases.Select(c => new ChartBar($"{L(ChartTexts.Case)} {c.Number.ToString(CultureInfo.InvariantCulture)}: {c.Name}", [c.Submissions]))], true),
            _ => null,
        };
    }

    private static Chart VerdictsByHour(
        ExerciseAnalytics analytics, string language,
        Func<LocalizedText, LocalizedText, LocalizedText, LocalizedText, IReadOnlyList<ChartSeries>, IReadOnlyList<ChartBar>, bool, Chart> make)
    {
        var verdicts = analytics.VerdictsByHour.SelectMany(h => h.Verdicts.Select(v => v.Verdict)).Distinct().Order().ToList();
        var series = verdicts.Select(v => new ChartSeries(ChartTexts.Of(v).In(language), ChartTexts.Colour(v))).ToList();
        var byHour = analytics.VerdictsByHour.ToDictionary(h => h.Hour);
        IEnumerable<DateTime> hours = byHour.Keys.Order();
        if (byHour.Count > 0 && (byHour.Keys.Max() - byHour.Keys.Min()).TotalHours <= MaxFilledHours)
        {
            var first = byHour.Keys.Min();
            hours = Enumerable.Range(0, (int)(byHour.Keys.Max() - first).TotalHours + 1).Select(h => first.AddHours(h));
        }

        var bars = hours.Select(hour => new ChartBar(
            hour.ToString("MM-dd HH:00", CultureInfo.InvariantCulture),
            [.. verdicts.Select(v => byHour.TryGetValue(hour, out var h) ? h.Verdicts.FirstOrDefault(c => c.Verdict == v)?.Count ?? 0 : 0)])).ToList();
        return make(ChartTexts.HoursTitle, ChartTexts.HoursAxis, ChartTexts.Submissions, ChartTexts.SubmissionsUnit, series.Count == 0 ? One : series, bars, false);
    }
}
