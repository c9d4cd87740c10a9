using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>
/// Debian's chromium (<c>apt-get install chromium</c>; <c>.ci/run</c> installs it), driven by Playwright. It is
/// launched by path because Playwright's own browser builds cannot be downloaded here.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install chromium (as .ci/run does).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Chromium's own sandbox cannot start as root (CI runs as root); the pages under test are our own.
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>A fresh browser profile (no cookies, no storage) with the given Accept-Language and window width.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string locale = "en-US", int width = 1024)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
