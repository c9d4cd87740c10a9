using System.Diagnostics;
using Grader.Sandbox.Confinement;

namespace Grader.Sandbox.Tests;

/// <summary>Worker groups on a machine that several servers share (grader nodes of one course, or test runs).</summary>
public sealed class CgroupsTests
{
    [Fact]
    public async Task A_starting_pool_removes_a_dead_servers_empty_groups_but_not_those_of_a_running_one()
    {
        var cgroups = Cgroups.Detect();
        if (cgroups.MemoryParent is null)
        {
            return; // no memory cgroup this process may create children in (not root): nothing is ever removed
        }

        using var running = Process.Start("sleep", "60");
        using var ended = Process.Start("true");
        await ended.WaitForExitAsync();
        // Empty, as a running server's group is between its creation and its worker joining it.
        var alive = Directory.CreateDirectory(Path.Combine(cgroups.MemoryParent, $"grader-{running.Id}-w1")).FullName;
        var dead = Directory.CreateDirectory(Path.Combine(cgroups.MemoryParent, $"grader-{ended.Id}-w1")).FullName;
        try
        {
            Cgroups.Detect();

            Assert.True(Directory.Exists(alive), "A running server's group was removed.");
            Assert.False(Directory.Exists(dead), "A dead server's empty group was left behind.");
        }
        finally
        {
            running.Kill();
            foreach (var group in new[] { alive, dead }.Where(Directory.Exists))
            {
                Directory.Delete(group);
            }
        }
    }
}
