namespace Grader.Exercises.Checking;

/// <summary>Why a result is wrong, as a TA would say it; <paramref name="Misconception"/> names a known mistake.</summary>
public sealed record Mismatch(LocalizedText Message, string? Misconception = null)
{
    public Mismatch Prefixed(string label) => this with { Message = Message.Prefixed(new LocalizedText(label, label)) };
}
