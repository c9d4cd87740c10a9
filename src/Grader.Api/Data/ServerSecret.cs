namespace Grader.Api.Data;

/// <summary>
/// A secret the service generates for itself on first use and keeps in the database, so every replica and every
/// restart shares it (the hidden cases' seed key). Never returned by any endpoint.
/// </summary>
public sealed class ServerSecret
{
    public const string HiddenCaseSeedKey = "hidden-case-seeds";

    public required string Name { get; set; }

    public required byte[] Value { get; set; }

    public DateTime CreatedAt { get; set; }
}
