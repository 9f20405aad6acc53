namespace Curriculum.Rendering.Handouts;

/// <summary>
/// The care notes every teacher guide and workshop packet carries (PEDAGOGY.md, after Facing History &amp; Ourselves'
/// guidance for emotionally challenging content). Reviewed text, kept in one place.
/// </summary>
public static class CareNotes
{
    public const string BeforeTheLesson =
        "Announce the material at least a day ahead, not a moment before: say that the soldiers tell in their calls of killing civilians and of looting, with (censored) profanity, and that the AP’s own narration reports the mutilation of a teenager. Tell students they may take the opt-out task, may step out during the lesson without explaining why, and who they can talk to afterwards (name the person: you, a counselor, a trusted adult).";

    /// <summary>What to announce a day ahead: the unit's advisory (printed just above it in the guide), or the whole article's when no unit is given.</summary>
    public static string Announce(IReadOnlyList<string>? reasons) => reasons is not { Count: > 0 }
        ? BeforeTheLesson
        : "Announce the material at least a day ahead, not a moment before, in the words of the advisory above: say what this unit contains. Tell students they may take the opt-out task, may step out during the lesson without explaining why, and who they can talk to afterwards (name the person: you, a counselor, a trusted adult).";

    /// <summary>Safe-messaging practice for schools, for units that mention soldiers hurting themselves.</summary>
    public static readonly IReadOnlyList<string> SelfHarm =
    [
        "Keep it brief and factual: the article reports that some soldiers hurt themselves to be sent home. Do not describe methods, dwell on it, or ask students to guess whether a named person did so.",
        "Before the lesson, tell students, in the advisory’s words, that the unit mentions soldiers wounding themselves on purpose to be sent home, and name the school counselor they can go to.",
        "If a student seems affected, talk with them privately, listen without judging, and walk them to the counselor or another member of the school’s support staff that day; do not promise to keep it secret.",
        "If you are worried about a student’s safety, tell the school counselor or your designated safeguarding lead at once, following your school’s procedure; in the US, the 988 Suicide & Crisis Lifeline (call or text 988) is open at any hour.",
    ];

    public static readonly IReadOnlyList<string> DiscussionNorms =
    [
        "Speak from the text: point to the line you mean before you say what you think of it.",
        "Assume good intent in each other; question ideas, not classmates.",
        "No speeches about a whole people. The article is about how ordinary people come to do terrible things, and about propaganda that works on anyone, not about what Russians or Ukrainians are like.",
        "Take care with the dead and the harmed: they were real people. Do not joke about them or repeat the most graphic lines for effect.",
        "Anyone may pass, and anyone may step out for a moment.",
        "We do not repeat classmates’ family stories outside class (a teacher must act if someone’s safety is at risk).",
    ];

    /// <summary>
    /// The notes for students with ties to Ukraine or Russia. The note on places names those the unit's reading names
    /// (<paramref name="readingLines"/>), or, for a document of several units, the article's best known (Bucha, Kyiv).
    /// </summary>
    public static IReadOnlyList<string> TiesToUkraineOrRussia(IEnumerable<string>? readingLines = null)
    {
        string places;
        var text = readingLines is null ? null : string.Join(' ', readingLines);
        if (text is null)
        {
            places = "the places in the article (Bucha, Kyiv)";
        }
        else
        {
            var named = Places.Where(p => text.Contains(p, StringComparison.Ordinal)).ToList();
            places = named.Count == 0 ? "the places in the article" : $"places this unit names ({string.Join(", ", named)})";
        }

        List<string> notes =
        [
            "Some students may have family in Ukraine or in Russia, or in either army, or may have fled the war themselves. Check in privately before the lesson; do not ask anyone to speak for a country or a people.",
            "Russian-speaking students (and students from Ukraine who speak Russian) can be cast as “the enemy” by classmates. Say plainly at the start that no one in the room is responsible for what the soldiers did, and stop any remark that blames a nation or an ethnicity.",
            $"A student may know {places} from the news or from family. Let them decide how much to say; never ask for their personal story as evidence.",
            "If a student’s view of the war differs sharply from the article’s, ask for evidence from the text, as with anyone else; the aim is careful reading, not agreement.",
        ];

        // A reading that names the Nazi claim: a student may have heard it at home (blind review 12).
        if (text is null || text.Contains("Nazi", StringComparison.Ordinal))
        {
            notes.Add("A student may have heard at home that the war is against Nazis in Ukraine. Test it as any claim, against the context notes, and say plainly that testing a claim judges no family that repeats it.");
        }

        // A reading that repeats the biolab claims: a student may have heard them at home too (blind review 14).
        if (text is null || text.Contains("biological weapons", StringComparison.Ordinal))
        {
            notes.Add("A student may have heard at home or online that America is behind the war or that the U.S. ran biological weapons labs in Ukraine. Test the claim as the unit does, with the context notes, never the family: do not ask who said it; ask what evidence would change a mind.");
        }

        return notes;
    }

