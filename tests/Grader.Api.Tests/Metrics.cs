using System.Globalization;

namespace Grader.Api.Tests;

/// <summary>Reads /metrics (Prometheus text) the way a scraper would.</summary>
public static class Metrics
{
    /// <summary>
    /// Scrapes until <paramref name="done"/> holds (the exporter caches a scrape for 300 ms, and work finished on another
    /// thread shows in the next one), failing with the last scrape after <paramref name="within"/>.
    /// </summary>
    public static async Task<string> ScrapeUntilAsync(HttpClient client, Func<string, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var text = await client.GetStringAsync("/metrics");
            if (done(text))
            {
                return text;
            }

            Assert.True(DateTime.UtcNow < deadline, $"/metrics never showed what the test waited for. Last scrape:\n{text}");
            await Task.Delay(200);
        }
    }

    /// <summary>The samples of <paramref name="name"/> whose labels include every one of <paramref name="labels"/> (<c>key="value"</c>).</summary>
    public static IReadOnlyList<double> Samples(string text, string name, params string[] labels) =>
        [.. text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => LabelsOf(line).Contains(label)))
            .Select(line => double.Parse(
                (line.Contains('}', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[name.Length..]).Trim().Split(' ')[0],
                CultureInfo.InvariantCulture))];

    /// <summary>The sum of the matching samples (a counter split by labels this test does not care about), 0 when none.</summary>
    public static double Sum(string text, string name, params string[] labels) => Samples(text, name, labels).Sum();

    private static string[] LabelsOf(string line)
    {
        var open = line.IndexOf('{', StringComparison.Ordinal);
        var close = line.LastIndexOf('}');
        return open < 0 || close < open ? [] : line[(open + 1)..close].Split(',');
    }
}
