using Grader.Api.Grading;
using Grader.Exercises.Catalog;
using Grader.Exercises.Running;
using Grader.Exercises.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests;

/// <summary>The grader's reference results: stored per exercise, catalog version and seed; run without a global lock.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferenceResultsTests(SharedApi api)
{
    [Fact]
    public async Task A_graded_submission_leaves_its_seeds_reference_results_in_the_database()
    {
        var (student, _, _) = await api.NewUserAsync();
        var graded = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var seed = await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == graded.Id).Select(s => s.Seed).SingleAsync());

        var stored = await api.WithDatabaseAsync(db => db.ReferenceRuns.AsNoTracking()
            .Where(r => r.ExerciseId == "cumsum" && r.Seed == seed).ToListAsync());

        var row = Assert.Single(stored);
        Assert.Equal(graded.CatalogVersion, row.CatalogVersion);
        Assert.Contains("\"kind\":\"tensor\"", row.Runs);
    }

    [Fact]
    public async Task A_first_grading_runs_the_reference_for_its_new_seed_without_asking_the_database()
    {
        // Another attempt's stored results, planted under the seed the next student's first attempt will have: read,
        // they would turn an honest solution into a wrong answer.
        var (someone, _, _) = await api.NewUserAsync();
        var earlier = await Submit.GradedAsync(someone, Submit.HonestCumsum);
        var (student, _, studentId) = await api.NewUserAsync();
        var nextSeed = await api.WithDatabaseAsync(async db =>
        {
            var key = await api.Services.GetRequiredService<Grader.Api.Submissions.SeedKeyStore>().KeyAsync(db, CancellationToken.None);
            var seed = Seeds.ForAttempt(key, "cumsum", studentId, attempt: 1);
            var earlierSeed = await db.Submissions.Where(s => s.Id == earlier.Id).Select(s => s.Seed).SingleAsync();
            var other = await db.ReferenceRuns.AsNoTracking().SingleAsync(r => r.ExerciseId == "cumsum" && r.Seed == earlierSeed);
            db.ReferenceRuns.Add(new Grader.Api.Data.ReferenceRun
            {
                ExerciseId = other.ExerciseId, CatalogVersion = other.CatalogVersion, Seed = seed, Runs = other.Runs, CreatedAt = other.CreatedAt,
            });
            await db.SaveChangesAsync();
            return seed;
        });

        var graded = await Submit.GradedAsync(student, Submit.HonestCumsum);

        Assert.Equal(nextSeed, await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == graded.Id).Select(s => s.Seed).SingleAsync()));
        Assert.Equal(Grader.Exercises.Grading.Verdict.Accepted, graded.Verdict);
    }

    [Fact]
    public async Task A_new_process_reads_stored_results_instead_of_running_the_reference()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("grader-reference-").FullName, "grader.db");
        const int seed = 424242;
        try
        {
            Exercise cumsum;
            await using (var first = await GraderApiFactory.StartAsync(file))
            {
                cumsum = first.Services.GetRequiredService<ExerciseCatalog>().Find("cumsum")!;
                var runs = await first.Services.GetRequiredService<ReferenceResults>().GetAsync(cumsum, seed);
                Assert.All(runs!, r => Assert.Equal(CaseEnd.Returned, r.End));

                // Mark the stored copy, so that reading it can be told apart from running the reference again.
                await first.WithDatabaseAsync(db => db.ReferenceRuns
                    .Where(r => r.ExerciseId == "cumsum" && r.Seed == seed)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Runs, r => r.Runs.Replace("\"output\":\"\"", "\"output\":\"from the database\""))));
            }

            await using var second = await GraderApiFactory.StartAsync(file);
            var again = await second.Services.GetRequiredService<ReferenceResults>().GetAsync(cumsum, seed);

            Assert.All(again!, r => Assert.Equal("from the database", r.Output));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task References_that_print_run_side_by_side_and_each_keeps_its_own_output()
    {
        var exercise = api.Services.GetRequiredService<ExerciseCatalog>().Find("numerical-limit")!;
        var seeds = Enumerable.Range(1000, 8).ToArray();
        var alone = seeds.ToDictionary(seed => seed, exercise.RunReference);

        // The graders' start routed the console; a write from another thread must not land in any run's output.
        ConsoleCapture.Route();
        Assert.True(ConsoleCapture.Routed);
        var noise = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                Console.Out.Write("server noise ");
            }
        });
        var together = await Task.WhenAll(seeds.Select(seed => Task.Run(() => exercise.RunReference(seed))));
        await noise;

        for (var i = 0; i < seeds.Length; i++)
        {
            Assert.Equal(alone[seeds[i]].Select(r => r.Output), together[i].Select(r => r.Output));
            Assert.All(together[i], r => Assert.Contains("numerical limit=", r.Output));
            Assert.All(together[i], r => Assert.DoesNotContain("server noise", r.Output));
        }
    }
}
