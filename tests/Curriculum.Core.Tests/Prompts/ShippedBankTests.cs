using System.Text.RegularExpressions;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

namespace Curriculum.Core.Tests.Prompts;

/// <summary>The prompt bank the kit ships, against the real article and annotations.</summary>
public sealed partial class ShippedBankTests
{
    private static readonly Course Course = Course.Embedded;
    private static readonly PromptBank Bank = PromptBank.Load(Course, []);
    private static readonly string[] NumberedUnits = [.. Course.Article.Units.Where(u => u.Number is not null).Select(u => u.Id)];

    public static TheoryData<string> Numbered() => [.. Course.Embedded.Article.Units.Where(u => u.Number is not null).Select(u => u.Id)];

    [Fact]
    public void The_shipped_bank_validates_clean()
    {
        var check = TemplateLoader.Check(Course, PromptBank.ShippedSources());
        check.Errors.ShouldBeEmpty();
        check.Prompts.Count.ShouldBeGreaterThan(100);
    }

    [Theory]
    [MemberData(nameof(Numbered))]
    public void Every_numbered_unit_has_three_propaganda_and_three_moral_dissonance_prompts_of_its_own(string unit)
    {
        var own = Bank.Prompts.Where(p => p.Units.Contains(unit)).ToList();
        own.Count(p => p.Theme == "propaganda").ShouldBeGreaterThanOrEqualTo(3);
        own.Count(p => p.Theme == "moral-dissonance").ShouldBeGreaterThanOrEqualTo(3);
        own.Select(p => p.Level).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void The_bank_has_prompts_for_sourcing_and_normalization()
    {
        Bank.Prompts.Count(p => p.Theme == "sourcing").ShouldBeGreaterThanOrEqualTo(3);
        Bank.Prompts.Count(p => p.Theme == "normalization").ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [MemberData(nameof(Numbered))]
    public void A_generated_set_for_each_unit_reaches_six_prompts_over_four_levels(string unit)
    {
        // The handout's ladder: four prompts on the two promised themes, over four levels.
        var ladder = new DiscussionGenerator(Course, Bank).Generate(new DiscussionRequest([unit], ["propaganda", "moral-dissonance"], "9-10", 4, 1));
        ladder.Prompts.Count.ShouldBe(4, unit);
        ladder.Prompts.Select(p => p.Level).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4, unit);

        // Six prompts over four levels from the whole bank. (Not from those two themes alone: ivan-2, "Love and fear",
        // holds their lines on only two or three excerpts, each quoted at most twice, and its coping prompt is family
        // and loyalty, not moral dissonance.)
        var set = new DiscussionGenerator(Course, Bank).Generate(new DiscussionRequest([unit], [], "9-10", 6, 1));
        set.Prompts.Count.ShouldBe(6, unit);
        set.Prompts.Select(p => p.Level).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4, unit);
    }

    [Fact]
    public void Every_prompt_filled_for_every_unit_and_audience_quotes_the_article_verbatim_and_leaves_no_placeholder()
    {
        var generator = new DiscussionGenerator(Course, Bank);
        foreach (var audience in Taxonomy.Audiences.Select(a => a.Id))
        {
            var set = generator.Generate(new DiscussionRequest([.. Course.Article.UnitIds], [], audience, DiscussionGenerator.MaxCount, 5));
            foreach (var prompt in set.Prompts)
            {
                foreach (var piece in prompt.LookFors.Concat(prompt.Starters).Append(prompt.Text))
                {
                    piece.ShouldNotContain("{{");
                    piece.ShouldNotContain("{%");
                    foreach (Match quoted in CurlyQuoted().Matches(piece))
                    {
                        // Narration stands in quote marks with its own quotes turned single, as in print.
                        var words = quoted.Groups[1].Value;
                        var nested = new Regex(string.Concat(words.Select(c => c switch { '‘' => "[‘“]", '’' => "[’”]", _ => Regex.Escape(c.ToString()) })));
                        nested.IsMatch(Course.Article.Text).ShouldBeTrue($"prompt {prompt.Id}: “{words}” is not the article's words");
                    }
                }
            }
        }
    }

