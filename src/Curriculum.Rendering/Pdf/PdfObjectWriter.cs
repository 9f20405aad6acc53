using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using PdfSharp;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Internal;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Security;
using PdfSharp.Pdf.Signatures;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Saves a document as PDFsharp 6.2.4's <c>PdfDocument.Save</c> does (its <c>DoSaveAsync</c>, step by step, in its
/// compact layout), but writes the plain objects itself: PDFsharp's <c>PdfWriter</c> makes a <c>StringBuilder</c>, a
/// string and a byte array for every name it writes, a <c>PdfName</c> for every key and a string for every number and
/// reference, and <c>Save</c> was a third of what a handout allocated. A dictionary or array whose class writes itself
/// as <c>PdfDictionary</c> and <c>PdfArray</c> do (the structure elements, outline items, font programs: most of a
/// document's objects), holding only names, numbers, references, strings, booleans and such dictionaries and arrays,
/// is written here, token by token with PDFsharp's spacing rules; any other object (a page, the catalog, a content
/// stream, anything with a value of another kind) is written by PDFsharp's own <c>WriteObject</c> with PDFsharp's own
/// writer, into the same stream. The file header, the trailer and the end of file are PDFsharp's; the cross-reference
/// table is written here in its fixed layout.
/// <para>
/// Between two objects PDFsharp's writer has always just written a line feed, so its state is the same whichever of
/// the two wrote the object before. A document this does not cover (encrypted, signed, PDF/A, another layout) is
/// saved by <c>Save</c> itself. It reaches PDFsharp's internals through <see cref="UnsafeAccessorAttribute"/> as
/// <see cref="PdfTextOperators"/> does, safe only because PDFsharp is pinned at 6.2.4; <c>PdfSharpShortcutsTests</c>
/// renders the kit with and without it and requires the same bytes. Unlike <c>Save</c> it does not mark the document
/// saved; the writer disposes it straight after.
/// </para>
/// </summary>
internal static class PdfObjectWriter
{
    private const string WriterType = "PdfSharp.Pdf.IO.PdfWriter, PdfSharp";
    private const string IrefTableType = "PdfSharp.Pdf.Advanced.PdfCrossReferenceTable, PdfSharp";
    private const string TrailerType = "PdfSharp.Pdf.Advanced.PdfTrailer, PdfSharp";
    private const string FontTableType = "PdfSharp.Pdf.Advanced.PdfFontTable, PdfSharp";

    /// <summary>Whether a dictionary class leaves writing its entries and its stream to <c>PdfDictionary</c> (neither overridden).</summary>
    private static readonly ConcurrentDictionary<Type, bool> WritesAsBase = new();

    [ThreadStatic]
    private static ObjectBytes? scratch;

    [ThreadStatic]
    private static Reachable? reachable;

    /// <summary>
    /// Saves <paramref name="document"/> into <paramref name="stream"/>: the same bytes as <c>document.Save(stream, false)</c>.
    /// Returns how many objects were written here rather than by PDFsharp.
    /// </summary>
    public static int Save(PdfDocument document, Stream stream)
    {
        if (!Covers(document, stream))
        {
            document.Save(stream, false);
            return 0;
        }

        var trailer = TrailerOf(document);
        trailer.Elements.Remove("/Encrypt");
        PrepareForSave(document);
        var writer = NewWriter(stream, document, null);
        WriteFileHeader(writer, document);
        var references = AllReferences(ObjectTableOf(IrefTableOf(document)));
        var bytes = scratch ??= new ObjectBytes();
        var writtenHere = 0;
        foreach (var reference in references)
        {
            SetPosition(reference, stream.Position);
            var value = reference.Value;
            if (bytes.TryWrite(reference, value, out var streamBytes))
            {
                writtenHere++;
                stream.Write(bytes.Written);
                if (streamBytes is not null)
                {
                    stream.Write(streamBytes);
                    stream.Write("\nendstream\nendobj\n"u8);
                }
            }
            else
            {
                WriteObject(value, writer);
            }
        }

        bytes.Release();
        var startXref = stream.Position;
        WriteCrossReferences(references, stream);
        WriteRaw(writer, "trailer\n");
        trailer.Elements.SetInteger("/Size", references.Length + 1);
        WriteObject(trailer, writer);
        WriteEof(writer, document, startXref);
        stream.Flush();
        if (stream.CanRead && stream.CanSeek)
        {
            stream.Position = 0;
        }

        return writtenHere;
    }

