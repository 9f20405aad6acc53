using System.Collections.Frozen;

namespace Curriculum.Core.Teaching;

/// <summary>Paper a document is laid out for. Letter is the default (the kit aims at US classrooms).</summary>
public enum Paper
{
    Letter,
    A4,
}

/// <summary>The file formats a document is rendered to.</summary>
public enum OutputFormat
{
    Pdf,
    Docx,
    Html,
}

/// <summary>How a document is set: the words of the article stay verbatim in every edition.</summary>
public enum Edition
{
    Standard,

    /// <summary>British Dyslexia Association style: a sans face (Andika), 1.5 line spacing, left-aligned, no italics.</summary>
    EasyRead,

    /// <summary>Body text at least 18 pt.</summary>
    LargePrint,
}

/// <summary>
/// One kind of document the kit makes: its id on the command line and the wire, its label, and the stem of its file
/// names. A new kind is one entry in <see cref="DocumentKinds.All"/> (and its composer in Rendering's registry).
/// </summary>
public sealed record DocumentKind(string Id, string Label, string FileStem, bool OnePerUnit)
{
    public override string ToString() => Id;
}

/// <summary>The registry of document kinds.</summary>
public static class DocumentKinds
{
    public static readonly DocumentKind Student = new("student", "Student handout", "student-handout", OnePerUnit: true);
    public static readonly DocumentKind Teacher = new("teacher", "Teacher guide", "teacher-guide", OnePerUnit: true);
    public static readonly DocumentKind Packet = new("packet", "Workshop packet", "workshop-packet", OnePerUnit: false);
    public static readonly DocumentKind Reader = new("reader", "Course reader", "course-reader", OnePerUnit: false);

    public static readonly IReadOnlyList<DocumentKind> All = [Student, Teacher, Packet, Reader];

    private static readonly FrozenDictionary<string, DocumentKind> ById =
        All.ToFrozenDictionary(k => k.Id, StringComparer.OrdinalIgnoreCase);

    public static DocumentKind? Find(string? id) => id is not null && ById.TryGetValue(id.Trim(), out var kind) ? kind : null;
}

/// <summary>
/// Parses the kit's closed vocabularies at the edge (CLI options, request bodies), case-insensitively, with one
/// message shape for a value that is not one of them. Past the edge, values are typed and never compared as strings.
/// </summary>
public static class Choices
{
    public static readonly IReadOnlyList<string> Papers = ["letter", "a4"];
    public static readonly IReadOnlyList<string> Formats = ["pdf", "docx", "html"];

    public static string Id(Paper paper) => paper == Paper.A4 ? "a4" : "letter";

    public static string Id(OutputFormat format) => format.ToString().ToLowerInvariant();

    public static string Extension(OutputFormat format) => "." + Id(format);

    public static string MediaType(OutputFormat format) => format switch
    {
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/html; charset=utf-8",
    };

    public static bool TryPaper(string? text, out Paper paper)
    {
        paper = Paper.Letter;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "letter":
                return true;
            case "a4":
                paper = Paper.A4;
                return true;
            default:
                return false;
        }
    }

    public static bool TryFormat(string? text, out OutputFormat format)
    {
        format = OutputFormat.Pdf;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "pdf":
                return true;
            case "docx":
                format = OutputFormat.Docx;
                return true;
            case "html":
                format = OutputFormat.Html;
                return true;
            default:
                return false;
        }
    }

    /// <summary>"unknown paper 'b5'; papers are: letter, a4."</summary>
    public static string Unknown(string what, string plural, string? given, IEnumerable<string> valid) =>
        $"unknown {what} '{given}'; {plural} are: {string.Join(", ", valid)}.";
}
