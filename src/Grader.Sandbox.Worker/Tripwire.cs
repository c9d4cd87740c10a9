using System.Text;

namespace Grader.Sandbox.Worker;

/// <summary>
/// The worker's Console.Out and Console.Error whenever no run is capturing them. Nothing of the worker's own writes to
/// them, so any character that arrives came from code that outlived its run (a finalizer calling a student's override,
/// a thread left behind): it is dropped and counted, and a worker with a count retires.
/// </summary>
internal sealed class Tripwire : TextWriter
{
    private int chars;

    /// <summary>Characters written since the worker started.</summary>
    public int Chars => Volatile.Read(ref chars);

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Count(1);

    public override void Write(string? value) => Count(value?.Length ?? 0);

    public override void Write(char[] buffer, int index, int count) => Count(count);

    /// <summary>Puts a tripwire on both console writers; returns them and what Console hands out for each now.</summary>
    public static (Tripwire Out, Tripwire Error, TextWriter OwnOut, TextWriter OwnError) Install()
    {
        var output = new Tripwire();
        var error = new Tripwire();
        #pragma warning disable RS0030 // the worker owns its console
        Console.SetOut(output);
        #pragma warning restore RS0030
        #pragma warning disable RS0030 // the worker owns its console
        Console.SetError(error);
        #pragma warning restore RS0030
        // Console wraps a writer it is given; what it hands out afterwards is what later checks compare with.
        return (output, error, Console.Out, Console.Error);
    }

    private void Count(int written) => Interlocked.Add(ref chars, Math.Max(written, 1));
}
