namespace Grader.Api.Data;

/// <summary>A course on a platform (the launch's context), with the service URLs its launches named.</summary>
public sealed class LtiContext
{
    public int Id { get; set; }

    public int PlatformId { get; set; }

    public LtiPlatform Platform { get; set; } = null!;

    /// <summary>The platform's id of the course.</summary>
    public required string ContextId { get; set; }

    public string? Title { get; set; }

    public string? DeploymentId { get; set; }

    /// <summary>NRPS: where the course's members are listed.</summary>
    public string? MembershipsUrl { get; set; }

    /// <summary>AGS: the course's line items container, where new line items are created.</summary>
    public string? LineItemsUrl { get; set; }

    /// <summary>AGS scopes the platform granted, space-separated.</summary>
    public string? AgsScopes { get; set; }

    public DateTime? RosterSyncedAt { get; set; }
}

/// <summary>A link in a course that launches one exercise or assignment, and the line item its scores go to.</summary>
public sealed class LtiResourceLink
{
    public int Id { get; set; }

    public int ContextId { get; set; }

    public LtiContext Context { get; set; } = null!;

    public required string ResourceLinkId { get; set; }

    public string? Title { get; set; }

    public string? ExerciseId { get; set; }

    public string? AssignmentId { get; set; }

    /// <summary>The AGS line item scores are posted to; null until the platform names one or the tool creates it.</summary>
    public string? LineItemUrl { get; set; }

    /// <summary>
    /// When a launch (of any process) took on creating the line item: the others wait for it instead of creating a
    /// second one. A claim older than a minute is a crashed launch's and may be taken over.
    /// </summary>
    public DateTime? LineItemClaimedAt { get; set; }
}

/// <summary>Who a platform's user (<c>sub</c>) is here.</summary>
public sealed class LtiAccount
{
    public int PlatformId { get; set; }

    public required string Subject { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;
}

/// <summary>A user's membership of a course, from launches and roster syncs; one who left stays, inactive.</summary>
public sealed class LtiMembership
{
    public int ContextId { get; set; }

    public int UserId { get; set; }

    public bool Active { get; set; } = true;

    public DateTime UpdatedAt { get; set; }
}

/// <summary>An instructor's deep-linking launch waiting for their choice in the picker.</summary>
public sealed class LtiDeepLink
{
    public required string Id { get; set; }

    public int PlatformId { get; set; }

    public required string DeploymentId { get; set; }

    public required string ReturnUrl { get; set; }

    /// <summary>The platform's opaque <c>data</c>, returned as it came.</summary>
    public string? Data { get; set; }

    public int UserId { get; set; }

    public required string BrowserHash { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
