using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Lms;

/// <summary>The LMS package formats: an IMS Common Cartridge 1.3 course, or Moodle GIFT questions.</summary>
public enum LmsFormat
{
    CommonCartridge,
    Gift,
}

/// <summary>An export ready to save or send: its file name, media type and bytes.</summary>
public sealed record LmsPackage(string FileName, string MediaType, byte[] Bytes);

/// <summary>
/// Builds what a school's LMS imports, from the same sets and documents as the handouts: per unit, the reading as a
/// web page, a discussion topic per prompt, the student handout as PDF and Word, and the teacher guide for
/// instructors only (Common Cartridge); or every prompt as an essay question (GIFT).
/// </summary>
public sealed class LmsExport(HandoutRenderer renderer)
{
    public static readonly IReadOnlyList<string> Ids = ["cc", "gift"];

    public static bool TryParse(string? text, out LmsFormat format)
    {
        format = LmsFormat.CommonCartridge;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "cc" or "imscc" or "common-cartridge":
                return true;
            case "gift":
                format = LmsFormat.Gift;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The package for <paramref name="units"/>; <paramref name="setFor"/> makes the discussion set of one unit.</summary>
    public LmsPackage Export(LmsFormat format, IReadOnlyList<string> units, Func<IReadOnlyList<string>, DiscussionSet> setFor, HandoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(setFor);
        var stem = "curriculum-" + (units.Count <= 3 ? string.Join("-", units) : $"{units.Count}-units");
        if (format == LmsFormat.Gift)
        {
            var text = GiftExport.Write([.. units.Select(u => setFor([u]))]);
            return new LmsPackage(stem + ".gift.txt", "text/plain; charset=utf-8", new System.Text.UTF8Encoding(false).GetBytes(text));
        }

        var modules = units.Select(unit =>
        {
            var set = setFor([unit]);
            var title = set.Units[0].Title;
            RenderedDocument Doc(DocumentKind kind, OutputFormat output) => renderer.Render(set, kind, options, output);
            var reading = Doc(DocumentKinds.Reader, OutputFormat.Html);
            var handoutPdf = Doc(DocumentKinds.Student, OutputFormat.Pdf);
            var handoutDocx = Doc(DocumentKinds.Student, OutputFormat.Docx);
            var guide = Doc(DocumentKinds.Teacher, OutputFormat.Pdf);
            var guideDocx = Doc(DocumentKinds.Teacher, OutputFormat.Docx);
            return new CartridgeModule(
                unit,
                title,
                new CartridgeFile("reading.html", "The reading", reading.Bytes),
                CommonCartridge.Topics(set, unit),
                [
                    new CartridgeFile(handoutPdf.FileName, "Student handout (PDF, to print)", handoutPdf.Bytes),
                    new CartridgeFile(handoutDocx.FileName, "Student handout (Word, to edit)", handoutDocx.Bytes),
                    new CartridgeFile(guide.FileName, "Teacher guide (PDF, instructors only)", guide.Bytes, ForInstructors: true),
                    new CartridgeFile(guideDocx.FileName, "Teacher guide (Word, instructors only)", guideDocx.Bytes, ForInstructors: true),
                ]);
        }).ToList();
        var bytes = CommonCartridge.Write("“Never saw such hell”: lesson units from the AP's intercepted calls", modules);
        return new LmsPackage(stem + ".imscc", CommonCartridge.MediaType, bytes);
    }
}
