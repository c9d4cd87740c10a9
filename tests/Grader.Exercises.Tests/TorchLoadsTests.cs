using TorchSharp;

namespace Grader.Exercises.Tests;

public class TorchLoadsTests
{
    [Fact]
    public void Libtorch_loads_and_computes_on_this_host()
    {
        using var a = torch.arange(6).reshape(3, 2);
        using var sum = a.sum(0, keepdim: true);

        Assert.Equal(new long[] { 1, 2 }, sum.shape);
        Assert.Equal(new long[] { 6, 9 }, sum.data<long>().ToArray());
    }
}
