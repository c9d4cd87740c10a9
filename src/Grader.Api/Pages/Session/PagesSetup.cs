using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Pages.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Grader.Api.Pages;

/// <summary>The web pages under <c>/app</c>: Razor Pages on the session cookie, in the api and all-in-one roles.</summary>
internal static class PagesSetup
{
    public const string SignedInPolicy = "pages";

    public static IServiceCollection AddGraderPages(this IServiceCollection services)
    {
        services.AddOptions<PagesOptions>().BindConfiguration(PagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Session cookies and antiforgery tokens are sealed with these keys; every api process reads the same ones.
        services.AddDataProtection().SetApplicationName("Grader").PersistKeysToDbContext<GraderDb>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CookieAntiforgery.HeaderName;
            options.Cookie.Name = "grader.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });

        // Chinese text as itself in the HTML, not as &#x...; entities (markup characters are still encoded).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddAuthorizationBuilder()
            .AddPolicy(SignedInPolicy, policy => policy.AddAuthenticationSchemes(PageSession.SchemeName).RequireAuthenticatedUser());
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/", SignedInPolicy);
            options.Conventions.AuthorizeFolder("/Review", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Instructor);
            options.Conventions.AllowAnonymousToPage("/SignIn");
            options.Conventions.AllowAnonymousToPage("/SignOut");
            options.Conventions.AllowAnonymousToPage("/Language");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        return services;
    }

    /// <summary>Before authentication: headers, the pages' static files, and error pages in the page's language.</summary>
    public static WebApplication UseGraderPages(this WebApplication app)
    {
        app.UsePageSecurityHeaders();
        app.UsePageLanguage();
        app.UseStaticFiles();
        app.UseWhen(
            context => PagePaths.IsPage(context.Request.Path),
            pages => pages.UseStatusCodePagesWithReExecute("/app/error", "?status={0}"));
        return app;
    }

    public static WebApplication MapGraderPages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
