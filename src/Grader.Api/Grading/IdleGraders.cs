using System.Collections.Concurrent;

namespace Grader.Api.Grading;

/// <summary>
/// The graders of this process that wait for work, and the two ways their wait ends: "there is work, look in the
/// queue" (<see cref="WorkQueued"/>), or "here is a submission already claimed for you" (<see cref="TryReserve"/>,
/// then <see cref="Reservation.HandOver"/>). The hand-over spares a submission that arrives while a grader is idle the
/// grader's wake-up and its claim statement: the submission is inserted already claimed, with the lease of a claim,
/// so a process that dies with it in hand loses nothing (its lease runs out and any grader takes it over).
/// </summary>
internal sealed class IdleGraders(TimeProvider clock)
{
    private readonly ConcurrentQueue<Waiter> waiting = new();
    private int unheardWork;

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for work: a claim handed over, or null when the caller should look in the
    /// queue (work was announced, or the time is up). A grader reserved for a hand-over waits for it even if
    /// <paramref name="cancellationToken"/> fires meanwhile, so a claim is never handed to nobody.
    /// </summary>
    public async Task<Claim?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref unheardWork, 0) == 1)
        {
            return null;
        }

        DropEndedWaiters();
        var waiter = new Waiter();
        waiting.Enqueue(waiter);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            await Task.WhenAny(waiter.Result, Task.Delay(timeout, clock, stop.Token));
            await stop.CancelAsync();
        }

        if (waiter.TryGiveUp())
        {
            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }

        return await waiter.Result;
    }

    /// <summary>Removes the waiters that gave up (they gather at the head while no work comes).</summary>
    private void DropEndedWaiters()
    {
        while (waiting.TryPeek(out var head) && head.HasEnded && waiting.TryDequeue(out var removed))
        {
            if (!removed.HasEnded)
            {
                // Another thread took the head meanwhile and this is a live waiter: it keeps its turn.
                waiting.Enqueue(removed);
                return;
            }
        }
    }

    /// <summary>Wakes one idle grader to look in the queue; when none waits, the next one to wait looks at once.</summary>
    public void WorkQueued()
    {
        while (waiting.TryDequeue(out var waiter))
        {
            if (waiter.TryWake())
            {
                return;
            }
        }

        Volatile.Write(ref unheardWork, 1);
    }

    /// <summary>
    /// Reserves an idle grader for a submission about to be inserted already claimed; null when every grader of this
    /// process is busy (or none runs here). Dispose gives an unused reservation back (the grader then looks in the queue).
    /// </summary>
    public Reservation? TryReserve()
    {
        while (waiting.TryDequeue(out var waiter))
        {
            if (waiter.TryReserve())
            {
                return new Reservation(waiter);
            }
        }

        return null;
    }

    /// <summary>An idle grader kept for one submission until it is stored (<see cref="HandOver"/>) or not (Dispose).</summary>
    internal sealed class Reservation(Waiter waiter) : IDisposable
    {
        private bool handedOver;

        public void HandOver(Claim claim)
        {
            handedOver = true;
            waiter.Complete(claim);
        }

        public void Dispose()
        {
            if (!handedOver)
            {
                waiter.Complete(null);
            }
        }
    }

    /// <summary>One waiting grader: waiting, then given up (time out or stop), woken, or reserved — exactly one of them.</summary>
    internal sealed class Waiter
    {
        private const int Waiting = 0, Ended = 1, Reserved = 2;
        private readonly TaskCompletionSource<Claim?> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int state;

        public Task<Claim?> Result => result.Task;

        public bool HasEnded => Volatile.Read(ref state) == Ended;

        public bool TryGiveUp() => Interlocked.CompareExchange(ref state, Ended, Waiting) == Waiting;

        public bool TryWake()
        {
            if (Interlocked.CompareExchange(ref state, Ended, Waiting) != Waiting)
            {
                return false;
            }

            result.TrySetResult(null);
            return true;
        }

        public bool TryReserve() => Interlocked.CompareExchange(ref state, Reserved, Waiting) == Waiting;

        public void Complete(Claim? claim) => result.TrySetResult(claim);
    }
}
