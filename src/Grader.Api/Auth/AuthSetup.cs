using Grader.Api.Data;

namespace Grader.Api.Auth;

internal static class AuthSetup
{
    /// <summary>Bearer tokens for every endpoint unless it says otherwise; role policies; the first instructor.</summary>
    public static IServiceCollection AddGraderAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(nameof(Role.TA), nameof(Role.Instructor)))
            .AddPolicy(Policies.Instructor, policy => policy.RequireRole(nameof(Role.Instructor)));
        services.AddHostedService<BootstrapInstructor>();
        return services;
    }
}
