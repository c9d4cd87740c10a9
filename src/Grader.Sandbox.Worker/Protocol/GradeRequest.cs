namespace Grader.Sandbox.Worker.Protocol;

/// <summary>What the host asks a worker to do: compile and run one snippet on an exercise's cases for a seed.</summary>
public sealed record GradeRequest(string ExerciseId, string Code, int Seed);
