namespace Grader.Api.Lti;

/// <summary>The names LTI 1.3 and its services give their claims, scopes and media types.</summary>
internal static class LtiClaims
{
    private const string Lti = "https://purl.imsglobal.org/spec/lti/claim/";

    public const string MessageType = Lti + "message_type";
    public const string Version = Lti + "version";
    public const string DeploymentId = Lti + "deployment_id";
    public const string TargetLinkUri = Lti + "target_link_uri";
    public const string ResourceLink = Lti + "resource_link";
    public const string Roles = Lti + "roles";
    public const string Context = Lti + "context";
    public const string Custom = Lti + "custom";
    public const string DeepLinkingSettings = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public const string DeepLinkingContentItems = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public const string DeepLinkingData = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public const string AgsEndpoint = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public const string NrpsService = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public const string ResourceLinkRequest = "LtiResourceLinkRequest";
    public const string DeepLinkingRequest = "LtiDeepLinkingRequest";
    public const string DeepLinkingResponse = "LtiDeepLinkingResponse";
    public const string SupportedVersion = "1.3.0";

    public const string ScopeLineItem = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public const string ScopeScore = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public const string ScopeMemberships = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    public const string ScoreMediaType = "application/vnd.ims.lis.v1.score+json";
    public const string LineItemMediaType = "application/vnd.ims.lis.v2.lineitem+json";
    public const string MembershipMediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
}
