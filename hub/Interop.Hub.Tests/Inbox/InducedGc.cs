using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// Forces a full blocking garbage collection in another .NET process from outside, as dotnet-gcdump
/// does: an EventPipe session with the runtime provider's GCHeapCollect keyword, opened and closed over
/// the process's diagnostics socket (the documented diagnostics IPC protocol of dotnet/diagnostics).
/// Used to read a child hub's resident memory without the garbage its last requests left behind.
/// </summary>
internal static class InducedGc
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const ulong GcHeapCollectKeyword = 0x800000;
    private const byte EventPipeCommands = 0x02;
    private const byte StopTracing = 0x01;
    private const byte CollectTracing2 = 0x03;
    private const byte ServerResponse = 0xFF;
    private const byte Ok = 0x00;
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("DOTNET_IPC_V1\0");

    public static async Task CollectAsync(int processId)
    {
        // A killed process leaves its socket behind, and process ids are reused: the newest is this one's.
        var socketPath = Directory.GetFiles(Path.GetTempPath(), $"dotnet-diagnostic-{processId}-*-socket").MaxBy(File.GetLastWriteTimeUtc)
            ?? throw new InvalidOperationException($"process {processId} has no diagnostics socket in {Path.GetTempPath()}");
        using var session = await ConnectAsync(socketPath);
        var collect = new MemoryStream();
        using (var writer = new BinaryWriter(collect))
        {
            writer.Write(16u);          // circular buffer, MB
            writer.Write(1u);           // format: nettrace
            writer.Write((byte)0);      // no rundown
            writer.Write(1u);           // one provider
            writer.Write(GcHeapCollectKeyword);
            writer.Write(4u);           // level: informational
            WriteString(writer, RuntimeProvider);
            writer.Write(0u);           // no filter data
        }

        var sessionId = await CallAsync(session, CollectTracing2, collect.ToArray());
        // The runtime streams the trace on the session's socket until the session stops: drain it.
        var draining = DrainAsync(session);
        using (var stop = await ConnectAsync(socketPath))
        {
            await CallAsync(stop, StopTracing, sessionId);
        }

        await draining.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task<Socket> ConnectAsync(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    // Sends one EventPipe command and answers the payload of its OK response (a session id).
    private static async Task<byte[]> CallAsync(Socket socket, byte command, byte[] payload)
    {
        var header = new byte[20];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(14), (ushort)(header.Length + payload.Length));
        header[16] = EventPipeCommands;
        header[17] = command;
        await socket.SendAsync(header.Concat(payload).ToArray());

        var responseHeader = await ReceiveExactlyAsync(socket, 20);
        var size = BinaryPrimitives.ReadUInt16LittleEndian(responseHeader.AsSpan(14));
        var body = await ReceiveExactlyAsync(socket, size - 20);
        if (responseHeader[16] != ServerResponse || responseHeader[17] != Ok)
        {
            throw new InvalidOperationException($"the runtime refused EventPipe command {command}: {Convert.ToHexString(body)}");
        }

        return body;
    }

    private static async Task<byte[]> ReceiveExactlyAsync(Socket socket, int count)
    {
        var buffer = new byte[count];
        for (var read = 0; read < count;)
        {
            var n = await socket.ReceiveAsync(buffer.AsMemory(read));
            read += n > 0 ? n : throw new EndOfStreamException("the diagnostics socket closed");
        }

        return buffer;
    }

    private static async Task DrainAsync(Socket socket)
    {
        var buffer = new byte[64 * 1024];
        while (await socket.ReceiveAsync(buffer) > 0)
        {
        }
    }

    // The protocol's string: UTF-16 code units counted with the terminating NUL, then the units.
    private static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write((uint)value.Length + 1);
        foreach (var c in value + "\0")
        {
            writer.Write((ushort)c);
        }
    }
}
