namespace Curriculum.Core.Teaching;

/// <summary>A named value a teacher picks or sees: a stable id for files and the wire, and a label for print.</summary>
public sealed record Term(string Id, string Label, string Description);

/// <summary>
/// The fixed vocabularies the kit speaks: themes, frameworks, question levels and audiences
/// (see PEDAGOGY.md). Files and requests use the ids; handouts print the labels.
/// </summary>
public static class Taxonomy
{
    public static readonly IReadOnlyList<Term> Themes =
    [
        new("propaganda", "Propaganda", "What the soldiers and their families were told, how it worked on them, and what they found instead."),
        new("moral-dissonance", "Moral dissonance", "The gap between how people were raised and what they see, do or defend, and how they live with it."),
        new("sourcing", "Sourcing and evidence", "Intercepts against later interviews; what the AP could and could not verify; why names are withheld."),
        new("normalization", "Normalization of wrongdoing", "How looting, drinking and killing came to feel ordinary."),
        new("family-loyalty", "Family and loyalty", "The mothers' pride and horror, the wives' fear, and the later denials."),
    ];

    /// <summary>
    /// Every framework tag the bank may use (lesson-templates/FRAMEWORKS.md says when each fits): the Institute for
    /// Propaganda Analysis's seven devices, Bandura's eight mechanisms of moral disengagement, Festinger's dissonance
    /// and its four ways of reduction, and the four historical-thinking moves.
    /// </summary>
    public static readonly IReadOnlyList<Term> Frameworks =
    [
        new("ipa:name-calling", "Name calling — a propaganda device", "A bad label, so an idea is rejected without looking at evidence."),
        new("ipa:glittering-generalities", "Glittering generalities — a propaganda device", "Virtue words that win approval without evidence."),
        new("ipa:transfer", "Transfer — a propaganda device", "Borrowing the authority or prestige of something respected (nation, church, flag)."),
        new("ipa:testimonial", "Testimonial — a propaganda device", "An endorsement by a respected (or hated) person."),
        new("ipa:plain-folks", "Plain folks — a propaganda device", "“I’m just like you.”"),
        new("ipa:card-stacking", "Card stacking — a propaganda device", "Choosing which facts, true or false, to show and which to leave out, to make the best or worst case for one side."),
        new("ipa:band-wagon", "Band wagon — a propaganda device", "“Everybody is doing it; join in.”"),
        new("bandura:moral-justification", "Moral justification — a mechanism of moral disengagement (Bandura)", "Harm recast as serving a worthy purpose."),
        new("bandura:euphemistic-labeling", "Euphemistic labeling — a mechanism of moral disengagement (Bandura)", "Mild words that make harm sound harmless."),
        new("bandura:advantageous-comparison", "Advantageous comparison — a mechanism of moral disengagement (Bandura)", "Making one’s own harm look small beside worse conduct."),
        new("bandura:displacement-of-responsibility", "Displacement of responsibility — a mechanism of moral disengagement (Bandura)", "“I was ordered to.”"),
        new("bandura:diffusion-of-responsibility", "Diffusion of responsibility — a mechanism of moral disengagement (Bandura)", "Responsibility spread across a group, so no one feels it."),
        new("bandura:distortion-of-consequences", "Disregard or distortion of consequences — a mechanism of moral disengagement (Bandura)", "Not seeing or minimizing the harm."),
        new("bandura:dehumanization", "Dehumanization — a mechanism of moral disengagement (Bandura)", "People stripped of human qualities, spoken of as less than human."),
        new("bandura:attribution-of-blame", "Attribution of blame — a mechanism of moral disengagement (Bandura)", "Blaming the victims, the other side, or circumstances for the harm done."),
        new("festinger:cognitive-dissonance", "Cognitive dissonance (Festinger)", "Two thoughts held by the same person clash, and people act to ease the discomfort."),
        new("festinger:changing-behavior", "Reducing dissonance by changing what one does (Festinger)", "The clash is eased by acting differently."),
        new("festinger:changing-belief", "Reducing dissonance by changing a belief (Festinger)", "The clash is eased by giving up or bending one of the two thoughts."),
        new("festinger:adding-justification", "Reducing dissonance by adding justifications (Festinger)", "The clash is eased by adding reasons that make it bearable."),
        new("festinger:avoiding-information", "Reducing dissonance by avoiding information (Festinger)", "The clash is eased by refusing to hear or see what contradicts a belief."),
        new("history:sourcing", "Sourcing — historical thinking", "Who said this, when, to whom, why; what the AP could and could not verify."),
        new("history:contextualization", "Contextualization — historical thinking", "What was happening when and where this was said."),
        new("history:corroboration", "Corroboration — historical thinking", "What else says so, and where the sources disagree."),
        new("history:close-reading", "Close reading — historical thinking", "What the exact words, their order and their tone reveal."),
    ];

