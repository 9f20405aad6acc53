using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Tests.Handouts;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// The PDF writer reuses work across documents (deflated font programs, shaped text, one buffer per thread): a
/// document must come out the same whatever was rendered before it, and every stream must still inflate.
/// </summary>
public sealed partial class SharedPdfWorkTests
{
    [Fact]
    public void A_handout_is_the_same_bytes_whatever_was_rendered_before_it()
    {
        var first = Kit.Render("leonid-1", DocumentKinds.Student).Bytes;
        _ = Kit.Render("maxim-2", DocumentKinds.Teacher, options: HandoutOptions.Letter with { Edition = Edition.EasyRead });
        _ = Kit.Render("ivan-3", DocumentKinds.Student, options: new HandoutOptions(Paper.A4));
        var again = Kit.Render("leonid-1", DocumentKinds.Student).Bytes;

        again.ShouldBe(first);
    }

    [Fact]
    public void Handouts_rendered_at_once_on_several_threads_are_the_same_as_rendered_alone()
    {
        string[] units = ["leonid-1", "ivan-2", "maxim-3", "leonid-4"];
        var alone = units.Select(u => Kit.Render(u, DocumentKinds.Student).Bytes).ToList();

        var together = new byte[units.Length * 3][];
        Parallel.For(0, together.Length, i => together[i] = Kit.Render(units[i % units.Length], DocumentKinds.Student).Bytes);

        for (var i = 0; i < together.Length; i++)
        {
            together[i].ShouldBe(alone[i % units.Length], $"{units[i % units.Length]}, render {i}");
        }
    }

    [Fact]
    public void Every_compressed_stream_of_a_handout_rendered_twice_inflates_to_what_it_says()
    {
        _ = Kit.Render("ivan-1", DocumentKinds.Student);
        var pdf = Kit.Render("ivan-1", DocumentKinds.Student).Bytes;
        var text = Encoding.Latin1.GetString(pdf);
        var streams = 0;
        foreach (Match m in FlateStream().Matches(text))
        {
            var length = int.Parse(m.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture);
            using var zlib = new ZLibStream(new MemoryStream(pdf, m.Index + m.Length, length), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            zlib.CopyTo(inflated);
            if (m.Groups["length1"].Success)
            {
                inflated.Length.ShouldBe(long.Parse(m.Groups["length1"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            streams++;
        }

        streams.ShouldBeGreaterThan(5);
    }

    [GeneratedRegex(@"<<(?:/Length1 (?<length1>\d+))?[^>]*?/Length (?<length>\d+)[^>]*/Filter/FlateDecode>>\nstream\n")]
    private static partial Regex FlateStream();
}
