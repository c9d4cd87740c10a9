namespace Grader.Exercises.Running;

/// <summary>Callbacks as a run goes: a case started (its index), a case ended (its raw result).</summary>
public sealed record RunObserver(Action<int>? Started, Action<CaseRun>? Finished);
