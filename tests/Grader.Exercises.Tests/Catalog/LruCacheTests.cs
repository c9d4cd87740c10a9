using Grader.Exercises.Catalog;

namespace Grader.Exercises.Tests.Catalog;

public class LruCacheTests
{
    [Fact]
    public void A_full_cache_forgets_the_least_recently_used_entry_only()
    {
        var cache = new LruCache<int, string>(3);
        foreach (var key in new[] { 1, 2, 3 })
        {
            cache.GetOrAdd(key, k => $"v{k}");
        }

        cache.TryGet(1, out _); // 1 is now the most recent; 2 the least
        cache.GetOrAdd(4, k => $"v{k}");

        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet(2, out _));
        Assert.True(cache.TryGet(1, out var one) && one == "v1");
        Assert.True(cache.TryGet(3, out _));
        Assert.True(cache.TryGet(4, out _));
    }

    [Fact]
    public void A_hit_does_not_create_again_and_remove_takes_only_the_same_value()
    {
        var cache = new LruCache<string, object>(2);
        var created = 0;
        var first = cache.GetOrAdd("a", _ => { created++; return new object(); });
        var again = cache.GetOrAdd("a", _ => { created++; return new object(); });

        Assert.Same(first, again);
        Assert.Equal(1, created);
        Assert.False(cache.Remove("a", new object()));
        Assert.True(cache.Remove("a", first));
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Many_threads_never_grow_it_past_its_capacity()
    {
        var cache = new LruCache<int, int>(100);
        Parallel.For(0, 10_000, i => cache.GetOrAdd(i % 500, k => k * 2));

        Assert.Equal(100, cache.Count);
    }
}
