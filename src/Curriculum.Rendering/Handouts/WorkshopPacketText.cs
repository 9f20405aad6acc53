using Curriculum.Core.Discussion;
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

    /// <summary>
    /// A case for "test whether it fits": the line, the tag it tempts (in words, and as framework ids in
    /// <see cref="Tags"/>, which say which families of ideas the case tests), the question to put, and what to listen for.
    /// <see cref="From"/> names the section the lines stand in ("Maxim · THREE"), so the packet can say when no group has
    /// read them. <see cref="Core"/> cases are taken in the session's time; the others are optional.
    /// </summary>
    public sealed record ContestedCase(string Title, string From, IReadOnlyList<Line> Lines, string Tempting, IReadOnlyList<string> Tags, string Question, IReadOnlyList<string> ListenFor, bool Core = false);

    /// <summary>
    /// What to prepare. The article the kit numbers is its course reader: the AP's published article has no line numbers,
    /// so a facilitator is sent to the reader by name, and it goes out ahead as pre-reading because the contested cases
    /// quote sections no group reads in the session. It goes after the notice, never before it, beside a pre-reading free
    /// of graphic material for anyone who takes the alternative task (blind review: the article went out first).
    /// </summary>
    public static readonly IReadOnlyList<string> Materials =
    [
        "For the facilitator: this packet. For each group: its section’s pages from this packet, which open under “For the group that takes this section” with the section’s title as their heading and run up to the pages headed “Facilitator’s notes” for that section; leave those out.",
        "Facilitator-only: the contested cases (“Testing the fit”, which give what to listen for) and each section’s facilitator’s notes. If you hand out the whole packet, ask participants not to read them until their group has discussed.",
        "A few days ahead, for each participant, in one message and in this order. First, the notice below (“What to tell participants a few days ahead”): what the article contains, and that anyone may take the alternative task without explaining. Then the two pre-readings, each named for whom it is: for anyone on the alternative task, the “Pre-reading for the alternative task” pages of this packet, which quote no line of the article; for everyone else, the course reader that comes with the handouts, the whole article with its lines numbered as in this packet (the AP’s published article has no line numbers), because the contested cases quote sections no group reads in the session. Never send the article ahead of the notice.",
        "On the day, for each participant: the frameworks page, the observer’s checklist and the sample lesson’s student handout; its teacher guide only after the ladder step, because it holds the look-fors of a group’s prompts. For a participant on the alternative task: the sample section’s opt-out sheet, at the end of its teacher guide.",
        "A projector, or each core case’s lines printed on a card (a set for each group), so that everyone reads the words while the case is argued.",
        "Chart paper or a shared document for each group, and a visible timer.",
    ];

    /// <summary>How a talking point marks an inference of ours, at the start of the words that go beyond the article.</summary>
    public const string InferenceMark = "Our inference, not the article’s";

    /// <summary>
    /// What the facilitator says in the context step: how the calls reached the page, and what they cannot show. Each says
    /// only what the article says, except where <see cref="InferenceMark"/> opens an inference of ours.
    /// </summary>
    public static readonly IReadOnlyList<string> ContextTalkingPoints =
    [
        "The AP says it obtained 2,000 intercepted phone calls and identified calls made in March 2022 by soldiers in a division that Ukrainian prosecutors say committed war crimes in Bucha. The article does not say who intercepted the calls or how they reached the AP.",
        "The AP verified the calls with the help of the Dossier Center, an investigative group in London funded by Russian dissident Mikhail Khodorkovsky. Ask: what does a funder opposed to the Kremlin mean for how we weigh the verification, and what does verification settle (that the calls are genuine) and not settle (what each man did)?",
        "We read the calls in English. The article does not say who translated them. Our inference, not the article’s: a word such as “pests” or “clean up” is a translator’s choice as well as a speaker’s, so hold a tag that rests on one word more loosely.",
        "The article says the conversations have been edited for length and clarity: we read the AP’s edited excerpts, not the whole calls.",
        "The AP withholds the soldiers’ full names to protect their families in Russia. It established that the men were in areas when atrocities were committed, but has no evidence of their individual actions beyond what they confess.",
        "The AP spoke with the mothers of Ivan and Leonid; it could not reach Maxim or his family. Both talks were in January, a month before the article appeared in February 2023 (lines 31 and 233). What the mothers said then is a later conversation with the AP, not an intercepted call.",
    ];

    /// <summary>One of the three voices on the page: what kind of evidence it is, who speaks and to whom, and the line.</summary>
    public sealed record VoiceExample(string Label, Line Line);

    /// <summary>The three voices on the page, one example of each (none of them graphic), for the context step.</summary>
    public static readonly IReadOnlyList<VoiceExample> ThreeVoices =
    [
        new("A line of a call", new("Maxim, in a call with his mother", "“Here, it’s all American. All the weapons.”", 290, Voice.Call)),
        new("A later interview with the AP, in January", new(UnitMaterials.InterviewLabel("Ivan’s mother"), "“He wasn’t involved in murders, let alone in looting,” she told the AP before hanging up the phone.", 235, Voice.Interview)),
        new("The AP’s own narration, about Leonid’s mother", new(null, "At first, she seems not to believe that Russian soldiers could be killing civilians.", 112, Voice.Narration)),
    ];

    /// <summary>
    /// What to tell participants before the session: what the article contains and in whose voice, described and never
    /// quoted, so that the notice itself does not read the worst lines to someone who has not chosen to read them. It goes
    /// out before the article or above it in the same message, never after it (blind review: the article went out first).
    /// </summary>
    public const string AnnounceIntro = "Send this before the article, or above it in the same message, so that no one opens the article without knowing what it holds. Tell participants what it contains, and in whose voice; describe it rather than quoting its worst lines.";

    public static readonly IReadOnlyList<string> AnnounceInTheCalls =
    [
        "Leonid tells his mother of the dead after his first battle, and of a 17-year-old who was stopped, had his phone taken and was shot on the spot.",
        "Asked how he will protect himself when he has been drinking, Maxim tells his wife that drinking makes it easier to shoot civilians (the printed line has a pause or a cut before that last word).",
        "Ivan’s mother laughs as she recalls him saying he would kill everyone, and he answers that they will kill if they have to.",
        "Soldiers speak of looting and drinking, and of men ready to harm themselves to get away from the fighting.",
        "There is profanity, censored in the source, and insulting words, apparently for Ukrainians resisting the invasion.",
    ];

    public static readonly IReadOnlyList<string> AnnounceInTheNarration =
    [
        "Some soldiers said they were following orders to kill civilians or prisoners of war.",
        "Maxim told his wife he had killed civilians.",
        "The hunt for local people, men, women and children, suspected of informing on the soldiers was constant.",
        "The AP says soldiers told their mothers about a teenage Ukrainian boy who had his ears cut off.",
        "Leonid describes using lethal force against just about anyone, and promised his girlfriend a collection of bullets for the children, which he called trophies from Ukraine (his words, reported in the AP’s narration).",
        "Ivan’s mother gave him her blessing to kill them all; Maxim’s mother said the best way to end the war is to kill the presidents of the U.S. and Ukraine.",
        "Weapons can leave nothing of a body to bring home; Maxim told his mother so many Russian soldiers had died that there was time only to haul away the bodies.",
        "Ivan died: a local paper published his funeral notice.",
    ];

    /// <summary>
    /// The choice, offered with the notice and before any reading: the alternative task, and a pre-reading for it that is
    /// free of graphic material, so that no one has to read the article to find out they would rather not.
    /// </summary>
    public const string AnnounceChoice = "Then offer the choice, before anyone reads: anyone may take the alternative task, without explaining. Whoever takes it reads, instead of the article, the pre-reading for the alternative task, which quotes no line of the article: how the AP obtained and checked the calls, the sections’ context notes that describe no act of violence, and the task itself. Everyone else reads the course reader, the whole article.";

    public const string AnnounceClose = "Name who participants can talk to afterwards, and say that on the day anyone may step out without explaining. Check in privately beforehand with colleagues who may have ties to Ukraine or Russia, as you would with students.";

    /// <summary>The whole notice as running text, as it might go into an email.</summary>
    public static string AnnounceToParticipants =>
        $"{AnnounceIntro} In the calls: {string.Join(' ', AnnounceInTheCalls)} In the AP’s own narration: {string.Join(' ', AnnounceInTheNarration)} {AnnounceChoice} {AnnounceClose}";

    /// <summary>What the pre-reading for the alternative task is, for the participant who reads it.</summary>
    public const string AlternativePreReadingIntro = "For anyone who takes the alternative task: read this instead of the article. It quotes no line of the article and describes no act of violence: how the AP obtained and checked the calls, the context notes of the sections the session reads (those that describe no act of violence and quote nothing), and the task you will work on in the session.";

    /// <summary>The alternative task's opening: who takes it and what it is; <see cref="AdultAlternativePath"/> gives its path through the session.</summary>
    public const string AdultAlternative =
        "A participant who would rather not read the calls drafts the sourcing part of a lesson, from the pre-reading for the alternative task and the talking points on how the calls reached us (neither quotes a graphic line): what a reader can and cannot know from an intercepted, edited and translated call, what would confirm or challenge a soldier’s account, and two questions that would take students there. If two or more take it, they work together. Their path through the session:";

    /// <summary>
    /// The alternative task step by step, one entry for each step of the agenda that it changes, so that no one on it is
    /// left without a task or a check-in; it sends them to no graphic line.
    /// </summary>
    public static readonly IReadOnlyList<(string Step, string What)> AdultAlternativePath =
    [
        ("Welcome and care, Context", "with everyone; the talking points and the three voices quote no graphic line."),
        ("Reading, Climbing the ladder", "the draft, at a table of their own."),
        ("Break", "the facilitator checks in with them privately: how the draft is going, and whether they want to join a later step."),
        ("Testing the fit", "they may join for case 2, a message sent to soldiers before the invasion, which describes no act of violence by the soldiers, though it alleges a genocide; otherwise they finish the draft."),
        ("The sample lesson", "they do the sample section’s opt-out task, from its opt-out sheet, as a student would, and judge it against its rubric: is it of equal worth to the class’s task, and what would make it so?"),
        ("Practice in threes", "they rejoin the group; their group of three takes only sourcing questions, on lines that tell of no killing, and when they lead, they lead one of their own sourcing questions."),
        ("Close", "the facilitator checks in with them again."),
    ];

    /// <summary>Care notes for the classroom that the packet adds to the teacher guides' (which carry each unit's own advisory and opt-out task).</summary>
    public static readonly IReadOnlyList<string> WhenYouTeachIt =
    [
        "Each unit’s teacher guide carries the unit’s advisory, its opt-out task and its agenda; announce the material a day ahead, not a moment before.",
        "Build the discussion norms with the class as a contract; the student versions are in every teacher guide.",
        "For grades 6–8, use the grades 6–8 edition of the unit’s student handout and teacher guide, which the kit prints as well as the grades 9–10 copies: its reading leaves out the most graphic lines and says where.",
        "If a unit mentions soldiers hurting themselves (Leonid · FOUR does), keep it brief and factual, never guess whether a named person did so, and know whom to tell if a student is affected (the school counselor or your safeguarding lead).",
    ];

    /// <summary>Cases where a tag is tempting and contested: the session's core is learning to test fit against the words.</summary>
    public static readonly IReadOnlyList<ContestedCase> ContestedCases =
    [
        new(
            "An excuse for drinking: band wagon, or diffusion of responsibility?",
            "Maxim · THREE",
            [
                new("Maxim’s wife", "“Why? Why are you drinking?”", 313, Voice.Call),
                new("Maxim", "“Everyone is like that here. It’s impossible without it here.”", 315, Voice.Call),
            ],
            "Band wagon (a propaganda device), or diffusion of responsibility (Bandura).",
            ["ipa:band-wagon", "bandura:diffusion-of-responsibility"],
            "Whose message is this, to whom, and what does “everyone” excuse here?",
            [
                "Band wagon urges an audience to join in because everybody does. He is not urging his wife to join anything: “everyone” excuses what he does, it does not recruit her.",
                "Diffusion of responsibility is about responsibility for harm spread so thin that no one feels responsible. Here, what “everyone” excuses is drinking, not harm.",
                "The strongest reading ties it to his next answer, line 321 (“On the contrary, it’s easier to shoot ... civilians.”), where drinking and shooting are joined; with that line, diffusion of responsibility becomes arguable, though what “everyone” excuses is still the drinking. Without it, normalization is a theme, not a mechanism. The “...” in line 321 is the article’s: we cannot tell whether words were cut or he paused.",
            ],
            Core: true),
        new(
            "A message made to persuade: which device, which mechanism?",
            "Ivan · ONE",
            [
                new(null, "Ivan was in Belarus on training when he and his unit got a Telegram message: “Tomorrow you are leaving for Ukraine. There is a genocide of the Russian population. And we have to stop it.”", 161, Voice.Narration),
            ],
            "Card stacking (a propaganda device), or moral justification (Bandura).",
            ["ipa:card-stacking", "bandura:moral-justification"],
            "Who made this message, for whom, and what does it ask its readers to believe and do?",
            [
                "Here the propaganda frame fits: a message sent to soldiers, made to move them, apparently the day before they invade (by its own word, “Tomorrow”). The article quotes it; it does not say who wrote it.",
                "Moral justification fits best: the message gives the invasion a worthy purpose, to stop a genocide, so that what the soldiers are about to do seems right to them.",
                "Card stacking is arguable: the message asserts a claim with no evidence at all, and no evidence supports it (in March 2022 the International Court of Justice said it had none before it). Ask whether one bare falsehood is a stacked deck, or simply a false claim.",
                "Ask what a soldier in Belarus, one day before leaving, could have done to check it, and connect it to the guiding question: a worthy purpose is one way people raised with a sense of right and wrong come to take part in violence.",
            ],
            Core: true),
        new(
            "Card stacking: in a mother’s call, or in its source?",
            "Maxim · TWO",
            [
                new("Maxim’s mother", "“It’s the Americans driving this, of course! Look at their laboratories. They are developing biological weapons. Coronavirus literally started there.”", 292, Voice.Call),
            ],
            "Card stacking (a propaganda device).",
            ["ipa:card-stacking"],
            "Whose message is this, made to persuade whom? Where did it come from, according to the AP?",
            [
                "A propaganda device describes a message made to persuade an audience, and she may be trying to persuade her son (“Look at their laboratories.”). But card stacking is about selection: it selects facts (or falsehoods) for one side, and that selection was made where the message was made. If, as the AP says, she is repeating one, the tag fits that source better than her call.",
                "The AP’s narration says mother and son “recite conspiracy theories pushed by Russian state media”: on the AP’s account, that source made the message and did the selecting, and she passes it on. The call itself does not say where she heard it. Ask where a device was used, and on whom.",
                "A good answer tests the tag, moves it to the source the AP names, and names what it would take to check the claims. The claims are conspiracy theories, in the AP’s words; the leap to a hidden hand is a theme, not one of the seven devices.",
            ]),
        new(
            "Reassurance, or dissonance?",
            "Maxim · THREE",
            [
                new("Maxim", "“Totally normal. On the contrary, it’s easier to shoot ... civilians. Let’s not talk about this. I’ll come back and tell you how it is here and why we drink!”", 321, Voice.Call),
                new("Maxim", "“Everything will be fine. ... I never saw such hell as here. I am f— shocked.”", 325, Voice.Call),
            ],
            "Cognitive dissonance (Festinger), for “Everything will be fine” beside “I never saw such hell”.",
            ["festinger:cognitive-dissonance"],
            "Are these two cognitions held by the same person, and is anything done to reduce a clash?",
            [
                "“Everything will be fine” answers his wife’s “Please, just be careful!”: it is reassurance for her, not a belief of his that clashes with what he sees.",
                "Line 321 is the stronger case: he names the shooting of civilians and at once says “Let’s not talk about this”, which may fit reducing dissonance by avoiding information.",
                "Other readings are open: he may be sparing his wife, or wary of a line that others may hear. Ask what would tell the readings apart.",
                "Plain recall or a mood is not dissonance; listen for colleagues who name both cognitions and the move that eases them.",
            ]),
        new(
            "Two tags at once, and a translation",
            "Ivan · THREE",
            [
                new("Ivan", "“We’re not going anywhere until they clean up all of these pests.”", 225, Voice.Call),
                new("Ivan’s mother", "“Are those bastards getting cleaned up?”", 227, Voice.Call),
            ],
            "Dehumanization, or euphemistic labeling (both Bandura), for Ivan’s line; name calling (a propaganda device) for his mother’s answer.",
            ["bandura:dehumanization", "bandura:euphemistic-labeling", "ipa:name-calling"],
            "Which word does which work, and who does the cleaning up? How much weight can one translated word carry?",
            [
                "Both can fit: “pests” strips people of human qualities (dehumanization); “clean up” sanitizes killing (euphemistic labeling). A line may carry two mechanisms; say which word carries which.",
                "Ivan says they will clean up, not we: the killing is someone else’s work, as in his earlier “until they clean up the whole of Ukraine” (line 217). A colleague may hear displacement or diffusion of responsibility in that “they”; it is arguable, but the grammar may simply say which troops do what, and we read a translation: Russian often names no doer and uses a plural “they” for people in general, and “clean up” may render an army’s own word for clearing an area. Ask what else in the calls would tell the readings apart.",
                "His mother answers with his euphemism and an insult for the same people: “bastards” is a bad label that invites condemnation without evidence, which is what the IPA calls name calling. She is not making a message to persuade anyone, so test whether the device fits a mother’s word to her son, or whether, beside “pests”, it works as dehumanization.",
                "We read a translation: the tag rests on the English words, so hold it a little more loosely and say so to students.",
            ]),
        new(
            "When someone argues the killing was justified",
            "Leonid · THREE",
            [
                new(null, "Leonid tells her that civilians were told to flee or shelter in basements, so anyone who was outside must not be a real civilian.\u202FRussian soldiers had been told, by Putin and others, that they’d be greeted as liberators and that anyone who resisted was a fascist, an insurgent — not a real civilian.", 118, Voice.Narration),
                // The AP's own line between them, printed so the gap is not read as furniture left out (blind reviews 29a, 29b).
                new(null, "This was a whole-of-society war. Mercy was for suckers.", 120, Voice.Narration),
                new("Leonid", "“Mom, there was a battle. And a guy would just pop up, you know? Maybe he would pull out a grenade launcher. ... Or we had a case, a young guy was stopped; they took his cellphone. He had all this information about us in his Telegram messages — where to bomb, how many we were, how many tanks we have. And that’s it.”", 122, Voice.Call),
                new("Leonid’s mother", "“So they knew everything?”", 124, Voice.Call),
                new("Leonid", "“He was shot right there on the spot.”", 126, Voice.Call),
                new("Leonid’s mother", "“Mhm.”", 128, Voice.Call),
                new("Leonid", "“He was 17 years old. And that’s it, right there.”", 130, Voice.Call),
            ],
            "Name calling (a propaganda device) for “a fascist, an insurgent”, the label soldiers had been told, the AP says; arguably attribution of blame (Bandura) for “must not be a real civilian”, Leonid’s reasoning as the AP reports it. The tempting move, for a student: he was a spy, so the killing was justified.",
            ["ipa:name-calling", "bandura:attribution-of-blame"],
            "What had happened to the young man before he was shot? Whose account is this, and what does the law of war say about killing someone held?",
            [
                "Go back to the text: first “a guy” who might “pull out a grenade launcher”; then a young man who “was stopped; they took his cellphone”. A man stopped and stripped of his phone is not a man with a grenade launcher: he was in the soldiers’ hands.",
                "Under the laws of war a detained person may not be killed, whatever was on his phone; even a suspected spy is entitled to a trial. The only account is Leonid’s, and the AP has no evidence of the men’s individual actions beyond what they confess. A reading that calls the shooting justified has to answer that: ask the student to, not shut them down. A tag explains; it does not excuse.",
                "Read the grammar: “they took his cellphone” (they, not we); “He was shot right there on the spot” names no shooter. In Bandura’s terms a sentence with no agent can be euphemistic language, and “they” may be heard as diffusion, arguable as in case 5 (displacement would need words about an order: there are none); but this is a translation, and Russian often leaves the doer unnamed. Do not let the room guess whether Leonid took part.",
                "Testimonial for “by Putin and others” is arguable too: we lack his words to test it.",
            ],
            Core: true),
        new(
            "A son’s words, through his mother, months later",
            "the article’s introduction to Leonid (lines 29–47)",
            [
                new(UnitMaterials.InterviewLabel("Leonid’s mother"), "“No one thought it would be so terrible,” his mother said. “My son just said one thing: ‘My conscience is clear. They opened fire first.’ That’s all.”", 39, Voice.Interview),
                new(UnitMaterials.InterviewLabel("Leonid’s mother"), "She declined to listen to any of the intercepts: “This is absurd,” she said. “Just don’t try to make it look like my child killed innocent people.”", 47, Voice.Interview),
            ],
            "Attribution of blame (Bandura) for “They opened fire first”; avoiding information (Festinger) for her refusal to listen.",
            ["bandura:attribution-of-blame", "festinger:avoiding-information"],
            "Whose words are these, told to whom and when, and what does each tag then describe?",
            [
                "This is not an intercepted call: it is Leonid’s mother, talking to the AP (probably in the January 2023 interview that line 31 dates; the article does not date these lines), reporting what her son told her. The words reach us at two removes, and we do not know when he said them.",
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
