using System.Security.Cryptography;
using System.Text;

namespace Grader.Exercises.Catalog;

/// <summary>
/// Seeds for hidden cases. Never string.GetHashCode (randomised per process): a seed is stored with its submission,
/// and a regrade on any machine reproduces the same variant from it.
/// </summary>
public static class Seeds
{
    /// <summary>Bytes of a seed key: HMAC-SHA256 takes any length, 32 matches its block of output.</summary>
    public const int KeyBytes = 32;

    /// <summary>
    /// The seed of one attempt: an HMAC under the service's secret key, so nobody who can read cases.cs can compute
    /// another student's inputs, and every attempt gets inputs of its own, so nothing learnt about one attempt's hidden
    /// cases (by timing, by which verdict a conditional failure gives) says anything about the next one's.
    /// </summary>
    /// <param name="attempt">The student's 1-based attempt at the exercise.</param>
    public static int ForAttempt(ReadOnlySpan<byte> key, string exerciseId, long studentId, int attempt)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("A seed key needs at least 16 bytes.", nameof(key));
        }

        Span<byte> digest = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{exerciseId}\n{studentId}\n{attempt}"), digest);
        return BitConverter.ToInt32(digest) & int.MaxValue;
    }

    /// <summary>
    /// An unkeyed seed from a name, for tests, benchmarks and local tools that need a fixed variant. The service never
    /// uses it for a graded submission: anyone could compute it.
    /// </summary>
    public static int ForStudent(string exerciseId, string studentId) => Hash($"{exerciseId}\n{studentId}");

    public static int ForCase(int seed, int caseIndex) => Hash($"{seed}\n{caseIndex}");

    private static int Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToInt32(digest) & int.MaxValue;
    }
}
