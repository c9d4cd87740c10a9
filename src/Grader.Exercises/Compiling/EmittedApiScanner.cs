using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Checks what an emitted snippet assembly references against an <see cref="ApiAllowlist"/>: every type and member
/// reference in its metadata, including those the compiler wrote on the student's behalf (foreach's GetEnumerator,
/// lock's Monitor.Enter, async void's builder). A refused reference is located through the PDB's sequence points at
/// the first instruction that uses it; one that no instruction uses (a signature, an attribute) falls back to the
/// method it appears in, or to the start of the snippet.
/// </summary>
internal static class EmittedApiScanner
{
    private const string CompilerHelpers = "<PrivateImplementationDetails>";

    private static readonly LocalizedText ConstructReason = new(
        "Native code and explicit memory layout are not available to snippets.",
        "程式片段不能使用原生程式碼或明確的記憶體配置。");

    /// <summary>
    /// Decisions already made, per allowlist and set of forbidden rules (an exercise's rules are one list for the
    /// process's lifetime); weakly held, so a policy made for one compile does not stay.
    /// </summary>
    private static readonly ConditionalWeakTable<ApiAllowlist, ConditionalWeakTable<IReadOnlyList<ApiRule>, ConcurrentDictionary<(string Name, bool IsType), ApiDecision>>> Decisions = new();

    /// <summary>Operand types by opcode value (0x00-0xFF, then 0xFE00-0xFEFF at 256 + low byte).</summary>
    private static readonly OperandType?[] Operands = BuildOperandTable();

    public static IReadOnlyList<ForbiddenUse> Scan(
        MemoryStream assembly, MemoryStream symbols, ApiAllowlist allowlist, IReadOnlyList<ApiRule> forbidden)
    {
        // The emit buffer is read in place (its unused capacity after the image is ignored by the reader).
        using var pe = new PEReader(ImmutableCollectionsMarshal.AsImmutableArray(assembly.GetBuffer()));
        var metadata = pe.GetMetadataReader();
        var names = new MetadataNames(metadata);
        var known = Decisions.GetValue(allowlist, _ => new()).GetValue(forbidden, _ => new());

        // Decide each referenced type and member once per snippet, and once per process for a policy.
        var decisions = new Dictionary<string, ApiDecision>(StringComparer.Ordinal);
        var refused = new List<string>();
        void Decide(string name, bool isType)
        {
            if (!decisions.ContainsKey(name))
            {
                var decision = known.GetOrAdd((name, isType), key => allowlist.Decide(key.Name, key.IsType, forbidden));
                decisions[name] = decision;
                if (!decision.Allowed && !decision.CompilerOnly)
                {
                    refused.Add(name);
                }
            }
        }

        foreach (var handle in metadata.TypeReferences)
        {
            Decide(names.Of(handle), isType: true);
        }

        foreach (var handle in metadata.MemberReferences)
        {
            if (names.Of(handle) is { } member)
            {
                Decide(member, isType: false);
            }
        }

        // Types with no reference of their own (nint, pointers) in the snippet's own signatures, locals and fields.
        foreach (var name in DefinitionSignatureTypes(pe, metadata, names))
        {
            Decide(name, isType: true);
        }

        var constructs = Constructs(metadata);
        var inheritance = InheritanceRule.Check(metadata, names);
        var compilerOnlyOutsideHelpers = new List<(string Name, MethodDefinitionHandle Method, int Offset)>();
        var firstUse = new Dictionary<string, (MethodDefinitionHandle Method, int Offset)>(StringComparer.Ordinal);
        var fieldWrites = new List<(string Name, MethodDefinitionHandle Method, int Offset)>();
        foreach (var (method, offset, opCode, token) in Tokens(pe, metadata))
        {
            if (LibraryFieldWriteRule.Refuses(opCode, token, names, out var field))
            {
                fieldWrites.Add((field, method, offset));
            }

            foreach (var name in names.Involved(token))
            {
                if (!decisions.TryGetValue(name, out var decision))
                {
                    // Only a type without a reference of its own (nint in a call's signature) is new here; the
                    // compiler's helpers may use those, the student's code may not.
                    if (InCompilerHelpers(metadata, method))
                    {
                        continue;
                    }

                    Decide(name, isType: true);
                    decision = decisions[name];
                }

                if (!decision.Allowed && !decision.CompilerOnly)
                {
                    firstUse.TryAdd(name, (method, offset));
                }
                else if (decision.CompilerOnly && !InCompilerHelpers(metadata, method))
                {
                    compilerOnlyOutsideHelpers.Add((name, method, offset));
                }
            }
        }

        if (refused.Count == 0 && compilerOnlyOutsideHelpers.Count == 0 && constructs.Count == 0 && inheritance.Count == 0 && fieldWrites.Count == 0)
        {
            return [];
        }

        // Only a refusal needs the PDB: finding places is the slow part and is done for refused snippets only.
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(symbols.GetBuffer(), 0, (int)symbols.Length));
        var places = new SnippetPlaces(pdbProvider.GetMetadataReader(), pe, metadata, names);
        var found = new List<ForbiddenUse>();
        foreach (var name in refused)
        {
            var span = firstUse.TryGetValue(name, out var use) ? places.At(use.Method, use.Offset) : places.InSignatureOf(name);
            found.Add(new ForbiddenUse(name, span, decisions[name].Reason!));
        }

