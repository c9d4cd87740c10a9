using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Grader.LoadTest;

/// <summary>What happened to one submission, from the first POST to its final verdict.</summary>
internal sealed record Outcome(long? Id, string ExerciseId, string Expected, string? Verdict, double Milliseconds, int Refusals503, string? Failure);

/// <summary>A student who submits one attempt after another and waits for each grade, as Swagger users do.</summary>
internal sealed class Student(Uri address, string token)
{
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public async Task<List<Outcome>> RunAsync(IEnumerable<Attempt> attempts)
    {
        var outcomes = new List<Outcome>();
        foreach (var attempt in attempts)
        {
            outcomes.Add(await SubmitAsync(attempt));
        }

        return outcomes;
    }

    private async Task<Outcome> SubmitAsync(Attempt attempt)
    {
        var clock = Stopwatch.StartNew();
        var refusals = 0;
        while (true)
        {
            using var response = await http.PostAsync(
                $"/exercises/{attempt.ExerciseId}/submissions?wait=10",
                new StringContent(attempt.Code, Encoding.UTF8, "text/plain"));

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // The designed refusal of a full queue: nothing was stored, so submit again after Retry-After.
                refusals++;
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Accepted))
            {
                return new Outcome(null, attempt.ExerciseId, attempt.ExpectedVerdict, null, clock.Elapsed.TotalMilliseconds, refusals,
                    $"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var (id, status, verdict) = await ReadAsync(response);
            while (status != "completed")
            {
                using var poll = await http.GetAsync($"/submissions/{id}?wait=10");
                if (poll.StatusCode != HttpStatusCode.OK)
                {
                    return new Outcome(id, attempt.ExerciseId, attempt.ExpectedVerdict, null, clock.Elapsed.TotalMilliseconds, refusals, $"GET answered {(int)poll.StatusCode}");
                }

                (_, status, verdict) = await ReadAsync(poll);
            }

            return new Outcome(id, attempt.ExerciseId, attempt.ExpectedVerdict, verdict, clock.Elapsed.TotalMilliseconds, refusals, null);
        }
    }

    private static async Task<(long Id, string Status, string? Verdict)> ReadAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var root = body.RootElement;
        return (
            root.GetProperty("id").GetInt64(),
            root.GetProperty("status").GetString()!,
            root.GetProperty("verdict").ValueKind == JsonValueKind.Null ? null : root.GetProperty("verdict").GetString());
    }
}
