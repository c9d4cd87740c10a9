using System.Reflection;
using System.Runtime.Loader;

namespace Grader.Exercises.Compiling;

/// <summary>
/// A snippet emitted into its own collectible load context. Dispose unloads it; the context is for unloading, not
/// for security (shared/notes/roslyn.md).
/// </summary>
public sealed class CompiledSnippet : IDisposable
{
    private readonly AssemblyLoadContext context;
    private readonly Type scriptType;

    internal CompiledSnippet(AssemblyLoadContext context, Assembly assembly)
    {
        this.context = context;
        Assembly = assembly;
        scriptType = assembly.GetType(SnippetCompiler.ScriptClassName)
            ?? throw new InvalidOperationException("The script class is missing from the emitted assembly.");
    }

    public Assembly Assembly { get; }

    /// <summary>The snippet's top-level methods, which is where entry points live.</summary>
    public IEnumerable<MethodInfo> Methods =>
        scriptType.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(method => !method.IsSpecialName && !method.Name.StartsWith('<'));

    public WeakReference ContextReference => new(context);

    /// <summary>Runs the snippet's top-level statements and returns the script object its methods are called on.</summary>
    public object Instantiate(object? globals = null)
    {
        var factory = scriptType.GetMethod("<Factory>", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("The script factory is missing from the emitted assembly.");
        var submissions = new object?[2];
        submissions[0] = globals;
        try
        {
            var task = (Task)factory.Invoke(null, [submissions])!;
            #pragma warning disable RS0030 // a script runs synchronously on its runner thread, which has nothing else to do
            task.GetAwaiter().GetResult();
            #pragma warning restore RS0030
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(invocation.InnerException);
        }

        return submissions[1] ?? throw new InvalidOperationException("The script object was not created.");
    }

    public void Dispose() => context.Unload();
}
