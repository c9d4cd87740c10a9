using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Submissions;

/// <summary>How submitting and reading submissions is refused.</summary>
internal static class SubmissionProblems
{
    public static readonly ProblemText NoContentType = new(Status415UnsupportedMediaType, "Unsupported content type", "不支援的內容類型",
        "Send the code as {0}, {1} ({{\"code\": \"...\"}}) or {2} with a .cs file; the request had no Content-Type.",
        "請以 {0}、{1}（{{\"code\": \"...\"}}）或附上一個 .cs 檔的 {2} 送出程式碼；這個請求沒有 Content-Type。");

    public static readonly ProblemText UnsupportedContentType = new(Status415UnsupportedMediaType, "Unsupported content type", "不支援的內容類型",
        "Content-Type '{3}' is not accepted. Send the code as {0}, {1} ({{\"code\": \"...\"}}) or {2} with a .cs file.",
        "不接受 Content-Type '{3}'。請以 {0}、{1}（{{\"code\": \"...\"}}）或附上一個 .cs 檔的 {2} 送出程式碼。");

    public static readonly ProblemText UnsupportedCharset = new(Status415UnsupportedMediaType, "Unsupported charset", "不支援的字元編碼",
        "Code must be UTF-8; the request declared charset={0}.", "程式碼必須是 UTF-8；這個請求宣告的是 charset={0}。");

    public static readonly ProblemText MalformedJson = new(Status400BadRequest, "Malformed JSON", "JSON 格式錯誤",
        "The body is not valid JSON{0}. Expected {{\"code\": \"...\"}}.", "內容不是有效的 JSON{0}。應為 {{\"code\": \"...\"}}。");

    public static readonly Grader.Exercises.LocalizedText JsonWhere = new(" at line {0}, position {1}", "（第 {0} 行，第 {1} 個位置）");

    public static readonly ProblemText MissingCode = new(Status400BadRequest, "Missing code", "缺少程式碼",
        "The JSON body has no \"code\" string. Expected {{\"code\": \"...\"}}.", "JSON 內容沒有 \"code\" 字串。應為 {{\"code\": \"...\"}}。");

    public static readonly ProblemText MalformedForm = new(Status400BadRequest, "Malformed form", "表單格式錯誤",
        "The multipart body could not be read: {0}", "無法讀取 multipart 表單內容。");

    public static readonly ProblemText OneFileExpected = new(Status400BadRequest, "One file expected", "只能附一個檔案",
        "Attach exactly one .cs file (form field 'file'); the form had {0}.", "請剛好附上一個 .cs 檔（表單欄位 'file'）；這個表單有 {0} 個。");

    public static readonly ProblemText EmptyCode = new(Status400BadRequest, "Empty code", "沒有程式碼",
        "The submission has no code. Paste your snippet (e.g. the starter code, completed).", "這次提交沒有程式碼。請貼上你的程式（例如完成後的起始程式碼）。");

    public static readonly ProblemText NulInCode = new(Status400BadRequest, "NUL character in code", "程式碼含有 NUL 字元",
        "The code contains a NUL character (\\0); C# source never needs one. Save the file as plain UTF-8 text.",
        "程式碼含有 NUL 字元（\\0）；C# 原始碼不需要它。請把檔案存成純 UTF-8 文字。");

    public static readonly ProblemText InvalidUtf8 = new(Status400BadRequest, "Invalid UTF-8", "不是有效的 UTF-8",
        "The code is not valid UTF-8 (first bad byte at offset {0}). Save the file as UTF-8.", "程式碼不是有效的 UTF-8（第一個錯誤位元組在位移 {0}）。請把檔案存成 UTF-8。");

    public static readonly ProblemText CodeTooLong = new(Status413PayloadTooLarge, "Code too long", "程式碼太長",
        "The code is longer than the limit of {0} bytes.", "程式碼超過 {0} 位元組的上限。");

    public static readonly ProblemText QueueFull = new(Status503ServiceUnavailable, "Grading queue full", "評分佇列已滿",
        "{0} submissions are waiting to be graded. Nothing was stored: submit again in {1} s.", "有 {0} 份提交正在等待評分。這次沒有儲存任何東西：請在 {1} 秒後再提交。");

    public static readonly ProblemText UnknownSubmission = new(Status404NotFound, "Unknown submission", "沒有這份提交",
        "You have no submission {0}.", "你沒有編號 {0} 的提交。");

    public static readonly ProblemText BadPaging = new(Status400BadRequest, "Bad paging", "分頁參數錯誤",
        "page must be from 1 to {0} and pageSize from 1 to 100 (got page={1}, pageSize={2}).",
        "page 須介於 1 到 {0}，pageSize 須介於 1 到 100（收到 page={1}、pageSize={2}）。");

    public static readonly ProblemText BadFilter = new(Status400BadRequest, "Bad filter", "篩選條件錯誤",
        "exerciseId is an exercise id such as cumsum; student is a user name (letters, digits, '.', '_', '-', '@').",
        "exerciseId 是練習代號，例如 cumsum；student 是使用者名稱（字母、數字、'.'、'_'、'-'、'@'）。");

    public static readonly ProblemText UnknownAssignmentFilter = new(Status400BadRequest, "Bad filter", "篩選條件錯誤",
        "There is no assignment '{0}' (with exercises). GET /assignments lists them.", "沒有（含練習的）作業 '{0}'。GET /assignments 會列出所有作業。");

    public static readonly ProblemText UnknownStatus = new(Status400BadRequest, "Unknown status", "沒有這個狀態",
        "status is one of {0} (got '{1}').", "status 須是 {0} 之一（收到 '{1}'）。");

    public static readonly ProblemText UnknownVerdict = new(Status400BadRequest, "Unknown verdict", "沒有這個判定",
        "verdict is one of {0} (got '{1}').", "verdict 須是 {0} 之一（收到 '{1}'）。");

    public static readonly ProblemText BadWait = new(Status400BadRequest, "Bad wait", "等待秒數錯誤",
        "wait is in seconds, from 0 to {0} (got {1}).", "wait 以秒計，須介於 0 到 {0}（收到 {1}）。");
}
