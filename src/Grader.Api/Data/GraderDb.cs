using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Data;

/// <summary>
/// The grader's database. Each provider has its own subclass so that each keeps its own migrations
/// (<see cref="SqliteGraderDb"/>, <see cref="PostgresGraderDb"/>); handlers only ever see this type.
/// </summary>
public abstract class GraderDb : DbContext, IDataProtectionKeyContext
{
    protected GraderDb(DbContextOptions options)
        : base(options)
    {
        // A failed save here always abandons its transaction, so EF's automatic savepoint around SaveChanges in an
        // explicit transaction serves nothing; and EF ignores a failure to release it, so a connection lost at that
        // moment surfaced only at the next command as "Transaction is already completed" (a 500) instead of the
        // provider's own error (a 503). Seen in the PostgreSQL outage test.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<User> Users => Set<User>();

    public DbSet<ApiToken> Tokens => Set<ApiToken>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ServerSecret> ServerSecrets => Set<ServerSecret>();

    public DbSet<ReferenceRun> ReferenceRuns => Set<ReferenceRun>();

    public DbSet<SubmissionComment> Comments => Set<SubmissionComment>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<AssignmentExtension> Extensions => Set<AssignmentExtension>();

    public DbSet<PinnedSubmission> Pins => Set<PinnedSubmission>();

    public DbSet<Rejudge> Rejudges => Set<Rejudge>();

    public DbSet<RejudgeItem> RejudgeItems => Set<RejudgeItem>();

    public DbSet<RegradeRequest> RegradeRequests => Set<RegradeRequest>();

    public DbSet<SubmissionFingerprint> Fingerprints => Set<SubmissionFingerprint>();

    public DbSet<SimilarityRun> SimilarityRuns => Set<SimilarityRun>();

    public DbSet<SimilarityPair> SimilarityPairs => Set<SimilarityPair>();

    public DbSet<WebSession> WebSessions => Set<WebSession>();

    /// <summary>The keys that seal the pages' session cookies and antiforgery tokens, shared by every api process.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<LtiPlatform> LtiPlatforms => Set<LtiPlatform>();

    public DbSet<LtiDeployment> LtiDeployments => Set<LtiDeployment>();

    public DbSet<LtiKey> LtiKeys => Set<LtiKey>();

    public DbSet<LtiLogin> LtiLogins => Set<LtiLogin>();

    public DbSet<LtiContext> LtiContexts => Set<LtiContext>();

    public DbSet<LtiResourceLink> LtiResourceLinks => Set<LtiResourceLink>();

    public DbSet<LtiAccount> LtiAccounts => Set<LtiAccount>();

    public DbSet<LtiMembership> LtiMemberships => Set<LtiMembership>();

    public DbSet<LtiDeepLink> LtiDeepLinks => Set<LtiDeepLink>();

    public DbSet<LtiScore> LtiScores => Set<LtiScore>();

    /// <summary>Sets the normalized user name of every new or renamed user, so no code path can forget it.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<User>())
        {
            entry.Entity.NormalizedUserName = UserNameNormalizer.Normalize(entry.Entity.UserName);
        }

        if (ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit events are append-only: one may be added, never changed or deleted.");
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.Property(u => u.UserName).HasMaxLength(UserLimits.UserNameLength);
            user.Property(u => u.NormalizedUserName).HasMaxLength(UserLimits.UserNameLength);
            user.Property(u => u.DisplayName).HasMaxLength(UserLimits.DisplayNameLength);
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<ApiToken>(token =>
        {
            token.HasIndex(t => t.Hash).IsUnique();
            token.Property(t => t.Hash).HasMaxLength(64);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Name).HasMaxLength(UserLimits.TokenNameLength);
        });

        modelBuilder.Entity<WebSession>(session =>
        {
            session.HasIndex(s => s.KeyHash).IsUnique();
            session.Property(s => s.KeyHash).HasMaxLength(64);
            session.HasOne(s => s.User).WithMany().OnDelete(DeleteBehavior.Cascade);
            session.HasOne(s => s.Token).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Submission>(submission =>
        {
            // The graders' claim (by status, priority, id) and a student's "my submissions" list.
            submission.HasIndex(s => new { s.Status, s.Priority, s.Id });
            submission.HasIndex(s => new { s.UserId, s.Id });
            submission.HasIndex(s => new { s.UserId, s.ExerciseId, s.AttemptNumber }).IsUnique();

            // Analytics and the similarity report read one exercise's submissions, student by student.
            submission.HasIndex(s => new { s.ExerciseId, s.UserId, s.AttemptNumber });
            submission.Property(s => s.ExerciseId).HasMaxLength(64);
            submission.Property(s => s.CatalogVersion).HasMaxLength(64);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Verdict).HasConversion<string>().HasMaxLength(32);
            submission.Property(s => s.TraceParent).HasMaxLength(Submission.TraceParentLength);
            submission.ComplexProperty(s => s.Layers, layers =>
            {
                layers.Property(l => l.Adjustment).HasColumnName("GradeAdjustment");
                layers.Property(l => l.Override).HasColumnName("GradeOverride");
                layers.Property(l => l.Reason).HasColumnName("GradeReason").HasMaxLength(GradeLayers.ReasonLength);
                layers.Property(l => l.Version).HasColumnName("GradeVersion");
                layers.Property(l => l.ChangedAt).HasColumnName("GradeChangedAt");
                layers.Property(l => l.ChangedById).HasColumnName("GradeChangedById");
            });
        });

        modelBuilder.Entity<SubmissionComment>(comment =>
        {
            comment.HasIndex(c => new { c.SubmissionId, c.Id });
            comment.Property(c => c.Body).HasMaxLength(SubmissionComment.BodyLength);
            comment.HasOne(c => c.Submission).WithMany().OnDelete(DeleteBehavior.Cascade);
            comment.HasOne(c => c.Author).WithMany().OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Assignment>(assignment =>
        {
            assignment.Property(a => a.Id).HasMaxLength(Assignment.IdLength);
            assignment.Property(a => a.TitleEn).HasMaxLength(Assignment.TitleLength);
            assignment.Property(a => a.TitleZhTw).HasMaxLength(Assignment.TitleLength);
            assignment.Property(a => a.Counts).HasConversion<string>().HasMaxLength(16);
            assignment.HasMany(a => a.Exercises).WithOne().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AssignmentExercise>(exercise =>
        {
            exercise.HasKey(e => new { e.AssignmentId, e.ExerciseId });
            exercise.Property(e => e.AssignmentId).HasMaxLength(Assignment.IdLength);
            exercise.Property(e => e.ExerciseId).HasMaxLength(64);
        });

        modelBuilder.Entity<AssignmentExtension>(extension =>
        {
            extension.HasKey(e => new { e.AssignmentId, e.UserId });
            extension.Property(e => e.AssignmentId).HasMaxLength(Assignment.IdLength);
            extension.Property(e => e.Reason).HasMaxLength(GradeLayers.ReasonLength);
            extension.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
            extension.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PinnedSubmission>(pin =>
        {
            pin.HasKey(p => new { p.AssignmentId, p.UserId, p.ExerciseId });
            pin.Property(p => p.AssignmentId).HasMaxLength(Assignment.IdLength);
            pin.Property(p => p.ExerciseId).HasMaxLength(64);
            pin.Property(p => p.Reason).HasMaxLength(GradeLayers.ReasonLength);
            pin.HasOne<Assignment>().WithMany().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Cascade);
            pin.HasOne<Submission>().WithMany().HasForeignKey(p => p.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.HasIndex(a => new { a.SubmissionId, a.Id });
            audit.HasIndex(a => new { a.StudentId, a.Id });
            audit.HasIndex(a => new { a.ActorId, a.Id });
            audit.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            audit.Property(a => a.ExerciseId).HasMaxLength(64);
            audit.Property(a => a.AssignmentId).HasMaxLength(64);
            audit.Property(a => a.Reason).HasMaxLength(GradeLayers.ReasonLength);
            audit.HasOne(a => a.Actor).WithMany().OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Rejudge>(rejudge =>
        {
            rejudge.Property(r => r.ExerciseId).HasMaxLength(64);
            rejudge.Property(r => r.AssignmentId).HasMaxLength(Assignment.IdLength);
            rejudge.Property(r => r.Selection).HasConversion<string>().HasMaxLength(16);
            rejudge.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(32);
            rejudge.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            rejudge.Property(r => r.Reason).HasMaxLength(Rejudge.ReasonLength);
            rejudge.HasOne(r => r.CreatedBy).WithMany().OnDelete(DeleteBehavior.Restrict);
            rejudge.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RejudgeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RejudgeItem>(item =>
        {
            // The graders' claim (by status, id), and a rejudge's items.
            item.HasIndex(i => new { i.Status, i.Id });
            item.HasIndex(i => new { i.RejudgeId, i.Id });
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.OldVerdict).HasConversion<string>().HasMaxLength(32);
            item.Property(i => i.Verdict).HasConversion<string>().HasMaxLength(32);
            item.Property(i => i.CatalogVersion).HasMaxLength(64);
            item.HasOne(i => i.Submission).WithMany().OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RegradeRequest>(request =>
        {
            // One open request per submission, also between two requests sent at once.
            request.HasIndex(r => r.SubmissionId).IsUnique().HasFilter("\"Status\" = 'Open'");
            request.HasIndex(r => new { r.Status, r.Id });
            request.HasIndex(r => new { r.StudentId, r.Id });
            request.Property(r => r.Message).HasMaxLength(RegradeRequest.TextLength);
            request.Property(r => r.Answer).HasMaxLength(RegradeRequest.TextLength);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.HasOne(r => r.Submission).WithMany().OnDelete(DeleteBehavior.Cascade);
            request.HasOne(r => r.Student).WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Restrict);
            request.HasOne(r => r.ResolvedBy).WithMany().HasForeignKey(r => r.ResolvedById).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SubmissionFingerprint>(fingerprint =>
        {
            fingerprint.HasKey(f => f.SubmissionId);
            fingerprint.HasOne<Submission>().WithOne().HasForeignKey<SubmissionFingerprint>(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SimilarityRun>(run =>
        {
            // The latest run of an exercise (and assignment) is what GET shows.
            run.HasIndex(r => new { r.ExerciseId, r.Id });
            run.Property(r => r.ExerciseId).HasMaxLength(64);
            run.Property(r => r.AssignmentId).HasMaxLength(Assignment.IdLength);
            run.HasOne<User>().WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
            run.HasMany(r => r.Pairs).WithOne().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SimilarityPair>(pair =>
        {
            pair.HasIndex(p => new { p.RunId, p.Score });
            pair.HasOne<Submission>().WithMany().HasForeignKey(p => p.FirstSubmissionId).OnDelete(DeleteBehavior.Cascade);
            pair.HasOne<Submission>().WithMany().HasForeignKey(p => p.SecondSubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ServerSecret>(secret =>
        {
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(64);
        });

        modelBuilder.Entity<ReferenceRun>(run =>
        {
            run.HasKey(r => new { r.ExerciseId, r.CatalogVersion, r.Seed });
            run.Property(r => r.ExerciseId).HasMaxLength(64);
            run.Property(r => r.CatalogVersion).HasMaxLength(64);
        });

        LtiModel.Configure(modelBuilder);
    }
}

/// <summary>The default database: one SQLite file, no server to set up.</summary>
public sealed class SqliteGraderDb(DbContextOptions<SqliteGraderDb> options) : GraderDb(options);

/// <summary>PostgreSQL, for production and for more than one API replica.</summary>
public sealed class PostgresGraderDb(DbContextOptions<PostgresGraderDb> options) : GraderDb(options);
