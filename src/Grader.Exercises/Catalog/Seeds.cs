using System.Security.Cryptography;
using System.Text;

namespace Grader.Exercises.Catalog;

/// <summary>
/// Seeds for hidden cases. Derived with SHA-256, never string.GetHashCode (randomised per process), so a regrade on
/// any machine reproduces a student's variant exactly.
/// </summary>
public static class Seeds
{
    public static int ForStudent(string exerciseId, string studentId) => Hash($"{exerciseId}\n{studentId}");

    public static int ForCase(int seed, int caseIndex) => Hash($"{seed}\n{caseIndex}");

    private static int Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToInt32(digest) & int.MaxValue;
    }
}
