namespace Grader.Exercises.Catalog;

/// <summary>A visible case as students see it before submitting: its input and the expected result, as text.</summary>
public sealed record Example(int Index, LocalizedText Name, string? Input, string? Expected);
