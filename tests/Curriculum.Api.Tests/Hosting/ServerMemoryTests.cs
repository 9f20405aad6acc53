using Curriculum.Api.Hosting;

namespace Curriculum.Api.Tests.Hosting;

public sealed class ServerMemoryTests
{
    private const ulong Plenty = 24UL * 1024 * 1024 * 1024;

    [Theory]
    [InlineData("0x8000000")]
    [InlineData("0X8000000")]
    [InlineData("134217728")]
    [InlineData(" 134217728 ")]
    public void A_declared_limit_in_bytes_is_applied_in_hex_or_decimal(string declared) =>
        ServerMemory.Limit(declared, 2, Plenty).ShouldBe(128UL * 1024 * 1024);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_declared_limit_leaves_the_heap_as_it_is(string? declared) =>
        ServerMemory.Limit(declared, 2, Plenty).ShouldBeNull();

    [Fact]
    public void A_stricter_limit_already_in_force_is_kept()
    {
        ServerMemory.Limit("0x8000000", 2, 96UL * 1024 * 1024).ShouldBeNull();
        ServerMemory.Limit("0x8000000", 2, 128UL * 1024 * 1024).ShouldBeNull();
        ServerMemory.Limit("0xA000000", 8, 300UL * 1024 * 1024).ShouldBeNull();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0x0")]
    [InlineData("-5")]
    [InlineData("128MB")]
    [InlineData("0xZZ")]
    public void A_declared_limit_that_is_not_a_positive_number_of_bytes_is_refused(string declared) =>
        Should.Throw<InvalidOperationException>(() => ServerMemory.Limit(declared, 2, Plenty))
            .Message.ShouldBe($"Curriculum.Serve.GCHeapHardLimit must be a positive number of bytes (decimal or 0x hex), not '{declared}'.");

    [Fact]
    public void A_limit_set_as_a_number_is_applied_and_any_other_value_is_not_a_declaration()
    {
        ServerMemory.Limit(128UL * 1024 * 1024, 2, Plenty).ShouldBe(128UL * 1024 * 1024);
        ServerMemory.Limit(42, 2, Plenty).ShouldBeNull();
        ServerMemory.Limit(true, 2, Plenty).ShouldBeNull();
    }

    [Theory]
    [InlineData(1, 160)]
    [InlineData(2, 160)]
    [InlineData(3, 192)]
    [InlineData(8, 352)]
    public void Each_render_at_a_time_beyond_two_adds_to_the_declared_limit(int rendersAtOnce, int megabytes) =>
        ServerMemory.Limit("0xA000000", rendersAtOnce, Plenty).ShouldBe((ulong)megabytes * 1024 * 1024);
}
