using System.Reflection.Metadata;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Refuses writing to, or taking the address of, a library's fields. A library's static field is shared by every run
/// in the worker (TorchSharp's <c>torch.float32</c> and <c>TensorIndex.Colon</c> are plain public fields: assigning
/// one changed how later students' code and cases behaved), and an instance field of a library object may belong to a
/// shared one. Reading stays allowed; the allowlist decides which fields may be named at all. The only library fields
/// a snippet may write are a value tuple's items, which live in the snippet's own variables.
/// </summary>
internal static class LibraryFieldWriteRule
{
    public static readonly LocalizedText Reason = new(
        "Snippets cannot assign a library's fields (such as torch.float32 or TensorIndex.Colon): they are shared with every later run. Use your own variables.",
        "程式片段不能指派函式庫的欄位（例如 torch.float32 或 TensorIndex.Colon）：它們由之後的每次執行共用。請使用你自己的變數。");

    private const int Stfld = 0x7D;
    private const int Ldflda = 0x7C;
    private const int Stsfld = 0x80;
    private const int Ldsflda = 0x7F;

    /// <summary>Whether an instruction writes or exposes a library field; <paramref name="field"/> is its name as the allowlist writes it.</summary>
    public static bool Refuses(int opCode, EntityHandle token, MetadataNames names, out string field)
    {
        field = "";
        if (opCode is not (Stfld or Ldflda or Stsfld or Ldsflda) || token.Kind != HandleKind.MemberReference
            || names.Of((MemberReferenceHandle)token) is not { } name)
        {
            // Not a field write, or a field of the snippet's own types (a definition, or a member of its own generic type).
            return false;
        }

        field = name;
        var isStatic = opCode is Stsfld or Ldsflda;
        return isStatic || !name.StartsWith("System.ValueTuple.", StringComparison.Ordinal);
    }
}
