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
    public async Task A_request_asked_a_second_time_is_kept_and_served_from_then_on()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1, 2, 3], 1, "application/pdf");

        await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        var second = await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        (await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()))).ShouldBeSameAs(second);
        (await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()))).ShouldBeSameAs(second);
        renders.ShouldBe(2);
    }

    [Fact]
    public async Task A_request_asked_once_is_not_kept()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var rendered = new List<RenderedDocument>();
        RenderedDocument Render() { var d = new RenderedDocument($"r{rendered.Count}.pdf", [1], 1, "application/pdf"); rendered.Add(d); return d; }

        var first = await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        var second = await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        second.ShouldNotBeSameAs(first);
        rendered.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Requests_asked_once_are_forgotten_oldest_first_once_the_filter_is_full()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics, seenCapacity: 3);
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1], 1, "application/pdf");
        Task<RenderedDocument?> Ask(int seed) => cache.GetOrRenderAsync(Body(seed), () => Task.FromResult<RenderedDocument?>(Render()));

        // Seeds 1, 2, 3 fill the filter; 4 pushes 1 out. Seed 2 asked again is kept; seed 1 asked again is a first time.
        for (var seed = 1; seed <= 4; seed++)
        {
            await Ask(seed);
        }

        var two = await Ask(2);
        (await Ask(2)).ShouldBeSameAs(two);
        var one = await Ask(1);
        (await Ask(1)).ShouldNotBeSameAs(one);
        renders.ShouldBe(7);
    }

    [Fact]
    public async Task Any_difference_in_the_request_renders_again()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1], 1, "application/pdf");
        HandoutBody[] bodies = [Body(1), Body(2), Body(1, "teacher")];

        // Each asked twice, so each is kept; a third time each is served its own document.
        var kept = new List<RenderedDocument?>();
        foreach (var body in bodies)
        {
            await cache.GetOrRenderAsync(body, () => Task.FromResult<RenderedDocument?>(Render()));
            kept.Add(await cache.GetOrRenderAsync(body, () => Task.FromResult<RenderedDocument?>(Render())));
        }

        for (var i = 0; i < bodies.Length; i++)
        {
            (await cache.GetOrRenderAsync(bodies[i], () => Task.FromResult<RenderedDocument?>(Render()))).ShouldBeSameAs(kept[i]);
        }

        renders.ShouldBe(6);
        kept.Select(d => d!.FileName).ShouldBe(["r2.pdf", "r4.pdf", "r6.pdf"]);
    }

    [Fact]
    public async Task A_refused_request_is_not_kept()
    {
        using var cache = new HandoutCache(new ApiLimits(), Metrics);
        var calls = 0;

        for (var i = 0; i < 3; i++)
        {
            (await cache.GetOrRenderAsync(Body(1), () => { calls++; return Task.FromResult<RenderedDocument?>(null); })).ShouldBeNull();
        }

        calls.ShouldBe(3);
    }

    [Fact]
    public async Task A_cache_of_zero_megabytes_renders_every_time()
    {
        using var cache = new HandoutCache(new ApiLimits { PdfCacheMegabytes = 0 }, Metrics);
        var renders = 0;
        RenderedDocument Render() => new("r.pdf", [1], ++renders, "application/pdf");

        for (var i = 0; i < 3; i++)
        {
            await cache.GetOrRenderAsync(Body(1), () => Task.FromResult<RenderedDocument?>(Render()));
        }

        renders.ShouldBe(3);
    }

    [Theory]
    [InlineData(64, 24UL << 30, 64L << 20)]
    [InlineData(64, 128UL << 20, 32L << 20)]
    [InlineData(16, 128UL << 20, 16L << 20)]
    [InlineData(0, 128UL << 20, 1L)]
    public void The_cache_takes_at_most_a_quarter_of_the_heap_it_runs_in(int megabytes, ulong heapAvailable, long bound) =>
        HandoutCache.SizeLimit(megabytes, heapAvailable).ShouldBe(bound);
}
