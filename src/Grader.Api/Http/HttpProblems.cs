using Grader.Exercises;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Http;

/// <summary>The refusals written outside an endpoint: sign-in, roles, rate limits, unreadable requests, outages, bugs.</summary>
internal static class HttpProblems
{
    public static readonly ProblemText NotAuthenticated = new(Status401Unauthorized, "Not authenticated", "尚未登入", "{0}", "{0}");

    public static readonly LocalizedText NoToken = new(
        "This endpoint needs a bearer token: send 'Authorization: Bearer <token>' (Swagger UI: the Authorize button).",
        "這個端點需要 bearer 權杖：請送出 'Authorization: Bearer <token>'（Swagger UI：按 Authorize 按鈕）。");

    public static readonly LocalizedText BadAuthorizationHeader = new(
        "The Authorization header must be 'Bearer <token>'.", "Authorization 標頭必須是 'Bearer <token>'。");

    public static readonly LocalizedText UnknownToken = new("The bearer token is not known.", "這個權杖不存在。");

    public static readonly LocalizedText RevokedToken = new("The bearer token was revoked.", "這個權杖已被撤銷。");

    public static readonly LocalizedText ExpiredToken = new("The bearer token has expired.", "這個權杖已過期。");

    public static readonly LocalizedText DeactivatedUser = new("The bearer token's user was deactivated.", "這個權杖的使用者已被停用。");

    public static readonly LocalizedText SessionEnded = new(
        "Your session has ended: sign in again at /app/signin.", "你的登入已結束：請到 /app/signin 重新登入。");

    public static readonly ProblemText Forbidden = new(Status403Forbidden, "Forbidden", "沒有權限",
        "Your role does not allow this request.", "你的角色不能做這個請求。");

    public static readonly ProblemText Antiforgery = new(Status400BadRequest, "Antiforgery token missing or invalid", "缺少或無效的防偽權杖",
        "A request made with the session cookie that changes something must send the page's antiforgery token in {0}. Reload the page and try again, or call the API with a bearer token.",
        "以登入 cookie 送出、會變更資料的請求，必須在 {0} 帶上頁面的防偽權杖。請重新載入頁面再試，或用 bearer 權杖呼叫 API。");

    public static readonly ProblemText TooManySubmissions = new(Status429TooManyRequests, "Too many submissions", "提交太頻繁",
        "You may submit {0} times in a row, then {1} times a minute. Try again in {2} s.",
        "你可以連續提交 {0} 次，之後每分鐘 {1} 次。請在 {2} 秒後再試。");

    public static readonly ProblemText GradingPoolUnavailable = new(Status503ServiceUnavailable, "Grading pool unavailable", "評分工作區暫時無法使用",
        "The grading pool is not ready (it is starting, stopping or replacing a worker). Try again in {0} s.",
        "評分工作區尚未就緒（正在啟動、停止或更換工作程序）。請在 {0} 秒後再試。");

    public static readonly ProblemText DatabaseUnavailable = new(Status503ServiceUnavailable, "Database unavailable", "資料庫暫時無法使用",
        "The database cannot be reached just now; this is not a problem with your request. Try again in {0} s.",
        "目前連不上資料庫；這不是你的請求有問題。請在 {0} 秒後再試。");

    public static readonly ProblemText InternalError = new(Status500InternalServerError, "Internal server error", "伺服器內部錯誤",
        "Something went wrong in the server. If it happens again, tell the course staff this traceId.",
        "伺服器發生錯誤。如果再次發生，請把這個 traceId 告訴課程助教。");
}
