using Grader.Exercises.Catalog;

namespace Grader.Exercises.Tests;

public class SeedTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, Seeds.KeyBytes).Select(i => (byte)i)];

    [Fact]
    public void An_attempts_seed_is_reproducible_from_the_same_key_student_exercise_and_attempt()
    {
        Assert.Equal(Seeds.ForAttempt(Key, "cumsum", 7, 3), Seeds.ForAttempt(Key, "cumsum", 7, 3));
    }

    [Fact]
    public void Every_attempt_student_exercise_and_key_gets_its_own_seed()
    {
        var otherKey = Key.Select(b => (byte)(b ^ 0xFF)).ToArray();
        int[] seeds =
        [
            Seeds.ForAttempt(Key, "cumsum", 7, 1),
            Seeds.ForAttempt(Key, "cumsum", 7, 2),
            Seeds.ForAttempt(Key, "cumsum", 8, 1),
            Seeds.ForAttempt(Key, "dot-product", 7, 1),
            Seeds.ForAttempt(otherKey, "cumsum", 7, 1),
        ];

        Assert.Equal(seeds.Length, seeds.Distinct().Count());
        Assert.All(seeds, seed => Assert.True(seed >= 0));
    }

    [Fact]
    public void A_key_too_short_to_be_secret_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Seeds.ForAttempt(new byte[8], "cumsum", 7, 1));
    }
}
