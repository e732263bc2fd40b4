using Google.Protobuf;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.WritePath;

/// <summary>DESIGN.md §4 "each thing is stored once": an event's personal part is stored as its salt and the bytes its digest covers, not also as a parsed copy.</summary>
public sealed class StoredPersonalPartTests
{
    private static readonly PersonalData Personal = LandDossier.Input().PersonalData;

    private static PersonalDataPart Part() => new()
    {
        Salt = ByteString.CopyFrom(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        DataBytes = Personal.ToByteString(),
        Data = Personal,
    };

    [Fact]
    public void Stored_part_keeps_the_data_once_and_reads_back_as_the_whole_part()
    {
        var part = Part();

        var stored = StoredEvents.Stored(part);

        Assert.True(stored.Length < part.CalculateSize() - Personal.CalculateSize() + 8, $"{stored.Length} bytes stored for a part of {part.CalculateSize()} with {Personal.CalculateSize()} bytes of data");
        Assert.Equal(part, StoredEvents.PartOf(stored));
    }

    [Fact]
    public void Part_stored_with_its_parsed_copy_reads_the_same()
    {
        var part = Part();

        Assert.Equal(part, StoredEvents.PartOf(part.ToByteArray()));
    }
}
