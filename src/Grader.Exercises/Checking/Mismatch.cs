namespace Grader.Exercises.Checking;

/// <summary>Why a result is wrong, as a TA would say it; <paramref name="Misconception"/> names a known mistake.</summary>
/// <param name="Item">Which item of a tuple or array is wrong (the catalog's result name, Item2, [3]), outermost first.</param>
public sealed record Mismatch(LocalizedText Message, string? Misconception = null, string? Item = null)
{
    public Mismatch Prefixed(string label) => this with
    {
        Message = Message.Prefixed(new LocalizedText(label, label)),
        Item = Item is null ? label : $"{label}: {Item}",
    };
}