        foreach (var (name, method, offset) in compilerOnlyOutsideHelpers)
        {
            found.Add(new ForbiddenUse(name, places.At(method, offset), allowlist.Reason));
        }

        foreach (var (name, method) in constructs)
        {
            found.Add(new ForbiddenUse(name, places.At(method, 0), ConstructReason));
        }

        foreach (var (name, method) in inheritance)
        {
            found.Add(new ForbiddenUse(name, places.At(method, 0), InheritanceRule.Reason));
        }

        foreach (var (name, method, offset) in fieldWrites)
        {
            found.Add(new ForbiddenUse(name, places.At(method, offset), LibraryFieldWriteRule.Reason));
        }

        // Members before the types they belong to, so the student reads "Monitor.Enter", not "Monitor".
        return [.. found
            .OrderBy(f => f.Span.Line).ThenBy(f => f.Span.Column).ThenByDescending(f => f.Api.Length)
            .DistinctBy(f => (f.Api, f.Span.Line))];
    }

    /// <summary>Native methods and explicit layouts, which the semantic scan refuses too; here in case one slips by.</summary>
    private static List<(string Name, MethodDefinitionHandle Method)> Constructs(MetadataReader metadata)
    {
        var found = new List<(string, MethodDefinitionHandle)>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (!method.GetImport().Module.IsNil || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0)
            {
                found.Add(("extern", handle));
            }
        }

        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && !InCompilerHelpers(metadata, handle))
            {
                found.Add(("StructLayout", type.GetMethods().FirstOrDefault()));
            }
        }

        return found;
    }

    /// <summary>Every type named by the signatures, locals and fields the snippet defines, the compiler's helpers aside.</summary>
    private static HashSet<string> DefinitionSignatureTypes(PEReader pe, MetadataReader metadata, MetadataNames names)
    {
        var found = new List<string>();
        var collector = new TypeCollector(names, found);
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            if (InCompilerHelpers(metadata, typeHandle))
            {
                continue;
            }

            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var handle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(handle);
                method.DecodeSignature(collector, null);
                if (method.RelativeVirtualAddress != 0 && pe.GetMethodBody(method.RelativeVirtualAddress).LocalSignature is { IsNil: false } locals)
                {
                    metadata.GetStandaloneSignature(locals).DecodeLocalSignature(collector, null);
                }
            }

            foreach (var handle in type.GetFields())
            {
                metadata.GetFieldDefinition(handle).DecodeSignature(collector, null);
            }

            foreach (var handle in type.GetProperties())
            {
                metadata.GetPropertyDefinition(handle).DecodeSignature(collector, null);
            }
        }

        return new HashSet<string>(found, StringComparer.Ordinal);
    }

    internal static bool InCompilerHelpers(MetadataReader metadata, MethodDefinitionHandle handle) =>
        InCompilerHelpers(metadata, metadata.GetMethodDefinition(handle).GetDeclaringType());

    internal static bool InCompilerHelpers(MetadataReader metadata, TypeDefinitionHandle handle)
    {
        var type = metadata.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = metadata.GetTypeDefinition(outer);
        }

        // A script's helpers are numbered after its submission (<PrivateImplementationDetails>1); a student cannot name a type with '<'.
        return type.Namespace.IsNil && metadata.StringComparer.StartsWith(type.Name, CompilerHelpers);
    }

    /// <summary>Every metadata token an instruction of a method body refers to, with its place and opcode (two-byte ones as 0x100 + the second byte).</summary>
    internal static IEnumerable<(MethodDefinitionHandle Method, int Offset, int OpCode, EntityHandle Token)> Tokens(
        PEReader pe, MetadataReader metadata, MethodDefinitionHandle? only = null)
    {
        foreach (var handle in only is { } one ? [one] : metadata.MethodDefinitions.ToArray())
        {
            var definition = metadata.GetMethodDefinition(handle);
            if (definition.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var il = pe.GetMethodBody(definition.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                var offset = il.Offset;
                int code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = 0x100 + il.ReadByte();
                }

                switch (Operands[code])
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                        var token = MetadataTokens.EntityHandle(il.ReadInt32());
                        yield return (handle, offset, code, token);
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR or OperandType.InlineSig:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineNone:
                        break;
                    default:
                        throw new BadImageFormatException($"Unknown opcode 0x{code:X} in an emitted snippet.");
                }
            }
        }
    }

    private static OperandType?[] BuildOperandTable()
    {
        var table = new OperandType?[512];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opCode = (OpCode)field.GetValue(null)!;
            var value = (ushort)opCode.Value;
            table[opCode.Size == 1 ? value : 0x100 + (value & 0xFF)] = opCode.OperandType;
        }

        return table;
    }
}
