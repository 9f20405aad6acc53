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
        ServerMemory.Limit(declared, Plenty).ShouldBe(128UL * 1024 * 1024);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_declared_limit_leaves_the_heap_as_it_is(string? declared) =>
        ServerMemory.Limit(declared, Plenty).ShouldBeNull();

    [Fact]
    public void A_stricter_limit_already_in_force_is_kept()
    {
        ServerMemory.Limit("0x8000000", 96UL * 1024 * 1024).ShouldBeNull();
        ServerMemory.Limit("0x8000000", 128UL * 1024 * 1024).ShouldBeNull();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0x0")]
    [InlineData("-5")]
    [InlineData("128MB")]
    [InlineData("0xZZ")]
    public void A_declared_limit_that_is_not_a_positive_number_of_bytes_is_refused(string declared) =>
        Should.Throw<InvalidOperationException>(() => ServerMemory.Limit(declared, Plenty))
            .Message.ShouldBe($"Curriculum.Serve.GCHeapHardLimit must be a positive number of bytes (decimal or 0x hex), not '{declared}'.");

    [Fact]
    public void A_limit_set_as_a_number_is_applied_and_any_other_value_is_not_a_declaration()
    {
        ServerMemory.Limit(128UL * 1024 * 1024, Plenty).ShouldBe(128UL * 1024 * 1024);
        ServerMemory.Limit(42, Plenty).ShouldBeNull();
        ServerMemory.Limit(true, Plenty).ShouldBeNull();
    }
}