    /// <summary>
    /// <c>PdfDocument.PrepareForSave</c>, step by step: the producer, the fonts, the catalog, the unreachable objects
    /// dropped (<c>PdfCrossReferenceTable.Compact</c>), the objects numbered from 1 (<c>Renumber</c>), the XMP metadata.
    /// The walk for unreachable objects (<see cref="Reachable"/>) and the numbering are this class's own: PDFsharp's
    /// walk asks every dictionary for its values as a new array, and its sort boxes two identifiers a comparison.
    /// </summary>
    private static void PrepareForSave(PdfDocument document)
    {
        var info = document.Info;
        if (info.Elements["/Creator"] is null)
        {
            info.Creator = PdfSharpProductVersionInformation.Producer;
        }

        var producer = info.Producer;
        if (producer.Length == 0)
        {
            producer = PdfSharpProductVersionInformation.Creator;
        }
        else if (!producer.StartsWith(PdfSharpProductVersionInformation.Title, StringComparison.Ordinal))
        {
            producer = $"{PdfSharpProductVersionInformation.Creator} (Original: {producer})";
        }

        info.Elements.SetString("/Producer", producer);
        PrepareFontsForSave(FontTableOf(document));
        var catalog = document.Internals.Catalog;
        PrepareCatalogForSave(catalog);
        var table = IrefTableOf(document);
        (reachable ??= new Reachable()).Compact(TrailerOf(document), table);

        // PdfCrossReferenceTable.Renumber: the objects numbered from 1 in the order of their numbers.
        ref var objects = ref ObjectTableOf(table);
        var all = AllReferences(objects);
        objects.Clear();
        for (var i = 0; i < all.Length; i++)
        {
            all[i].ObjectID = new PdfObjectID(i + 1);
            objects.Add(all[i].ObjectID, all[i]);
        }

        SetMaxObjectNumber(table, all.Length);
        catalog.Elements.SetReference("/Metadata", new PdfMetadata(document));
    }

    /// <summary>
    /// <c>PdfCrossReferenceTable.AllReferences</c>: the table's references in the order of their object numbers (then
    /// generations). PDFsharp's comparer boxes both identifiers at every comparison.
    /// </summary>
    private static PdfReference[] AllReferences(Dictionary<PdfObjectID, PdfReference> objects)
    {
        var all = new PdfReference[objects.Count];
        objects.Values.CopyTo(all, 0);
        Array.Sort(all, static (l, r) => l.ObjectNumber != r.ObjectNumber ? l.ObjectNumber - r.ObjectNumber : l.GenerationNumber - r.GenerationNumber);
        return all;
    }

    /// <summary>
    /// <c>PdfCrossReferenceTable.Compact</c>: keeps in the table only the objects reached from the trailer, found as its
    /// <c>TransitiveClosure</c> finds them (the same references, in the same order), with the sets kept by the thread.
    /// </summary>
    private sealed class Reachable
    {
        private readonly HashSet<PdfReference> found = [];
        private readonly Stack<PdfObject> pending = new();

        public void Compact(PdfDictionary trailer, object table)
        {
            ref var objects = ref ObjectTableOf(table);
            found.Clear();
            pending.Clear();
            Visit(trailer, objects);
            while (pending.TryPop(out var next))
            {
                Visit(next, objects);
            }

            objects.Clear();
            var max = 0;
            foreach (var reference in found)
            {
                if (objects.TryAdd(reference.ObjectID, reference))
                {
                    max = Math.Max(max, reference.ObjectNumber);
                }
            }

            SetMaxObjectNumber(table, max);
            found.Clear();
        }

        private void Visit(PdfObject value, Dictionary<PdfObjectID, PdfReference> objects)
        {
            if (value is PdfDictionary dictionary)
            {
                foreach (var item in EntriesOf(dictionary.Elements).Values)
                {
                    Visit(item, objects);
                }
            }
            else if (value is PdfArray array)
            {
                foreach (var item in ItemsOf(array.Elements))
                {
                    Visit(item, objects);
                }
            }
        }

