using System.Globalization;
using Curriculum.Rendering.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// The logical structure of one PDF in the making (PDF/UA-1): structure elements in the order the layout first
/// enters them, the marked-content ids each page gives them, link annotations, and outline entries. The layout splits
/// an element across pages by drawing it once per page; every visit re-enters the same structure element (found by
/// the layout element's identity), so a paragraph on two pages is one P with marked content on each.
/// Built with PDFsharp's object API once the pages are drawn (<see cref="WriteTo"/>), because PDFsharp's
/// UniversalAccessibility builder expects each element to open and close on one page.
/// </summary>
internal sealed class PdfTagTree
{
    internal sealed class Node(StructureRole role, Node? parent, string? altText)
    {
        public StructureRole Role { get; } = role;
        public Node? Parent { get; } = parent;
        public string? AltText { get; } = altText;

        /// <summary><see cref="Node"/>, <see cref="MarkedContent"/> or <see cref="Annotation"/>, in reading order.</summary>
        public List<object> Kids { get; } = [];
    }

    private sealed record MarkedContent(int Page, int Mcid);

    private sealed record Annotation(int Page, PdfAnnotation Link, int StructParent);

    private sealed record Bookmark(string Title, int Level, int Page, double Y);

    private readonly Dictionary<object, Node> nodes = new(ReferenceEqualityComparer.Instance);
    private readonly List<List<Node>> mcidOwners = [];
    private readonly List<Bookmark> bookmarks = [];
    private readonly List<(Annotation Link, Node Owner)> links = [];

    private int notes;

    public Node Root { get; } = new(StructureRole.Document, null, null);

    /// <summary>The structure element for <paramref name="identity"/>, created under <paramref name="parent"/> on first entry.</summary>
    public Node Enter(StructureRole role, object identity, Node? parent, string? altText)
    {
        // A layout element is numbered in its document (its state slot): found by number, not by hashing its identity.
        var slot = identity is Element { StateSlot: >= 0 } element ? element.StateSlot : -1;
        if (slot >= 0)
        {
            if (slot < bySlot.Length && bySlot[slot].Node is { } numbered && ReferenceEquals(bySlot[slot].Identity, identity))
            {
                return numbered;
            }
        }
        else if (nodes.TryGetValue(identity, out var known))
        {
            return known;
        }

        var found = Create(role, parent, altText);
        if (slot >= 0)
        {
            if (slot >= bySlot.Length)
            {
                Array.Resize(ref bySlot, Math.Max(bySlot.Length * 2, slot + 1));
            }

            bySlot[slot] = (found, identity);
        }
        else
        {
            nodes[identity] = found;
        }

        return found;
    }

    /// <summary>
    /// Nodes by their layout element's state slot, with the element each was made for. A document numbers a thousand
    /// or more elements, and growing this table for each document allocated it twice over, so the thread lends one
    /// (<see cref="WriteTo"/> gives it back, emptied).
    /// </summary>
    private (Node? Node, object? Identity)[] bySlot = TakeSpareSlots();

    [ThreadStatic]
    private static (Node? Node, object? Identity)[]? spareSlots;

    /// <summary>A table grown past this (a long document) is let go rather than kept by the thread.</summary>
    private const int MaxSpareSlots = 16 * 1024;

    private static (Node? Node, object? Identity)[] TakeSpareSlots()
    {
        var slots = spareSlots ?? new (Node?, object?)[1024];
        spareSlots = null;
        return slots;
    }

    private void GiveBackSlots()
    {
        var slots = bySlot;
        bySlot = [];
        if (slots.Length <= MaxSpareSlots)
        {
            Array.Clear(slots);
            spareSlots = slots;
        }
    }

    private Node Create(StructureRole role, Node? parent, string? altText)
    {
        parent ??= Root;
        // The document root is implicit (every section's Document is the one root), and a table element inside a
        // block tagged Table is that same table.
        if ((role == StructureRole.Document && parent == Root)
            || (role == StructureRole.Table && parent.Role == StructureRole.Table && parent.Kids.Count == 0))
        {
            return parent;
        }

        var node = new Node(role, parent, altText);
        parent.Kids.Add(node);
        return node;
    }

