using System.Text;

namespace Grader.Exercises.Running;

/// <summary>Captures standard output up to a limit; past it, every write throws so a flood ends at once.</summary>
internal sealed class CappedWriter(int maxChars) : TextWriter
{
    private readonly StringBuilder text = new();

    public bool Exceeded { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Ensure(1);
        text.Append(value);
    }

    public override void Write(string? value)
    {
        Ensure(value?.Length ?? 0);
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Ensure(count);
        text.Append(buffer, index, count);
    }

    public string Take()
    {
        var captured = text.ToString();
        text.Clear();
        return captured;
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