        private void Visit(PdfItem? item, Dictionary<PdfObjectID, PdfReference> objects)
        {
            if (item is PdfReference reference)
            {
                if (found.Contains(reference) || reference.Document is null)
                {
                    return;
                }

                var value = reference.Value;
                if (value is null)
                {
                    reference = objects[reference.ObjectID];
                    value = reference.Value;
                }

                if (ObjectNumberOf(value) != 0)
                {
                    found.Add(reference);
                }

                if (value is PdfDictionary or PdfArray)
                {
                    pending.Push(value);
                }
            }
            else if (item is PdfDictionary or PdfArray)
            {
                pending.Push((PdfObject)item);
            }
        }
    }

    /// <summary>What <c>Save</c> would do differently from the steps above: anything but a new, unsigned, unencrypted, compact document.</summary>
    private static bool Covers(PdfDocument document, Stream stream) =>
        stream.CanWrite
        && CanModify(document)
        && !document.IsPdfA
        && !document.SecuritySettings.IsEncrypted
        && SignatureHandlerOf(document) is null
        && document.Options.Layout == PdfWriterLayout.Compact
        && document.PageCount > 0
        && TrailerOf(document).GetType().FullName == "PdfSharp.Pdf.Advanced.PdfTrailer"; // not a cross-reference stream

    /// <summary><c>PdfCrossReferenceTable.WriteObject</c>'s lines, without a formatted string for each.</summary>
    private static void WriteCrossReferences(PdfReference[] references, Stream stream)
    {
        Span<byte> line = stackalloc byte[32];
        stream.Write("xref\n0 "u8);
        stream.Write(line[..Format(references.Length + 1, line)]);
        stream.Write("\n0000000000 65535 f \n"u8);
        foreach (var reference in references)
        {
            reference.Position.TryFormat(line, out var n, "0000000000", CultureInfo.InvariantCulture);
            line[n++] = (byte)' ';
            reference.GenerationNumber.TryFormat(line[n..], out var g, "00000", CultureInfo.InvariantCulture);
            n += g;
            " n \n"u8.CopyTo(line[n..]);
            stream.Write(line[..(n + 4)]);
        }
    }

