using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Pages;

/// <summary>
/// The whole service (as <see cref="GraderApiFactory"/>: real pipeline, SQLite file, sandbox workers) listening on a
/// real port of 127.0.0.1, so a browser can open its pages. <see cref="CreateClient()"/> still works (over TCP).
/// </summary>
public class PagesServer : GraderApiFactory
{
    public PagesServer(IReadOnlyDictionary<string, string?>? settings = null)
        : base(settings: settings)
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Where the service listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<PagesServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = new PagesServer(settings);
        await server.InitializeAsync();
        return server;
    }
}

/// <summary>One server for the page tests of a collection.</summary>
public sealed class SharedPagesServer() : PagesServer();

[CollectionDefinition(Name)]
public sealed class PagesCollection : ICollectionFixture<SharedPagesServer>, ICollectionFixture<Browser>
{
    public const string Name = "pages";
}
