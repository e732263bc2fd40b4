using Interop.Protos.Dossier.V1;

namespace Interop.Protos.Tests;

public sealed class StatusCodeTests
{
    // The national portal's status table (TrangThaiHoSo), stated here independently of the schema.
    public static TheoryData<string, int> NationalCodes => new()
    {
        { "DOSSIER_STATUS_SUBMITTED", 1 },
        { "DOSSIER_STATUS_RECEIVED", 2 },
        { "DOSSIER_STATUS_REFUSED", 3 },
        { "DOSSIER_STATUS_PROCESSING", 4 },
        { "DOSSIER_STATUS_AWAITING_SUPPLEMENT", 5 },
        { "DOSSIER_STATUS_AWAITING_FEE", 6 },
        { "DOSSIER_STATUS_WITHDRAWN", 7 },
        { "DOSSIER_STATUS_SUSPENDED", 8 },
        { "DOSSIER_STATUS_RESOLVED", 9 },
        { "DOSSIER_STATUS_RETURNED", 10 },
    };

    [Theory]
    [MemberData(nameof(NationalCodes))]
    public void Status_wire_number_is_the_national_code(string name, int code)
    {
        var value = StatusReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("DossierStatus").FindValueByName(name);

        Assert.NotNull(value);
        Assert.Equal(code, value.Number);
    }

    [Fact]
    public void Status_enum_has_exactly_the_ten_national_codes_besides_unspecified()
    {
        var numbers = StatusReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("DossierStatus").Values.Select(v => v.Number).Order();

        Assert.Equal(Enumerable.Range(0, 11), numbers);
    }
}
