using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Analytics;

internal static class AnalyticsProblems
{
    public static readonly ProblemText NotInAssignment = new(Status400BadRequest, "Exercise not in the assignment", "練習不在這份作業中",
        "The assignment '{0}' does not include '{1}' (it has {2}).", "作業 '{0}' 不包含 '{1}'（它有 {2}）。");

    public static readonly ProblemText UnknownLanguage = new(Status400BadRequest, "Unknown language", "不支援的語言",
        "lang is en or zh-TW (got '{0}').", "lang 須是 en 或 zh-TW（收到 '{0}'）。");

    public static readonly ProblemText UnknownChart = new(Status404NotFound, "Unknown chart", "沒有這個圖表",
        "There is no chart '{0}'. Charts: {1}.", "沒有圖表 '{0}'。圖表有：{1}。");
}