    [Fact]
    public void No_prompt_for_grades_6_to_8_points_at_a_graphic_line()
    {
        var set = new DiscussionGenerator(Course, Bank).Generate(new DiscussionRequest(NumberedUnits, [], "6-8", DiscussionGenerator.MaxCount, 9));
        set.Prompts.ShouldNotBeEmpty();
        foreach (var excerpt in set.Excerpts)
        {
            Course.Annotations.For(Course.Article.FindBlock(excerpt.Block)!).Has("graphic").ShouldBeFalse(excerpt.Block);
        }
    }

    [Fact]
    public void Every_unit_an_excerpt_comes_from_has_its_advisory_in_the_set()
    {
        var set = new DiscussionGenerator(Course, Bank).Generate(new DiscussionRequest(["ivan-1"], [], "9-10", 12, 1));
        set.Excerpts.Select(e => e.Unit).Distinct().ShouldAllBe(unit => set.Advisories.Any(a => a.Unit == unit));
    }

    [Fact]
    public void A_mother_s_later_interview_is_quoted_by_her_own_words_not_the_AP_s_reporting()
    {
        var block = Course.Article.FindBlock("ivan-3.13")!;
        DiscussionGenerator.QuoteOf(block).ShouldBe("“He wasn’t involved in murders, let alone in looting”");
    }

    [Fact]
    public void No_prompt_names_a_whole_people_as_the_ones_to_blame()
    {
        var blame = BlamePattern();
        foreach (var prompt in Bank.Prompts)
        {
            blame.IsMatch(prompt.Text).ShouldBeFalse($"prompt {prompt.Id}: {prompt.Text}");
        }
    }

