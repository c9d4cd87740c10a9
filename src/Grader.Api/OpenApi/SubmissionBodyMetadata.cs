namespace Grader.Api.OpenApi;

/// <summary>Marks the submit endpoint, whose body the handler reads itself, so the OpenAPI document can describe it.</summary>
internal sealed class SubmissionBodyMetadata;
