namespace Grader.Exercises.Compiling;

/// <summary>
/// What a compiled snippet may reference, checked on the emitted assembly's metadata after the semantic scan, so that
/// calls the compiler writes for the student (foreach, using, lock, async, initialisers) are checked too. Names are
/// written as <see cref="ApiRule"/> writes them (Namespace.Type.Nested.Member, no generic arity).
/// </summary>
/// <param name="Allowed">Namespaces, types or members that may be used.</param>
/// <param name="Refused">Exceptions carved out of <see cref="Allowed"/>.</param>
/// <param name="NamedOnly">Types that may appear in signatures (typeof, array initialisers) but whose members may not be called.</param>
/// <param name="CompilerOnly">Types and members only the compiler's own helpers (&lt;PrivateImplementationDetails&gt;) may use.</param>
/// <param name="Reason">What a student is told when the compiled code uses anything else.</param>
/// <remarks>
/// The most specific entry wins, among these lists and the forbidden <see cref="ApiRule"/>s together: the baseline
/// forbids System.Runtime while the compiler's System.Runtime.CompilerServices.CompilerGeneratedAttribute is allowed.
/// A tie is a refusal: an exercise that forbids TorchSharp.torch.Tensor.cumsum wins over the allowlist's entry for it.
/// </remarks>
public sealed record ApiAllowlist(
    IReadOnlyList<string> Allowed,
    IReadOnlyList<string> Refused,
    IReadOnlyList<string> NamedOnly,
    IReadOnlyList<string> CompilerOnly,
    LocalizedText Reason)
{
    /// <summary>Whether a name may be used, and if not, why.</summary>
    internal ApiDecision Decide(string name, bool isType, IReadOnlyList<ApiRule> forbidden)
    {
        if (NameIndex.For(CompilerOnly).Contains(name))
        {
            return ApiDecision.ForCompiler;
        }

        if (isType && NameIndex.For(NamedOnly).Contains(name))
        {
            return ApiDecision.Yes;
        }

        var allowedIndex = NameIndex.For(Allowed);
        var allowed = allowedIndex.Longest(name);
        var refused = NameIndex.For(Refused).Longest(name);
        var refusingRule = (ApiRule?)null;
        foreach (var rule in forbidden)
        {
            var length = NameIndex.For(rule.Apis).Longest(name);
            if (length > refused)
            {
                refused = length;
                refusingRule = rule;
            }
        }

        if (allowed > refused)
        {
            return ApiDecision.Yes;
        }

        // A type some of whose members are allowed (System.Console for Console.WriteLine) may be named; each member
        // used is decided on its own.
        return isType && allowedIndex.HasEntriesInside(name)
            ? ApiDecision.Yes
            : ApiDecision.No(refusingRule?.Reason ?? Reason);
    }
}

/// <summary>The allowlist's answer for one name: allowed, allowed only in compiler helpers, or refused with a reason.</summary>
internal sealed record ApiDecision(bool Allowed, bool CompilerOnly, LocalizedText? Reason)
{
    public static readonly ApiDecision Yes = new(true, false, null);

    public static readonly ApiDecision ForCompiler = new(false, true, null);

    public static ApiDecision No(LocalizedText reason) => new(false, false, reason);
}
