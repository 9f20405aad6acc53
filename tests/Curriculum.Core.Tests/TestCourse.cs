using System.Text;
using Curriculum.Core.Content;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests;

/// <summary>
/// The real seed with small annotations of the tests' own: one graphic line, one told line, and one pairing of each
/// kind, so the generator's rules can be seen at work whatever the reviewed annotations say today.
/// </summary>
internal static class TestCourse
{
    private static readonly Lazy<Course> Shared = new(Build);

    public static Course Course => Shared.Value;

    public static Block FirstCall(string unit, SpeakerRole role) =>
        Course.Article.FindUnit(unit)!.Blocks.First(b => b.Kind == BlockKind.Call && b.Speaker?.Role == role && b.Words >= 5);

    public static Block First(string unit, BlockKind kind) =>
        Course.Article.FindUnit(unit)!.Blocks.First(b => b.Kind == kind && b.Words >= 5);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Curriculum.sln")) && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root");
    }

    private static Course Build()
    {
        var seeds = Path.Combine(RepoRoot(), "seeds");
        var plain = Course.FromDirectory(seeds);
        var dir = Directory.CreateTempSubdirectory("curriculum-tests-");
        File.Copy(Path.Combine(seeds, Course.SeedFile), Path.Combine(dir.FullName, Course.SeedFile));
        File.Copy(Path.Combine(seeds, Course.StructureFile), Path.Combine(dir.FullName, Course.StructureFile));

        Block Call(string unit, SpeakerRole role) => plain.Article.FindUnit(unit)!.Blocks.First(b => b.Kind == BlockKind.Call && b.Speaker?.Role == role && b.Words >= 5);
        var graphic = Call("leonid-1", SpeakerRole.Soldier);
        var told = Call("ivan-1", SpeakerRole.Soldier);
        var motherCall = Call("leonid-1", SpeakerRole.Mother);
        // A pairing sets two statements side by side: its call half must not be a question.
        var motherStatement = plain.Article.FindUnit("leonid-1")!.Blocks.Last(b => b.Kind == BlockKind.Call && b.Speaker?.Role == SpeakerRole.Mother);
        var interview = plain.Article.Blocks.First(b => b.Kind == BlockKind.Interview);
        var narration = plain.Article.FindUnit("leonid-1")!.Blocks.First(b => b.Kind == BlockKind.Narration);

        var s = new StringBuilder("units:\n");
        foreach (var unit in plain.Article.Units)
        {
            s.Append($"  {unit.Id}:\n    summary: test\n    themes: [propaganda, moral-dissonance]\n    advisory: {{ level: high, reasons: [killing] }}\n    minutes: 20\n");
        }

        s.Append("    vocabulary:\n      - { term: \"war\", definition: \"armed conflict\" }\n");
        s.Append("blocks:\n");
        s.Append($"  {graphic.Id}: {{ themes: [moral-dissonance], tags: [graphic] }}\n");
        s.Append($"  {told.Id}: {{ themes: [propaganda], tags: [told] }}\n");
        s.Append($"  {motherCall.Id}: {{ themes: [family-loyalty] }}\n");
        s.Append("pairings:\n");
        s.Append($"  - {{ id: mother-then-later, kind: calls-vs-interview, first: {motherStatement.Id}, second: {interview.Id}, note: \"The calls against the interview.\" }}\n");
        s.Append($"  - {{ id: soldier-and-ap, kind: soldier-vs-narration, first: {graphic.Id}, second: {narration.Id}, note: \"His words against the AP's.\" }}\n");
        File.WriteAllText(Path.Combine(dir.FullName, Course.AnnotationsFile), s.ToString());
        return Course.FromDirectory(dir.FullName);
    }

    /// <summary>A small bank that spans every Bloom level, a pairing, a pinned block and a graphic prompt.</summary>
    public const string Bank = """
        prompts:
          - id: say-it-back
            theme: propaganda
            framework: history:close-reading
            level: remember
            question: clarification
            audiences: [6-8, 9-10, 11-12, adult, workshop]
            text: "In {{ unit.id }}, {{ speaker }} says: {{ quote }} What exactly is said?"
            look_fors: ["Repeats the words of line {{ line }}."]
            starters: ["{{ speaker }} says that…"]
          - id: what-it-means
            theme: moral-dissonance
            framework: festinger:cognitive-dissonance
            level: understand
            question: clarification
            audiences: [6-8, 9-10, 11-12, adult]
            needs: { speaker: soldier }
            text: "What does {{ soldier }} mean by {{ quote }}?"
          - id: use-a-device
            theme: propaganda
            framework: ipa:card-stacking
            level: apply
            question: evidence
            audiences: [9-10, 11-12, adult]
            needs: { speaker: narrator }
            text: "{{ said }}: {{ quote }} Which facts are stacked here?"
          - id: mother-then-later
            theme: family-loyalty
            framework: history:corroboration
            level: analyze
            question: viewpoints
            audiences: [9-10, 11-12, adult, workshop]
            needs: { pairing: calls-vs-interview }
            text: "{{ said }}: {{ quote }} {{ pair.said }}: {{ pair.quote }} {{ pairing.note }} Why might they differ?"
          - id: judge-the-source
            theme: sourcing
            framework: history:sourcing
            level: evaluate
            question: evidence
            audiences: [9-10, 11-12, adult, workshop]
            text: "How far can we trust {{ quote }} (line {{ line }}) as evidence?"
          - id: write-a-reply
            theme: moral-dissonance
            framework: bandura:moral-justification
            level: create
            question: implications
            audiences: [6-8, 9-10, 11-12, adult]
            needs: { speaker: mother }
            text: "Write the reply {{ soldier }} might give to {{ quote }}."
          - id: graphic-discussion
            theme: moral-dissonance
            framework: bandura:dehumanization
            level: analyse
            question: assumptions
            audiences: [6-8, 9-10, 11-12, adult]
            needs: { speaker: soldier, tags: [graphic], graphic: true }
            text: "{{ soldier }} says: {{ quote }} What has he stopped seeing?"
        """;

    private static readonly Lazy<PromptBank> SharedBank = new(() => PromptBank.FromLayers(Course, [[new TemplateSource("bank.yaml", Bank)]]));

    public static PromptBank PromptBank => SharedBank.Value;

    public static TemplateCheck Check(string yaml, string file = "t.yaml") => TemplateLoader.Check(Course, [new TemplateSource(file, yaml)]);
}
