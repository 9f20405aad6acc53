using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Curriculum.Core.Prompts;

/// <summary>
/// Reads a facilitator's folder of template files as untrusted input: only regular files that really live inside the
/// folder, opened so that nothing can make the read block (a FIFO) or run on (a device), and never more than the
/// cap, whatever the file system says its length is.
/// </summary>
internal static partial class TemplateFolder
{
    /// <summary>One <c>*.yaml</c> entry of the folder: its text, or why it was not read (never its content).</summary>
    public sealed record Entry(string File, byte[]? Bytes, string? Refusal);

    public static IReadOnlyList<string> Candidates(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(f => !IsPlainDirectory(f))
            .Order(StringComparer.Ordinal)];

    /// <summary>Reads at most <paramref name="cap"/> + 1 bytes of <paramref name="file"/>, or says why it will not.</summary>
    public static Entry Read(string folder, string file, int cap) =>
        OperatingSystem.IsLinux() ? ReadOnLinux(folder, file, cap) : ReadPortably(folder, file, cap);

    private static bool IsPlainDirectory(string path) =>
        File.GetAttributes(path) is var a && a.HasFlag(FileAttributes.Directory) && !a.HasFlag(FileAttributes.ReparsePoint);

    private const string OutsideFolder = "not read: it is a link to a file outside the folder; copy the template into the folder instead";
    private const string NotRegular = "not read: it is not a regular file (a device, a FIFO, a socket or a folder), so it cannot be a template";

    private static Entry ReadOnLinux(string folder, string file, int cap)
    {
        // Resolve every link on the way, then insist the result is still inside the folder (itself resolved).
        var root = Native.RealPath(folder);
        var real = Native.RealPath(file);
        if (root is null || real is null)
        {
            return new Entry(file, null, real is null ? "not read: it is a link that leads nowhere" : "not read: the folder cannot be resolved");
        }

        if (!real.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return new Entry(file, null, OutsideFolder);
        }

        // lstat before opening: a FIFO would block open(), a device would never end.
        if (Native.LStatMode(real) is not { } mode || (mode & Native.TypeMask) != Native.Regular)
        {
            return new Entry(file, null, NotRegular);
        }

        // O_NONBLOCK: should the file be swapped for a FIFO after the check, open() still returns at once.
        using var handle = Native.OpenForReading(real);
        if (handle is null)
        {
            return new Entry(file, null, "not read: it could not be opened (is it readable?)");
        }

        if (Native.FStatMode(handle) is not { } opened || (opened & Native.TypeMask) != Native.Regular)
        {
            return new Entry(file, null, NotRegular);
        }

        var buffer = new byte[cap + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
        {
            total += read;
        }

        return new Entry(file, buffer[..total], null);
    }

    /// <summary>Elsewhere (Windows has no FIFOs or device files in a folder): refuse links out of the folder and non-files.</summary>
    private static Entry ReadPortably(string folder, string file, int cap)
    {
        var info = new FileInfo(file);
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return new Entry(file, null, OutsideFolder);
            }

            info = new FileInfo(target.FullName);
        }

        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.Device) || info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return new Entry(file, null, NotRegular);
        }

        using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return new Entry(file, ReadCapped(stream, cap), null);
    }

    /// <summary>At most cap + 1 bytes: enough to tell "too big" without trusting any length the file reports.</summary>
    private static byte[] ReadCapped(Stream stream, int cap)
    {
        var buffer = new byte[cap + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    /// <summary>Strict UTF-8 (a byte order mark allowed), or null: a file that is not text is not a template.</summary>
    public static string? Utf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The few POSIX calls .NET does not expose: lstat/fstat's file type, realpath, and a non-blocking open.</summary>
    private static partial class Native
    {
        public const int TypeMask = 0xF000;
        public const int Regular = 0x8000;

        // The runtime's own shim keeps one FileStatus layout on every Unix; Mode is its second field. Sized generously.
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        private struct FileStatus
        {
            public int Flags;
            public int Mode;
        }

        [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
        private static partial int LStat(string path, out FileStatus status);

        [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_FStat")]
        private static partial int FStat(SafeFileHandle handle, out FileStatus status);

        [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
        private static partial IntPtr RealPathNative(string path, IntPtr resolved);

        [LibraryImport("libc", EntryPoint = "free")]
        private static partial void Free(IntPtr pointer);

        [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        private static partial int Open(string path, int flags);

        // Linux values (the same on x86-64 and arm64): O_RDONLY | O_NONBLOCK | O_CLOEXEC.
        private const int ReadNonBlocking = 0x0 | 0x800 | 0x80000;

        public static int? LStatMode(string path) => LStat(path, out var status) == 0 ? status.Mode : null;

        public static int? FStatMode(SafeFileHandle handle) => FStat(handle, out var status) == 0 ? status.Mode : null;

        public static string? RealPath(string path)
        {
            var resolved = RealPathNative(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                Free(resolved);
            }
        }

        public static SafeFileHandle? OpenForReading(string path)
        {
            var fd = Open(path, ReadNonBlocking);
            return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
        }
    }
}
