using Grader.Exercises;

namespace Grader.Api.Http;

/// <summary>
/// What a request the framework could not read gets told (<see cref="BadRequestHandler"/>), in both languages: the
/// titles, our descriptions of bad JSON, and the framework's own binding messages by their templates.
/// </summary>
internal static class BindingTexts
{
    public static readonly LocalizedText BadRequest = new("Bad request", "請求有誤");

    public static readonly LocalizedText UnsupportedContentType = new("Unsupported content type", "不支援的內容類型");

    public static readonly LocalizedText TooLarge = new("Request too large", "請求太大");

    public static readonly LocalizedText Where = new(" (line {0}, position {1})", "（第 {0} 行，第 {1} 個位置）");

    public static readonly LocalizedText WrongType = new(
        "The value of {0}{1} has the wrong type or is not one of the allowed values.", "{0}{1} 的值型別不對，或不是允許的值之一。");

    /// <summary>The parser's own words ({1}) are for programs; the Chinese sentence leaves them out.</summary>
    public static readonly LocalizedText NotJson = new("The body is not valid JSON{0}: {1}", "內容不是有效的 JSON{0}。");

    public static readonly LocalizedText Unreadable = new(
        "The request could not be read: {0}", "無法讀取這個請求：參數、內容格式或大小不符合這個端點的規定。");

    /// <summary>ASP.NET's binding messages (RequestDelegateFactory, Kestrel) as they are written in English.</summary>
    public static readonly IReadOnlyList<LocalizedText> Templates =
    [
        new("Failed to bind parameter \"{0}\" from \"{1}\".", "參數 \"{0}\" 無法取用值 \"{1}\"。"),
        new("Required parameter \"{0}\" was not provided from {1}.", "缺少必要的參數 \"{0}\"（{1}）。"),
        new("Failed to read parameter \"{0}\" from the request body as JSON.", "無法把請求內容讀成參數 \"{0}\" 的 JSON。"),
        new("Failed to read parameter \"{0}\" from the request body as form.", "無法把請求內容讀成參數 \"{0}\" 的表單。"),
        new("Implicit body inferred for parameter \"{0}\" but no body was provided. Did you mean to use a Service instead?", "參數 \"{0}\" 需要請求內容，但請求沒有內容。"),
        new("Expected a supported JSON media type but got \"{0}\".", "需要 JSON 內容類型，收到的是 \"{0}\"。"),
        new("Expected a supported form media type but got \"{0}\".", "需要表單內容類型，收到的是 \"{0}\"。"),
        new("Request body too large. The max request body size is {0} bytes.", "請求內容太大：最多 {0} 位元組。"),
        new("Unexpected end of request content.", "請求內容意外中斷。"),
    ];

    private static readonly EnglishTemplates Known = new(Templates);

    /// <summary>The framework's message in both languages; one no template knows gets a general Chinese sentence.</summary>
    public static LocalizedText Translate(string message) => Known.Translate(message) ?? ProblemText.Fill(Unreadable, message);
}
