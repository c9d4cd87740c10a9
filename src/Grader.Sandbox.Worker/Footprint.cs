using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Sandbox.Worker;

/// <summary>
/// The worker's resident anonymous memory (RssAnon in /proc/self/status): the managed heap, libtorch's tensors and the
/// runtime's own allocations, without the shared libraries' file pages, which other workers share and the kernel may
/// drop. What a snippet leaks (a forgotten dispose scope's tensors) shows here.
/// </summary>
internal static class Footprint
{
    /// <summary>
    /// Gives freed native memory back to the system. glibc keeps freed blocks under 32 MB in its heap for reuse, so
    /// tensors a run freed (its forgotten scopes, closed by the hygiene) can still count as resident; only when a
    /// worker looks over its margin is this worth the walk through the heap.
    /// </summary>
    public static void ReturnFreedNativeMemory() => _ = MallocTrim(0);

    public static long ResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                // "RssAnon:	  123456 kB"
                var kilobytes = line["RssAnon:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("/proc/self/status has no RssAnon line.");
    }

    // DllImport, not LibraryImport: the worker is built without unsafe code, and this call marshals nothing.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
