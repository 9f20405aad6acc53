using System.Text;
using Curriculum.Rendering.Pdf;
using PdfSharp.Pdf.Internal;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// <see cref="PdfRawEncoding"/> replaces PDFsharp's <see cref="RawEncoding"/> for the whole process, so the kit's
/// with-and-without comparisons cannot tell them apart: it is compared with PDFsharp's own here, for every character
/// and every byte, through each way PDFsharp calls an encoding.
/// </summary>
public sealed class PdfRawEncodingTests
{
    private static readonly Encoding Pdfsharp = new RawEncoding();
    private static readonly Encoding Ours = PdfRawEncoding.Instance;

    /// <summary>Every UTF-16 code unit, lone surrogates included, in one string.</summary>
    private static readonly string EveryCharacter = string.Create(0x10000, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)i;
        }
    });

    private static readonly byte[] EveryByte = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();

    [Theory]
    [InlineData("")]
    [InlineData("/Type")]
    [InlineData("12 0 obj\n<</Length 34>>\nstream\n")]
    [InlineData("caf\u00E9 \u00FF\u0100\u20AC\uD83D\uDE00 end")]
    public void A_string_is_the_same_bytes_as_PDFsharp_gives(string text)
    {
        Ours.GetBytes(text).ShouldBe(Pdfsharp.GetBytes(text));
        Ours.GetByteCount(text).ShouldBe(Pdfsharp.GetByteCount(text));
    }

    [Fact]
    public void Every_character_is_the_same_byte_as_PDFsharp_gives_it_by_every_overload()
    {
        var expected = Pdfsharp.GetBytes(EveryCharacter);
        Ours.GetBytes(EveryCharacter).ShouldBe(expected);
        Ours.GetBytes(EveryCharacter.ToCharArray()).ShouldBe(expected);

        var fromArray = new byte[expected.Length + 3];
        Ours.GetBytes(EveryCharacter.ToCharArray(), 0, EveryCharacter.Length, fromArray, 3).ShouldBe(expected.Length);
        fromArray.AsSpan(3).SequenceEqual(expected).ShouldBeTrue();

        var fromString = new byte[expected.Length];
        Ours.GetBytes(EveryCharacter, 0, EveryCharacter.Length, fromString, 0).ShouldBe(expected.Length);
        fromString.ShouldBe(expected);

        var fromSpan = new byte[expected.Length];
        Ours.GetBytes(EveryCharacter.AsSpan(), fromSpan).ShouldBe(expected.Length);
        fromSpan.ShouldBe(expected);
        Ours.GetByteCount(EveryCharacter.AsSpan()).ShouldBe(Pdfsharp.GetByteCount(EveryCharacter));
    }

    [Fact]
    public void Every_byte_is_the_same_character_as_PDFsharp_gives_it_by_every_overload()
    {
        var expected = Pdfsharp.GetString(EveryByte);
        Ours.GetString(EveryByte).ShouldBe(expected);
        Ours.GetString(EveryByte, 10, 100).ShouldBe(Pdfsharp.GetString(EveryByte, 10, 100));
        Ours.GetChars(EveryByte).ShouldBe(Pdfsharp.GetChars(EveryByte));
        Ours.GetCharCount(EveryByte).ShouldBe(Pdfsharp.GetCharCount(EveryByte));

        var into = new char[EveryByte.Length + 2];
        Ours.GetChars(EveryByte, 0, EveryByte.Length, into, 2).ShouldBe(EveryByte.Length);
        new string(into, 2, EveryByte.Length).ShouldBe(expected);

        var span = new char[EveryByte.Length];
        Ours.GetChars(EveryByte.AsSpan(), span).ShouldBe(EveryByte.Length);
        new string(span).ShouldBe(expected);
    }

    [Fact]
    public void PDFsharp_writes_through_it_once_the_fonts_are_installed()
    {
        // Otherwise PDFsharp keeps its own (the same bytes, more copies), and nothing here would show it.
        EmbeddedFonts.EnsureInstalled();
        PdfRawEncoding.Installed.ShouldBeTrue();
        Ours.GetMaxByteCount(7).ShouldBe(Pdfsharp.GetMaxByteCount(7));
        Ours.GetMaxCharCount(7).ShouldBe(Pdfsharp.GetMaxCharCount(7));
    }
}
