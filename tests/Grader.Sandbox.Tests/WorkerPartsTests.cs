using Grader.Sandbox.Worker;

namespace Grader.Sandbox.Tests;

/// <summary>The worker's own checks, each on its own, in this process.</summary>
public sealed class WorkerPartsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("grader-scratch-test-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Emptying_the_writable_folder_deletes_what_a_snippet_left_but_not_the_way_to_the_socket_or_its_folder()
    {
        // As under bubblewrap: the host's socket folder is bound at <tmp>/grader-sandbox-x/grader-1-w1.
        var socketFolder = Directory.CreateDirectory(Path.Combine(root, "grader-sandbox-x", "grader-1-w1")).FullName;
        File.WriteAllText(Path.Combine(socketFolder, "channel.sock"), "");
        File.WriteAllText(Path.Combine(root, "model.pt"), "saved state dict");
        File.WriteAllText(Path.Combine(root, "grader-sandbox-x", "planted"), "for the next student");
        Directory.CreateDirectory(Path.Combine(root, ".cache", "deep", "deeper"));
        File.WriteAllText(Path.Combine(root, ".cache", "deep", "deeper", "x"), "x");
        File.CreateSymbolicLink(Path.Combine(root, "link-to-socket-folder"), socketFolder);

        var left = new Scratch(root, keep: [socketFolder]).Empty();

        Assert.Empty(left);
        Assert.Equal([Path.Combine(root, "grader-sandbox-x")], Directory.GetFileSystemEntries(root));
        Assert.Equal([socketFolder], Directory.GetFileSystemEntries(Path.Combine(root, "grader-sandbox-x")));
        Assert.True(File.Exists(Path.Combine(socketFolder, "channel.sock")));
    }

    [Fact]
    public void The_tripwire_counts_what_is_written_to_it()
    {
        var tripwire = new Tripwire();

        tripwire.Write("boo");
        tripwire.WriteLine('!');

        Assert.True(tripwire.Chars >= 4);
    }
}
