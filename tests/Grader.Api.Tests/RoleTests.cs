using System.Net;
using System.Net.Http.Json;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Exercises.Grading;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace Grader.Api.Tests;

/// <summary>
/// What each role does and does not do, as separate processes on one PostgreSQL: an api node serves the exercises and
/// grades that graders produce without ever loading libtorch; a grader node has no public endpoints but health.
/// </summary>
[Collection(ServiceProcessCollection.Name)]
public sealed class RoleTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    /// <summary>Native libraries of TorchSharp: libtorch itself, its core (c10) and the binding (libLibTorchSharp).</summary>
    private static readonly string[] Libtorch = ["libtorch", "libc10", "LibTorchSharp"];

    [Fact]
    public async Task An_api_node_serves_examples_and_grades_from_graders_without_loading_libtorch()
    {
        var database = postgres.ConnectionString("grader_roles");
        var nodes = new List<ServiceProcess>();
        try
        {
            var api = ServiceProcess.StartNode("api", GradingRole.Api, database);
            nodes.Add(api);
            await api.WaitUntilReadyAsync();
            var student = await api.NewStudentAsync("role-student");

            // No grader has run the reference yet, and an api node never does.
            var before = await student.GetFromJsonAsync<ExerciseDetail>("/exercises/cumsum", Json.Options);
            Assert.All(before!.Examples, e => Assert.Null(e.Expected));

            var grader = ServiceProcess.StartNode("grader", GradingRole.Grader, database);
            nodes.Add(grader);
            await grader.WaitUntilReadyAsync();
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            ExerciseDetail? detail;
            while ((detail = await student.GetFromJsonAsync<ExerciseDetail>("/exercises/cumsum", Json.Options))!.Examples.Any(e => e.Expected is null))
            {
                Assert.True(DateTime.UtcNow < deadline, "The grader did not store the examples' reference results within 2 minutes.");
                await Task.Delay(200);
            }

            var accepted = await Submit.GradedAsync(student, Submit.HonestCumsum);
            var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
            var full = await student.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{wrong.Id}", Json.Options);
            (await student.GetAsync("/exercises")).EnsureSuccessStatusCode();
            (await student.GetAsync("/submissions")).EnsureSuccessStatusCode();

            Assert.Equal("(tensor([[6, 9]]), tensor([[0, 1], [2, 4], [6, 9]]))", detail.Examples[0].Expected);
            Assert.Equal((Verdict.Accepted, 5), (accepted.Verdict!.Value, accepted.Score!.Value));
            Assert.Contains(full!.Cases!, c => c.Message?.Contains("keepdim", StringComparison.Ordinal) == true);
            var apiLibraries = api.MemoryMaps().Where(line => Libtorch.Any(name => line.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.True(apiLibraries.Count == 0, $"The api node mapped libtorch:\n{string.Join('\n', apiLibraries.Take(5))}");
            // The same probe finds it where it is: the grader runs the reference in its own process.
            Assert.Contains(grader.MemoryMaps(), line => line.Contains("libtorch", StringComparison.Ordinal));
        }
        catch
        {
            foreach (var node in nodes)
            {
                output.WriteLine(node.Log());
            }

            throw;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_grader_node_answers_health_but_has_no_exercises_submissions_or_swagger()
    {
        await using var grader = ServiceProcess.StartNode("grader", GradingRole.Grader, postgres.ConnectionString("grader_grader_only"));
        try
        {
            await grader.WaitUntilReadyAsync();
            var client = grader.Client(GraderApiFactory.InstructorToken);

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            foreach (var path in new[] { "/exercises", "/exercises/cumsum", "/submissions", "/users/me", "/swagger", "/swagger/v1/swagger.json", "/", "/app", "/app/signin" })
            {
                Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"GET {path} did not answer 404");
            }

            Assert.Equal(HttpStatusCode.NotFound, (await Submit.TextAsync(client, Submit.HonestCumsum)).StatusCode);
        }
        catch
        {
            output.WriteLine(grader.Log());
            throw;
        }
    }

    [Theory]
    [InlineData(GradingRole.Api)]
    [InlineData(GradingRole.Grader)]
    public async Task A_split_role_on_sqlite_stops_the_process_naming_the_setting(GradingRole role)
    {
        var folder = Directory.CreateTempSubdirectory("grader-role-").FullName;
        try
        {
            await using var node = ServiceProcess.Start($"{role} on sqlite", new Dictionary<string, string>
            {
                ["Grading:Role"] = role.ToString(),
                ["ConnectionStrings:Grader"] = $"Data Source={Path.Combine(folder, "grader.db")}",
                ["Auth:BootstrapToken"] = GraderApiFactory.InstructorToken,
            });

            Assert.NotEqual(0, await node.WaitForExitAsync(TimeSpan.FromMinutes(2)));
            Assert.Contains("Grading:Role", node.Log(), StringComparison.Ordinal);
            Assert.Contains("Database:Provider Postgres", node.Log(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
