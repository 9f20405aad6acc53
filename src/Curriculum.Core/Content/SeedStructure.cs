using Curriculum.Core.Yaml;

namespace Curriculum.Core.Content;

/// <summary>
/// What the seed's layout alone cannot tell the parser, stated in a reviewed file (<c>seeds/structure.yaml</c>):
/// the profiles and their speakers, and the paragraphs whose kind is not visible from their shape
/// (teasers for other stories, quotes from the AP's later interviews, narration that opens with a quote).
/// </summary>
public sealed record SeedStructure(
    IReadOnlyList<ProfileDeclaration> Profiles,
    IReadOnlyList<ParagraphDeclaration> Paragraphs)
{
    /// <summary>Quoted words inside the AP's narration whose speaker the sentence's shape cannot tell ("she says he has her blessing to “kill them all.”").</summary>
    public IReadOnlyList<QuoteDeclaration> Quotes { get; init; } = [];

    public static SeedStructure Parse(string file, string text)
    {
        var root = new YamlValue(file, YamlReader.LoadMapping(file, text)).Fields("the structure file", "profiles", "paragraphs", "quotes");
        var profiles = root.Required("profiles").Items("profiles").Select(ReadProfile).ToList();
        var duplicate = profiles.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContentException(duplicate.Last().Position, $"profile '{duplicate.Key}' is declared twice");
        }

        var paragraphs = root.Optional("paragraphs")?.Items("paragraphs").Select(ReadParagraph).ToList() ?? [];
        var quotes = root.Optional("quotes")?.Items("quotes").Select(ReadQuote).ToList() ?? [];
        return new SeedStructure(profiles, paragraphs) { Quotes = quotes };
    }

    private static ProfileDeclaration ReadProfile(YamlValue node)
    {
        var f = node.Fields("a profile", "id", "name", "speakers");
        var id = f.RequiredString("id");
        var name = f.RequiredString("name");
        var speakers = f.Optional("speakers")?.Items("speakers").Select(s =>
        {
            var sf = s.Fields($"a speaker of profile '{id}'", "label", "name", "role");
            var roleText = sf.RequiredString("role");
            if (!Enum.TryParse<SpeakerRole>(roleText, ignoreCase: true, out var role) || role == SpeakerRole.Soldier)
            {
                throw sf.Required("role").Error($"unknown role '{roleText}'; expected one of: mother, wife, girlfriend, message");
            }

            return new Speaker(sf.RequiredString("label"), sf.RequiredString("name"), role);
        }).ToList() ?? [];
        return new ProfileDeclaration(id, name, [new Speaker(name, name, SpeakerRole.Soldier), .. speakers], node.Position);
    }

    private static ParagraphDeclaration ReadParagraph(YamlValue node)
    {
        var f = node.Fields("a paragraph", "starts", "kind", "speaker", "why");
        var kindText = f.RequiredString("kind");
        var kind = kindText switch
        {
            "teaser" => BlockKind.Teaser,
            "interview" => BlockKind.Interview,
            "narration" => BlockKind.Narration,
            _ => throw f.Required("kind").Error($"unknown kind '{kindText}'; a paragraph declared here is one of: teaser, interview, narration"),
        };
        var starts = f.RequiredString("starts");
        if (starts.Length < 12)
        {
            throw f.Required("starts").Error("'starts' must quote at least the first 12 characters of the paragraph, so it cannot match another");
        }

        return new ParagraphDeclaration(starts, kind, f.OptionalString("speaker"), node.Position);
    }

    private static QuoteDeclaration ReadQuote(YamlValue node)
    {
        var f = node.Fields("a quote", "words", "speaker", "why");
        var words = f.RequiredString("words");
        if (words.Length < 4)
        {
            throw f.Required("words").Error("'words' must copy the quoted words exactly, at least 4 characters, so they cannot match another quote");
        }

        return new QuoteDeclaration(words, f.RequiredString("speaker"), node.Position);
    }
}

public sealed record ProfileDeclaration(string Id, string Name, IReadOnlyList<Speaker> Speakers, SourcePosition Position);

/// <summary>A paragraph picked out by its exact opening text.</summary>
public sealed record ParagraphDeclaration(string Starts, BlockKind Kind, string? SpeakerLabel, SourcePosition Position);

/// <summary>Quoted words in the AP's narration, picked out by their exact text, and whose words they are (a label of the paragraph's profile).</summary>
public sealed record QuoteDeclaration(string Words, string SpeakerLabel, SourcePosition Position);
