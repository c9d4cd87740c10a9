using Grader.Api.Data;

namespace Grader.Api.Auth;

public static class Policies
{
    /// <summary>TAs and instructors.</summary>
    public const string Staff = "staff";

    public const string Instructor = "instructor";

    public static IServiceCollection AddGraderAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Staff, policy => policy.RequireRole(nameof(Role.TA), nameof(Role.Instructor)))
            .AddPolicy(Instructor, policy => policy.RequireRole(nameof(Role.Instructor)));
        services.AddHostedService<BootstrapInstructor>();
        return services;
    }
}
