using System.Diagnostics;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Prompts;

/// <summary>Templates written by an attacker: CPU bombs, arithmetic faults, and files that are not templates at all.</summary>
public sealed class HostileTemplateTests
{
    private static string Prompt(string text, string lookFors = "[]") => $"""
        prompts:
          - id: hostile
            theme: propaganda
            framework: ipa:card-stacking
            level: analyse
            question: viewpoints
            audiences: [9-10]
            text: '{text}'
            look_fors: {lookFors}
        """;

    [Fact]
    public void A_billion_laughs_of_aliases_is_refused_on_the_event_stream_with_its_position()
    {
        // Nine levels of lists, each nine aliases of the one before, used as a mapping key: 9^9 nodes once expanded.
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 9; i++)
        {
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        }

        lines.Add("prompts:");
        lines.Add("  - ? *a9");
        lines.Add("    : boom");

        var error = TestCourse.Check(string.Join('\n', lines) + "\n").Errors.ShouldHaveSingleItem();

        error.Line.ShouldBe(1);
        error.Column.ShouldBe(5);
        error.Message.ShouldBe("anchors (&a0) are not allowed: write the text out in full where it is needed");
    }

    [Fact]
    public void An_alias_without_an_anchor_in_the_file_is_refused_too()
    {
        var error = TestCourse.Check(Prompt("What does {{ speaker }} mean?", "[*text]")).Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(9);
        error.Message.ShouldStartWith("aliases (*text) are not allowed");
    }

    [Fact]
    public void The_budget_is_shared_by_every_piece_not_given_to_each()
    {
        // Each look-for alone is well within one fill's limits; twenty of them together exceed the request's steps.
        var piece = "{% for i in (1..999) %}{{ i | plus: 1 }}{% endfor %}";
        var yaml = Prompt("What does {{ speaker }} mean?", "\n" + string.Concat(Enumerable.Repeat($"      - '{piece}'\n", 20)));
        TestCourse.Check(yaml).IsClean.ShouldBeTrue("each piece alone is fine");

        var budget = RenderBudget.Start(TimeSpan.FromMinutes(1), steps: 30_000);
        var check = TemplateLoader.Check(TestCourse.Course, [new TemplateSource("t.yaml", yaml)], budget);

        budget.IsSpent.ShouldBeTrue();
        check.Prompts.ShouldBeEmpty();
        var error = check.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("the prompt templates need more work to fill than one request or command may have");
        error.Line.ShouldBeGreaterThan(9);
    }

    [Fact]
    public void The_budget_counts_the_garbage_a_fill_makes_not_only_its_steps()
    {
        // Few steps, each copying a 10,000-character string: gigabytes of garbage if nothing stops it.
        const string Heavy = "{% assign s = \"0123456789\" %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..999) %}{% for j in (1..999) %}{% assign t = s | replace_first: \"0\", \"1\" | upcase %}{% endfor %}{% endfor %}ok";
        var yaml = Prompt("What does {{ speaker }} mean?", "\n" + string.Concat(Enumerable.Repeat($"      - '{Heavy}'\n", 20)));
        var budget = RenderBudget.Start(TimeSpan.FromMinutes(10), steps: long.MaxValue);

        var check = TemplateLoader.Check(TestCourse.Course, [new TemplateSource("t.yaml", yaml)], budget);

        budget.IsSpent.ShouldBeTrue("only memory can have spent it: the time and the steps are out of reach");
        check.Errors.ShouldHaveSingleItem().Message.ShouldContain("256 MB of memory");
    }

    [Fact]
    public void A_spent_budget_stops_the_next_file_before_it_is_filled()
    {
        var budget = RenderBudget.Start(TimeSpan.FromMinutes(1), steps: 1);
        budget.IsSpent.ShouldBeFalse();
        var files = new[] { new TemplateSource("a.yaml", Prompt("What does {{ speaker }} mean?")), new TemplateSource("b.yaml", Prompt("Why {{ speaker }}?").Replace("id: hostile", "id: other", StringComparison.Ordinal)) };

        var check = TemplateLoader.Check(TestCourse.Course, files, budget);

        // Nothing of either file is used: each says why.
        check.Prompts.ShouldBeEmpty();
        check.Errors.Select(e => e.File).ShouldBe(["a.yaml", "b.yaml"]);
    }

    [Fact]
    public void A_cancelled_request_stops_its_template_work()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        var budget = RenderBudget.Start(gone.Token);

        Should.Throw<OperationCanceledException>(() => TemplateLoader.Check(TestCourse.Course, [new TemplateSource("t.yaml", Prompt("What does {{ speaker }} mean?"))], budget));
    }

    [Theory]
    [InlineData("{{ 1 | divided_by: 0 }}")]
    [InlineData("{{ 1 | modulo: 0 }}")]
    [InlineData("{{ unit.number | minus: unit.number | divided_by: 0 }}")]
    public void Dividing_by_zero_is_a_template_error_at_its_place(string text)
    {
        var error = TestCourse.Check(Prompt(text)).Errors.ShouldHaveSingleItem();
        error.ToString().ShouldBe("t.yaml:8:11: the template divides by zero ('divided_by: 0' or 'modulo: 0'): divide by a number that is never 0");
    }

    [Fact]
    public void A_shadow_file_is_not_a_template_and_none_of_it_is_quoted()
    {
        const string Shadow = "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nsecret-user:$6$salt$hash:19000:0:99999:7:::\n";

        var error = TestCourse.Check(Shadow).Errors.ShouldHaveSingleItem();

        error.ToString().ShouldBe($"t.yaml:1:1: {TemplateLoader.NotATemplate}");
        error.Message.ShouldNotContain("root");
    }

    [Fact]
    public void A_facilitators_typo_of_prompts_still_gets_a_helpful_message()
    {
        var error = TestCourse.Check(Prompt("What does {{ speaker }} mean?").Replace("prompts:", "prompt:", StringComparison.Ordinal)).Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe($"{TemplateLoader.NotATemplate}; did you mean 'prompts' instead of 'prompt'?");
    }

    [Fact]
    public void A_real_template_still_hears_about_its_unknown_field()
    {
        var error = TestCourse.Check(Prompt("What does {{ speaker }} mean?").Replace("    look_fors: []", "    lookfors: []", StringComparison.Ordinal)).Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("unknown field 'lookfors' in prompt 'hostile'");
    }
}

