namespace Grader.Api.Http;

/// <summary>What a request may find unavailable for a while: answered 503 with Retry-After, not 500.</summary>
public enum Dependency
{
    Database,
    GradingPool,
}

/// <summary>
/// Thrown where code finds that something it needs is not ready (the grading pool while it starts, say); the
/// database's own failures need no wrapping, as <see cref="UnavailableHandler"/> recognises them by their provider's
/// exceptions.
/// </summary>
public sealed class DependencyUnavailableException(Dependency dependency, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public Dependency Dependency { get; } = dependency;
}
