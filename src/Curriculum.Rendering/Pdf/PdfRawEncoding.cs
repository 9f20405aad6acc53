using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using PdfSharp.Pdf.Internal;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// PDFsharp 6.2.4's <see cref="RawEncoding"/> (each character to its low byte, each byte to the character of that
/// code), with the string and span overloads it leaves to <see cref="Encoding"/>'s defaults written out: those copy
/// the string into a new char array twice before encoding it. PDFsharp's writer encodes every token it writes this way
/// (each name, number, reference and operator of <c>Save</c>), so that was a large part of what a document allocates.
/// <see cref="Install"/> puts it where PDFsharp keeps its raw encoding (<c>PdfEncoders.RawEncoding</c>); the bytes are
/// the same, which <c>PdfRawEncodingTests</c> checks against PDFsharp's own for every character and byte.
/// </summary>
internal sealed class PdfRawEncoding : Encoding
{
    public static readonly PdfRawEncoding Instance = new();

    /// <summary>
    /// Makes this PDFsharp's raw encoding for the process; false if PDFsharp keeps it elsewhere than in 6.2.4 (then its
    /// own stays, with the same bytes). Called once, with the font resolver (<see cref="EmbeddedFonts"/>).
    /// </summary>
    [DynamicDependency("_rawEncoding", typeof(PdfEncoders))]
    public static bool Install()
    {
        var field = typeof(PdfEncoders).GetField("_rawEncoding", BindingFlags.NonPublic | BindingFlags.Static);
        if (field is null || field.FieldType != typeof(Encoding))
        {
            return false;
        }

        field.SetValue(null, Instance);
        return true;
    }

    /// <summary>Whether PDFsharp writes through this encoding now.</summary>
    public static bool Installed => ReferenceEquals(PdfEncoders.RawEncoding, Instance);

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetByteCount(string s) => s.Length;

    public override int GetByteCount(ReadOnlySpan<char> chars) => chars.Length;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Narrow(chars.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex));

    public override int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        Narrow(s.AsSpan(charIndex, charCount), bytes.AsSpan(byteIndex));

    public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes) => Narrow(chars, bytes);

    public override byte[] GetBytes(string s)
    {
        var bytes = new byte[s.Length];
        Narrow(s, bytes);
        return bytes;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetCharCount(ReadOnlySpan<byte> bytes) => bytes.Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        Widen(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));

    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars) => Widen(bytes, chars);

    public override string GetString(byte[] bytes, int index, int count) =>
        string.Create(count, (bytes, index), static (chars, from) => Widen(from.bytes.AsSpan(from.index, chars.Length), chars));

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    /// <summary>Each character's low byte (Latin-1 is exactly that when every character is below 256, and vectorized).</summary>
    private static int Narrow(ReadOnlySpan<char> chars, Span<byte> bytes)
    {
        var into = bytes[..chars.Length];
        if (chars.IndexOfAnyExceptInRange('\0', '\u00FF') < 0)
        {
            return Latin1.GetBytes(chars, into);
        }

        for (var i = 0; i < chars.Length; i++)
        {
            into[i] = (byte)chars[i];
        }

        return chars.Length;
    }

    /// <summary>Each byte as the character of that code (Latin-1 decoding, which maps every byte so).</summary>
    private static int Widen(ReadOnlySpan<byte> bytes, Span<char> chars) => Latin1.GetChars(bytes, chars[..bytes.Length]);
}
