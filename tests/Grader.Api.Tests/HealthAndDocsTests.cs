using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grader.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HealthAndDocsTests(SharedApi api)
{
    [Fact]
    public async Task Readiness_reports_the_database_the_workers_and_the_active_sandbox_layers()
    {
        var response = await api.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        var sandbox = checks.GetProperty("sandbox");
        Assert.True(sandbox.GetProperty("data").GetProperty("workerProcesses").GetInt32() >= 1);
        var layers = sandbox.GetProperty("data").GetProperty("layers").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Contains(layers, l => l.StartsWith("bubblewrap: no network", StringComparison.Ordinal));
        Assert.Contains(layers, l => l.StartsWith("api-policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Liveness_needs_no_token()
    {
        var response = await api.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_offers_text_plain_json_and_file_bodies_with_the_starter_as_example_and_bearer_auth()
    {
        var json = await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json");

        using var document = JsonDocument.Parse(json);
        var submit = document.RootElement.GetProperty("paths").GetProperty("/exercises/{exerciseId}/submissions").GetProperty("post");
        var content = submit.GetProperty("requestBody").GetProperty("content");
        Assert.Equal(
            File.ReadAllText(Path.Combine(Grader.Exercises.Catalog.ExerciseCatalog.DefaultDirectory, "cumsum", "starter.cs")).ReplaceLineEndings(),
            content.GetProperty("text/plain").GetProperty("example").GetString()!.ReplaceLineEndings());
        Assert.True(content.TryGetProperty("application/json", out _));
        Assert.True(content.TryGetProperty("multipart/form-data", out _));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_forms_instructors_fill_have_realistic_examples_that_the_api_accepts()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var user = schemas.GetProperty("CreateUserRequest").GetProperty("example");
        var token = schemas.GetProperty("CreateTokenRequest").GetProperty("example");
        var (instructor, _, _) = await api.NewUserAsync("instructor");

        Assert.Equal("王小明", user.GetProperty("displayName").GetString());
        Assert.Equal(120, token.GetProperty("expiresInDays").GetInt32());
        var body = JsonNode.Parse(user.GetRawText())!;
        body["userName"] = $"s{Guid.NewGuid():N}"[..12];
        var created = await instructor.PostAsync("/users", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var issued = await instructor.PostAsync($"/users/{id}/tokens", new StringContent(token.GetRawText(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
    }

    [Fact]
    public async Task Every_error_an_endpoint_can_give_is_documented_as_a_problem_with_an_example()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToDictionary(o => o.Name, o => o.Operation);
        string[] Codes(string operation) => [.. operations[operation].GetProperty("responses").EnumerateObject().Select(r => r.Name)];

        // What an LMS fetches without a token (the tool's keys and its registration values).
        string[] anonymous = ["GET /lti/jwks", "GET /lti/config"];
        foreach (var (name, operation) in operations.Where(o => !o.Key.Contains("/health/", StringComparison.Ordinal)))
        {
            if (anonymous.Contains(name))
            {
                Assert.DoesNotContain("401", Codes(name));
            }
            else
            {
                Assert.Contains("401", Codes(name));
            }

            Assert.Contains("503", Codes(name)); // checking the token, or the keys, reads the database
            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var example = response.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("example");
                Assert.Equal(int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), example.GetProperty("status").GetInt32());
            }
        }

        Assert.Superset(new HashSet<string> { "400", "401", "404", "413", "415", "429", "503" }, Codes("POST /exercises/{exerciseId}/submissions").ToHashSet());
        Assert.Superset(new HashSet<string> { "400", "401", "403", "503" }, Codes("GET /users").ToHashSet());
        Assert.Superset(new HashSet<string> { "400", "401", "403", "404", "409", "503" }, Codes("PATCH /users/{userId}").ToHashSet());
        Assert.Superset(new HashSet<string> { "401", "404", "503" }, Codes("GET /submissions/{submissionId}").ToHashSet());
        var unavailable = operations["GET /submissions/{submissionId}"].GetProperty("responses").GetProperty("503");
        Assert.StartsWith("Database unavailable", unavailable.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("database", unavailable.GetProperty("content").GetProperty("application/problem+json").GetProperty("example").GetProperty("dependency").GetString());
    }

    [Fact]
    public async Task The_root_leads_to_the_pages_and_swagger_ui_stays_at_swagger()
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var root = await client.GetAsync("/");
        var ui = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/app", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
