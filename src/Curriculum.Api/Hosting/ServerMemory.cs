using System.Globalization;

namespace Curriculum.Api.Hosting;

/// <summary>
/// The garbage-collected heap limit a host declares for serving. The CLI's runtimeconfig declares one
/// (<see cref="HeapLimitSetting"/> in <c>Curriculum.Cli.csproj</c>), applied here when the server starts rendering, so
/// <c>serve</c> runs in a bounded heap while <c>course</c> and every other command keep the server GC unbounded
/// (measured faster). Without a limit the server GC let a busy server grow to 400–800 MB; bounded, it stays near the
/// limit plus the runtime's own, about 150 MB (docs/MEASUREMENTS.md, "Session 5"). The declared limit is for
/// <see cref="DeclaredFor"/> renders at a time; each further one allowed (<see cref="ApiLimits.PdfConcurrency"/>, by
/// default one per core) adds <see cref="PerRender"/>, since a heap too small for the work in flight fails requests
/// with OutOfMemoryException instead of growing. A stricter limit already in force (<c>DOTNET_GCHeapHardLimit</c>, a
/// container's) is kept.
/// </summary>
public static class ServerMemory
{
    /// <summary>The runtimeconfig property (bytes) that declares the heap limit for serving.</summary>
    public const string HeapLimitSetting = "Curriculum.Serve.GCHeapHardLimit";

    /// <summary>Renders at a time the declared limit is sized for (two: this kit's default on a two-core machine).</summary>
    public const int DeclaredFor = 2;

    /// <summary>Heap added for each render at a time beyond <see cref="DeclaredFor"/>.</summary>
    public const ulong PerRender = 32UL * 1024 * 1024;

    private static readonly Lock Gate = new();
    private static bool _applied;

    /// <summary>Applies the declared limit, sized for <paramref name="rendersAtOnce"/>, once per process; the limit applied, else null.</summary>
    public static ulong? ApplyDeclaredHeapLimit(int rendersAtOnce)
    {
        lock (Gate)
        {
            if (_applied)
            {
                return null;
            }

            _applied = true;
            var limit = Limit(AppContext.GetData(HeapLimitSetting), rendersAtOnce, (ulong)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
            if (limit is not { } bytes)
            {
                return null;
            }

            // The GC reads its hard limit from AppContext when asked to refresh it (GC.RefreshMemoryLimit).
            AppContext.SetData("GCHeapHardLimit", bytes);
            GC.RefreshMemoryLimit();
            return bytes;
        }
    }

    /// <summary>
    /// The limit to apply: the declared one (a positive number of bytes) plus <see cref="PerRender"/> for each render at
    /// a time beyond <see cref="DeclaredFor"/>, when that is below what is available now.
    /// </summary>
    internal static ulong? Limit(object? declared, int rendersAtOnce, ulong available)
    {
        // A runtimeconfig property arrives as text; a host may also set the number itself (AppContext.SetData).
        if (declared is not (string or ulong) || declared is string blank && string.IsNullOrWhiteSpace(blank))
        {
            return null;
        }

        var text = Convert.ToString(declared, CultureInfo.InvariantCulture)!.Trim();
        var parsed = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : (ulong?)null
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dec) ? dec : null;
        if (parsed is not { } bytes || bytes == 0)
        {
            throw new InvalidOperationException($"{HeapLimitSetting} must be a positive number of bytes (decimal or 0x hex), not '{text}'.");
        }

        var limit = bytes + ((ulong)Math.Max(0, rendersAtOnce - DeclaredFor) * PerRender);
        return limit < available ? limit : null;
    }
}
