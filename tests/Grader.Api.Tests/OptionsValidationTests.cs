using Microsoft.Extensions.Options;

namespace Grader.Api.Tests;

/// <summary>A setting out of its documented range stops the service at start, naming the setting and the range.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("Sandbox:Workers", "0", "Workers", "between 1 and 64")]
    [InlineData("Sandbox:WorkerMemoryMarginMb", "1", "WorkerMemoryMarginMb", "between 16 and 16384")]
    [InlineData("Grading:GradersPerWorker", "0", "GradersPerWorker", "between 1 and 8")]
    [InlineData("Grading:LeaseSeconds", "5", "LeaseSeconds", "between 10 and 3600")]
    [InlineData("RateLimit:SubmissionBurst", "0", "SubmissionBurst", "between 1 and 100000")]
    public async Task Start_refuses_a_setting_out_of_range(string key, string value, string member, string range)
    {
        await using var factory = new GraderApiFactory(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(member, error.Message);
        Assert.Contains(range, error.Message);
    }
}
