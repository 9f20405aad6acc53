using CsCheck;

namespace Curriculum.Core.Tests.Prompts;

public sealed class TemplatePropertyTests
{
    private static readonly string[] Fragments =
    [
        "{{ quote }}", "{{ speaker }}", "{{ unit.title }}", "{{ pair.quote }}", "{{ nope }}", "{{ quote | upcase }}",
        "{{ quote | md5 }}", "{% if speaker %}", "{% endif %}", "{% for i in (1..3) %}", "{% endfor %}",
        "{% for i in (1..99999999) %}", "{{", "}}", "{%", "“", "”", "“Of course.”", "“invented words”", "plain words ",
        "{% include 'x' %}", "{% assign s = quote %}", "{{ s | append: s }}", "{% raw %}", "{% endraw %}", "\\", "'", "\"", "\n",
    ];

    private static readonly Gen<string> Liquid = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 12].Select(string.Concat);

    private static readonly Gen<string> Field = Gen.OneOf(
        Gen.Const("theme: propaganda"), Gen.Const("theme: propoganda"), Gen.Const("framework: ipa:card-stacking"),
        Gen.Const("framework: ipa:nope"), Gen.Const("level: analyse"), Gen.Const("level: analyze"), Gen.Const("question: viewpoints"),
        Gen.Const("audiences: [9-10, adult]"), Gen.Const("audiences: [grade-9]"), Gen.Const("audiences: []"), Gen.Const("units: [leonid-1]"),
        Gen.Const("units: [leonid-9]"), Gen.Const("needs: { speaker: mother }"), Gen.Const("needs: { speaker: father, pairing: told-vs-found }"),
        Gen.Const("needs: { block: leonid-1.999 }"), Gen.Const("needs: [1, 2]"), Gen.Const("colour: red"), Gen.Const("id: [a"),
        Gen.Const("look_fors: oops"), Gen.Const("starters: [\"{{ speaker }} says…\"]"));

    private static readonly Gen<string> File =
        Gen.Select(Gen.Int[1, 99], Field.Array[0, 8], Liquid).Select((n, fields, text) =>
            $"prompts:\n  - id: p{n}\n" + string.Concat(fields.Select(f => $"    {f}\n")) + $"    text: '{text.Replace("'", "''", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)}'\n")
        .Select(Gen.Int[0, 3], (file, cut) => cut == 0 ? file[..(file.Length / 2)] : file);

    [Fact]
    public void Random_template_files_only_ever_give_prompts_or_template_errors_and_never_hang()
    {
        File.Sample(yaml =>
        {
            // A hang detector, not a speed limit: the budget stops a fill in about a second.
            var checking = Task.Run(() => TestCourse.Check(yaml));
            checking.Wait(TimeSpan.FromMinutes(1)).ShouldBeTrue("checking a template file did not finish");
            var check = checking.Result;
            (check.Prompts.Count + check.Errors.Count).ShouldBeGreaterThan(0);
            check.Errors.ShouldAllBe(e => e.Line >= 1 && e.Column >= 1 && e.Message.Length > 0);
        }, iter: 300, threads: 1);
    }
}
