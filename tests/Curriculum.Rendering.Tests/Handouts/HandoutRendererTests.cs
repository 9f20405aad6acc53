using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The one entry point: composers by kind, renderers by format, the kit the <c>course</c> command writes.</summary>
public sealed class HandoutRendererTests
{
    /// <summary>Stands in for a second renderer: it proves the lookup goes by format and the document reaches it whole.</summary>
    private sealed class Recorder(OutputFormat format) : IDocumentRenderer
    {
        public List<HandoutDocument> Seen { get; } = [];

        public OutputFormat Format => format;

        public RenderedFile Render(HandoutDocument document)
        {
            Seen.Add(document);
            return new RenderedFile(System.Text.Encoding.UTF8.GetBytes(document.Info.Title), null);
        }
    }

    /// <summary>The kit's renderers with <paramref name="format"/> taken out (the kit now ships PDF, Word and HTML), so a stand-in or a refusal can be tested.</summary>
    private static IEnumerable<IDocumentRenderer> DefaultWithout(OutputFormat format) => DocumentRenderers.Default().Where(r => r.Format != format);

    [Fact]
    public void A_format_is_drawn_by_its_own_renderer_and_named_with_its_extension()
    {
        var html = new Recorder(OutputFormat.Html);
        var renderer = new HandoutRenderer([.. DefaultWithout(OutputFormat.Html), html]);
        var set = Kit.Set("ivan-2");

        var page = renderer.Render(set, DocumentKinds.Teacher, HandoutOptions.Letter, OutputFormat.Html);

        html.Seen.ShouldHaveSingleItem().ShouldBeEquivalentTo(renderer.Compose(set, DocumentKinds.Teacher, HandoutOptions.Letter));
        page.FileName.ShouldBe("teacher-guide-ivan-2.html");
        page.MediaType.ShouldBe("text/html; charset=utf-8");
        page.PageCount.ShouldBeNull();
        renderer.Render(set, DocumentKinds.Teacher, HandoutOptions.Letter).MediaType.ShouldBe("application/pdf");
    }

    [Fact]
    public void A_format_no_renderer_writes_is_refused_in_the_teacher_s_words()
    {
        var renderer = new HandoutRenderer(DefaultWithout(OutputFormat.Docx));
        var error = Should.Throw<ArgumentException>(() => renderer.Render(Kit.Set("ivan-2"), DocumentKinds.Student, HandoutOptions.Letter, OutputFormat.Docx));
        error.Message.ShouldStartWith("this kit cannot write docx files; it writes: pdf, html");
    }

    [Fact]
    public void The_kit_is_a_handout_and_a_guide_per_unit_the_reader_and_the_packet_in_each_format_asked_for()
    {
        var renderer = new HandoutRenderer([.. DefaultWithout(OutputFormat.Html), new Recorder(OutputFormat.Html)]);
        var units = Kit.Course.Article.UnitIds;
        var asked = new List<IReadOnlyList<string>>();
        Core.Discussion.DiscussionSet SetFor(IReadOnlyList<string> ids)
        {
            asked.Add(ids);
            return Kit.Generator.Generate(new(ids, [], "9-10", 6, 1));
        }

        var kit = renderer.Kit(SetFor, units, new HandoutOptions(Paper.A4), [OutputFormat.Pdf, OutputFormat.Html]);

        kit.Count.ShouldBe(2 * ((2 * units.Count) + 2));
        asked.ShouldContain(ids => ids.SequenceEqual(units), "the reader is made from a set of every unit");
        var packet = kit.First(d => d.Label == "workshop packet");
        packet.Units.ShouldBe(Kit.Course.Article.Units.Count(u => u.Number is not null));
        packet.Render().FileName.ShouldBe($"workshop-packet-{packet.Units}-units-a4.pdf");
        kit.Last(d => d.Label == "course reader").Render().FileName.ShouldBe("course-reader-a4.html");
    }

    [Fact]
    public void A_kit_in_a_format_no_renderer_writes_is_refused_before_anything_is_rendered()
    {
        var generated = 0;
        var renderer = new HandoutRenderer(DefaultWithout(OutputFormat.Docx));
        Should.Throw<ArgumentException>(() => renderer.Kit(ids => { generated++; return Kit.Set(ids[0]); }, ["ivan-2"], HandoutOptions.Letter, [OutputFormat.Docx]))
            .Message.ShouldStartWith("this kit cannot write docx files");
        generated.ShouldBe(0);
    }
}