    private static int Format(int value, Span<byte> into)
    {
        value.TryFormat(into, out var written, default, CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>
    /// Whether <paramref name="dictionary"/> is written as <c>PdfDictionary.WriteObject</c> writes it, after doing what its
    /// own <c>WriteObject</c> does first: a content stream sets its <c>/Length</c>, a page its transparency group, the
    /// catalog its page mode, and an outline item with neither parent nor children is not written at all (each, done
    /// twice, changes nothing the second time, so an object left to PDFsharp afterwards comes out the same).
    /// </summary>
    private static bool Prepare(PdfDictionary dictionary, out bool skip)
    {
        skip = false;
        var type = dictionary.GetType();
        if (!WritesAsBase.GetOrAdd(type, static t =>
            Inherited(t, typeof(PdfDictionary), "WriteDictionaryElement") && Inherited(t, typeof(PdfDictionary), "WriteDictionaryStream")))
        {
            return false;
        }

        if (InheritsWriteObject(type, typeof(PdfDictionary)))
        {
            return true;
        }

        switch (dictionary)
        {
            case PdfContent content when type == typeof(PdfContent):
                if (RendererField?.GetValue(content) is not null || content.Owner.Options.CompressContentStreams)
                {
                    return false;
                }

                if (content.Stream is { } stream)
                {
                    content.Elements.SetInteger("/Length", stream.Length);
                }

                return true;
            case PdfPage page when type == typeof(PdfPage):
                if (page.Owner.IsPdfA)
                {
                    return false;
                }

                TransparencyUsed(page) = true;
                if (!page.Elements.ContainsKey("/Group") && page.Owner.Options.ColorMode != PdfColorMode.Undefined)
                {
                    var group = new PdfDictionary();
                    page.Elements["/Group"] = group;
                    group.Elements.SetName("/CS", page.Owner.Options.ColorMode != PdfColorMode.Cmyk ? "/DeviceRGB" : "/DeviceCMYK");
                    group.Elements.SetName("/S", "/Transparency");
                }

                return true;
            case PdfCatalog catalog when type == typeof(PdfCatalog):
                if (OutlineOf(catalog) is { Outlines.Count: > 0 } && catalog.Elements["/PageMode"] is null)
                {
                    SetPageMode(catalog, PdfPageMode.UseOutlines);
                }

                return true;
            case PdfOutline outline when type == typeof(PdfOutline):
                skip = ParentOf(outline) is null && !outline.HasChildren;
                return true;
            default:
                return false;
        }
    }

    private static bool WritesAsArray(Type type) => type == typeof(PdfArray) || InheritsWriteObject(type, typeof(PdfArray));

    /// <summary>PDFsharp's content stream keeps its page's renderer until the page is closed (<see cref="PdfPageContent"/> lets it go).</summary>
    [DynamicDependency("_pdfRenderer", typeof(PdfContent))]
    private static readonly FieldInfo? RendererField = typeof(PdfContent).GetField("_pdfRenderer", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly ConcurrentDictionary<Type, bool> WriteObjectInherited = new();

    /// <summary>Whether <paramref name="type"/> leaves <c>WriteObject</c> to <paramref name="declarer"/> (<c>PdfDictionary</c> or <c>PdfArray</c>).</summary>
    private static bool InheritsWriteObject(Type type, Type declarer) =>
        WriteObjectInherited.GetOrAdd(type, static (t, d) => Inherited(t, d, "WriteObject"), declarer);

    /// <summary>Whether every method of that name <paramref name="type"/> has is declared by <paramref name="declarer"/> (or above it).</summary>
    private static bool Inherited(Type type, Type declarer, string name)
    {
        var methods = type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == name)
            .ToList();
        return methods.Count > 0 && methods.All(m => m.DeclaringType is { } d && d.IsAssignableFrom(declarer));
    }

    /// <summary>One object's bytes as PDFsharp's compact <c>PdfWriter</c> would write them, with its spacing rules.</summary>
    private sealed class ObjectBytes
    {
        /// <summary>A buffer grown past this (a huge object) is let go after the document rather than kept by the thread.</summary>
        private const int MaxKept = 64 * 1024;

        private enum Last
        {
            NewLine,
            Character,
            Delimiter,
        }

        private byte[] buffer = new byte[4096];
        private int length;
        private Last last;

        public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

        public void Release()
        {
            if (buffer.Length > MaxKept)
            {
                buffer = new byte[4096];
            }
        }

        /// <summary>
        /// Writes the indirect object <paramref name="value"/> up to its stream (whose bytes come back in
        /// <paramref name="streamBytes"/>, to be followed by <c>\nendstream\nendobj\n</c>) or to its end; false if it is
        /// not of the kinds covered, and then nothing of it is to be written.
        /// </summary>
        public bool TryWrite(PdfReference reference, PdfObject value, out byte[]? streamBytes)
        {
            streamBytes = null;
            length = 0;
            if (value is PdfDictionary dictionary && Prepare(dictionary, out var skip))
            {
                if (skip)
                {
                    return true;
                }

                Address(reference);
                Raw("<<"u8);
                last = Last.NewLine;
                if (!Entries(dictionary))
                {
                    return false;
                }

                if (dictionary.Stream is { } stream)
                {
                    Raw(">>\nstream\n"u8);
                    streamBytes = stream.Value;
                    return true;
                }

                Raw(">>\nendobj\n"u8);
                return true;
            }

            if (value is PdfArray array && WritesAsArray(array.GetType()))
            {
                Address(reference);
                Raw("["u8);
                last = Last.NewLine;
                if (!Items(array))
                {
                    return false;
                }

                Raw("]\nendobj\n"u8);
                return true;
            }

            return false;
        }

        private void Address(PdfReference reference)
        {
            Number(reference.ObjectNumber);
            Raw(" "u8);
            Number(reference.GenerationNumber);
            Raw(" obj\n"u8);
        }

        private bool Entries(PdfDictionary dictionary)
        {
            foreach (var (key, item) in EntriesOf(dictionary.Elements))
            {
                if (!Name(key) || item is null || !Item(item))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Items(PdfArray array)
        {
            var items = ItemsOf(array.Elements);
            for (var i = 0; i < items.Count; i++)
            {
                if (!Item(items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A direct value, as its <c>WriteObject</c> writes it.</summary>
        private bool Item(PdfItem item)
        {
            switch (item)
            {
                case PdfName name:
                    return Name(name.Value);
                case PdfInteger integer:
                    Separate();
                    Number(integer.Value);
                    last = Last.Character;
                    return true;
                case PdfReference reference:
                    Separate();
                    Number(reference.ObjectNumber);
                    Raw(" "u8);
                    Number(reference.GenerationNumber);
                    Raw(" R"u8);
                    last = Last.Character;
                    return true;
                case PdfBoolean boolean:
                    Separate();
                    Raw(boolean.Value ? "true"u8 : "false"u8);
                    last = Last.Character;
                    return true;
                case PdfReal real:
                    Separate();
                    Decimal(real.Value, "0.#######");
                    last = Last.Character;
                    return true;
                case PdfString text:
                    Chars(text.HexLiteral
                        ? PdfEncoders.ToHexStringLiteral(text.Value, text.Encoding, null)
                        : PdfEncoders.ToStringLiteral(text.Value, text.Encoding, null));
                    last = Last.Delimiter;
                    return true;
                case PdfRectangle rectangle:
                    // "[{0:0.###} {1:0.###} {2:0.###} {3:0.###}]", as PdfWriter.Write(PdfRectangle) formats it.
                    Raw("["u8);
                    Decimal(rectangle.X1, "0.###");
                    Raw(" "u8);
                    Decimal(rectangle.Y1, "0.###");
                    Raw(" "u8);
                    Decimal(rectangle.X2, "0.###");
                    Raw(" "u8);
                    Decimal(rectangle.Y2, "0.###");
                    Raw("]"u8);
                    last = Last.Delimiter;
                    return true;
                case PdfLiteral { Value: { Length: > 0 } literal }:
                    if (Category(literal[0]) == Last.Character)
                    {
                        Separate();
                    }

                    Chars(literal);
                    last = Category(literal[^1]);
                    return true;
                case PdfNull:
                    Raw(" null "u8);
                    last = Last.Character;
                    return true;
                case PdfContents { IsIndirect: false, Elements.Count: 1 } contents when contents.GetType() == typeof(PdfContents):
                    // PdfContents.WriteObject writes a page's only content stream as itself, not as an array of one.
                    return Item(contents.Elements[0]);
                case PdfContents { IsIndirect: false } contents when contents.GetType() == typeof(PdfContents):
                    return DirectArray(contents);
                case PdfArray array when !array.IsIndirect && WritesAsArray(array.GetType()):
                    return DirectArray(array);
                case PdfDictionary dictionary when !dictionary.IsIndirect && dictionary.Stream is null && Prepare(dictionary, out var skip) && !skip:
                    Raw("<<"u8);
                    last = Last.Delimiter;
                    if (!Entries(dictionary))
                    {
                        return false;
                    }

                    Raw(">>"u8);
                    last = Last.Delimiter;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A direct array.</summary>
        private bool DirectArray(PdfArray array)
        {
            Raw("["u8);
            last = Last.Delimiter;
            if (!Items(array))
            {
                return false;
            }

            Raw("]"u8);
            last = Last.Delimiter;
            return true;
        }

        /// <summary><c>PdfWriter.Write(PdfName)</c>: the slash, then each character as it is or as <c>#XX</c>; not a name with characters past <c>~</c>.</summary>
        private bool Name(string name)
        {
            Ensure(1 + (3 * name.Length));
            buffer[length++] = (byte)'/';
            for (var i = 1; i < name.Length; i++)
            {
                var c = name[i];
                if (c > '~')
                {
                    // PDFsharp writes such a name as UTF-8 first; left to it.
                    return false;
                }

                if (c > ' ' && c is not ('#' or '%' or '(' or ')' or '/' or '<' or '>' or '[' or ']' or '{' or '}'))
                {
                    buffer[length++] = (byte)c;
                    continue;
                }

                buffer[length++] = (byte)'#';
                buffer[length++] = (byte)"0123456789ABCDEF"[c >> 4];
                buffer[length++] = (byte)"0123456789ABCDEF"[c & 0xF];
            }

            last = Last.Character;
            return true;
        }

        /// <summary>A space between two tokens that would otherwise run together.</summary>
        private void Separate()
        {
            if (last == Last.Character)
            {
                Raw(" "u8);
            }
        }

        /// <summary>What <c>PdfWriter.GetCategory</c> says a character is.</summary>
        private static Last Category(char c) => c switch
        {
            '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' => Last.Delimiter,
            '\n' => Last.NewLine,
            _ => Last.Character,
        };

        private void Decimal(double value, string format)
        {
            Ensure(64);
            if (!value.TryFormat(buffer.AsSpan(length), out var written, format, CultureInfo.InvariantCulture))
            {
                Chars(value.ToString(format, CultureInfo.InvariantCulture));
                return;
            }

            length += written;
        }

        private void Number(int value)
        {
            Ensure(11);
            value.TryFormat(buffer.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        private void Raw(ReadOnlySpan<byte> bytes)
        {
            Ensure(bytes.Length);
            bytes.CopyTo(buffer.AsSpan(length));
            length += bytes.Length;
        }

        /// <summary>Each character's low byte, as PDFsharp's raw encoding writes it.</summary>
        private void Chars(string text)
        {
            Ensure(text.Length);
            foreach (var c in text)
            {
                buffer[length++] = (byte)c;
            }
        }

        private void Ensure(int more)
        {
            if (length + more > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + more));
            }
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_elements")]
    private static extern ref Dictionary<string, PdfItem?> EntriesOf(PdfDictionary.DictionaryElements elements);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_elements")]
    private static extern ref List<PdfItem> ItemsOf(PdfArray.ArrayElements elements);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "TransparencyUsed")]
    private static extern ref bool TransparencyUsed(PdfPage page);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_PageMode")]
    private static extern void SetPageMode(PdfCatalog catalog, PdfPageMode mode);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_outline")]
    private static extern ref PdfOutline? OutlineOf(PdfCatalog catalog);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_parent")]
    private static extern ref PdfOutline? ParentOf(PdfOutline outline);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CanModify")]
    private static extern bool CanModify(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_digitalSignatureHandler")]
    private static extern ref DigitalSignatureHandler? SignatureHandlerOf(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Trailer")]
    [return: UnsafeAccessorType(TrailerType)]
    private static extern object TrailerObjectOf(PdfDocument document);

    private static PdfDictionary TrailerOf(PdfDocument document) => (PdfDictionary)TrailerObjectOf(document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FontTable")]
    [return: UnsafeAccessorType(FontTableType)]
    private static extern object FontTableOf(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    private static extern void PrepareFontsForSave([UnsafeAccessorType(FontTableType)] object fonts);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    private static extern void PrepareCatalogForSave(PdfCatalog catalog);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_objectTable")]
    private static extern ref Dictionary<PdfObjectID, PdfReference> ObjectTableOf([UnsafeAccessorType(IrefTableType)] object table);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_MaxObjectNumber")]
    private static extern void SetMaxObjectNumber([UnsafeAccessorType(IrefTableType)] object table, int number);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ObjectNumber")]
    private static extern int ObjectNumberOf(PdfObject value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_IrefTable")]
    [return: UnsafeAccessorType(IrefTableType)]
    private static extern object IrefTableOf(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Position")]
    private static extern void SetPosition(PdfReference reference, long position);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    [return: UnsafeAccessorType(WriterType)]
    private static extern object NewWriter(Stream stream, PdfDocument document, PdfStandardSecurityHandler? securityHandler);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteFileHeader")]
    private static extern void WriteFileHeader([UnsafeAccessorType(WriterType)] object writer, PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteRaw")]
    private static extern void WriteRaw([UnsafeAccessorType(WriterType)] object writer, string text);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteEof")]
    private static extern void WriteEof([UnsafeAccessorType(WriterType)] object writer, PdfDocument document, long startXref);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "WriteObject")]
    private static extern void WriteObject(PdfItem item, [UnsafeAccessorType(WriterType)] object writer);
}
