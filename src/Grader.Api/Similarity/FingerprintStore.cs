using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Similarity;

/// <summary>Computes a submission's fingerprints from its code and stores them, once; reads them back for a run.</summary>
internal static class FingerprintStore
{
    public static IReadOnlyList<Fingerprint> Compute(string code) => Winnowing.Fingerprints(CodeTokens.Of(code));

    /// <summary>
    /// Stores (or replaces, when computed under another scheme) a submission's fingerprints. One statement, so two
    /// processes storing the same submission's at once both succeed.
    /// </summary>
    public static Task UpsertAsync(GraderDb db, long submissionId, string code, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Fingerprints" ("SubmissionId", "Scheme", "Data") VALUES ({0}, {1}, {2})
            ON CONFLICT ("SubmissionId") DO UPDATE SET "Scheme" = excluded."Scheme", "Data" = excluded."Data"
            """,
            [submissionId, Winnowing.Scheme, FingerprintBlob.Write(Compute(code))],
            cancellationToken);

    /// <summary>The fingerprints of these submissions: stored ones read, missing (older) ones computed and stored now.</summary>
    public static async Task<IReadOnlyList<FingerprintedSubmission>> LoadAsync(GraderDb db, IReadOnlyList<long> submissionIds, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<long, Fingerprint[]>();
        foreach (var chunk in submissionIds.Chunk(1000))
        {
            var rows = await db.Fingerprints.AsNoTracking()
                .Where(f => chunk.Contains(f.SubmissionId) && f.Scheme == Winnowing.Scheme)
                .Select(f => new { f.SubmissionId, f.Data })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                stored[row.SubmissionId] = FingerprintBlob.Read(row.Data);
            }
        }

        var missing = submissionIds.Where(id => !stored.ContainsKey(id)).ToList();
        foreach (var chunk in missing.Chunk(200))
        {
            var codes = await db.Submissions.AsNoTracking().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var submission in codes)
            {
                stored[submission.Id] = [.. Compute(submission.Code)];
                await UpsertAsync(db, submission.Id, submission.Code, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return [.. submissionIds.Where(stored.ContainsKey).Select(id => new FingerprintedSubmission(id, stored[id]))];
    }
}
