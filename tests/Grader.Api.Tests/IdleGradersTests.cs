using Grader.Api.Data;
using Grader.Api.Grading;

namespace Grader.Api.Tests;

/// <summary>
/// The hand-over between a submit and a grader of the same process that waits for work: each waiting grader ends its
/// wait exactly one way (woken, reserved, or given up), and a reserved grader always hears back.
/// </summary>
public sealed class IdleGradersTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    private static Claim ClaimOf(long id) => new(new Submission { Id = id, ExerciseId = "cumsum", Code = "", CatalogVersion = "1" }, 1);

    [Fact]
    public async Task A_reserved_grader_receives_the_claim_handed_over()
    {
        var idle = new IdleGraders(TimeProvider.System);
        var waiting = idle.WaitAsync(Long, CancellationToken.None);
        var reservation = await ReserveAsync(idle);

        reservation.HandOver(ClaimOf(7));

        var claim = await waiting.WaitAsync(Long);
        Assert.Equal(7, claim?.Submission.Id);
    }

    [Fact]
    public async Task A_reservation_given_back_unused_sends_the_grader_to_the_queue()
    {
        var idle = new IdleGraders(TimeProvider.System);
        var waiting = idle.WaitAsync(Long, CancellationToken.None);
        using (await ReserveAsync(idle))
        {
            // The insert failed (queue full, database away): nothing is handed over.
        }

        Assert.Null(await waiting.WaitAsync(Long));
    }

    [Fact]
    public async Task A_grader_reserved_before_its_service_stops_still_takes_the_claim()
    {
        var idle = new IdleGraders(TimeProvider.System);
        using var stopping = new CancellationTokenSource();
        var waiting = idle.WaitAsync(Long, stopping.Token);
        var reservation = await ReserveAsync(idle);

        await stopping.CancelAsync();
        await Task.Delay(50, CancellationToken.None);
        Assert.False(waiting.IsCompleted, "The grader stopped waiting with a claim on its way to it.");
        reservation.HandOver(ClaimOf(9));

        // Its grading loop gives the claim back to the queue at once (the stop cancels the run).
        Assert.Equal(9, (await waiting.WaitAsync(Long))?.Submission.Id);
    }

    [Fact]
    public async Task A_grader_that_stopped_waiting_is_never_reserved_and_work_announced_to_nobody_is_kept_for_the_next()
    {
        var idle = new IdleGraders(TimeProvider.System);
        Assert.Null(await idle.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));

        Assert.Null(idle.TryReserve());

        idle.WorkQueued();
        var next = idle.WaitAsync(Long, CancellationToken.None);
        Assert.True(next.IsCompleted, "Work announced while no grader waited was not seen by the next one to wait.");
        Assert.Null(await next);
    }

    [Fact]
    public async Task Work_wakes_one_waiting_grader_and_the_other_stays_reservable()
    {
        var idle = new IdleGraders(TimeProvider.System);
        var first = idle.WaitAsync(Long, CancellationToken.None);
        var second = idle.WaitAsync(Long, CancellationToken.None);

        idle.WorkQueued();
        Assert.Null(await first.WaitAsync(Long));
        Assert.False(second.IsCompleted);

        var reservation = idle.TryReserve();
        Assert.NotNull(reservation);
        reservation.HandOver(ClaimOf(3));
        Assert.Equal(3, (await second.WaitAsync(Long))?.Submission.Id);
        Assert.Null(idle.TryReserve());
    }

    [Fact]
    public async Task Many_submits_and_announcements_at_once_reach_every_waiting_grader_exactly_once()
    {
        var idle = new IdleGraders(TimeProvider.System);
        var graders = Enumerable.Range(0, 64).Select(_ => idle.WaitAsync(Long, CancellationToken.None)).ToList();

        var handedOver = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            if (i % 2 == 0)
            {
                idle.WorkQueued();
                return 0L;
            }

            var reservation = idle.TryReserve();
            reservation?.HandOver(ClaimOf(i));
            return reservation is null ? -1L : i;
        })));

        var results = await Task.WhenAll(graders).WaitAsync(Long);
        Assert.Equal(
            handedOver.Where(id => id > 0).Order(),
            results.Where(claim => claim is not null).Select(claim => claim!.Submission.Id).Order());
        Assert.DoesNotContain(-1L, handedOver);
    }

    private static async Task<IdleGraders.Reservation> ReserveAsync(IdleGraders idle)
    {
        for (var i = 0; i < 100; i++)
        {
            if (idle.TryReserve() is { } reservation)
            {
                return reservation;
            }

            await Task.Delay(10, CancellationToken.None);
        }

        throw new InvalidOperationException("No grader became reservable.");
    }
}
