namespace Grader.Exercises.Catalog;

/// <summary>A problem in an exercise's files, named by file and line as a compiler would.</summary>
public sealed record CatalogError(string File, int? Line, string Message)
{
    public override string ToString() => Line is null ? $"{File}: {Message}" : $"{File}({Line}): {Message}";
}

public sealed class CatalogException(IReadOnlyList<CatalogError> errors)
    : Exception("The exercise catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<CatalogError> Errors { get; } = errors;
}
