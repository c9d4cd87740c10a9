using System.Text;

namespace Grader.Exercises.Running;

/// <summary>
/// Console output captured per runner thread instead of by swapping <see cref="Console.Out"/>, so that trusted runs
/// in a server (the reference solutions) run side by side without a process-wide lock and without hiding the server's
/// own console writes. <see cref="Route"/> installs it once; a thread that has a capture writes there, every other
/// thread to the console as before. A sandbox worker never routes: it runs one snippet at a time and watches its
/// console for writes from threads a run left behind.
/// </summary>
public static class ConsoleCapture
{
    private static readonly Lock Installing = new();

    [ThreadStatic]
    private static TextWriter? current;

    private static TextWriter? installed;

    /// <summary>
    /// Whether the console is routed per thread now: <see cref="Route"/> was called and nobody has replaced
    /// <see cref="Console.Out"/> since (then runs take turns swapping it again, as without routing).
    /// </summary>
    public static bool Routed => Volatile.Read(ref installed) is { } writer && ReferenceEquals(Console.Out, writer);

    /// <summary>Routes the console per thread from now on (idempotent).</summary>
    public static void Route()
    {
        lock (Installing)
        {
            if (!Routed)
            {
                #pragma warning disable RS0030 // installs the per-thread router once
                Console.SetOut(new Router(Console.Out));
                #pragma warning restore RS0030
                // Console wraps the writer it is given: what it hands out now is what later checks compare with.
                Volatile.Write(ref installed, Console.Out);
            }
        }
    }

    /// <summary>Sends this thread's console output to <paramref name="writer"/> until the result is disposed.</summary>
    internal static IDisposable On(TextWriter writer)
    {
        current = writer;
        return new Release();
    }

    private sealed class Release : IDisposable
    {
        public void Dispose() => current = null;
    }

    private sealed class Router(TextWriter console) : TextWriter
    {
        private TextWriter Target => current ?? console;

        public override Encoding Encoding => console.Encoding;

        public override void Write(char value) => Target.Write(value);

        public override void Write(string? value) => Target.Write(value);

        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);

        public override void WriteLine(string? value) => Target.WriteLine(value);

        public override void Flush() => Target.Flush();
    }
}
