using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Data;

/// <summary>The LTI tables' keys, indexes and lengths, kept apart from <see cref="GraderDb"/>'s own.</summary>
internal static class LtiModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LtiPlatform>(platform =>
        {
            platform.HasIndex(p => new { p.Issuer, p.ClientId }).IsUnique();
            platform.Property(p => p.Name).HasMaxLength(LtiPlatform.NameLength);
            platform.Property(p => p.Issuer).HasMaxLength(LtiPlatform.UrlLength);
            platform.Property(p => p.ClientId).HasMaxLength(LtiPlatform.IdLength);
            platform.Property(p => p.AuthorizationEndpoint).HasMaxLength(LtiPlatform.UrlLength);
            platform.Property(p => p.TokenEndpoint).HasMaxLength(LtiPlatform.UrlLength);
            platform.Property(p => p.JwksUri).HasMaxLength(LtiPlatform.UrlLength);
            platform.HasMany(p => p.Deployments).WithOne().HasForeignKey(d => d.PlatformId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LtiDeployment>(deployment =>
        {
            deployment.HasKey(d => new { d.PlatformId, d.DeploymentId });
            deployment.Property(d => d.DeploymentId).HasMaxLength(LtiPlatform.IdLength);
        });

        modelBuilder.Entity<LtiKey>(key =>
        {
            key.HasKey(k => k.Kid);
            key.Property(k => k.Kid).HasMaxLength(LtiKey.KidLength);
        });

        modelBuilder.Entity<LtiLogin>(login =>
        {
            login.HasKey(l => l.State);
            login.HasIndex(l => l.ExpiresAt);
            login.Property(l => l.State).HasMaxLength(LtiLogin.TokenLength);
            login.Property(l => l.Nonce).HasMaxLength(LtiLogin.TokenLength);
            login.Property(l => l.BrowserHash).HasMaxLength(LtiLogin.TokenLength);
            login.Property(l => l.TargetLinkUri).HasMaxLength(LtiPlatform.UrlLength);
            login.HasOne<LtiPlatform>().WithMany().HasForeignKey(l => l.PlatformId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LtiContext>(context =>
        {
            context.HasIndex(c => new { c.PlatformId, c.ContextId }).IsUnique();
            context.Property(c => c.ContextId).HasMaxLength(LtiPlatform.IdLength);
            context.Property(c => c.Title).HasMaxLength(LtiPlatform.NameLength);
            context.Property(c => c.DeploymentId).HasMaxLength(LtiPlatform.IdLength);
            context.Property(c => c.MembershipsUrl).HasMaxLength(LtiPlatform.UrlLength);
            context.Property(c => c.LineItemsUrl).HasMaxLength(LtiPlatform.UrlLength);
            context.Property(c => c.AgsScopes).HasMaxLength(LtiPlatform.UrlLength);
            context.HasOne(c => c.Platform).WithMany().HasForeignKey(c => c.PlatformId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LtiResourceLink>(link =>
        {
            link.HasIndex(l => new { l.ContextId, l.ResourceLinkId }).IsUnique();
            link.HasIndex(l => l.ExerciseId);
            link.HasIndex(l => l.AssignmentId);
            link.Property(l => l.ResourceLinkId).HasMaxLength(LtiPlatform.IdLength);
            link.Property(l => l.Title).HasMaxLength(LtiPlatform.NameLength);
            link.Property(l => l.ExerciseId).HasMaxLength(64);
            link.Property(l => l.AssignmentId).HasMaxLength(Assignment.IdLength);
            link.Property(l => l.LineItemUrl).HasMaxLength(LtiPlatform.UrlLength);
            link.HasOne(l => l.Context).WithMany().HasForeignKey(l => l.ContextId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LtiAccount>(account =>
        {
            account.HasKey(a => new { a.PlatformId, a.Subject });
            account.HasIndex(a => a.UserId);
            account.Property(a => a.Subject).HasMaxLength(LtiPlatform.IdLength);
            account.HasOne<LtiPlatform>().WithMany().HasForeignKey(a => a.PlatformId).OnDelete(DeleteBehavior.Cascade);
            account.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<LtiMembership>(membership =>
        {
            membership.HasKey(m => new { m.ContextId, m.UserId });
            membership.HasIndex(m => m.UserId);
            membership.HasOne<LtiContext>().WithMany().HasForeignKey(m => m.ContextId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<LtiDeepLink>(link =>
        {
            link.Property(l => l.Id).HasMaxLength(LtiLogin.TokenLength);
            link.Property(l => l.DeploymentId).HasMaxLength(LtiPlatform.IdLength);
            link.Property(l => l.ReturnUrl).HasMaxLength(LtiPlatform.UrlLength);
            link.Property(l => l.Data).HasMaxLength(LtiPlatform.UrlLength);
            link.Property(l => l.BrowserHash).HasMaxLength(LtiLogin.TokenLength);
            link.HasOne<LtiPlatform>().WithMany().HasForeignKey(l => l.PlatformId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LtiScore>(score =>
        {
            // The sender's claim (by status, id) and the order per line item and user.
            score.HasIndex(s => new { s.Status, s.Id });
            score.HasIndex(s => new { s.ResourceLinkId, s.UserId, s.Id });
            score.Property(s => s.Subject).HasMaxLength(LtiPlatform.IdLength);
            score.Property(s => s.ScoreGiven).HasPrecision(9, 2);
            score.Property(s => s.ScoreMaximum).HasPrecision(9, 2);
            score.Property(s => s.Comment).HasMaxLength(LtiScore.CommentLength);
            score.Property(s => s.LastError).HasMaxLength(LtiScore.ErrorLength);
            score.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            score.HasOne(s => s.ResourceLink).WithMany().HasForeignKey(s => s.ResourceLinkId).OnDelete(DeleteBehavior.Cascade);
            score.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