    [Fact]
    public void A_prompt_that_defines_a_framework_uses_its_one_definition()
    {
        // The handout's tools chart prints Taxonomy's definition; a prompt that defines the same framework in other words
        // puts two definitions on one sheet. Definitions that are quotations (“I was ordered to.”) cannot be copied into a
        // prompt's fixed words, which may quote only the article, so only the others are held to the exact words here.
        var failures = new List<string>();
        foreach (var term in Taxonomy.Frameworks.Where(f => !f.Id.StartsWith("history:", StringComparison.Ordinal)))
        {
            var name = Regex.Escape(ShortName(term));
            var definition = term.Description.TrimEnd('.');
            var quoted = definition.Contains('“', StringComparison.Ordinal);
            var defined = new Regex($@"\b{name}(?: \((?:Bandura|Festinger)\))?:\s*", RegexOptions.IgnoreCase);
            var otherwise = new Regex($@"\b{name}s?\s+(?:means|is|are|uses|attaches|puts|piles|picks|wins|recasts)\b|\b(?:describes|calls it|calls this|notes that)\s+{name}", RegexOptions.IgnoreCase);
            foreach (var prompt in Bank.Prompts)
            {
                var text = Regex.Replace(prompt.Text, @"\s+", " ");
                if (otherwise.Match(text) is { Success: true } loose)
                {
                    failures.Add($"{prompt.Id}: defines {term.Id} in its own words (“{loose.Value}”): write “{ShortName(term)}: {definition.ToLowerInvariant()[..1]}{definition[1..]}”");
                }

                foreach (Match m in defined.Matches(text))
                {
                    var after = text[(m.Index + m.Length)..];
                    if (!quoted && !after.StartsWith(definition, StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Add($"{prompt.Id}: defines {term.Id} as “{after[..Math.Min(60, after.Length)]}…”, not as FRAMEWORKS.md does: “{definition}”");
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void A_look_for_that_quotes_another_section_says_which()
    {
        var failures = new List<string>();
        foreach (var prompt in Bank.Prompts.Where(p => p.Units.Count == 1))
        {
            var unit = Course.Article.FindUnit(prompt.Units[0])!;
            var own = string.Join("\n", unit.Blocks.Select(b => b.Text).Append(unit.Title));
            foreach (var lookFor in prompt.LookFors)
            {
                foreach (Match quoted in CurlyQuoted().Matches(lookFor))
                {
                    var words = quoted.Groups[1].Value;
                    if (!own.Contains(words, StringComparison.Ordinal) && !NamesAPlace().IsMatch(lookFor))
                    {
                        failures.Add($"{prompt.Id}: “{words}” is not in {unit.Id}, and the look-for does not say where it is from");
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void No_prompt_asks_for_a_line_to_be_performed_or_says_the_AP_translated_the_calls()
    {
        foreach (var prompt in Bank.Prompts)
        {
            foreach (var piece in prompt.LookFors.Append(prompt.Text))
            {
                Regex.IsMatch(piece, @"\baloud\b|\bact (?:it|this|the line) out\b", RegexOptions.IgnoreCase).ShouldBeFalse($"{prompt.Id}: {piece}");
                Regex.IsMatch(piece, @"AP (?:edited and )?translated|translated by the AP|edited and translated", RegexOptions.IgnoreCase).ShouldBeFalse($"{prompt.Id}: {piece}");
            }
        }
    }

    [Fact]
    public void A_prompt_not_written_for_one_line_names_no_one_unit_s_people_or_sources_in_its_look_fors()
    {
        // A stock template binds lines in every unit: a look-for that names Putin, a Telegram message or a girlfriend is
        // boilerplate from one unit and false in the others. The binding names the listener ({{ voice }}) where it matters.
        var particular = new Regex(@"\b(?:Putin|Telegram|Russian TV|state media|Olya|Leonid|Ivan|Maxim|Bucha|Kyiv|girlfriend|wife)\b");
        foreach (var prompt in Bank.Prompts.Where(p => p.Needs.Block is null))
        {
            foreach (var lookFor in prompt.LookFors)
            {
                particular.Match(lookFor).Success.ShouldBeFalse($"{prompt.Id}: {lookFor}");
            }
        }
    }

    [Fact]
    public void Every_shipped_prompt_is_in_us_spelling()
    {
        // The article's own words are quoted verbatim and are US English already; the bank's fixed words must be too.
        var british = new Regex(@"\b(analys(e|ed|es|ing)|behaviour\w*|counsell\w*|labell\w*|colour\w*|organis\w*|recognis\w*|realis\w*|minimis\w*|sanitis\w*|kilometre\w*|centre\w*|favour\w*|honour\w*|defence|offence|judgement\w*|programme\w*|practise\w*)\b", RegexOptions.IgnoreCase);
        foreach (var prompt in Bank.Prompts)
        {
            foreach (var piece in prompt.LookFors.Concat(prompt.Starters).Append(prompt.Text))
            {
                british.Match(piece).Success.ShouldBeFalse($"{prompt.Id}: “{british.Match(piece).Value}”");
            }
        }
    }

    // "Reducing dissonance by avoiding information (Festinger)" is written "Avoiding information (Festinger)" in a prompt.
    private static string ShortName(Term term)
    {
        var name = term.Label.Split(" — ")[0].Split(" (")[0];
        return name.StartsWith("Reducing dissonance by ", StringComparison.Ordinal) ? char.ToUpperInvariant(name[23]) + name[24..] : name;
    }

    [GeneratedRegex(@"\b(?:section (?:ONE|TWO|THREE|FOUR)|sections|introduction|Meet (?:Leonid|Ivan|Maxim)|[Ee]arlier|elsewhere in|across his|from (?:Leonid|Ivan|Maxim)’s)\b")]
    private static partial Regex NamesAPlace();

    // Quoted spans may contain inner quotes of the other kind; compare the outermost curly-quoted run.
    [GeneratedRegex("“([^“”]+)”")]
    private static partial Regex CurlyQuoted();

    [GeneratedRegex(@"\b(Russians|Ukrainians|Americans)\s+(are|were)\s+(all|evil|to blame|guilty|the enemy)|\bblame\s+(the\s+)?(Russians|Ukrainians|Russia|Ukraine)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlamePattern();
}
