using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// The workshop packet's reviewed facilitator text, written for adults (teachers in professional development): the
/// session's talking points, the care notes for the session, the contested cases for testing whether a tag fits, and
/// the observer's checklist. Every quotation here is verbatim from seeds/never-saw-such-hell.txt at the line given,
/// in its voice (a call, a later interview, the AP's narration); the tests check each one against the seed.
/// </summary>
public static class WorkshopPacketText
{
    /// <summary>A line of the article quoted by the packet: the words verbatim, who said them, the seed's line and the voice.</summary>
    public sealed record Line(string? Speaker, string Words, int Number, Voice Voice)
    {
        public Quotation ToQuotation() => new(Speaker, Words, Number, Voice);
    }

    /// <summary>A case for "test whether it fits": the line, the tag it tempts, the question to put, and what to listen for.</summary>
    public sealed record ContestedCase(string Title, IReadOnlyList<Line> Lines, string Tempting, string Question, IReadOnlyList<string> ListenFor);

    public static readonly IReadOnlyList<string> Materials =
    [
        "For the facilitator: this packet. For each group: its section’s pages from this packet (reading, words to know, prompts).",
        "For each participant: the whole article, the frameworks page and the observer’s checklist, and the sample lesson’s student handout and teacher guide.",
        "Chart paper or a shared document for each group, and a visible timer.",
    ];

    /// <summary>What the facilitator says in the context step: how the calls reached the page, and what they cannot show.</summary>
    public static readonly IReadOnlyList<string> ContextTalkingPoints =
    [
        "The AP says it obtained 2,000 intercepted phone calls and identified calls made in March 2022 by soldiers in a division that Ukrainian prosecutors say committed war crimes in Bucha. The article does not say who intercepted the calls or how they reached the AP.",
        "The AP verified the calls with the help of the Dossier Center, an investigative group in London funded by Russian dissident Mikhail Khodorkovsky. Ask: what does a funder opposed to the Kremlin mean for how we weigh the selection, and what does verification settle (that the calls are genuine) and not settle (what each man did)?",
        "We read the calls in English. The article does not say who translated them, so a word such as “pests” or “clean up” is a translator’s choice as well as a speaker’s: keep that in mind before resting a tag on one word.",
        "The conversations were edited for length and clarity: we have excerpts; the AP heard more.",
        "The AP withholds the soldiers’ full names to protect their families in Russia. It established that the men were in areas when atrocities were committed, but has no evidence of their individual actions beyond what they confess.",
        "The AP spoke with the mothers of Ivan and Leonid in January 2023; it could not reach Maxim or his family. What the mothers said then is a later interview, not a call.",
    ];

    /// <summary>The three voices on the page, one example of each (none of them graphic), for the context step.</summary>
    public static readonly IReadOnlyList<Line> ThreeVoices =
    [
        new("Maxim", "“Here, it’s all American. All the weapons.”", 290, Voice.Call),
        new("Ivan’s mother, in a later interview, as the AP reports it", "“He wasn’t involved in murders, let alone in looting,” she told the AP before hanging up the phone.", 235, Voice.Interview),
        new(null, "At first, she seems not to believe that Russian soldiers could be killing civilians.", 112, Voice.Narration),
    ];

    /// <summary>What to tell participants before the session: what the article contains, said accurately (who says what).</summary>
    public const string AnnounceToParticipants =
        "Tell participants a few days ahead what the article contains. On the calls, soldiers speak of shooting civilians and of a 17-year-old who was stopped and shot, of looting and drinking, and of soldiers ready to harm themselves to get away from the fighting; there is profanity, partly censored in the source. The AP’s own narration adds that Maxim told his wife he had killed civilians, and tells of a teenage Ukrainian boy whose ears were cut off. Name who participants can talk to afterwards, and say that anyone may step out without explaining. Check in privately beforehand with colleagues who may have ties to Ukraine or Russia, as you would with students.";

