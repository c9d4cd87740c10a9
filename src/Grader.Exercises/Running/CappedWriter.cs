using System.Text;

namespace Grader.Exercises.Running;

/// <summary>
/// Captures standard output up to a limit; past it, every write throws so a flood ends at once. Only the run's own
/// thread is heard: a write from any other (a finalizer of an earlier run's object, a thread left behind) is dropped,
/// so it cannot fill this student's output or limit, and counted in <see cref="RunHygiene.StrayWrites"/>.
/// </summary>
internal sealed class CappedWriter(int maxChars) : TextWriter
{
    private readonly StringBuilder text = new();

    public bool Exceeded { get; private set; }

    /// <summary>The managed id of the thread whose writes are the run's; until set, no thread's are.</summary>
    public int Owner { get; set; } = -1;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (Stray(1))
        {
            return;
        }

        Ensure(1);
        text.Append(value);
    }

    public override void Write(string? value)
    {
        if (Stray(value?.Length ?? 0))
        {
            return;
        }

        Ensure(value?.Length ?? 0);
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        if (Stray(count))
        {
            return;
        }

        Ensure(count);
        text.Append(buffer, index, count);
    }

    public string Take()
    {
        var captured = text.ToString();
        text.Clear();
        return captured;
    }

    private bool Stray(int chars)
    {
        if (Environment.CurrentManagedThreadId == Owner)
        {
            return false;
        }

        RunHygiene.CountStray(chars);
        return true;
    }

    private void Ensure(int more)
    {
        if (Exceeded || text.Length + more > maxChars)
        {
            Exceeded = true;
            throw new OutputLimitException();
        }
    }
}

internal sealed class OutputLimitException() : Exception("Output limit exceeded.");
