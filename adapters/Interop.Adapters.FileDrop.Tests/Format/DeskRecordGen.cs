using CsCheck;
using Interop.Adapters.FileDrop.Format;

namespace Interop.Adapters.FileDrop.Tests.Format;

/// <summary>Desk records as the software holds them: Vietnamese words in any case, codes, digits, the CSV's own separators and quotes inside values.</summary>
internal static class DeskRecordGen
{
    // Words that together use every vowel with every tone, đ, and both cases.
    private static readonly string[] Words =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Thị", "Văn", "Hữu", "Minh", "Ánh", "Tuyết", "Khuê", "Quỳnh", "Ngọc", "Hương", "Thuỷ", "Ước", "Ửng", "Ỷ", "Ỵ", "Ỳ", "Ỹ",
        "đường", "phường", "xã", "thôn", "tổ", "số", "nhà", "Diên", "Hồng", "Pleiku", "Gia", "Lai", "Ia", "Grai", "Rơmah", "Đêl",
        "đăng", "ký", "biến", "động", "quyền", "sử", "dụng", "đất", "chuyển", "nhượng", "thửa", "tờ", "bản", "đồ", "gắn", "liền",
        "ĐĂNG", "KÝ", "ĐẤT", "QUYỀN", "SỞ", "HỮU", "khuỷu", "ngoằn", "ngoèo", "khoẻ", "thuở", "giữa", "gìn", "quốc", "lộ", "yêu",
        "ẩm", "ẫm", "ậm", "ắc", "ằng", "ẳng", "ẵng", "ặc", "ẹp", "ẻo", "ẽo", "ế", "ề", "ể", "ễ", "ệ", "ỉ", "ị", "ọ", "ỏ", "ố", "ồ", "ổ", "ỗ", "ộ",
        "ớ", "ờ", "ở", "ỡ", "ợ", "ụ", "ủ", "ứ", "ừ", "ử", "ữ", "ự", "ỳ", "ỵ", "ỷ", "ỹ", "ĩ", "ũ", "ơ", "ư", "ă", "â", "ê", "ô",
        "Ẩm", "Ẫm", "Ậm", "Ắc", "Ằng", "Ẳng", "Ẵng", "Ặc", "Ẹp", "Ẻo", "Ẽo", "Ế", "Ề", "Ể", "Ễ", "Ệ", "Ỉ", "Ị", "Ọ", "Ỏ", "Ố", "Ồ", "Ổ", "Ỗ", "Ộ",
        "Ớ", "Ờ", "Ở", "Ỡ", "Ợ", "Ụ", "Ủ", "Ứ", "Ừ", "Ử", "Ữ", "Ự", "Ĩ", "Ũ", "Ơ", "Ư", "Ă", "Â", "Ê", "Ô", "À", "Á", "Ã", "È", "É", "Ì", "Í",
        "Ò", "Ó", "Õ", "Ù", "Ú", "Ý", "à", "á", "ã", "è", "é", "ì", "í", "ò", "ó", "õ", "ù", "ú", "ý", "ạ", "ả", "Ạ", "Ả",
        "12", "3/4", "(bản", "sao)", "\"Tân\"", "A;B", "TP.", "-", "Q.1", "25.000",
    ];

    private static Gen<string> Text(int maxWords) => Gen.Int[1, maxWords].SelectMany(n => Gen.OneOf(Words).Array[n]).Select(w => string.Join(' ', w));

    private static readonly Gen<DateTime> Minute = Gen.Int[0, 3 * 365 * 24 * 60].Select(m => new DateTime(2024, 1, 1, 0, 0, 0).AddMinutes(m));

    public static readonly Gen<DeskRecord> Record =
        Gen.Select(
            Gen.Int[1, 999_999].Select(n => $"BN-2025-{n:D6}"),
            Minute,
            Gen.Int[0, 60].Select(d => d == 0 ? (DateOnly?)null : DateOnly.FromDateTime(new DateTime(2025, 1, 1)).AddDays(d)),
            Gen.OneOf("1.004227", "1.001612", "2.001610"),
            Gen.OneOf("TH1", "TH2", ""),
            Text(3),
            Gen.Int[0, 999_999_999].Select(n => n == 0 ? "" : $"064{n:D9}"),
            Text(6))
        .SelectMany(head => Gen.Select(
            Gen.OneOf("23563", "23575", ""),
            Text(12),
            Gen.Int[1, 99].Select(n => $"CB{n:D2}"),
            Gen.Enum<DeskStatus>(),
            Gen.Int[0, 30 * 24 * 3600].Select(s => new DateTime(2025, 6, 1).AddSeconds(s)))
            .Select(tail => new DeskRecord(head.Item1, head.Item2, head.Item3, head.Item4, head.Item5, head.Item6, head.Item7, head.Item8, tail.Item1, tail.Item2, tail.Item3, tail.Item4, tail.Item5)));
}
