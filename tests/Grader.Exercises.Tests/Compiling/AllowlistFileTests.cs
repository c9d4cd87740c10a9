using System.Reflection;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>The TorchSharp allowlist is data: it must parse, say clearly what is wrong with a bad line, and name only what exists.</summary>
public class AllowlistFileTests
{
    [Fact]
    public void Entries_comments_and_signature_only_types_are_read()
    {
        var entries = AllowlistFile.Parse("test.txt", """
            # a header
            TorchSharp.torch.arange   # creation

            signature-only TorchSharp.torch.Device
            TorchSharp.torch.Tensor.sum
            """);

        Assert.Equal(["TorchSharp.torch.arange", "TorchSharp.torch.Tensor.sum"], entries.Allowed);
        Assert.Equal(["TorchSharp.torch.Device"], entries.SignatureOnly);
    }

    [Theory]
    [InlineData("TorchSharp.torch.arange(6)", "test.txt(2)", "not a qualified name")]
    [InlineData("TorchSharp..torch", "test.txt(2)", "not a qualified name")]
    [InlineData("TorchSharp.torch.arange TorchSharp.torch.ones", "test.txt(2)", "not an entry")]
    [InlineData("signature-only", "test.txt(2)", "not a qualified name")]
    [InlineData("TorchSharp.torch.zeros", "test.txt(2)", "listed twice")]
    public void A_malformed_entry_stops_the_load_with_its_file_line_and_what_is_wrong(string line, string where, string what)
    {
        var error = Assert.Throws<FormatException>(() => AllowlistFile.Parse("test.txt", $"TorchSharp.torch.zeros\n{line}\n"));

        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_files_are_loaded_into_the_policy()
    {
        var entries = AllowlistFile.LoadEmbedded();

        Assert.Contains("TorchSharp.torch.Tensor.cumsum", entries.Allowed);
        Assert.Contains("TorchSharp.torch.Generator", entries.SignatureOnly);
        Assert.Subset(SnippetPolicy.Allowlist.Allowed.ToHashSet(), entries.Allowed.ToHashSet());
        Assert.DoesNotContain("TorchSharp", SnippetPolicy.Allowlist.Allowed);
    }

    [Fact]
    public void Every_entry_names_a_type_or_member_that_exists_in_torchsharp()
    {
        // Generic types of several arities (Module<T, TResult>, Module<T1, T2, TResult>) share a name here, as in the allowlist.
        var types = typeof(TorchSharp.torch).Assembly.GetExportedTypes().ToLookup(QualifiedName, StringComparer.Ordinal);
        var entries = AllowlistFile.LoadEmbedded();

        var missing = entries.Allowed.Concat(entries.SignatureOnly).Where(entry =>
        {
            if (types.Contains(entry))
            {
                return false;
            }

            var dot = entry.LastIndexOf('.');
            return !types[entry[..dot]].Any(type => type.GetMember(entry[(dot + 1)..], BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance).Length > 0);
        });

        Assert.Empty(missing);
    }

    [Fact]
    public void No_entry_also_allows_a_method_that_the_emitted_scan_would_read_as_an_accessor()
    {
        // After emit, get_X, set_X, add_X and remove_X are read as X (property and event accessors), so an entry X
        // must not share its name with an ordinary method such as TorchSharp's set_default_dtype for default_dtype.
        var types = typeof(TorchSharp.torch).Assembly.GetExportedTypes().ToLookup(QualifiedName, StringComparer.Ordinal);

        var shadowed = AllowlistFile.LoadEmbedded().Allowed.Where(entry =>
        {
            var dot = entry.LastIndexOf('.');
            var member = entry[(dot + 1)..];
            return types[entry[..dot]].SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance))
                .Any(method => !method.IsSpecialName && method.Name is var name
                    && (name == "get_" + member || name == "set_" + member || name == "add_" + member || name == "remove_" + member));
        });

        Assert.Empty(shadowed);
    }

    [Fact]
    public void Nothing_that_reads_files_holds_native_handles_or_changes_global_state_is_listed()
    {
        string[] never =
        [
            "save", "load", "Save", "Load", "from_file", "bytes", "WriteBytesToStream", "ReadBytesFromStream", "Handle",
            "UnsafeCreateTensor", "DecoupleFromNativeHandle", "data_ptr", "storage", "NewDisposeScope", "inference_mode",
            "set_default_tensor_type", "set_default_dtype", "seed", "manual_seed", "set_rng_state", "get_rng_state",
            "rename", "rename_", "refine_names", "align_to", "align_as", "names", "set_printoptions", "set_num_threads",
        ];

        var listed = AllowlistFile.LoadEmbedded().Allowed.Where(entry => never.Contains(entry[(entry.LastIndexOf('.') + 1)..]));

        Assert.Empty(listed);
        Assert.DoesNotContain(AllowlistFile.LoadEmbedded().Allowed, entry => entry.Contains(".nn.", StringComparison.Ordinal)
            || entry.Contains(".optim", StringComparison.Ordinal) || entry.Contains(".hub", StringComparison.Ordinal)
            || entry.Contains(".jit", StringComparison.Ordinal) || entry.Contains(".utils", StringComparison.Ordinal)
            || entry.Contains(".random", StringComparison.Ordinal) || entry.Contains(".cuda", StringComparison.Ordinal));
    }

    private static string QualifiedName(Type type)
    {
        var name = type.Name.Split('`')[0];
        return type.DeclaringType is { } outer ? $"{QualifiedName(outer)}.{name}" : $"{type.Namespace}.{name}";
    }
}