    /// <summary>A new marked-content id on page <paramref name="page"/> (0-based), belonging to <paramref name="owner"/>.</summary>
    public int NewMarkedContent(Node owner, int page)
    {
        while (mcidOwners.Count <= page)
        {
            mcidOwners.Add([]);
        }

        var owners = mcidOwners[page];
        owners.Add(owner);
        owner.Kids.Add(new MarkedContent(page, owners.Count - 1));
        return owners.Count - 1;
    }

    public void AddLink(Node owner, int page, PdfAnnotation link)
    {
        var annotation = new Annotation(page, link, -1);
        owner.Kids.Add(annotation);
        links.Add((annotation, owner));
    }

    public void AddBookmark(string title, int level, int page, double y) => bookmarks.Add(new Bookmark(title, level, page, y));

    /// <summary>Writes the structure tree, the catalog's accessibility entries and the outline into <paramref name="pdf"/>.</summary>
    public void WriteTo(PdfDocument pdf)
    {
        // The layout is over: nothing is entered any more.
        GiveBackSlots();
        var pages = pdf.Pages;
        var references = new Dictionary<Node, PdfDictionary>();
        var structRoot = new PdfDictionary(pdf);
        pdf.Internals.AddObject(structRoot);
        structRoot.Elements.SetName("/Type", "/StructTreeRoot");

        var rootElement = Write(pdf, Root, structRoot, references);
        structRoot.Elements["/K"] = rootElement.Reference;

        // Page i's /StructParents is i: the parent tree maps it to the owners of its MCIDs, in MCID order. Link
        // annotations follow, one key each.
        var nums = new PdfArray(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Elements.SetInteger("/StructParents", i);
            pages[i].Elements.SetName("/Tabs", "/S");
            var owners = new PdfArray(pdf);
            foreach (var owner in i < mcidOwners.Count ? mcidOwners[i] : [])
            {
                owners.Elements.Add(references[owner].Reference!);
            }

            nums.Elements.Add(new PdfInteger(i));
            nums.Elements.Add(owners);
        }

        for (var l = 0; l < links.Count; l++)
        {
            var key = pages.Count + l;
            links[l].Link.Link.Elements.SetInteger("/StructParent", key);
            nums.Elements.Add(new PdfInteger(key));
            nums.Elements.Add(references[links[l].Owner].Reference!);
        }

        var parentTree = new PdfDictionary(pdf);
        parentTree.Elements["/Nums"] = nums;
        structRoot.Elements["/ParentTree"] = parentTree;
        structRoot.Elements.SetInteger("/ParentTreeNextKey", pages.Count + links.Count);

        var catalog = pdf.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = structRoot.Reference;
        var markInfo = new PdfDictionary(pdf);
        markInfo.Elements.SetBoolean("/Marked", true);
        catalog.Elements["/MarkInfo"] = markInfo;
        pdf.ViewerPreferences.DisplayDocTitle = true;

        WriteOutline(pdf);
    }

