using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Grader.Exercises.Compiling;

/// <summary>Places in the snippet, from the PDB's sequence points.</summary>
internal sealed class SnippetPlaces(MetadataReader pdb, PEReader pe, MetadataReader metadata, MetadataNames names)
{
    private static readonly SourceSpan Start = new(1, 1, 1, 1);

    /// <summary>The statement around an instruction: the last visible sequence point at or before it, else the first after.</summary>
    public SourceSpan At(MethodDefinitionHandle method, int offset)
    {
        try
        {
            return method.IsNil ? Start : Find(method, offset);
        }
        catch (BadImageFormatException)
        {
            // Debug information is only for the message: without it, the refusal stands at the snippet's start.
            return Start;
        }
    }

    private SourceSpan Find(MethodDefinitionHandle method, int offset)
    {

        var points = Visible(method);
        if (points.Count == 0 && MoveNextOf(method) is { } moveNext)
        {
            // An async or iterator method's body lives in its state machine; the method itself only starts it.
            points = Visible(moveNext);
            offset = 0;
        }

        if (points.Count == 0)
        {
            // A method the compiler wrote whole (an event's accessors): the first place in its type will do.
            points = [.. metadata.GetTypeDefinition(metadata.GetMethodDefinition(method).GetDeclaringType()).GetMethods()
                .SelectMany(Visible).Take(1)];
            offset = 0;
        }

        var before = points.LastOrDefault(p => p.Offset <= offset);
        var point = before.Document.IsNil ? points.FirstOrDefault() : before;
        return point.Document.IsNil ? Start : new SourceSpan(point.StartLine, point.StartColumn, point.EndLine, point.EndColumn);
    }

    /// <summary>For a type no instruction names: the first method whose signature or locals use it.</summary>
    public SourceSpan InSignatureOf(string name)
    {
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            var found = new List<string>();
            var collector = new TypeCollector(names, found);
            method.DecodeSignature(collector, null);
            if (method.RelativeVirtualAddress != 0 && pe.GetMethodBody(method.RelativeVirtualAddress).LocalSignature is { IsNil: false } locals)
            {
                metadata.GetStandaloneSignature(locals).DecodeLocalSignature(collector, null);
            }

            if (found.Contains(name, StringComparer.Ordinal))
            {
                return At(handle, 0);
            }
        }

        return Start;
    }

    private List<SequencePoint> Visible(MethodDefinitionHandle method) =>
        [.. pdb.GetMethodDebugInformation(method).GetSequencePoints().Where(p => !p.IsHidden)];

    /// <summary>The state machine's MoveNext that a kickoff method creates (the type of a field it sets or a constructor it calls).</summary>
    private MethodDefinitionHandle? MoveNextOf(MethodDefinitionHandle kickoff)
    {
        foreach (var (_, _, _, token) in EmittedApiScanner.Tokens(pe, metadata, kickoff))
        {
            TypeDefinitionHandle? type = token.Kind switch
            {
                HandleKind.FieldDefinition => metadata.GetFieldDefinition((FieldDefinitionHandle)token).GetDeclaringType(),
                HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)token).GetDeclaringType(),
                _ => null,
            };
            var moveNext = type is { } declaring
                ? metadata.GetTypeDefinition(declaring).GetMethods()
                    .FirstOrDefault(m => metadata.StringComparer.Equals(metadata.GetMethodDefinition(m).Name, "MoveNext"))
                : default;
            if (!moveNext.IsNil)
            {
                return moveNext;
            }
        }

        return null;
    }
}
