using Microsoft.Extensions.Options;

namespace Grader.Api.Pages;

/// <summary>
/// Headers on every page and static file: a Content-Security-Policy that lets only the grader's own script files run
/// (no inline script, no eval, nothing from another origin), no sniffing, no referrer to other sites, and framing only
/// by the grader itself or the origins in <see cref="PagesOptions.FrameAncestors"/>.
/// </summary>
internal static class SecurityHeaders
{
    public static string Policy(PagesOptions options)
    {
        var ancestors = string.Join(' ', ["'self'", .. options.FrameAncestors]);
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + $"form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors {ancestors}";
    }

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = Policy(app.ApplicationServices.GetRequiredService<IOptions<PagesOptions>>().Value);
        return app.Use((context, next) =>
        {
            if (PagePaths.IsPage(context.Request.Path))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                if (!context.Request.Path.StartsWithSegments(PagePaths.Assets, StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "no-store"; // pages show grades and code: not for shared caches or the back button
                }
            }

            return next(context);
        });
    }
}
