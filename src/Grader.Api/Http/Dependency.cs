namespace Grader.Api.Http;

/// <summary>What a request may find unavailable for a while: answered 503 with Retry-After, not 500.</summary>
internal enum Dependency
{
    Database,
    GradingPool,
}
