namespace Grader.Exercises.Compiling;

/// <summary>
/// APIs a snippet may not use, with the reason a student sees. An API is a namespace, a type or a member, written
/// as its qualified name (TorchSharp.torch.Tensor.backward); a namespace or type forbids everything inside it.
/// </summary>
public sealed record ApiRule(IReadOnlyList<string> Apis, LocalizedText Reason)
{
    /// <summary>The entry that forbids the name (the most specific, when several do), or null; the rule is <see cref="NameIndex"/>'s.</summary>
    public string? Match(string qualifiedName) =>
        NameIndex.For(Apis).Longest(qualifiedName) is var length and >= 0 ? qualifiedName[..length] : null;
}

/// <summary>A use of a forbidden API at a place in the snippet.</summary>
public sealed record ForbiddenUse(string Api, SourceSpan Span, LocalizedText Reason)
{
    public override string ToString() => $"{Api} at {Span}";
}
