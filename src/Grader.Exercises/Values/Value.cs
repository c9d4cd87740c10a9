using System.Text.Json.Serialization;

namespace Grader.Exercises.Values;

/// <summary>
/// A result in plain data, as it crosses the boundary between the process that ran a snippet and the one that
/// judges it: nothing in it can run code, so nothing a snippet returns can influence the checker.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TensorValue), "tensor")]
[JsonDerivedType(typeof(NumberValue), "number")]
[JsonDerivedType(typeof(BoolValue), "bool")]
[JsonDerivedType(typeof(TextValue), "text")]
[JsonDerivedType(typeof(TupleValue), "tuple")]
[JsonDerivedType(typeof(ListValue), "list")]
[JsonDerivedType(typeof(NullValue), "null")]
[JsonDerivedType(typeof(UnsupportedValue), "unsupported")]
public abstract record Value
{
    /// <summary>What kind of thing this is, in words a student knows ("a tensor", "a double").</summary>
    public abstract string Describe();
}

/// <summary>A tensor as shape, PyTorch dtype name and row-major data (integers and booleans as doubles).</summary>
public sealed record TensorValue(long[] Shape, string DType, double[] Data) : Value
{
    public int Rank => Shape.Length;

    /// <summary>Whether the data fits the shape; a result from another process is checked before it is read.</summary>
    public bool IsWellFormed =>
        Shape is not null && Data is not null && DType is not null && Shape.All(size => size >= 0)
        && Shape.Aggregate(1L, (product, size) => product * size) == Data.Length;

    public override string Describe() => $"a tensor of dtype {DType} and shape {ValueFormatter.Shape(Shape)}";

    public bool Equals(TensorValue? other) =>
        other is not null && Shape.SequenceEqual(other.Shape) && DType == other.DType && Data.SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(DType, Shape.Length, Data.Length);
}

public sealed record NumberValue(double Number, string TypeName = "double") : Value
{
    public override string Describe() => TypeName == "int" ? "an int" : $"a {TypeName}";
}

public sealed record BoolValue(bool Flag) : Value
{
    public override string Describe() => "a bool";
}

public sealed record TextValue(string Text) : Value
{
    public override string Describe() => "a string";
}

public sealed record TupleValue(Value[] Items) : Value
{
    public override string Describe() => $"a tuple of {Items.Length} items";

    public bool Equals(TupleValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}

public sealed record ListValue(Value[] Items) : Value
{
    public override string Describe() => $"an array of {Items.Length} items";

    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Length;
}

public sealed record NullValue : Value
{
    public override string Describe() => "null";
}

/// <summary>A returned object the grader does not inspect (it never calls a snippet's own ToString or Equals).</summary>
public sealed record UnsupportedValue(string TypeName, string Reason) : Value
{
    public override string Describe() => $"a {TypeName}";
}
