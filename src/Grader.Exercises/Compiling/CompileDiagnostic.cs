using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Grader.Exercises.Compiling;

/// <summary>A compiler error or warning, located in the student's own snippet, in both languages.</summary>
public sealed record CompileDiagnostic(string Id, string Severity, LocalizedText Message, SourceSpan? Span)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo TraditionalChinese = CultureInfo.GetCultureInfo("zh-TW");

    public static CompileDiagnostic From(Diagnostic diagnostic) => new(
        diagnostic.Id,
        diagnostic.Severity.ToString(),
        new LocalizedText(diagnostic.GetMessage(English), diagnostic.GetMessage(TraditionalChinese)),
        diagnostic.Location.IsInSource ? SourceSpan.From(diagnostic.Location) : null);

    public override string ToString() => Span is null ? $"{Id}: {Message.En}" : $"({Span.Line},{Span.Column}): {Id}: {Message.En}";
}
