using Grader.Api.Http;

namespace Grader.Api.Pages.Text;

/// <summary>Each language named in itself, as language pickers do.</summary>
internal static class LanguageNames
{
    public static string Of(string language) => language == Language.TraditionalChinese ? "繁體中文" : "English";
}
