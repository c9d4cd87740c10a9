using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Api.Data;

namespace Grader.Api.Lti;

/// <summary>Assignment and Grade Services 2.0: posting a score to a line item, and creating a line item.</summary>
internal sealed class Ags(IHttpClientFactory http, ServiceTokens tokens)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>POST {lineitem}/scores as <c>application/vnd.ims.lis.v1.score+json</c>.</summary>
    /// <exception cref="LtiServiceException">Refused (retry or not, as it says) or not answered.</exception>
    public async Task PostScoreAsync(GraderDb db, LtiPlatform platform, string lineItemUrl, ScoreMessage score, CancellationToken cancellationToken)
    {
        var content = JsonContent.Create(score, mediaType: new MediaTypeHeaderValue(LtiClaims.ScoreMediaType), options: Json);
        await SendAsync(db, platform, LtiClaims.ScopeScore, HttpMethod.Post, ScoresUrl(lineItemUrl), content, "score service", cancellationToken);
    }

    /// <summary>Creates a line item in the course's container; returns its URL.</summary>
    public async Task<string> CreateLineItemAsync(
        GraderDb db, LtiPlatform platform, string lineItemsUrl, LineItemMessage lineItem, CancellationToken cancellationToken)
    {
        var content = JsonContent.Create(lineItem, mediaType: new MediaTypeHeaderValue(LtiClaims.LineItemMediaType), options: Json);
        using var response = await SendAsync(db, platform, LtiClaims.ScopeLineItem, HttpMethod.Post, lineItemsUrl, content, "line items service", cancellationToken);
        var created = await response.Content.ReadFromJsonAsync<LineItemMessage>(Json, cancellationToken);
        return created?.Id ?? throw new LtiServiceException("The line items service created a line item without an id.", retry: false);
    }

    /// <summary>The scores endpoint of a line item: <c>/scores</c> after its path, before any query.</summary>
    public static string ScoresUrl(string lineItemUrl)
    {
        var query = lineItemUrl.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? lineItemUrl.TrimEnd('/') + "/scores" : lineItemUrl[..query].TrimEnd('/') + "/scores" + lineItemUrl[query..];
    }

    private async Task<HttpResponseMessage> SendAsync(
        GraderDb db, LtiPlatform platform, string scope, HttpMethod method, string url, HttpContent content, string what, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(db, platform, scope, cancellationToken);
        using var client = http.CreateClient(PlatformKeys.HttpClientName);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await LtiServiceException.SendAsync(() => client.SendAsync(request, cancellationToken), what, cancellationToken);
        if ((int)response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            tokens.Forget(platform, scope);
        }

        try
        {
            await LtiServiceException.ThrowUnlessSuccessAsync(response, what, cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}

/// <summary>An AGS score (<c>application/vnd.ims.lis.v1.score+json</c>).</summary>
internal sealed record ScoreMessage(
    string UserId,
    decimal ScoreGiven,
    decimal ScoreMaximum,
    string ActivityProgress,
    string GradingProgress,
    string Timestamp,
    string? Comment);

/// <summary>An AGS line item (<c>application/vnd.ims.lis.v2.lineitem+json</c>).</summary>
internal sealed record LineItemMessage(string? Id, decimal ScoreMaximum, string Label, string? ResourceId, string? ResourceLinkId, string? Tag = null);
