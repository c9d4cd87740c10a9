using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grader.LoadTest;

// dotnet run -c Release --project benchmarks/Grader.LoadTest [-- --submissions 2000 --clients 50 --workers 2 --queue-capacity 1000]
// A queue capacity below the number of clients makes the service refuse with 503 + Retry-After (the clients retry).
//   --sandbox-baseline   afterwards grade the same submissions with the sandbox alone in this process, and print the ratio
//   --single             one student submitting cumsum alone, one after another (latency through the whole service)
//   --warmup 100         first grade this many submissions of the mix, not counted (the JIT's tiers, the workers'
//                        own warm-up and the database's caches settle as in a service that has been running a while)
//   --no-settle          after the warm-up, start timing at once instead of waiting until the service's CPU is quiet
//                        (the runtime recompiles hot methods in the background for a minute or more after start)
//   --passes 2           every student submits every exercise once per pass (a class going through the chapter);
//                        with --clients 500 that is 500 students × the catalog, timed per pass
// Against a service already running (its database must be new, since stored submissions are counted):
//   ... -- --url http://localhost:5080 --token <instructor token>
var single = args.Contains("--single");
var passes = Option("--passes", 0);
var clients = single ? 1 : Option("--clients", 50);
var mix = single ? [.. Workload.Mix().Where(a => a.ExerciseId == "cumsum" && a.ExpectedVerdict == "accepted")] : Workload.Mix();
var honest = Workload.Mix().Where(a => a.ExpectedVerdict == "accepted").ToList();
var submissions = passes > 0 ? passes * clients * honest.Count : Option("--submissions", single ? 300 : 2000);
var workers = Option("--workers", 2);
var warmup = Option("--warmup", 100);
var capacity = Option("--queue-capacity", 1000);
var url = Text("--url");
var token = Text("--token") ?? $"grd_load-{Guid.NewGuid():N}";

ServiceProcess? service = null;
if (url is null)
{
    Console.WriteLine($"Starting the service ({workers} workers, queue capacity {capacity}, SQLite) ...");
    service = await ServiceProcess.StartAsync(token, workers, capacity);
}

var address = service?.Address ?? new Uri(url!);
using var instructor = new HttpClient { BaseAddress = address, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };

var tokens = await EnrolAsync(instructor, clients);
Console.WriteLine(passes > 0
    ? $"{clients} students submit every one of {honest.Count} exercises, {passes} passes ..."
    : $"{clients} students submit {submissions} times in all ({mix.Count}-attempt mix) ...");

if (warmup > 0)
{
    Console.WriteLine($"Warming up: {warmup} submissions of the mix, not counted ...");
    var unexpected = (await RunMixAsync(warmup)).Count(o => o.Failure is not null || o.Verdict != o.Expected);
    if (unexpected > 0)
    {
        Console.WriteLine($"FAILED: {unexpected} warm-up submissions failed or got another verdict.");
        return 1;
    }
}

if (service is not null && !args.Contains("--no-settle"))
{
    var (waited, cpu) = await service.SettleAsync();
    Console.WriteLine($"Settled: the service's CPU went quiet after {waited.TotalSeconds:F0} s ({cpu.TotalSeconds:F1} s of CPU in that time) ...");
}

var clock = Stopwatch.StartNew();
var cpuBefore = service?.CpuTime();
var outcomes = new List<Outcome>();
if (passes > 0)
{
    // At most 50 students at a screen at once, as in a lab; each pass is every student through every exercise.
    using var seats = new SemaphoreSlim(50);
    for (var pass = 1; pass <= passes; pass++)
    {
        var passClock = Stopwatch.StartNew();
        var work = tokens.Select(async token =>
        {
            await seats.WaitAsync();
            try
            {
                return await new Student(address, token).RunAsync(honest);
            }
            finally
            {
                seats.Release();
            }
        });
        var done = (await Task.WhenAll(work)).SelectMany(o => o).ToList();
        outcomes.AddRange(done);
        var sorted = done.Where(o => o.Failure is null).Select(o => o.Milliseconds).Order().ToList();
        Console.WriteLine($"pass {pass}: {done.Count / passClock.Elapsed.TotalSeconds:F1} submissions/s, p50 {Percentile(sorted, 0.5):F0} ms, p99 {Percentile(sorted, 0.99):F0} ms");
    }
}
else
{
    outcomes = await RunMixAsync(submissions);
}

var elapsed = clock.Elapsed;
var cpuSpent = service?.CpuTime() - cpuBefore;