    private PdfDictionary Write(PdfDocument pdf, Node node, PdfDictionary parent, Dictionary<Node, PdfDictionary> references)
    {
        var element = new PdfDictionary(pdf);
        pdf.Internals.AddObject(element);
        references[node] = element;
        element.Elements["/Type"] = StructElemName;
        element.Elements["/S"] = RoleNames.TryGetValue(node.Role, out var roleName) ? roleName : new PdfName(TagName(node.Role));
        element.Elements["/P"] = parent.Reference;
        if (node.AltText is not null)
        {
            element.Elements.SetString("/Alt", node.AltText);
        }

        if (node.Role == StructureRole.Note)
        {
            // PDF/UA-1 (7.9): every Note has an ID, unique in the document.
            element.Elements.SetString("/ID", string.Create(CultureInfo.InvariantCulture, $"note-{++notes}"));
        }

        if (node.Role == StructureRole.TH)
        {
            var attributes = new PdfDictionary(pdf);
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", "/Column");
            element.Elements["/A"] = attributes;
        }

        // The element's page is that of its first marked content: MCIDs on it are plain integers, others MCR
        // dictionaries (ISO 32000-1, 14.7.4.2), which keeps the tree small.
        var home = HomePage(node);
        if (home >= 0)
        {
            element.Elements["/Pg"] = pdf.Pages[home].Reference;
        }

        var kids = new PdfArray(pdf);
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case Node child:
                    kids.Elements.Add(Write(pdf, child, element, references).Reference!);
                    break;
                case MarkedContent mc when mc.Page == home:
                    kids.Elements.Add(mc.Mcid < SmallIntegers.Length ? SmallIntegers[mc.Mcid] : new PdfInteger(mc.Mcid));
                    break;
                case MarkedContent mc:
                    var mcr = new PdfDictionary(pdf);
                    mcr.Elements.SetName("/Type", "/MCR");
                    mcr.Elements["/Pg"] = pdf.Pages[mc.Page].Reference;
                    mcr.Elements.SetInteger("/MCID", mc.Mcid);
                    kids.Elements.Add(mcr);
                    break;
                case Annotation a:
                    var objr = new PdfDictionary(pdf);
                    objr.Elements.SetName("/Type", "/OBJR");
                    objr.Elements["/Pg"] = pdf.Pages[a.Page].Reference;
                    objr.Elements["/Obj"] = a.Link.Reference;
                    kids.Elements.Add(objr);
                    break;
            }
        }

        element.Elements["/K"] = kids;
        return element;
    }

    /// <summary>Outline entries nest by level: a level-2 entry goes under the last level-1 entry before it.</summary>
    private void WriteOutline(PdfDocument pdf)
    {
        var open = new List<(int Level, PdfOutline Outline)>();
        foreach (var bookmark in bookmarks)
        {
            var page = pdf.Pages[bookmark.Page];
            var outline = new PdfOutline(bookmark.Title, page, true)
            {
                PageDestinationType = PdfPageDestinationType.Xyz,
                Left = 0,
                Top = Math.Round(page.Height.Point - bookmark.Y, 2),
            };
            while (open.Count > 0 && open[^1].Level >= bookmark.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            (open.Count == 0 ? pdf.Outlines : open[^1].Outline.Outlines).Add(outline);
            open.Add((bookmark.Level, outline));
        }

        if (bookmarks.Count > 0)
        {
            pdf.PageMode = PdfPageMode.UseOutlines;
        }
    }

    /// <summary>The page of a node's first marked content, or -1.</summary>
    private static int HomePage(Node node)
    {
        foreach (var kid in node.Kids)
        {
            if (kid is MarkedContent mc)
            {
                return mc.Page;
            }
        }

        return -1;
    }

    private static readonly Dictionary<StructureRole, string> TagNames =
        Enum.GetValues<StructureRole>().ToDictionary(role => role, role => "/" + role.ToString());

    // Names and numbers are values without an owner, never changed once made: every structure element of every
    // document can hold the same ones instead of a new one each (a handout has about 150 elements).
    private static readonly PdfName StructElemName = new("/StructElem");

    private static readonly Dictionary<StructureRole, PdfName> RoleNames = TagNames.ToDictionary(t => t.Key, t => new PdfName(t.Value));

    /// <summary>The marked-content identifiers a page numbers from 0 (a handout's pages have a few dozen).</summary>
    private static readonly PdfInteger[] SmallIntegers = [.. Enumerable.Range(0, 256).Select(i => new PdfInteger(i))];

    /// <summary>A marked-content tag name for a role, e.g. <c>/H1</c> (made once per role).</summary>
    public static string TagName(StructureRole role) => TagNames.TryGetValue(role, out var name) ? name : "/" + role.ToString();

    /// <summary>The same without the slash (the enum's own name, not allocated afresh).</summary>
    public static string TagNameWithoutSlash(StructureRole role) => role.ToString();

    public static string McidProperties(int mcid) => string.Create(CultureInfo.InvariantCulture, $"<</MCID {mcid}>>");
}
