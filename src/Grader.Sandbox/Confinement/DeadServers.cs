using System.Globalization;

namespace Grader.Sandbox.Confinement;

/// <summary>
/// What a server leaves on the machine carries its process id in its name (its worker groups, its runtime folder), so
/// that a server starting later can tell what a killed one left behind from what a running one still uses.
/// </summary>
internal static class DeadServers
{
    /// <summary>
    /// Whether <paramref name="processId"/> names a server that no longer runs. A text that is not a process id is
    /// not this program's to judge (false), nor is this process; a reused id counts as running (a leak at worst).
    /// </summary>
    public static bool Ended(string processId) =>
        int.TryParse(processId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && id != Environment.ProcessId
        && !Directory.Exists($"/proc/{id}");
}