    /// <summary>Places in the article a student may know from the news or from family.</summary>
    private static readonly string[] Places = ["Bucha", "Kyiv", "Chernobyl", "Belarus", "Siberia"];

    public const string AfterTheLesson =
        "Close calmly: students write the exit ticket on their handout, then come back to the guiding question. Remind everyone who they can talk to, and follow up with any student who stepped out or seemed shaken.";

    /// <summary>
    /// The challenge the source note itself invites ("Think about what a funder opposed to the Kremlin might mean"), answered in
    /// every guide: blind review 16 found no guide ready for "the calls are fake".
    /// </summary>
    public static readonly Core.Annotations.Anticipated CallsAreFake = new(
        "The calls are fake: a Kremlin critic paid for the checks.",
        "A funder is a reason to check a source, not to dismiss it. Ivan’s mother listened to some of the audio and confirmed that it was her speaking with Ivan (line 233); Leonid’s mother declined to listen to any of the calls (line 47), and no family confirmed Maxim’s calls, which the AP ties to the phone Ivan used. Such checks can help show a call is genuine, not that what a soldier says is true. Ask what evidence would show a recording was faked.");

    /// <summary>The title of the source note wherever it is printed.</summary>
    public const string SourceTitle = "About these calls";

    /// <summary>
    /// How the AP obtained and checked the calls, and what it cannot know (the AP's introduction, lines 9–26, in the
    /// kit's words): what a reader needs to weigh any line of the calls. It quotes no line of the calls.
    /// </summary>
    public static readonly IReadOnlyList<string> SourceNote =
    [
        "The AP says it obtained 2,000 intercepted phone calls from Russian soldiers in Ukraine, and identified calls made in March 2022 by soldiers in a division that Ukrainian prosecutors say committed war crimes in Bucha. The article does not say who intercepted the calls or how the AP got them.",
        "The AP verified the calls with the help of the Dossier Center, an investigative group in London funded by Mikhail Khodorkovsky, a Russian dissident and critic of the Kremlin. The article does not say what the checks were. Checks of this kind can help show that a recording is genuine and who is speaking; they cannot show that what a soldier says is true. Think about what a funder opposed to the Kremlin might mean for how far we trust the checks: a funder is a reason to check a source, not to dismiss it.",
        "The article says the conversations were edited for length and clarity, and you read them in English translation; the article does not say who translated them. One check it reports: the mother of Ivan, one of the three soldiers the article follows, at first denied talking with her son from the front, then listened to some of the audio and confirmed that it was her speaking with Ivan. Leonid’s mother declined to listen to any of the calls, and the AP could not reach Maxim or his family. The AP does not use the soldiers’ full names, to protect their families in Russia.",
        "The AP established that the men were in areas when atrocities were committed, but it has no evidence of their individual actions beyond what they confess.",
    ];

    /// <summary>The source note as one paragraph, for a document with no room for a box.</summary>
    public static string SourceNoteText => string.Join(" ", SourceNote);

    public const string LeftOutForYoungerStudents =
        "For grades 6–8 the lines tagged as most graphic (the killing of civilians and of a 17-year-old, bodies burning, “it’s easier to shoot ... civilians”) are left out of the reading and no prompt points at them; the handout marks where a line was left out.";
}
