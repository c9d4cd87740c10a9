namespace Grader.Exercises.Catalog;

/// <summary>
/// A bounded map that forgets the least recently used entry when it is full, instead of everything at once: a class
/// of students × exercises that outgrows it keeps what it uses now. Thread-safe; one lock, no allocation on a hit.
/// </summary>
public sealed class LruCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> recency = [];
    private readonly Lock gate = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "A cache holds at least one entry.");

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The value for the key, made by <paramref name="create"/> (under the cache's lock: keep it quick) when absent.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                return node.Value.Value;
            }

            var value = create(key);
            entries[key] = recency.AddFirst((key, value));
            if (entries.Count > Capacity)
            {
                var oldest = recency.Last!;
                recency.RemoveLast();
                entries.Remove(oldest.Value.Key);
            }

            return value;
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                recency.Remove(node);
                recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }

            value = default!;
            return false;
        }
    }

    /// <summary>Removes the entry if it still holds <paramref name="value"/> (a failed computation, say).</summary>
    public bool Remove(TKey key, TValue value)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node) && EqualityComparer<TValue>.Default.Equals(node.Value.Value, value))
            {
                recency.Remove(node);
                entries.Remove(key);
                return true;
            }

            return false;
        }
    }
}
