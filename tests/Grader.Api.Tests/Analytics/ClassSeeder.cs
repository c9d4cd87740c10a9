using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Exercises;
using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>One seeded submission: who, which exercise, which attempt, and how it went.</summary>
public sealed record SeededSubmission(int Student, string ExerciseId, int Attempt, Verdict Verdict, string? Misconception);

/// <summary>
/// A class's worth of graded submissions written straight into the database (the grader would take hours to make
/// them): every student tries every exercise one to three times; four in five are accepted at their last attempt;
/// failed attempts are compile errors (CS1002) or wrong answers (the exercise's first misconception on hidden case 3,
/// hidden case 4 failed too). Each student's code is a program of their own; students 0 and 1 hand in the same one.
/// The plan it returns lets a test work out every expected number on its own.
/// </summary>
public static class ClassSeeder
{
    public static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static async Task<IReadOnlyList<SeededSubmission>> SeedAsync(GraderApiFactory api, ExerciseCatalog catalog, int students)
    {
        var users = Enumerable.Range(0, students).Select(i => new User
        {
            UserName = $"seeded{i:D4}",
            DisplayName = $"Seeded Student {i}",
            Role = Role.Student,
            CreatedAt = Start,
        }).ToList();
        await api.WithDatabaseAsync(async db =>
        {
            db.Users.AddRange(users);
            return await db.SaveChangesAsync();
        });

        var plan = new List<SeededSubmission>();
        var rows = new List<Submission>();
        foreach (var (exercise, e) in catalog.Exercises.Select((x, e) => (x, e)))
        {
            var misconception = exercise.Misconceptions.FirstOrDefault()?.Id ?? "seeded-mistake";
            var cases = exercise.Cases(0);
            for (var i = 0; i < students; i++)
            {
                var attempts = 1 + ((i + e) % 3);
                for (var a = 1; a <= attempts; a++)
                {
                    var accepted = a == attempts && i % 5 != 0;
                    var verdict = accepted ? Verdict.Accepted : (i + a) % 2 == 0 ? Verdict.CompilationError : Verdict.WrongAnswer;
                    var seeded = new SeededSubmission(i, exercise.Id, a, verdict, verdict == Verdict.WrongAnswer ? misconception : null);
                    plan.Add(seeded);
                    rows.Add(Row(exercise, cases, seeded, users[i].Id, Start.AddMinutes((i * 7) + (e * 13) + (a * 60))));
                }
            }
        }

        foreach (var chunk in rows.Chunk(2000))
        {
            await api.WithDatabaseAsync(async db =>
            {
                db.Submissions.AddRange(chunk);
                return await db.SaveChangesAsync();
            });
        }

        return plan;
    }

    private static Submission Row(Exercise exercise, IReadOnlyList<TestCase> cases, SeededSubmission seeded, int userId, DateTime at)
    {
        var score = seeded.Verdict == Verdict.Accepted ? exercise.Points : seeded.Verdict == Verdict.WrongAnswer ? cases.Where(c => c.Visible).Sum(c => c.Points) : 0;
        var report = new GradeReport(
            exercise.Id, exercise.Version, 0, seeded.Verdict, score, exercise.Points, new LocalizedText("seeded", "seeded"),
            seeded.Verdict == Verdict.CompilationError ? [new CompileDiagnostic("CS1002", "Error", new LocalizedText("; expected", "應輸入 ;"), null)] : [],
            [],
            seeded.Verdict == Verdict.CompilationError ? [] : [.. cases.Select(c => Case(c, seeded))],
            10 + (seeded.Student % 7),
            20 + (seeded.Attempt * 3));
        return new Submission
        {
            ExerciseId = exercise.Id,
            CatalogVersion = exercise.Version,
            UserId = userId,
            Code = seeded.Student < 2 ? Program(0, 1) : Program(seeded.Student, seeded.Attempt),
            AttemptNumber = seeded.Attempt,
            Status = SubmissionStatus.Completed,
            SubmittedAt = at,
            StartedAt = at,
            CompletedAt = at.AddSeconds(1),
            Verdict = seeded.Verdict,
            Score = score,
            MaxScore = exercise.Points,
            Report = ReportJson.Write(report),
            CompileMs = report.CompileMs,
            RunMs = report.RunMs,
        };
    }

    /// <summary>Hidden cases 3 and 4 (indexes 2 and 3) fail a wrong answer; 3 names the misconception.</summary>
    private static CaseResult Case(TestCase testCase, SeededSubmission seeded)
    {
        var failed = seeded.Verdict == Verdict.WrongAnswer && testCase.Index is 2 or 3;
        return new CaseResult(
            testCase.Index, testCase.Name, testCase.Visible, failed ? Verdict.WrongAnswer : Verdict.Accepted, failed ? 0 : testCase.Points, testCase.Points,
            null, null, failed && testCase.Index == 2 ? seeded.Misconception : null, null, null, null, null, 1);
    }

    /// <summary>A program of this student's own: statements drawn from a seeded random choice of shapes.</summary>
    public static string Program(int student, int attempt)
    {
        string[] shapes =
        [
            "var v{0} = A.sum({1}, keepdim: true);",
            "for (long i{0} = 0; i{0} < {1}; i{0}++) {{ A[i{0}] = A[i{0}] * {1}; }}",
            "if (A.shape[0] > {1}) {{ A = A.T; }} else {{ A = A + {1}; }}",
            "var w{0} = A.reshape(-1, {1}).mean(new long[] {{ 0 }});",
            "while (A.numel() < {1}) {{ A = cat(new[] {{ A, A }}, 0); }}",
            "A = A.clone().unsqueeze({1}).squeeze({1});",
            "var t{0} = A.max().item<float>() - {1};",
            "A = where(A > {1}, A, zeros_like(A));",
            "var s{0} = A.cumsum({1}).sub(A).abs().sum();",
            "A = A.matmul(A.T).div({1} + 1);",
        ];
        var random = new Random(student * 31 + attempt);
        var body = string.Join("\n    ", Enumerable.Range(0, 12).Select(j => string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[random.Next(shapes.Length)], j, random.Next(1, 9))));
        return $"(Tensor sum, Tensor cumsum) Solve(Tensor A)\n{{\n    {body}\n    return (A, A);\n}}\n";
    }
}