    /// <summary>An alternative task for a participant who would rather not work with the calls; it sends them to no graphic line.</summary>
    public const string AdultAlternative =
        "A participant who would rather not read the calls can work from the talking points on how the calls reached us (they quote no graphic line) and draft the sourcing part of a lesson: what a reader can and cannot know from an intercepted, edited and translated call, what would confirm or challenge a soldier’s account, and two questions that would take students there. They rejoin the group for the practice in threes with their draft.";

    /// <summary>Care notes for the classroom that the packet adds to the teacher guides' (which carry each unit's own advisory and opt-out task).</summary>
    public static readonly IReadOnlyList<string> WhenYouTeachIt =
    [
        "Each unit’s teacher guide carries the unit’s advisory, its opt-out task and its agenda; announce the material a day ahead, not a moment before.",
        "Build the discussion norms with the class as a contract; the student versions are in every teacher guide.",
        "For grades 6–8, use the grades 6–8 edition: it leaves out the most graphic lines and says where.",
        "If a unit mentions soldiers hurting themselves, keep it brief and factual, never guess whether a named person did so, and know whom to tell if a student is affected (the school counselor or your safeguarding lead).",
    ];

    /// <summary>Cases where a tag is tempting and contested: the session's core is learning to test fit against the words.</summary>
    public static readonly IReadOnlyList<ContestedCase> ContestedCases =
    [
        new(
            "An excuse for drinking: band wagon, or diffusion of responsibility?",
            [
                new("Maxim’s wife", "“Why? Why are you drinking?”", 313, Voice.Call),
                new("Maxim", "“Everyone is like that here. It’s impossible without it here.”", 315, Voice.Call),
            ],
            "Band wagon (a propaganda device), or diffusion of responsibility (Bandura).",
            "Whose message is this, to whom, and what does “everyone” excuse here?",
            [
                "Band wagon describes a message made to persuade an audience to join in; this is a husband’s answer to his wife, not propaganda.",
                "Diffusion of responsibility is about harm spread so thin that no one feels it. Here, what “everyone” excuses is drinking, not harm.",
                "The strongest reading ties it to his next answer, line 321 (“On the contrary, it’s easier to shoot ... civilians.”), where drinking and shooting are joined; with that line, the tag is arguable. Without it, “normalization” is a theme, not a mechanism.",
            ]),
        new(
            "Card stacking, or a claim with no evidence at all?",
            [
                new("Maxim’s mother", "“It’s the Americans driving this, of course! Look at their laboratories. They are developing biological weapons. Coronavirus literally started there.”", 292, Voice.Call),
            ],
            "Card stacking (a propaganda device).",
            "Which facts does she select? Where did the claim come from, according to the AP?",
            [
                "Card stacking selects facts (or falsehoods) to favor one side. She offers no facts to select from: these are assertions, and the leap to a hidden hand is a conspiracy narrative, which is a theme, not one of the seven devices.",
                "The AP’s narration says mother and son “recite conspiracy theories pushed by Russian state media”: the persuading was done by that source; she is repeating it. Ask where a device was used, and on whom.",
                "A good answer tests the tag, rejects or narrows it, and names what it would take to check the claim.",
            ]),
        new(
            "Reassurance, or dissonance?",
            [
                new("Maxim", "“Everything will be fine. ... I never saw such hell as here. I am f— shocked.”", 325, Voice.Call),
                new("Maxim", "“Totally normal. On the contrary, it’s easier to shoot ... civilians. Let’s not talk about this. I’ll come back and tell you how it is here and why we drink!”", 321, Voice.Call),
            ],
            "Cognitive dissonance (Festinger), for “Everything will be fine” beside “I never saw such hell”.",
            "Are these two cognitions held by the same person, and is anything done to reduce a clash?",
            [
                "“Everything will be fine” answers his wife’s “Please, just be careful!”: it is reassurance for her, not a belief of his that clashes with what he sees.",
                "Line 321 is the stronger case: he names the shooting of civilians and at once says “Let’s not talk about this”, which fits reducing dissonance by avoiding information.",
                "Plain recall or a mood is not dissonance; listen for colleagues who name both cognitions and the move that eases them.",
            ]),
        new(
            "Two tags at once, and a translation",
            [
                new("Ivan", "“We’re not going anywhere until they clean up all of these pests.”", 225, Voice.Call),
            ],
            "Dehumanization, or euphemistic labeling (both Bandura).",
            "Which word does which work? How much weight can one translated word carry?",
            [
                "Both can fit: “pests” strips people of human qualities (dehumanization); “clean up” sanitizes killing (euphemistic labeling). A line may carry two mechanisms; say which word carries which.",
                "We read a translation: the tag rests on the English words, so hold it a little more loosely and say so to students.",
            ]),
        new(
            "When someone argues the killing was justified",
            [
                new("Leonid", "“He was shot right there on the spot.”", 126, Voice.Call),
                new(null, "Leonid tells her that civilians were told to flee or shelter in basements, so anyone who was outside must not be a real civilian.", 118, Voice.Narration),
            ],
            "Attribution of blame (Bandura), or a soldier’s fair account of a threat.",
            "What does the text show, and whose account is it?",
            [
                "In class, a student may say the 17-year-old had information on his phone about where to bomb, so the shooting was justified. Do not argue the law or shut the student down: go back to the text.",
                "The only account is Leonid’s, to his mother: the young man “was stopped; they took his cellphone” before he was shot. The AP has no evidence of individual actions beyond what the men confess.",
                "The AP reports the reasoning Leonid gives his mother (anyone outside “must not be a real civilian”): that is the reasoning the tag asks about. Accept a reading either way that rests on these words and says what the source cannot show.",
            ]),
        new(
            "A son’s words, through his mother, months later",
            [
                new("Leonid’s mother, in a later interview, as the AP reports it", "“No one thought it would be so terrible,” his mother said. “My son just said one thing: ‘My conscience is clear. They opened fire first.’ That’s all.”", 39, Voice.Interview),
                new("Leonid’s mother, in a later interview, as the AP reports it", "She declined to listen to any of the intercepts: “This is absurd,” she said. “Just don’t try to make it look like my child killed innocent people.”", 47, Voice.Interview),
            ],
            "Attribution of blame (Bandura) for “They opened fire first”; avoiding information (Festinger) for her refusal to listen.",
            "Whose words are these, told to whom and when, and what does each tag then describe?",
            [
                "This is not a call: it is Leonid’s mother, interviewed by the AP in January 2023, reporting what her son told her. The words reach us at two removes, and we do not know when he said them.",
                "If the report is accurate, “They opened fire first” blames the other side, so the tag describes Leonid’s reasoning; it does not tell us what happened.",
                "Her refusal to listen to the intercepts fits avoiding information, if she holds both cognitions (my son is good; the calls may show otherwise). Listen for colleagues who ask what else could explain a mother’s refusal, such as grief or fear, before settling on the tag.",
            ]),
    ];

    /// <summary>The observer's checklist for the practice in threes.</summary>
    public static readonly IReadOnlyList<string> ObserverChecklist =
    [
        "Did the leader send the group to the line before asking what it means, and name whose words they are (a call, a later interview, the AP’s narration)?",
        "Did every tag get tested against the words, with room to reject it?",
        "Did the questions climb: what was said, why, what it did, then the student’s own judgment?",
        "Were graphic lines read only where the work needed them, never performed?",
        "Did the leader name the care arrangements: what the material contains, the opt-out task, that anyone may step out, whom to talk to?",
        "If someone generalized about a whole people, how did the leader redirect to the text?",
        "One thing the leader should keep, and one thing to try differently.",
    ];
}
