using Grader.Api.Review;
using Grader.Api.Users;
using Grader.Exercises;

namespace Grader.Api.Http;

/// <summary>
/// The sentences DataAnnotations writes when a request breaks its declared limits, in both languages. The attributes
/// write English (their templates below, with the field's name in <c>{0}</c>); <see cref="Translate"/> finds the
/// template a message came from and writes it again in the language asked for, field names and values kept as they are.
/// </summary>
internal static class ValidationTexts
{
    public static readonly LocalizedText Title = new("One or more validation errors occurred.", "請求的資料不符合規定。");

    /// <summary>Every template in use: the framework's own for each attribute kind, then ours (<c>ErrorMessage = ...</c>).</summary>
    public static readonly IReadOnlyList<LocalizedText> Templates =
    [
        new("The {0} field is required.", "{0} 欄位為必填。"),
        new("The field {0} must be a string with a maximum length of {1}.", "{0} 欄位最多 {1} 個字元。"),
        new("The field {0} must be a string with a minimum length of {2} and a maximum length of {1}.", "{0} 欄位須有 {2} 到 {1} 個字元。"),
        new("The field {0} must match the regular expression '{1}'.", "{0} 欄位須符合規則運算式 '{1}'。"),
        new("The field {0} must be a string or array type with a minimum length of '{1}'.", "{0} 欄位至少要有 {1} 項。"),
        new("The field {0} must be a string or array type with a maximum length of '{1}'.", "{0} 欄位最多 {1} 項。"),
        new("The field {0} must be between {1} and {2}.", "{0} 欄位須介於 {1} 與 {2} 之間。"),
        new(TextRules.NoNulMessage, "{0} 欄位不可含有 NUL 字元。"),
        new(UserNames.ControlCharactersMessage, "{0} 欄位不可含有控制字元。"),
    ];

    private static readonly EnglishTemplates Known = new(Templates);

    /// <summary>A validation message in both languages; one that matches no template is kept as it is in both.</summary>
    public static LocalizedText Translate(string message) => Known.Translate(message) ?? new LocalizedText(message, message);

    /// <summary>Several messages as one text, as a form shows them.</summary>
    public static LocalizedText Join(IEnumerable<string?> messages)
    {
        var texts = messages.OfType<string>().Select(Translate).ToList();
        return new LocalizedText(string.Join(" ", texts.Select(t => t.En)), string.Concat(texts.Select(t => t.ZhTw)));
    }
}
