using Grader.Api.Data;
using Grader.Api.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grader.Api.Tests;

/// <summary>The graders' claims on both databases, without a service around them: order, exclusivity, leases.</summary>
public sealed class QueueClaimTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Claims_take_live_before_retries_before_rejudges_and_oldest_first(string provider)
    {
        await using var queue = await Queue.CreateAsync(provider, postgres);
        var rejudge = await queue.AddAsync(QueuePriority.Rejudge);
        var retry = await queue.AddAsync(QueuePriority.Retry);
        var live = await queue.AddAsync(QueuePriority.Live);
        var laterLive = await queue.AddAsync(QueuePriority.Live);

        var order = new List<long>();
        while (await queue.Claims.ClaimNextAsync(CancellationToken.None) is { } claim)
        {
            order.Add(claim.Submission.Id);
        }

        Assert.Equal([live, laterLive, retry, rejudge], order);
    }

    [Fact]
    public async Task Graders_claiming_at_once_on_postgresql_never_take_the_same_submission()
    {
        await using var queue = await Queue.CreateAsync("postgres", postgres);
        var ids = new List<long>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add(await queue.AddAsync(QueuePriority.Live));
        }

        var claimed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (await queue.Claims.ClaimNextAsync(CancellationToken.None) is { } claim)
            {
                mine.Add(claim.Submission.Id);
            }

            return mine;
        })));

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(ids.Order(), all.Order());
        Assert.True(claimed.Count(c => c.Count > 0) > 1, "The claims were not spread over the graders.");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_expired_lease_is_taken_over_and_only_the_new_holder_may_finish_or_renew(string provider)
    {
        await using var queue = await Queue.CreateAsync(provider, postgres);
        var id = await queue.AddAsync(QueuePriority.Live);
        var first = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;
        Assert.Null(await queue.Claims.ClaimNextAsync(CancellationToken.None));

        queue.Clock.Advance(TimeSpan.FromSeconds(Queue.LeaseSeconds + 1));
        var second = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;

        Assert.Equal((id, 2), (second.Submission.Id, second.Attempt));
        Assert.False(await queue.Claims.RenewAsync(first, CancellationToken.None));
        Assert.False(await queue.Claims.CompleteAsync(first, SubmissionGrader.Failure(first.Submission, new("x", "x"))));
        Assert.True(await queue.Claims.RenewAsync(second, CancellationToken.None));
        Assert.True(await queue.Claims.CompleteAsync(second, SubmissionGrader.Failure(second.Submission, new("x", "x"))));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_released_failure_waits_behind_live_work_and_a_shutdown_release_keeps_its_place(string provider)
    {
        await using var queue = await Queue.CreateAsync(provider, postgres);
        var failed = await queue.AddAsync(QueuePriority.Live);
        var stopped = await queue.AddAsync(QueuePriority.Live);
        var live = await queue.AddAsync(QueuePriority.Live);
        var failedClaim = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;
        var stoppedClaim = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;

        await queue.Claims.ReleaseAsync(failedClaim, countAttempt: true);
        await queue.Claims.ReleaseAsync(stoppedClaim, countAttempt: false);
        var order = new List<(long, int)>();
        while (await queue.Claims.ClaimNextAsync(CancellationToken.None) is { } claim)
        {
            order.Add((claim.Submission.Id, claim.Attempt));
        }

        Assert.Equal([(stopped, 1), (live, 1), (failed, 2)], order);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rejudge_items_wait_behind_every_submission_and_their_grade_is_stored_beside_the_submissions(string provider)
    {
        await using var queue = await Queue.CreateAsync(provider, postgres);
        var judged = await queue.AddAsync(QueuePriority.Live);
        var original = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;
        Assert.True(await queue.Claims.CompleteAsync(original, SubmissionGrader.Failure(original.Submission, new("x", "x"))));
        var item = await queue.AddRejudgeItemAsync(judged);
        var retry = await queue.AddAsync(QueuePriority.Retry);
        var live = await queue.AddAsync(QueuePriority.Live);

        var claims = new List<Claim>();
        while (await queue.Claims.ClaimNextAsync(CancellationToken.None) is { } claim)
        {
            claims.Add(claim);
        }

        Assert.Equal(new[] { live, retry, judged }, claims.Select(c => c.Submission.Id));
        var rejudged = claims[2];
        Assert.Equal((item, 1), (rejudged.Item!.Id, rejudged.Attempt));
        foreach (var done in claims.Take(2))
        {
            Assert.True(await queue.Claims.CompleteAsync(done, SubmissionGrader.Failure(done.Submission, new("x", "x"))));
        }

        queue.Clock.Advance(TimeSpan.FromSeconds(Queue.LeaseSeconds + 1));
        var takenOver = (await queue.Claims.ClaimNextAsync(CancellationToken.None))!;
        Assert.Equal((item, 2), (takenOver.Item!.Id, takenOver.Attempt));
        Assert.False(await queue.Claims.CompleteAsync(rejudged, SubmissionGrader.Failure(rejudged.Submission, new("x", "x")) with { Score = 1 }));
        Assert.True(await queue.Claims.CompleteAsync(takenOver, SubmissionGrader.Failure(takenOver.Submission, new("x", "x")) with { Score = 3, MaxScore = 5 }));
        var (submissionScore, itemScore, itemStatus) = await queue.ReadAsync(async db => (
            (await db.Submissions.FirstAsync(s => s.Id == judged)).Score,
            (await db.RejudgeItems.FirstAsync(i => i.Id == item)).Score,
            (await db.RejudgeItems.FirstAsync(i => i.Id == item)).Status));
        Assert.Equal((0, 3, RejudgeItemStatus.Completed), (submissionScore!.Value, itemScore!.Value, itemStatus));
    }

    /// <summary>A database with the service's schema and one student, and the claims over it.</summary>
    private sealed class Queue : IAsyncDisposable
    {
        public const int LeaseSeconds = 30;

        private readonly ServiceProvider services;
        private readonly string? folder;
        private int attempt;

        private Queue(ServiceProvider services, string? folder)
        {
            this.services = services;
            this.folder = folder;
            Claims = new SubmissionClaims(services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new GradingOptions { LeaseSeconds = LeaseSeconds }), Clock);
        }

        public ManualClock Clock { get; } = new(DateTimeOffset.Parse("2026-11-30T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

        public SubmissionClaims Claims { get; }

        public static async Task<Queue> CreateAsync(string provider, PostgresServer postgres)
        {
            var collection = new ServiceCollection();
            string? folder = null;
            if (provider == "postgres")
            {
                var connection = postgres.ConnectionString($"claims_{Guid.NewGuid():N}");
                collection.AddDbContext<PostgresGraderDb>(db => db.UseNpgsql(connection));
                collection.AddScoped<GraderDb>(p => p.GetRequiredService<PostgresGraderDb>());
            }
            else
            {
                folder = Directory.CreateTempSubdirectory("grader-claims-").FullName;
                collection.AddDbContext<SqliteGraderDb>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "grader.db")}"));
                collection.AddScoped<GraderDb>(p => p.GetRequiredService<SqliteGraderDb>());
            }

            var services = collection.BuildServiceProvider();
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
                await db.Database.MigrateAsync();
                db.Users.Add(new User { UserName = "s1001", DisplayName = "王小明", Role = Role.Student });
                await db.SaveChangesAsync();
            }

            return new Queue(services, folder);
        }

        public async Task<long> AddAsync(QueuePriority priority)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            var submission = new Submission
            {
                ExerciseId = "cumsum",
                CatalogVersion = "test",
                Code = "// queued",
                UserId = (await db.Users.FirstAsync()).Id,
                AttemptNumber = Interlocked.Increment(ref attempt),
                Status = SubmissionStatus.Queued,
                Priority = priority,
                SubmittedAt = Clock.GetUtcNow().UtcDateTime,
            };
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission.Id;
        }

        /// <summary>Queues a rejudge of one submission, as POST /rejudges does.</summary>
        public async Task<long> AddRejudgeItemAsync(long submissionId)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            var now = Clock.GetUtcNow().UtcDateTime;
            var item = new RejudgeItem { SubmissionId = submissionId, Status = RejudgeItemStatus.Queued, QueuedAt = now };
            db.Rejudges.Add(new Rejudge
            {
                ExerciseId = "cumsum",
                State = RejudgeState.Open,
                CreatedById = (await db.Users.FirstAsync()).Id,
                CreatedAt = now,
                Items = [item],
            });
            await db.SaveChangesAsync();
            return item.Id;
        }

        public async Task<T> ReadAsync<T>(Func<GraderDb, Task<T>> read)
        {
            await using var scope = services.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<GraderDb>());
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            if (folder is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A clock the test moves by hand (leases run out without waiting).</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