// Every submission must be stored exactly once and final: ask the API, as a TA would.
var stored = await CountAsync(instructor, "") - warmup;
var completed = await CountAsync(instructor, "&status=completed") - warmup;
var failures = outcomes.Where(o => o.Failure is not null).ToList();
var wrongVerdicts = outcomes.Where(o => o.Failure is null && o.Verdict != o.Expected).ToList();
var latencies = outcomes.Where(o => o.Failure is null).Select(o => o.Milliseconds).Order().ToList();

Console.WriteLine();
Console.WriteLine($"submissions           {outcomes.Count} ({outcomes.Count(o => o.Verdict is not null)} final)");
Console.WriteLine($"stored / completed    {stored} / {completed}");
Console.WriteLine($"throughput            {outcomes.Count / elapsed.TotalSeconds:F1} submissions/s ({elapsed.TotalSeconds:F1} s)");
Console.WriteLine($"latency to verdict    p50 {Percentile(latencies, 0.50):F1} ms, p90 {Percentile(latencies, 0.90):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, max {latencies.LastOrDefault():F0} ms");
Console.WriteLine($"503 (queue full)      {outcomes.Sum(o => o.Refusals503)}");
Console.WriteLine($"failures              {failures.Count}");
Console.WriteLine($"unexpected verdicts   {wrongVerdicts.Count}");
foreach (var failure in failures.Concat(wrongVerdicts).Take(10))
{
    Console.WriteLine($"  #{failure.Id} ({failure.ExerciseId}): expected {failure.Expected}, got {failure.Verdict ?? "-"} {failure.Failure}");
    if (failure.Id is { } id && failure.Failure is null)
    {
        // What the student would read, with the staff-only details, before the service and its database go.
        Console.WriteLine(await instructor.GetStringAsync($"/submissions/{id}"));
    }
}

if (service is not null)
{
    Console.WriteLine($"service memory        {service.ResidentMb():F0} MB resident (API process)");
    Console.WriteLine($"service CPU           {cpuSpent!.Value.TotalMilliseconds / outcomes.Count:F1} ms per submission (API process, not its workers)");
    await service.DisposeAsync();
}

if (args.Contains("--sandbox-baseline"))
{
    var work = Enumerable.Range(0, submissions).Select(i => mix[i % mix.Count]).ToList();
    var alone = await SandboxBaseline.MeasureAsync(work, warmup, workers, Math.Min(clients, 8));
    var through = outcomes.Count / elapsed.TotalSeconds;
    Console.WriteLine($"sandbox alone         {alone:F1} submissions/s (same submissions, {workers} workers, in this process)");
    Console.WriteLine($"through the API       {through / alone:P0} of the sandbox alone");
}

var ok = failures.Count == 0 && wrongVerdicts.Count == 0 && stored == submissions && completed == submissions;
Console.WriteLine(ok ? "OK: every submission reached its verdict; none lost." : "FAILED");
return ok ? 0 : 1;

// The clients share out `count` submissions of the mix, each student submitting theirs one after another.
async Task<List<Outcome>> RunMixAsync(int count)
{
    var work = Enumerable.Range(0, clients).Select(c =>
    {
        var mine = Enumerable.Range(0, count).Where(i => i % clients == c).Select(i => mix[i % mix.Count]);
        return new Student(address, tokens[c]).RunAsync(mine);
    });
    return [.. (await Task.WhenAll(work)).SelectMany(o => o)];
}

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static async Task<List<string>> EnrolAsync(HttpClient instructor, int count)
{
    var run = Guid.NewGuid().ToString("N")[..6];
    var roster = new StringBuilder("userName,displayName,role\n");
    for (var i = 0; i < count; i++)
    {
        roster.Append(CultureInfo.InvariantCulture, $"load-{run}-{i:D3},Load student {i},student\n");
    }

    var response = await instructor.PostAsync("/users/import?issueTokens=true", new StringContent(roster.ToString(), Encoding.UTF8, "text/csv"));
    response.EnsureSuccessStatusCode();
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    return [.. body.RootElement.GetProperty("created").EnumerateArray().Select(u => u.GetProperty("token").GetString()!)];
}

static async Task<int> CountAsync(HttpClient instructor, string filter)
{
    var page = await instructor.GetFromJsonAsync<JsonElement>($"/submissions?pageSize=1{filter}");
    return page.GetProperty("totalCount").GetInt32();
}

static double Percentile(List<double> sorted, double p) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
