using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Http;

internal static class CsvProblems
{
    public static readonly ProblemText UnknownFormat = new(Status400BadRequest, "Unknown format", "不支援的格式",
        "format is csv or json (got '{0}').", "format 須是 csv 或 json（收到 '{0}'）。");
}
