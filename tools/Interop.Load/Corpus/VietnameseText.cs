namespace Interop.Load.Corpus;

/// <summary>
/// Realistic Vietnamese text for the corpus: names, streets, land parcels, documents and the officers'
/// notes, with their diacritics (so the payload is the multi-byte UTF-8 a real desk sends).
/// </summary>
internal static class VietnameseText
{
    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];

    public static readonly string[] MiddleNames = ["Thị", "Văn", "Hữu", "Minh", "Thị Thu", "Đức", "Ngọc", "Quang", "Thị Mỹ", "Xuân"];

    public static readonly string[] GivenNames = ["Hồng Nhung", "Tuấn", "Lan", "Phương", "Dũng", "Hải Yến", "Khoa", "Thảo", "Bình", "Trung", "Hương", "Quốc Bảo", "Ánh", "Việt"];

    public static readonly string[] Streets = ["Trần Hưng Đạo", "Hùng Vương", "Lê Lợi", "Phạm Văn Đồng", "Nguyễn Tất Thành", "Quang Trung", "Lý Thái Tổ", "Trường Chinh", "Phan Đình Phùng", "Cách Mạng Tháng Tám"];

    /// <summary>The communes of the sample registry's desks (2025 list) with their names.</summary>
    public static readonly (string Code, string Name)[] Communes = [("23563", "phường Diên Hồng"), ("23575", "phường Pleiku"), ("21583", "phường Quy Nhơn")];

    public static readonly string[] Documents =
    [
        "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)",
        "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng",
        "Bản gốc Giấy chứng nhận quyền sử dụng đất đã cấp",
        "Tờ khai lệ phí trước bạ nhà, đất",
        "Tờ khai thuế thu nhập cá nhân đối với chuyển nhượng bất động sản",
        "Văn bản thỏa thuận phân chia di sản thừa kế",
        "Giấy ủy quyền nộp hồ sơ có chứng thực",
        "Trích lục bản đồ địa chính thửa đất",
    ];

    public static readonly string[] Notes =
    [
        "Người nộp hồ sơ đã xuất trình bản chính căn cước để đối chiếu.",
        "Thửa đất không có tranh chấp, không thuộc diện bị kê biên để bảo đảm thi hành án.",
        "Hồ sơ đầy đủ thành phần theo quy định, cán bộ một cửa đã kiểm tra tính hợp lệ.",
        "Đề nghị Văn phòng đăng ký đất đai xác nhận nội dung biến động trên Giấy chứng nhận.",
        "Bên nhận chuyển nhượng cam kết sử dụng đất đúng mục đích, đúng ranh giới thửa đất.",
        "Diện tích thực tế theo kết quả đo đạc lại phù hợp với diện tích ghi trên giấy chứng nhận.",
        "Công dân đề nghị nhận kết quả qua dịch vụ bưu chính công ích tại địa chỉ thường trú.",
        "Đã thu lệ phí đăng ký biến động theo Nghị quyết của Hội đồng nhân dân tỉnh Gia Lai.",
    ];

    public static string Pick(string[] values, int i) => values[i % values.Length];

    public static string PersonName(int i) => $"{Pick(FamilyNames, i)} {Pick(MiddleNames, i / 3)} {Pick(GivenNames, i / 7)}";
}
