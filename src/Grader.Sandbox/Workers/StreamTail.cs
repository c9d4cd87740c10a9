using System.Text;

namespace Grader.Sandbox.Workers;

/// <summary>Drains a process's stdout or stderr, keeping only its last few kilobytes, so a flood costs nothing.</summary>
internal sealed class StreamTail
{
    private const int KeepChars = 16 * 1024;

    private readonly StringBuilder tail = new();
    private readonly Lock gate = new();

    public StreamTail(StreamReader reader) => Completion = DrainAsync(reader);

    public Task Completion { get; }

    public string Text
    {
        get
        {
            lock (gate)
            {
                return tail.ToString();
            }
        }
    }

    private async Task DrainAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (gate)
            {
                tail.Append(buffer, 0, read);
                if (tail.Length > KeepChars * 2)
                {
                    tail.Remove(0, tail.Length - KeepChars);
                }
            }
        }
    }
}
