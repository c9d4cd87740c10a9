using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Submissions;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>
/// Every attempt has hidden cases of its own, from a seed keyed with the service's secret: nothing learnt about one
/// attempt's hidden inputs helps with the next, and nobody can compute them from cases.cs.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AttemptSeedTests(SharedApi api)
{
    [Fact]
    public async Task Each_attempt_is_numbered_and_gets_a_seed_of_its_own_that_students_never_see()
    {
        var (student, userName, studentId) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");

        var first = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var second = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var otherExercise = await Submit.ReadAsync(await Submit.TextAsync(student, "does not compile", "dot-product"));

        Assert.Equal(1, first.Attempt);
        Assert.Equal(2, second.Attempt);
        Assert.Equal(1, otherExercise.Attempt);
        Assert.Null(first.Seed);
        Assert.Contains("\"seed\":null", await student.GetStringAsync($"/submissions/{first.Id}"), StringComparison.Ordinal);

        var firstSeed = (await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{first.Id}", Json.Options))!.Seed;
        var secondSeed = (await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{second.Id}", Json.Options))!.Seed;
        Assert.NotEqual(firstSeed, secondSeed);

        // Derived under the key the service stored, not from anything a student knows.
        var key = await api.WithDatabaseAsync(db => db.ServerSecrets.Where(s => s.Name == ServerSecret.HiddenCaseSeedKey).Select(s => s.Value).SingleAsync());
        Assert.Equal(Seeds.KeyBytes, key.Length);
        Assert.Equal(Seeds.ForAttempt(key, "cumsum", studentId, 2), secondSeed);
        Assert.NotEqual(Seeds.ForStudent("cumsum", userName), firstSeed);
    }

    [Fact]
    public async Task Submissions_sent_at_once_never_share_an_attempt()
    {
        var (student, _, _) = await api.NewUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Submit.TextAsync(student, Submit.HonestCumsum, wait: 0)));
        var attempts = new List<int>();
        foreach (var response in responses)
        {
            attempts.Add((await Submit.ReadAsync(response)).Attempt);
        }

        Assert.Equal(Enumerable.Range(1, 6), attempts.Order());
    }

    [Fact]
    public async Task On_a_new_database_the_first_submissions_sent_at_once_share_one_key_made_for_them()
    {
        await using var fresh = await GraderApiFactory.StartAsync();
        var students = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fresh.NewUserAsync()));

        var responses = await Task.WhenAll(students.Select(s => Submit.TextAsync(s.Client, Submit.HonestCumsum, wait: 0)));

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.Accepted, r.StatusCode));
        var keys = await fresh.WithDatabaseAsync(db => db.ServerSecrets.ToListAsync());
        var key = Assert.Single(keys).Value;
        foreach (var (response, student) in responses.Zip(students))
        {
            var id = (await Submit.ReadAsync(response)).Id;
            var seed = await fresh.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Seed).SingleAsync());
            Assert.Equal(Seeds.ForAttempt(key, "cumsum", student.Id, 1), seed);
        }
    }
}
