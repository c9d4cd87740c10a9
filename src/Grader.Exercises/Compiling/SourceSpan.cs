using Microsoft.CodeAnalysis;

namespace Grader.Exercises.Compiling;

/// <summary>A place in the student's snippet, 1-based as editors show it.</summary>
public sealed record SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan From(Location location)
    {
        var span = location.GetLineSpan();
        return new SourceSpan(
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }

    public override string ToString() => $"line {Line}, column {Column}";
}
