using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Curriculum.Api.Hosting;
using Curriculum.Rendering.Handouts;
using Microsoft.Extensions.Caching.Memory;

namespace Curriculum.Api.Handouts;

/// <summary>
/// Rendered PDFs by request. The same input gives the same bytes, so a class set of students (or an LMS) asking for
/// the same handout is served from memory instead of rendering it again. Bounded by size; the oldest-used go first.
/// </summary>
public sealed class HandoutCache(ApiLimits limits, Operations.CurriculumMetrics metrics) : IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, (long)limits.PdfCacheMegabytes * 1024 * 1024) });

    /// <summary>The cached document, or what <paramref name="render"/> gives after waiting its turn (null: nothing to send, nothing kept).</summary>
    public async Task<RenderedDocument?> GetOrRenderAsync(HandoutBody body, Func<Task<RenderedDocument?>> render)
    {
        if (limits.PdfCacheMegabytes == 0)
        {
            return await render();
        }

        var key = Key(body);
        if (_documents.TryGetValue(key, out RenderedDocument? cached) && cached is not null)
        {
            metrics.Cache(hit: true);
            return cached;
        }

        metrics.Cache(hit: false);
        var document = await render();
        if (document is not null)
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = document.Bytes.Length });
        }

        return document;
    }

    /// <summary>A digest of everything that decides the bytes: the whole request, inline templates included.</summary>
    private static string Key(HandoutBody body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body with
        {
            Kind = body.Kind?.ToLowerInvariant(),
            Paper = body.Paper?.ToLowerInvariant(),
            Format = body.Format?.ToLowerInvariant(),
        }))));

    public void Dispose() => _documents.Dispose();
}
