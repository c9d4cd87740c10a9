namespace Grader.Exercises.Compiling;

/// <summary>
/// APIs no snippet may use in any exercise: whatever reaches outside the computation (files, network, processes,
/// environment), escapes the type system (reflection, interop, unsafe), runs code concurrently, or changes
/// process-wide state that the next submission would inherit (console streams, torch's global settings).
/// </summary>
public static class SnippetPolicy
{
    public static ApiRule Baseline { get; } = new(
        [
            "System.IO",
            "System.Net",
            "System.Diagnostics",
            "System.Reflection",
            "System.Threading",
            "System.Runtime",
            "System.Resources",
            "System.Security",
            "System.Environment",
            "System.GC",
            "System.AppDomain",
            "System.AppContext",
            "System.Activator",
            "System.Type",
            "System.Delegate",
            "System.TypedReference",
            "System.ArgIterator",
            "System.RuntimeArgumentHandle",
            "System.RuntimeTypeHandle",
            "System.RuntimeMethodHandle",
            "System.RuntimeFieldHandle",
            "System.MulticastDelegate",
            "System.Buffers",
            "System.Text.RegularExpressions.Regex.CacheSize",
            "System.Globalization.CultureInfo.CurrentCulture",
            "System.Globalization.CultureInfo.CurrentUICulture",
            "System.Globalization.CultureInfo.DefaultThreadCurrentCulture",
            "System.Globalization.CultureInfo.DefaultThreadCurrentUICulture",
            "System.Console.OutputEncoding",
            "System.Console.InputEncoding",
            "Microsoft.Win32",
            "System.Console.SetOut",
            "System.Console.SetError",
            "System.Console.SetIn",
            "System.Console.In",
            "System.Console.Out",
            "System.Console.Error",
            "System.Console.Read",
            "System.Console.ReadLine",
            "System.Console.ReadKey",
            "System.Console.OpenStandardInput",
            "System.Console.OpenStandardOutput",
            "System.Console.OpenStandardError",
            // Native addresses and handles: a value of these types, however obtained (a call's result, var, a cast,
            // a generic argument, a tuple item), is refused by both scans.
            "System.IntPtr",
            "System.UIntPtr",
            "TorchSharp.PInvoke",
            "TorchSharp.torch.save",
            "TorchSharp.torch.load",
            "TorchSharp.torch.Tensor.save",
            "TorchSharp.torch.Tensor.Load",
            "TorchSharp.torch.Tensor.Save",
            "TorchSharp.torch.jit",
            "TorchSharp.torch.utils",
            "TorchSharp.torch.cuda",
            "TorchSharp.torch.backends",
            "TorchSharp.torch.manual_seed",
            "TorchSharp.torch.random",
            "TorchSharp.torch.set_default_dtype",
            "TorchSharp.torch.set_num_threads",
            "TorchSharp.torch.set_num_interop_threads",
            "TorchSharp.torch.set_grad_enabled",
            "TorchSharp.torch.set_printoptions",
            "TorchSharp.torch.set_default_device",
            "TorchSharp.torch.set_default_tensor_type",
            "TorchSharp.torch.seed",
            "TorchSharp.torch.get_rng_state",
            "TorchSharp.torch.set_rng_state",
            "TorchSharp.torch.Generator",
            "TorchSharp.torch.inference_mode",
            "TorchSharp.torch.enable_grad",
            "TorchSharp.torch.autograd.set_detect_anomaly",
            "TorchSharp.torch.autograd.detect_anomaly",
            "TorchSharp.torch.NewDisposeScope",
            "TorchSharp.DisposeScope",
            "TorchSharp.DisposeScopeManager",
            "TorchSharp.torch.hub",
            "TorchSharp.torch.optim",
            "TorchSharp.TensorExtensionMethods.Save",
            "TorchSharp.TensorExtensionMethods.Load",
            "TorchSharp.torch.Tensor.UnsafeCreateTensor",
            "TorchSharp.torch.Tensor.Handle",
            "TorchSharp.torch.Tensor.DecoupleFromNativeHandle",
            "TorchSharp.torch.Tensor.bytes",
            "TorchSharp.torch.Tensor.storage",
            "TorchSharp.torch.Tensor.names",
            "TorchSharp.torch.Tensor.rename",
            "TorchSharp.torch.Tensor.rename_",
            "TorchSharp.torch.Tensor.refine_names",
            "TorchSharp.torch.Tensor.align_to",
            "TorchSharp.torch.Tensor.align_as",
        ],
        new LocalizedText(
            "Snippets may compute with tensors, numbers, strings and collections and print with Console.Write; files, the network, processes, threads, reflection, interop and global settings are off limits.",
            "程式片段可以使用張量、數值、字串與集合來計算，並用 Console.Write 輸出；檔案、網路、行程、執行緒、反射、原生互通與全域設定都不允許使用。"));

