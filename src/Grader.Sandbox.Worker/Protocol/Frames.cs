using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Sandbox.Worker.Protocol;

/// <summary>Messages on the host–worker socket: a 4-byte little-endian length, then that many bytes of UTF-8 JSON.</summary>
public static class Frames
{
    /// <summary>Larger frames are refused; the largest result (a 1,000,000-element tensor) fits.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        await stream.WriteAsync(frame, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The next message, or null when the other side closed the socket.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken)
        where T : class
    {
        var header = new byte[4];
        if (!await ReadExactlyOrEndAsync(stream, header, cancellationToken))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxBytes)
        {
            throw new InvalidDataException($"A frame of {length} bytes is out of bounds.");
        }

        var body = new byte[length];
        return await ReadExactlyOrEndAsync(stream, body, cancellationToken)
            ? JsonSerializer.Deserialize<T>(body, Json)
            : throw new EndOfStreamException("The socket closed in the middle of a frame.");
    }

    private static async Task<bool> ReadExactlyOrEndAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return read == 0 ? false : throw new EndOfStreamException("The socket closed in the middle of a frame.");
            }

            read += n;
        }

        return true;
    }
}