/// <summary>A folder of templates holding things that are not template files: links out, devices, FIFOs, binary.</summary>
public sealed class HostileFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hostile-folder-").FullName;

    private string Folder => Path.Combine(_root, "templates");

    public HostileFolderTests()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "good.yaml"), """
            prompts:
              - id: good-one
                theme: propaganda
                framework: ipa:card-stacking
                level: analyse
                question: viewpoints
                audiences: [9-10]
                text: 'What does {{ speaker }} mean?'
            """);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (IReadOnlyList<TemplateSource> Sources, List<TemplateError> Errors) Read()
    {
        var errors = new List<TemplateError>();
        var sources = TemplateLoader.ReadFolder(Folder, errors);
        return (sources, errors);
    }

    [Fact]
    public void A_link_to_dev_zero_is_refused_without_reading_it()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "zero.yaml"), "/dev/zero");

        var (sources, errors) = Read();

        sources.Select(s => Path.GetFileName(s.File)).ShouldBe(["good.yaml"]);
        errors.ShouldHaveSingleItem().Message.ShouldStartWith("not read: it is a link to a file outside the folder");
    }

    [Fact]
    public void A_link_to_a_secret_outside_the_folder_is_refused_and_not_quoted()
    {
        var secret = Path.Combine(_root, "shadow");
        File.WriteAllText(secret, "root:*:19000:0:99999:7:::\n");
        File.CreateSymbolicLink(Path.Combine(Folder, "shadow.yaml"), secret);

        var (_, errors) = Read();

        var error = errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("not read: it is a link to a file outside the folder");
        error.ToString().ShouldNotContain("root:");
    }

    [Fact]
    public void A_link_through_a_linked_subfolder_is_followed_to_where_it_really_leads()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "x.yaml"), "prompts: []\n");
        Directory.CreateSymbolicLink(Path.Combine(Folder, "sub"), outside);
        File.CreateSymbolicLink(Path.Combine(Folder, "inside-looking.yaml"), Path.Combine(Folder, "sub", "x.yaml"));

        Read().Errors.ShouldHaveSingleItem().Message.ShouldStartWith("not read: it is a link to a file outside the folder");
    }

    [Fact]
    public void A_link_to_a_template_inside_the_folder_is_read()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "alias.yml"), Path.Combine(Folder, "good.yaml"));

        var (sources, errors) = Read();

        errors.ShouldBeEmpty();
        sources.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_fifo_named_like_a_template_does_not_block_the_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // FIFOs are a Unix thing; CI runs on Linux.
        }

        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [Path.Combine(Folder, "a.yaml")]))!)
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.ShouldBe(0);
        }

        // Were the read to block on the FIFO, this would never finish: bound the wait instead of hanging the suite.
        var reading = Task.Run(Read);
        var finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30)));
        finished.ShouldBe(reading, "reading a FIFO blocked");

        var (sources, errors) = await reading;
        errors.ShouldHaveSingleItem().Message.ShouldStartWith("not read: it is not a regular file");
        sources.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_file_larger_than_the_cap_is_refused_whatever_is_in_it()
    {
        File.WriteAllBytes(Path.Combine(Folder, "big.yaml"), new byte[TemplateLoader.MaxFileBytes + 10]);

        Read().Errors.ShouldHaveSingleItem().Message.ShouldBe($"the file is larger than {TemplateLoader.MaxFileBytes:N0} bytes, the most a template file may be");
    }

    [Fact]
    public void A_binary_file_is_not_a_template_and_is_not_quoted()
    {
        File.WriteAllBytes(Path.Combine(Folder, "bin.yaml"), [0x7f, 0x45, 0x4c, 0x46, 0xff, 0xfe, 0x00, 0x01]);

        Read().Errors.ShouldHaveSingleItem().Message.ShouldBe(TemplateLoader.NotATemplate);
    }
}
