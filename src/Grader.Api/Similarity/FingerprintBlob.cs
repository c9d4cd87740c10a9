using System.Buffers.Binary;

namespace Grader.Api.Similarity;

/// <summary>A submission's fingerprints as stored: 20 bytes each (hash, first token, start and end offsets), little-endian.</summary>
internal static class FingerprintBlob
{
    private const int Size = 20;

    public static byte[] Write(IReadOnlyList<Fingerprint> fingerprints)
    {
        var bytes = new byte[fingerprints.Count * Size];
        for (var i = 0; i < fingerprints.Count; i++)
        {
            var span = bytes.AsSpan(i * Size, Size);
            BinaryPrimitives.WriteUInt64LittleEndian(span, fingerprints[i].Hash);
            BinaryPrimitives.WriteInt32LittleEndian(span[8..], fingerprints[i].Token);
            BinaryPrimitives.WriteInt32LittleEndian(span[12..], fingerprints[i].Start);
            BinaryPrimitives.WriteInt32LittleEndian(span[16..], fingerprints[i].End);
        }

        return bytes;
    }

    public static Fingerprint[] Read(byte[] bytes)
    {
        if (bytes.Length % Size != 0)
        {
            throw new InvalidDataException($"A fingerprint blob of {bytes.Length} bytes is not a whole number of {Size}-byte entries.");
        }

        var fingerprints = new Fingerprint[bytes.Length / Size];
        for (var i = 0; i < fingerprints.Length; i++)
        {
            var span = bytes.AsSpan(i * Size, Size);
            fingerprints[i] = new Fingerprint(
                BinaryPrimitives.ReadUInt64LittleEndian(span),
                BinaryPrimitives.ReadInt32LittleEndian(span[8..]),
                BinaryPrimitives.ReadInt32LittleEndian(span[12..]),
                BinaryPrimitives.ReadInt32LittleEndian(span[16..]));
        }

        return fingerprints;
    }
}