    /// <summary>The TorchSharp part of <see cref="Allowlist"/>: data files beside this class (Compiling/Allowlist/*.txt).</summary>
    public static AllowlistEntries TorchSharpEntries { get; } = AllowlistFile.LoadEmbedded();

    /// <summary>
    /// Exceptions a snippet may throw, catch and derive from (starters throw NotImplementedException). Declared before
    /// the lists that use it: static initialisers run in order.
    /// </summary>
    private static readonly string[] ExceptionTypes =
    [
        "System.Exception", "System.SystemException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.InvalidOperationException", "System.NotImplementedException",
        "System.NotSupportedException", "System.IndexOutOfRangeException", "System.DivideByZeroException",
        "System.ArithmeticException", "System.OverflowException", "System.FormatException",
        "System.InvalidCastException", "System.NullReferenceException",
    ];

    /// <summary>
    /// What a snippet's own classes, records and structs may derive from. Library types with finalizers or Dispose
    /// (torch.nn.Module, Tensor) would run an override of the student's on the finalizer thread after the run ended.
    /// </summary>
    public static IReadOnlyList<string> AllowedBaseTypes { get; } =
    [
        "System.Object", "System.ValueType", "System.Enum", .. ExceptionTypes,
    ];

    /// <summary>
    /// What the compiled code of any snippet may reference: what the exercises need (numbers and math, strings,
    /// collections, LINQ, tuples, Console.Write, the TorchSharp operations listed in Compiling/Allowlist) and what the compiler writes for
    /// ordinary C# (attributes, the script's own async entry, array and string-interpolation helpers). The
    /// <see cref="Baseline"/> and an exercise's own rules apply here too, the more specific entry winning.
    /// </summary>
    public static ApiAllowlist Allowlist { get; } = new(
        Allowed:
        [
            // Numbers and math.
            "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.Boolean", "System.Char",
            "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
            "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.Math",
            "System.MathF", "System.MidpointRounding", "System.Convert", "System.Random", "System.Nullable",
            "System.DateTime", "System.TimeSpan", "System.Index", "System.Range",
            "System.IComparable", "System.IEquatable", "System.IFormattable", "System.IFormatProvider", "System.IDisposable",
            "System.Globalization.CultureInfo", "System.Globalization.NumberStyles",

            // Strings.
            "System.String", "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
            "System.FormattableString", "System.Text.StringBuilder", "System.Text.RegularExpressions",
            "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
            "System.Runtime.CompilerServices.FormattableStringFactory",

            // Collections, spans, LINQ and tuples.
            "System.Array", "System.Span", "System.ReadOnlySpan", "System.MemoryExtensions",
            "System.Collections.Generic", "System.Collections.IEnumerable", "System.Collections.IEnumerator",
            "System.Linq.Enumerable", "System.Linq.IGrouping", "System.Linq.IOrderedEnumerable", "System.Linq.ILookup",
            "System.Linq.Lookup", "System.Tuple", "System.TupleExtensions", "System.ValueTuple",
            "System.Func", "System.Action", "System.Predicate", "System.Comparison",

            // Output.
            "System.Console.Write", "System.Console.WriteLine",

            // Exceptions a snippet may throw and catch.
            .. ExceptionTypes,

            // Tensors: a positive list, read from Compiling/Allowlist/*.txt.
            .. TorchSharpEntries.Allowed,

            // What the compiler writes: attributes, the script's async entry, records, iterators, initialisers.
            "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggerHiddenAttribute",
            "System.Diagnostics.DebuggerStepThroughAttribute", "System.Diagnostics.DebuggerBrowsableAttribute",
            "System.Diagnostics.DebuggerBrowsableState", "System.Diagnostics.DebuggerNonUserCodeAttribute",
            "System.Diagnostics.DebuggerDisplayAttribute", "System.Diagnostics.CodeAnalysis",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
            "System.Runtime.CompilerServices.NullableAttribute",
            "System.Runtime.CompilerServices.NullableContextAttribute",
            "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
            "System.Runtime.CompilerServices.TupleElementNamesAttribute",
            "System.Runtime.CompilerServices.ExtensionAttribute",
            "System.Runtime.CompilerServices.IsReadOnlyAttribute",
            "System.Runtime.CompilerServices.IsByRefLikeAttribute",
            "System.Runtime.CompilerServices.IsUnmanagedAttribute",
            "System.Runtime.CompilerServices.ScopedRefAttribute",
            "System.Runtime.CompilerServices.ParamCollectionAttribute",
            "System.Runtime.CompilerServices.RequiredMemberAttribute",
            "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
            "System.Runtime.CompilerServices.InlineArrayAttribute",
            "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
            "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
            "System.Runtime.CompilerServices.AsyncTaskMethodBuilder",
            "System.Runtime.CompilerServices.IAsyncStateMachine",
            "System.Runtime.CompilerServices.IsExternalInit",
            "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute",
            "System.Runtime.CompilerServices.IsVolatile",
            "System.Runtime.CompilerServices.RuntimeHelpers.InitializeArray",
            "System.Runtime.CompilerServices.RuntimeHelpers.CreateSpan",
            "System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray",
            "System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack",
            "System.Runtime.InteropServices.InAttribute",
            "System.Runtime.InteropServices.CollectionsMarshal.AsSpan",
            "System.Runtime.InteropServices.CollectionsMarshal.SetCount",
            "System.Environment.CurrentManagedThreadId",
            "System.Type.GetTypeFromHandle", "System.Type.op_Equality", "System.Type.op_Inequality",
        ],
        Refused:
        [
            "System.Object.GetType",
            "System.Object.Finalize",
        ],
        // typeof for records' EqualityContract, ldtoken for array initialisers, Task<object> for the script's entry.
        NamedOnly:
        [
            "System.Type", "System.RuntimeTypeHandle", "System.RuntimeFieldHandle", "System.Threading.Tasks.Task",
            .. Enumerable.Range(2, 15).Select(n => $"System.Runtime.CompilerServices.InlineArray{n}"),
            .. TorchSharpEntries.SignatureOnly,
        ],
        // What <PrivateImplementationDetails> uses to view inline arrays (params spans, collection expressions) as spans.
        CompilerOnly:
        [
            "System.Runtime.CompilerServices.Unsafe", "System.Runtime.CompilerServices.Unsafe.As",
            "System.Runtime.CompilerServices.Unsafe.AsRef", "System.Runtime.CompilerServices.Unsafe.Add",
            "System.Runtime.InteropServices.MemoryMarshal", "System.Runtime.InteropServices.MemoryMarshal.CreateSpan",
            "System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan",
        ],
        new LocalizedText(
            "Snippets may use numbers and math, strings, collections, LINQ, tuples, Console.Write and the TorchSharp tensor operations this course needs (creating tensors, arithmetic, reductions, indexing, linear algebra, autograd); the compiled code uses something else here, perhaps through a statement that calls it for you (lock, async, an event).",
            "程式片段可以使用數值與數學運算、字串、集合、LINQ、tuple、Console.Write 以及本課程需要的 TorchSharp 張量運算（建立張量、算術、歸約、索引、線性代數、自動微分）；這裡編譯出的程式用到了其他 API，可能是某個敘述替你呼叫的（lock、async、事件）。"));
}