    /// <summary>
    /// Older or British spellings of a framework id that files may still use, and the id each stands for.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FrameworkAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bandura:euphemistic-labelling"] = "bandura:euphemistic-labeling",
    };

    /// <summary>
    /// Themes a prompt may carry beside its framework. They are not propaganda devices: the IPA's list has seven, and
    /// none of these is among them, so the kit shows them as themes.
    /// </summary>
    public static readonly IReadOnlyList<Term> Topics =
    [
        new("told-vs-found", "What the soldiers were told vs. what they found", "The promise (liberators, Kyiv in a week) against what the soldiers met."),
        new("what-they-were-told", "What the soldiers were told", "The messages the soldiers were given (a promise, an order, a warning), read on their own."),
        new("conspiracy-narrative", "Conspiracy narrative", "A hidden hand explains everything and cannot be disproved."),
    ];

    /// <summary>Bloom's revised taxonomy, lowest first.</summary>
    public static readonly IReadOnlyList<Term> Levels =
    [
        new("remember", "Remember", "Recall what was said."),
        new("understand", "Understand", "Explain what was meant."),
        new("apply", "Apply", "Use a framework on the text."),
        new("analyze", "Analyze", "Take apart why it was said and how it works."),
        new("evaluate", "Evaluate", "Judge with evidence."),
        new("create", "Create", "Ask, write or design something new from it."),
    ];

    /// <summary>Spellings of a Bloom level that files may use, and the id each stands for.</summary>
    public static readonly IReadOnlyDictionary<string, string> LevelAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["analyse"] = "analyze",
    };

    /// <summary>Paul's six kinds of Socratic question.</summary>
    public static readonly IReadOnlyList<Term> QuestionTypes =
    [
        new("clarification", "Clarification", "What exactly is meant?"),
        new("assumptions", "Assumptions", "What must be taken for granted?"),
        new("evidence", "Reasons and evidence", "How do we know?"),
        new("viewpoints", "Viewpoints and perspectives", "How would someone else see it?"),
        new("implications", "Implications and consequences", "What follows from it?"),
        new("question", "Questions about the question", "Why ask this, and what would answer it?"),
    ];

    public static readonly IReadOnlyList<Term> Audiences =
    [
        new(YoungestAudience, "Grades 6–8", "Younger students: the most graphic lines are left out."),
        new("9-10", "Grades 9–10", "The core audience; CCSS RH.9-10.6 and RI.9-10.6."),
        new("11-12", "Grades 11–12", "Older students: fuller excerpts, harder evaluation."),
        new("adult", "Adult learners", "Adult education and university seminars."),
        new("workshop", "Facilitator workshop", "Teachers and facilitators preparing to teach the material."),
    ];

    /// <summary>Advisory levels, mildest first.</summary>
    public static readonly IReadOnlyList<Term> AdvisoryLevels =
    [
        new("low", "Low", "Discusses war and loss without graphic description."),
        new("moderate", "Moderate", "Describes violence, looting or fear in plain words; some profanity."),
        new("high", "High", "Describes killing of civilians or mutilation; handle with particular care."),
    ];

    /// <summary>Marks on a block that the generator and handouts act on.</summary>
    public static readonly IReadOnlyList<Term> BlockTags =
    [
        new("graphic", "Graphic", "Among the most graphic lines: left out for younger audiences."),
        new("profanity", "Profanity", "Contains (censored) profanity."),
        new("told", "What they were told", "States what soldiers or families were told or believed."),
        new("found", "What they found", "States what a soldier met in Ukraine."),
        new("briefing", "A briefing", "A soldier retells what a commander told his unit: what he heard himself, to be checked by those who heard it too."),
        new("did", "What they did", "States what a soldier says he or his unit did: a claim others could confirm or challenge."),
        new("denial", "Later denial", "A family member’s later account that contradicts the calls."),
        new("self-harm", "Self-harm", "Mentions soldiers hurting themselves: at most one prompt of a set, brief and factual (safe-messaging practice)."),
    ];

    /// <summary>
    /// What a paragraph of the AP's own narration is, as a source, sentence by sentence in order (reviewed per block, so
    /// the sourcing organizer's key never guesses from the words): the blind reviews found a key calling the AP's reading
    /// of a mother "a retelling", and its background "what it heard in the calls".
    /// </summary>
    public static readonly IReadOnlyList<Term> NarrationSources =
    [
        new("retelling", "Retelling a call", "The AP retells, in its own words, what someone said in a call it heard."),
        new("summary", "Summing up calls", "The AP sums up several calls, or the gist of one, in its own words."),
        new("reading", "The AP’s reading", "The AP’s interpretation of how someone seemed in a call: tone, mood or belief."),
        new("fact-and-reading", "A fact, then the AP’s reading", "One sentence that reports a fact and then gives the AP’s interpretation of how someone seemed (“has relatives in Kyiv but seems to believe”)."),
        new("report", "Reporting what was said", "The AP reports what someone said without saying how it learned it: in a call it heard, or from a relative later."),
        new("told-the-ap", "Told to the AP", "The AP reports what someone told it in its later interviews (January 2023)."),
        new("document", "A published document", "The AP reports what a published document said, such as a local paper’s notice."),
        new("background", "The AP’s background", "The AP’s own reporting, framing or judgment, not a retelling of a call."),
    ];

    /// <summary>Kinds of paired excerpts that make the kit worth using.</summary>
    public static readonly IReadOnlyList<Term> PairingKinds =
    [
        new("told-vs-found", "Told vs. found", "What a soldier was told against what he found."),
        new("calls-vs-interview", "Calls vs. interview", "What the same person said in a call against what she told the AP later."),
        new("soldier-vs-narration", "Soldier vs. narration", "A soldier’s own words against the AP’s narration of the same events."),
    ];

    /// <summary>The audience for whom the most graphic lines are always left out.</summary>
    public const string YoungestAudience = "6-8";

    /// <summary>Whether lines tagged graphic are left out: always for grades 6–8, otherwise when asked.</summary>
    /// <summary>
    /// How many prompts a set has when the request does not say: a lesson's ladder, each rung discussed in class (four:
    /// what was said, why, what it did, the student's own judgment); grades 6–8 a shorter one, with every starter.
    /// </summary>
    public static int DefaultPromptCount(string? audience) =>
        string.Equals(audience?.Trim(), YoungestAudience, StringComparison.OrdinalIgnoreCase) ? 3 : 4;

    public static bool LeavesOutGraphic(string? audience, bool asked) => asked || audience == YoungestAudience;

    /// <summary>The term with this id, read as a person may type it ("Propaganda", " 9-10 ").</summary>
    public static Term? Find(IReadOnlyList<Term> terms, string id) =>
        terms.FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Ids(IReadOnlyList<Term> terms) => string.Join(", ", terms.Select(t => t.Id));

    /// <summary>The ids nearest to a mistyped one, nearest first: for "did you mean" messages.</summary>
    public static IReadOnlyList<string> Nearest(IEnumerable<string> ids, string? wrong) =>
        [.. ids.OrderBy(id => Distance(id, wrong ?? "")).ThenBy(id => id, StringComparer.Ordinal)];

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
