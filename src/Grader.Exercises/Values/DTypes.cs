using TorchSharp;

namespace Grader.Exercises.Values;

/// <summary>PyTorch's names for TorchSharp's scalar types, so messages read like the course notes.</summary>
public static class DTypes
{
    public static string Name(torch.ScalarType type) => type switch
    {
        torch.ScalarType.Byte => "uint8",
        torch.ScalarType.Int8 => "int8",
        torch.ScalarType.Int16 => "int16",
        torch.ScalarType.Int32 => "int32",
        torch.ScalarType.Int64 => "int64",
        torch.ScalarType.Float16 => "float16",
        torch.ScalarType.BFloat16 => "bfloat16",
        torch.ScalarType.Float32 => "float32",
        torch.ScalarType.Float64 => "float64",
        torch.ScalarType.Bool => "bool",
        torch.ScalarType.ComplexFloat32 => "complex64",
        torch.ScalarType.ComplexFloat64 => "complex128",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static bool IsFloating(string dtype) => dtype is "float16" or "bfloat16" or "float32" or "float64";

    public static bool IsInteger(string dtype) => dtype is "uint8" or "int8" or "int16" or "int32" or "int64";
}
