using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>Which names a forbidden rule covers: an entry itself and everything inside it, by whole dotted parts.</summary>
public class ApiRuleTests
{
    private static readonly ApiRule Rule = new(["System.IO", "System.IO.File", "TorchSharp.torch.Tensor.backward"], new LocalizedText("-", "-"));

    [Theory]
    [InlineData("System.IO", "System.IO")]
    [InlineData("System.IO.Path.Combine", "System.IO")]
    [InlineData("System.IO.File.ReadAllText", "System.IO.File")]
    [InlineData("TorchSharp.torch.Tensor.backward", "TorchSharp.torch.Tensor.backward")]
    [InlineData("System.IOx", null)]
    [InlineData("System.IOx.Stream", null)]
    [InlineData("System", null)]
    [InlineData("TorchSharp.torch.Tensor.backward_hook", null)]
    [InlineData("TorchSharp.torch.Tensor", null)]
    public void A_name_matches_an_entry_it_equals_or_lies_inside_and_the_most_specific_entry_is_named(string name, string? entry)
    {
        Assert.Equal(entry, Rule.Match(name));
    }
}
