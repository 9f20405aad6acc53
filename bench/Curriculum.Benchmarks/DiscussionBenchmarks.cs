using BenchmarkDotNet.Attributes;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Benchmarks;

/// <summary>Generating a discussion set (excerpt fitting, seeded picking, Liquid filling) for one unit and for all eleven numbered units.</summary>
[MemoryDiagnoser]
public class DiscussionBenchmarks
{
    private const string Bank = """
        prompts:
          - { id: b-remember, theme: propaganda, framework: history:close-reading, level: remember, question: clarification, audiences: [9-10], text: "{{ speaker }} says: {{ quote }} What is said?" }
          - { id: b-understand, theme: moral-dissonance, framework: festinger:cognitive-dissonance, level: understand, question: clarification, audiences: [9-10], needs: { speaker: soldier }, text: "What does {{ soldier }} mean by {{ quote }}?" }
          - { id: b-apply, theme: propaganda, framework: ipa:card-stacking, level: apply, question: evidence, audiences: [9-10], needs: { speaker: narrator }, text: "{{ speaker }}: {{ quote }} Which facts are stacked?" }
          - { id: b-analyse, theme: family-loyalty, framework: history:corroboration, level: analyse, question: viewpoints, audiences: [9-10], needs: { speaker: mother }, text: "{{ speaker }}: {{ quote }} What does she avoid?", look_fors: ["Line {{ line }} of {{ unit.title }}"], starters: ["{{ speaker }} avoids…"] }
          - { id: b-evaluate, theme: sourcing, framework: history:sourcing, level: evaluate, question: evidence, audiences: [9-10], text: "How far can we trust {{ quote }}?" }
          - { id: b-create, theme: moral-dissonance, framework: bandura:moral-justification, level: create, question: implications, audiences: [9-10], text: "Write a reply to {{ quote }} from {{ soldier }}." }
        """;

    private static readonly string[] Numbered = ["leonid-1", "leonid-2", "leonid-3", "leonid-4", "ivan-1", "ivan-2", "ivan-3", "maxim-1", "maxim-2", "maxim-3", "maxim-4"];

    private DiscussionGenerator _generator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var course = Course.Embedded;
        _generator = new DiscussionGenerator(course, PromptBank.FromLayers(course, [[new TemplateSource("bench.yaml", Bank)]]));
    }

    [Benchmark]
    public DiscussionSet OneUnit() => _generator.Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, 42));

    [Benchmark]
    public DiscussionSet ElevenUnits() => _generator.Generate(new DiscussionRequest(Numbered, [], "9-10", 30, 42));
}
