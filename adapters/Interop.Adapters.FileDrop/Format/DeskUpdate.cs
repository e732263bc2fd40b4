using System.Globalization;
using System.Text;
using Interop.Adapters.Sdk.Mapping;
using Interop.Adapters.Sdk.Text;

namespace Interop.Adapters.FileDrop.Format;

/// <summary>
/// One line of an import file the desk software reads from <c>nhap/</c>: a new status of one of its
/// receipts, with what the other agency said (<c>SoBienNhan;TrangThai;NoiDung;NgayCapNhat</c>, the same
/// CSV conventions and encoding as its exports).
/// </summary>
public sealed record DeskUpdate(string ReceiptNumber, DeskStatus Status, string Content, DateTime Updated)
{
    public const string Header = "SoBienNhan;TrangThai;NoiDung;NgayCapNhat";

    /// <summary>The import file of one update; refuses (a <see cref="MappingException"/>) text the encoding cannot hold.</summary>
    public byte[] ToFile(LegacyEncoding encoding)
    {
        string[] fields = [ReceiptNumber, ((int)Status).ToString(CultureInfo.InvariantCulture), Content, Updated.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture)];
        string[] names = ["SoBienNhan", "TrangThai", "NoiDung", "NgayCapNhat"];
        var file = new List<byte>(Encoding.ASCII.GetBytes(Header + "\r\n"));
        for (var i = 0; i < fields.Length; i++)
        {
            byte[] value;
            try
            {
                value = LegacyTextCodec.Encode(fields[i], encoding);
            }
            catch (LegacyTextException refused)
            {
                throw new MappingException(refused.Reason, names[i], refused.Message, refused);
            }

            if (i > 0)
            {
                file.Add((byte)';');
            }

            file.AddRange(DeskFile.NeedsQuotes(value) ? DeskFile.Quoted(value) : value);
        }

        file.AddRange("\r\n"u8.ToArray());
        return [.. file];
    }
}
