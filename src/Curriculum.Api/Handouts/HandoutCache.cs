using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Curriculum.Api.Hosting;
using Curriculum.Rendering.Handouts;
using Microsoft.Extensions.Caching.Memory;

namespace Curriculum.Api.Handouts;

/// <summary>
/// Rendered PDFs by request. The same input gives the same bytes, so a class set of students (or an LMS) asking for
/// the same handout is served from memory instead of rendering it again. A document is kept only when its request
/// comes a second time: most requests are asked once (a new seed each), and keeping each of those (about 150 KB, on
/// the large object heap) until it was pushed out held hundreds of megabytes of dead PDFs waiting for a full
/// collection (docs/MEASUREMENTS.md, "Session 5"). Bounded by size; the oldest-used go first.
/// </summary>
public sealed class HandoutCache : IDisposable
{
    /// <summary>Request keys remembered as asked once: at a few hundred requests a second, the last minute or so.</summary>
    public const int SeenCapacity = 16_384;

    private readonly ApiLimits _limits;
    private readonly Operations.CurriculumMetrics _metrics;
    private readonly MemoryCache _documents;
    private readonly SeenOnce _seen;

    public HandoutCache(ApiLimits limits, Operations.CurriculumMetrics metrics)
        : this(limits, metrics, SeenCapacity)
    {
    }

    internal HandoutCache(ApiLimits limits, Operations.CurriculumMetrics metrics, int seenCapacity)
    {
        _limits = limits;
        _metrics = metrics;
        // The heap limit serve declares applies first (a no-op once applied, or where none is declared), so that the
        // cache takes at most a quarter of the heap it runs in: a full cache must leave room to render.
        ServerMemory.ApplyDeclaredHeapLimit(limits.PdfConcurrency);
        _documents = new(new MemoryCacheOptions { SizeLimit = SizeLimit(limits.PdfCacheMegabytes, (ulong)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) });
        _seen = new SeenOnce(seenCapacity);
    }

    /// <summary>The cached document, or what <paramref name="render"/> gives after waiting its turn (null: nothing to send, nothing kept).</summary>
    public async Task<RenderedDocument?> GetOrRenderAsync(HandoutBody body, Func<Task<RenderedDocument?>> render)
    {
        if (_limits.PdfCacheMegabytes == 0)
        {
            return await render();
        }

        var (key, fingerprint) = Key(body);
        if (_documents.TryGetValue(key, out RenderedDocument? cached) && cached is not null)
        {
            _metrics.Cache(hit: true);
            return cached;
        }

        _metrics.Cache(hit: false);
        var document = await render();
        if (document is not null && _seen.AskedBefore(fingerprint))
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = document.Bytes.Length });
        }

        return document;
    }

    /// <summary>The cache's bound in bytes: the configured size, but never more than a quarter of the memory the heap may use.</summary>
    internal static long SizeLimit(int megabytes, ulong heapAvailable) =>
        Math.Max(1, Math.Min((long)megabytes * 1024 * 1024, (long)Math.Min(heapAvailable / 4, long.MaxValue)));

    /// <summary>A digest of everything that decides the bytes: the whole request, inline templates included.</summary>
    private static (string Key, ulong Fingerprint) Key(HandoutBody body)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body with
        {
            Kind = body.Kind?.ToLowerInvariant(),
            Paper = body.Paper?.ToLowerInvariant(),
            Format = body.Format?.ToLowerInvariant(),
        })));
        return (Convert.ToHexString(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest));
    }

    public void Dispose() => _documents.Dispose();

    /// <summary>
    /// The last <c>capacity</c> requests asked, by the first 64 bits of their digest (a collision only keeps one PDF
    /// that was asked once). The oldest is forgotten first.
    /// </summary>
    private sealed class SeenOnce(int capacity)
    {
        private readonly Lock _gate = new();
        private readonly HashSet<ulong> _set = new(capacity);
        private readonly ulong[] _order = new ulong[capacity];
        private int _next;

        /// <summary>Whether the request was asked before; if not, it is remembered as asked now.</summary>
        public bool AskedBefore(ulong fingerprint)
        {
            lock (_gate)
            {
                if (_set.Contains(fingerprint))
                {
                    return true;
                }

                if (_set.Count == _order.Length)
                {
                    _set.Remove(_order[_next]);
                }

                _set.Add(fingerprint);
                _order[_next] = fingerprint;
                _next = (_next + 1) % _order.Length;
                return false;
            }
        }
    }
}
