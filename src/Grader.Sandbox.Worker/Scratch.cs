namespace Grader.Sandbox.Worker;

/// <summary>
/// The worker's writable folder (its /tmp under bubblewrap, also HOME and TMPDIR), emptied after every run so that
/// nothing a snippet wrote there (a saved state dict, a file for the next student to find) outlives it. Folders the
/// host binds inside it are kept and never entered: the socket's folder, which belongs to the host, and the worker's
/// own program folder when it lives under /tmp (as a benchmark's copy may); the folders on the way to them stay too.
/// </summary>
internal sealed class Scratch(string directory, IEnumerable<string> keep)
{
    private readonly string[] kept = [.. keep.Select(k => Path.TrimEndingDirectorySeparator(Path.GetFullPath(k)))];

    /// <summary>Deletes everything in the folder except what is kept; returns what could not be deleted.</summary>
    public IReadOnlyList<string> Empty()
    {
        var left = new List<string>();
        Empty(Path.GetFullPath(directory), left);
        return left;
    }

    private void Empty(string folder, List<string> left)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            try
            {
                if (kept.Contains(entry))
                {
                    continue;
                }

                var info = new FileInfo(entry);
                if (info.Attributes.HasFlag(FileAttributes.Directory) && info.LinkTarget is null)
                {
                    if (kept.Any(k => k.StartsWith(entry + "/", StringComparison.Ordinal)))
                    {
                        Empty(entry, left);
                        continue;
                    }

                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    // Files, and links (deleting a link never follows it).
                    info.Delete();
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                left.Add(entry);
            }
        }
    }
}
