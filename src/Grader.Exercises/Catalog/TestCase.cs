namespace Grader.Exercises.Catalog;

/// <summary>
/// One case of an exercise for one seed. Arguments are made anew for every call, so a snippet that changes its
/// inputs in place cannot affect the reference or another case.
/// </summary>
public sealed record TestCase(
    int Index,
    LocalizedText Name,
    bool Visible,
    int Points,
    LocalizedText? Hint,
    string? ShownAs,
    Func<object?[]> Arguments);
