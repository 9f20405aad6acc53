using System.Text;
using System.Text.Json;
using Curriculum.Core.Content;

namespace Curriculum.Core.Tests.Content;

/// <summary>Words quoted inside the AP's narration carry whose words they are, and where they stand in the line.</summary>
public sealed class ReportedSpeechTests
{
    private static Article Article => Course.Embedded.Article;

    [Fact]
    public void Every_quoted_span_of_every_line_has_a_speaker_and_its_exact_offset()
    {
        foreach (var block in Article.Blocks.Where(b => !b.IsFurniture))
        {
            block.Quotes.Count.ShouldBe(block.Text.Count(c => c == '“'), block.Id);
            foreach (var quote in block.Quotes)
            {
                block.Text.Substring(quote.Start, quote.Text.Length).ShouldBe(quote.Text, block.Id);
                block.Text[quote.Start - 1].ShouldBe('“', block.Id);
                quote.Speaker.ShouldNotBeNull();
            }
        }
    }

    [Theory]
    [InlineData("maxim-1.2", "Maxim", "We take everything from them,")]
    [InlineData("maxim-4.8", "Maxim", "Forward,")]
    [InlineData("ivan-3.10", "Ivan’s mother", "kill them all.")]
    [InlineData("ivan-1.1", "the Telegram message to Ivan’s unit", "Tomorrow you are leaving for Ukraine. There is a genocide of the Russian population. And we have to stop it.")]
    [InlineData("ivan-2.2", "Ivan", "like something was on fire in my hands, so warm.")]
    [InlineData("leonid-4.7", "Leonid", "Trophies from Ukraine,")]
    public void A_quote_in_the_AP_s_narration_is_the_speaker_s_as_reported_never_the_AP_s(string block, string speaker, string words)
    {
        var found = Article.FindBlock(block)!;
        found.Kind.ShouldBe(BlockKind.Narration);
        found.ReportsSpeech.ShouldBeTrue();
        var quote = found.Quotes.Single(q => q.Text == words);
        quote.Speaker.Name.ShouldBe(speaker);
        quote.Reported.ShouldBeTrue();
    }

    [Fact]
    public void A_call_s_quote_is_its_speaker_s_own_words()
    {
        var call = Article.FindBlock("leonid-1.14")!;
        var quote = call.Quotes.ShouldHaveSingleItem();
        quote.Speaker.Name.ShouldBe("Leonid");
        quote.Reported.ShouldBeFalse();
        $"“{quote.Text}”".ShouldBe(call.Spoken);
    }

    private static readonly SeedStructure Structure = SeedStructure.Parse("structure.yaml", """
        profiles:
          - id: leonid
            name: Leonid
            speakers:
              - { label: Mother, name: "Leonid’s mother", role: mother }
        """);

    private static string Small(string narration) => string.Join("\n",
        "A headline", "", "An introduction paragraph.", "", "", "Leonid became a soldier.", "", "", "ONE: First.", "", narration);

    [Fact]
    public void A_quote_in_narration_that_no_one_declared_is_an_error_naming_the_words_and_the_line()
    {
        var e = Should.Throw<ContentException>(() => ArticleParser.Parse("a.txt", Small("He tells her it was “so confusing” there."), Structure));
        e.Position.Line.ShouldBe(11);
        e.Message.ShouldContain("the words “so confusing” are quoted in the AP's narration, but neither the line's shape nor the structure file says whose they are");
    }

    [Fact]
    public void A_declared_quote_resolves_its_speaker_within_the_profile()
    {
        var structure = Structure with { Quotes = [new QuoteDeclaration("so confusing", "Mother", new SourcePosition("structure.yaml", 1))] };
        var article = ArticleParser.Parse("a.txt", Small("He tells her it was “so confusing” there."), structure);
        article.FindBlock("leonid-1.1")!.Quotes.ShouldHaveSingleItem().Speaker.Name.ShouldBe("Leonid’s mother");
    }

    [Fact]
    public void A_declared_quote_that_matches_nothing_is_an_error_at_its_declaration()
    {
        var structure = Structure with { Quotes = [new QuoteDeclaration("never said", "Mother", new SourcePosition("structure.yaml", 7))] };
        var e = Should.Throw<ContentException>(() => ArticleParser.Parse("a.txt", Small("Plain narration."), structure));
        e.Message.ShouldBe("structure.yaml:7:1: no quote in the AP's narration is exactly “never said”");
    }

    [Fact]
    public void The_unit_json_gives_each_block_its_quotes_with_speaker_text_and_start()
    {
        var json = JsonSerializer.Serialize(Article.FindUnit("maxim-1")!.ToJson(Course.Embedded), ContentJson.Options);
        using var doc = JsonDocument.Parse(json);
        var block = doc.RootElement.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("id").GetString() == "maxim-1.2");
        var quotes = block.GetProperty("quotes");
        quotes.GetArrayLength().ShouldBe(2);
        quotes[0].GetProperty("speaker").GetString().ShouldBe("Maxim");
        quotes[0].GetProperty("text").GetString().ShouldBe("We take everything from them,");
        quotes[0].GetProperty("start").GetInt32().ShouldBe(1);
        var start = quotes[1].GetProperty("start").GetInt32();
        block.GetProperty("text").GetString()!.Substring(start).ShouldStartWith("Because they can also be f— spotters.");
        Encoding.UTF8.GetByteCount(json).ShouldBeGreaterThan(0);
    }
}
