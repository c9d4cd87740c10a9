using Grader.Exercises;
using Microsoft.AspNetCore.Mvc;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Http;

/// <summary>
/// The problems ASP.NET writes itself (a status with no endpoint's words, failed validation), in the request's
/// language: their titles are the framework's defaults, their validation messages DataAnnotations' templates.
/// </summary>
internal static class FrameworkProblems
{
    /// <summary>ASP.NET's default title for each status it has one for.</summary>
    public static readonly IReadOnlyDictionary<int, LocalizedText> Titles = new Dictionary<int, LocalizedText>
    {
        [Status400BadRequest] = new("Bad Request", "請求有誤"),
        [Status401Unauthorized] = new("Unauthorized", "尚未登入"),
        [Status403Forbidden] = new("Forbidden", "沒有權限"),
        [Status404NotFound] = new("Not Found", "找不到"),
        [Status405MethodNotAllowed] = new("Method Not Allowed", "不支援這個方法"),
        [Status406NotAcceptable] = new("Not Acceptable", "無法提供所要求的格式"),
        [Status408RequestTimeout] = new("Request Timeout", "請求逾時"),
        [Status409Conflict] = new("Conflict", "衝突"),
        [Status412PreconditionFailed] = new("Precondition Failed", "前提條件不成立"),
        [Status415UnsupportedMediaType] = new("Unsupported Media Type", "不支援的內容類型"),
        [Status422UnprocessableEntity] = new("Unprocessable Entity", "無法處理的內容"),
        [Status426UpgradeRequired] = new("Upgrade Required", "需要升級協定"),
        [Status500InternalServerError] = new("An error occurred while processing your request.", "處理請求時發生錯誤。"),
        [Status502BadGateway] = new("Bad Gateway", "上游服務回應錯誤"),
        [Status503ServiceUnavailable] = new("Service Unavailable", "服務暫時無法使用"),
        [Status504GatewayTimeout] = new("Gateway Timeout", "上游服務逾時"),
    };

    public static void In(ProblemDetails problem, string language)
    {
        if (problem is HttpValidationProblemDetails validation)
        {
            if (validation.Title == ValidationTexts.Title.En)
            {
                validation.Title = ValidationTexts.Title.In(language);
            }

            foreach (var (field, messages) in validation.Errors.ToList())
            {
                validation.Errors[field] = [.. messages.Select(m => ValidationTexts.Translate(m).In(language))];
            }
        }
        else if (problem.Status is { } status && Titles.TryGetValue(status, out var title) && problem.Title == title.En)
        {
            problem.Title = title.In(language);
        }
    }
}
