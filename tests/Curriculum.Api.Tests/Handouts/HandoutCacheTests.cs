using Curriculum.Api.Handouts;
using Curriculum.Api.Hosting;
using Curriculum.Api.Operations;
using Curriculum.Rendering.Handouts;
using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Api.Tests.Handouts;

public sealed class HandoutCacheTests
{
    private static readonly CurriculumMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

    private static HandoutBody Body(int seed, string kind = "student") => new(["leonid-1"], Seed: seed, Kind: kind);

    [Fact]
    public async Task The_same_request_is_rendered_once()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1, 2, 3], 1, "application/pdf");

        var first = await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        (await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()))).ShouldBeSameAs(first);
        renders.ShouldBe(1);
    }

    [Fact]
    public async Task Any_difference_in_the_request_renders_again()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1], 1, "application/pdf");

        await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        await cache.GetOrRenderAsync(Body(2), () => Task.FromResult<RenderedDocument?>(Render()));
        await cache.GetOrRenderAsync(Body(1, "teacher"), () => Task.FromResult<RenderedDocument?>(Render()));
        renders.ShouldBe(3);
    }

    [Fact]
    public async Task A_refused_request_is_not_kept()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var calls = 0;

        (await cache.GetOrRenderAsync(Body(1), () => { calls++; return Task.FromResult<RenderedDocument?>(null); })).ShouldBeNull();
        (await cache.GetOrRenderAsync(Body(1), () => { calls++; return Task.FromResult<RenderedDocument?>(null); })).ShouldBeNull();
        calls.ShouldBe(2);
    }

    [Fact]
    public async Task A_cache_of_zero_megabytes_renders_every_time()
    {
        using var cache = new HandoutCache(new ApiLimits { PdfCacheMegabytes = 0 }, Metrics);
        var renders = 0;
        RenderedDocument Render() => new("r.pdf", [1], ++renders, "application/pdf");

        await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        renders.ShouldBe(2);
    }
}
