using Curriculum.Api.Handouts;
using Curriculum.Api.Hosting;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Api.Tests.Handouts;

public sealed class HandoutCacheTests
{
    private static HandoutBody Body(int seed, string kind = "student") => new(["leonid-1"], Seed: seed, Kind: kind);

    [Fact]
    public void The_same_request_is_rendered_once()
    {
        using var cache = new HandoutCache(new ApiLimits());
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1, 2, 3], 1, "application/pdf");

        cache.GetOrRender(Body(1), Render).ShouldBeSameAs(cache.GetOrRender(Body(1), Render));
        renders.ShouldBe(1);
    }

    [Fact]
    public void Any_difference_in_the_request_renders_again()
    {
        using var cache = new HandoutCache(new ApiLimits());
        var renders = 0;
        RenderedDocument Render() => new($"r{++renders}.pdf", [1], 1, "application/pdf");

        cache.GetOrRender(Body(1), Render);
        cache.GetOrRender(Body(2), Render);
        cache.GetOrRender(Body(1, "teacher"), Render);
        renders.ShouldBe(3);
    }

    [Fact]
    public void A_refused_request_is_not_kept()
    {
        using var cache = new HandoutCache(new ApiLimits());
        var calls = 0;

        cache.GetOrRender(Body(1), () => { calls++; return null; }).ShouldBeNull();
        cache.GetOrRender(Body(1), () => { calls++; return null; }).ShouldBeNull();
        calls.ShouldBe(2);
    }

    [Fact]
    public void A_cache_of_zero_megabytes_renders_every_time()
    {
        using var cache = new HandoutCache(new ApiLimits { PdfCacheMegabytes = 0 });
        var renders = 0;
        RenderedDocument Render() => new("r.pdf", [1], ++renders, "application/pdf");

        cache.GetOrRender(Body(1), Render);
        cache.GetOrRender(Body(1), Render);
        renders.ShouldBe(2);
    }
}
