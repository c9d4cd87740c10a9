using System.Diagnostics;
using System.Runtime.InteropServices;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

internal static class RunErrors
{
    public static RunError From(Exception exception)
    {
        var fromLibtorch = exception is ExternalException;
        // A type the snippet declared itself is not named: its name is the student's own text.
        var type = exception.GetType();
        var name = type.Assembly == typeof(object).Assembly || type.Namespace?.StartsWith("TorchSharp", StringComparison.Ordinal) == true
            ? type.Name
            : "Exception";
        return new RunError(RunErrorKind.Exception, name, Clean(exception.Message, fromLibtorch), SnippetLine(exception), fromLibtorch);
    }

    /// <summary>The innermost line of the student's snippet on the exception's stack, if any.</summary>
    private static int? SnippetLine(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() == SnippetCompiler.SnippetPath && frame.GetFileLineNumber() > 0)
            {
                return frame.GetFileLineNumber();
            }
        }

        return null;
    }

    /// <summary>libtorch appends a C++ backtrace ("Exception raised from ..."); students need the first part only.</summary>
    private static string Clean(string message, bool fromLibtorch)
    {
        if (fromLibtorch)
        {
            var cut = message.IndexOf("Exception raised from", StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        message = message.Trim();
        return message.Length > 500 ? message[..500] + "…" : message;
    }
}
