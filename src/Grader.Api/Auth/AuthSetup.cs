using Grader.Api.Data;
using Grader.Api.Pages;

namespace Grader.Api.Auth;

internal static class AuthSetup
{
    /// <summary>
    /// Bearer tokens for every endpoint unless it says otherwise, or the pages' session cookie (the pages, and the JSON
    /// calls their scripts make: <see cref="AuthSchemes"/>); role policies; the first instructor.
    /// </summary>
    public static IServiceCollection AddGraderAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, null, options => options.ForwardDefaultSelector = AuthSchemes.Select)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddPageSession();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(nameof(Role.TA), nameof(Role.Instructor)))
            .AddPolicy(Policies.Instructor, policy => policy.RequireRole(nameof(Role.Instructor)));
        services.AddHostedService<BootstrapInstructor>();
        return services;
    }
}
