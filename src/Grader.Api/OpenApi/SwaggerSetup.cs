using Grader.Api.Auth;
using Microsoft.OpenApi;

namespace Grader.Api.OpenApi;

internal static class SwaggerSetup
{
    public static IServiceCollection AddGraderSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Grader",
                Version = "v1",
                Description = "Auto-grading for the Preliminaries chapter of Dive into Deep Learning, in C# with TorchSharp. "
                    + "Authorize with your token, open an exercise, then submit your snippet.",
            });
            options.AddSecurityDefinition(BearerTokenHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Your token from the instructor (it starts with grd_). Paste the token only.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, document)] = [],
            });
            options.OperationFilter<SubmissionBodyFilter>();
            options.OperationFilter<AcceptLanguageFilter>();
            options.OperationFilter<CsvResponseFilter>();
            options.SchemaFilter<RequestExamplesFilter>();
            options.OperationFilter<ProblemResponsesFilter>();
            options.SupportNonNullableReferenceTypes();
            var xml = Path.Combine(AppContext.BaseDirectory, "Grader.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    public static WebApplication UseGraderSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = "Grader";
            options.EnablePersistAuthorization();
            options.EnableTryItOutByDefault();
            options.DisplayRequestDuration();
            options.EnableDeepLinking();
        });
        app.MapGet("/", () => Results.Redirect("/app")).ExcludeFromDescription().AllowAnonymous(); // the pages; API users know /swagger
        return app;
    }
}
