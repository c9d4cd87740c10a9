using System.Globalization;
using TorchSharp;

namespace Grader.Exercises.Running;

/// <summary>
/// Thread-local state a snippet can change and the next run on the same runner thread would inherit: torch's grad
/// mode (an undisposed no_grad() scope) and the thread's culture. Set back before every run.
/// </summary>
internal static class ThreadDefaults
{
    public static void Restore()
    {
        torch.set_grad_enabled(true);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
