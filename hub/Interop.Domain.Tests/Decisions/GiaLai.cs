using Google.Protobuf;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Registry.V1;

namespace Interop.Domain.Tests.Decisions;

/// <summary>
/// Registry version 1 of the decision tests: a part of the hub's sample seed (hub/Interop.Hub/registry-seed.json),
/// copied here so the literal expectations do not move when the seed does. Every agency keeps the default office
/// hours (07:00–11:30, 13:30–17:00) on the civil-service calendar; the provincial centre has a 15:30 cut-off.
/// </summary>
internal static class GiaLai
{
    public const string Centre = "000.00.01.H21";
    public const string CentreName = "Trung tâm Phục vụ hành chính công tỉnh Gia Lai";
    public const string Desk = "001.01.21.H21";
    public const string DeskName = "Trung tâm Phục vụ hành chính công phường Diên Hồng";
    public const string OtherDesk = "002.01.21.H21";
    public const string Land = "000.12.21.H21";
    public const string LandName = "Chi nhánh Văn phòng đăng ký đất đai khu vực Pleiku";
    public const string Tax = "000.16.21.H21";
    public const string TaxName = "Thuế cơ sở 1 tỉnh Gia Lai";

    public const string Igate = "member-igate-gialai";
    public const string Vbdlis = "member-vbdlis-gialai";
    public const string TaxSystem = "member-tax-gialai";
    public const string Portal = "member-portal-gialai";
    public const string Auditor = "member-auditor-vpcp";

    public const string LandProcedure = "1.004227";
    public const string BirthProcedure = "1.001193";

    /// <summary>The calendar version of 2026 every computation of the tests records (the hash of the shipped 2026 year).</summary>
    public const string Calendar2026 = "vn-civil-service:2026:e47e342c9eda";

    private const string Hours = """
        "workingHours": {
          "calendarId": "vn-civil-service",
          "timeZone": "Asia/Ho_Chi_Minh",
          "officeHours": [
            { "start": { "minuteOfDay": 420 }, "end": { "minuteOfDay": 690 } },
            { "start": { "minuteOfDay": 810 }, "end": { "minuteOfDay": 1020 } }
          ]
        }
        """;

    private static readonly string Snapshot = $$"""
        {
          "agencies": [
            {
              "id": "000.00.01.H21", "name": "Trung tâm Phục vụ hành chính công tỉnh Gia Lai", "kind": "AGENCY_KIND_PROVINCIAL_SERVICE_CENTRE",
              "workingHours": {
                "calendarId": "vn-civil-service",
                "timeZone": "Asia/Ho_Chi_Minh",
                "officeHours": [
                  { "start": { "minuteOfDay": 420 }, "end": { "minuteOfDay": 690 } },
                  { "start": { "minuteOfDay": 810 }, "end": { "minuteOfDay": 1020 } }
                ],
                "cutOff": { "minuteOfDay": 930 }
              },
              "codeIssuer": "CODE_ISSUER_HUB"
            },
            { "id": "001.01.21.H21", "name": "Trung tâm Phục vụ hành chính công phường Diên Hồng", "kind": "AGENCY_KIND_COMMUNE_DESK", {{Hours}}, "codeIssuer": "CODE_ISSUER_HUB" },
            { "id": "002.01.21.H21", "name": "Trung tâm Phục vụ hành chính công phường Pleiku", "kind": "AGENCY_KIND_COMMUNE_DESK", {{Hours}}, "codeIssuer": "CODE_ISSUER_HUB" },
            {
              "id": "000.12.21.H21", "name": "Chi nhánh Văn phòng đăng ký đất đai khu vực Pleiku", "kind": "AGENCY_KIND_LAND_REGISTRATION_OFFICE", {{Hours}},
              "codeIssuer": "CODE_ISSUER_MEMBER", "codeIssuerMemberId": "member-vbdlis-gialai"
            },
            { "id": "000.16.21.H21", "name": "Thuế cơ sở 1 tỉnh Gia Lai", "kind": "AGENCY_KIND_TAX_OFFICE", {{Hours}}, "codeIssuer": "CODE_ISSUER_HUB" }
          ],
          "procedures": [
            {
              "code": "1.004227",
              "name": "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
              "sectorCode": "DATDAI", "sectorName": "Đất đai",
              "versions": [
                {
                  "version": "QĐ 2331/QĐ-UBND ngày 28/12/2024",
                  "validity": { "start": { "year": 2025, "month": 1, "day": 1 }, "end": { "year": 2025, "month": 6, "day": 30 } },
                  "cases": [
                    {
                      "code": "TH1", "name": "Chuyển nhượng, tặng cho quyền sử dụng đất",
                      "limits": [ { "channel": "CHANNEL_IN_PERSON", "limit": { "amount": 10, "unit": "LIMIT_UNIT_WORKING_DAYS" } } ],
                      "route": [ { "name": "Thẩm định, cập nhật biến động", "agencyRole": "STEP_AGENCY_ROLE_COMPETENT", "limit": { "amount": 8, "unit": "LIMIT_UNIT_WORKING_DAYS" } } ]
                    }
                  ],
                  "competentAgencyIds": [ "000.12.21.H21" ]
                },
                {
                  "version": "QĐ 1085/QĐ-UBND ngày 01/7/2025",
                  "validity": { "start": { "year": 2025, "month": 7, "day": 1 } },
                  "cases": [
                    {
                      "code": "TH1", "name": "Chuyển nhượng, tặng cho quyền sử dụng đất",
                      "limits": [
                        { "channel": "CHANNEL_IN_PERSON", "limit": { "amount": 8, "unit": "LIMIT_UNIT_WORKING_DAYS" } },
                        { "channel": "CHANNEL_ONLINE", "limit": { "amount": 7, "unit": "LIMIT_UNIT_WORKING_DAYS" } },
                        { "channel": "CHANNEL_POSTAL", "limit": { "amount": 8, "unit": "LIMIT_UNIT_WORKING_DAYS" } }
                      ],
                      "fees": [ { "code": "LP-DKBD", "name": "Lệ phí đăng ký biến động", "amount": { "currencyCode": "VND", "units": "50000" } } ],
                      "route": [
                        { "name": "Tiếp nhận, chuyển hồ sơ", "agencyRole": "STEP_AGENCY_ROLE_RECEIVING_DESK", "limit": { "amount": 4, "unit": "LIMIT_UNIT_WORKING_HOURS" } },
                        { "name": "Thẩm định, cập nhật biến động", "agencyRole": "STEP_AGENCY_ROLE_COMPETENT", "limit": { "amount": 6, "unit": "LIMIT_UNIT_WORKING_DAYS" } },
                        { "name": "Xác định nghĩa vụ tài chính", "agencyRole": "STEP_AGENCY_ROLE_NAMED", "agencyId": "000.16.21.H21", "limit": { "amount": 3, "unit": "LIMIT_UNIT_WORKING_DAYS" } },
                        { "name": "Trả kết quả", "agencyRole": "STEP_AGENCY_ROLE_RECEIVING_DESK", "limit": { "amount": 4, "unit": "LIMIT_UNIT_WORKING_HOURS" } }
                      ],
                      "formSchemaId": "vn.gialai.land/dang-ky-bien-dong"
                    },
                    {
                      "code": "TH2", "name": "Thay đổi thông tin người sử dụng đất",
                      "limits": [ { "channel": "CHANNEL_IN_PERSON", "limit": { "amount": 5, "unit": "LIMIT_UNIT_WORKING_DAYS" } } ],
                      "route": [ { "name": "Thẩm định", "agencyRole": "STEP_AGENCY_ROLE_COMPETENT", "limit": { "amount": 4, "unit": "LIMIT_UNIT_WORKING_DAYS" } } ]
                    }
                  ],
                  "competentAgencyIds": [ "000.12.21.H21" ]
                }
              ]
            },
            {
              "code": "1.001193", "name": "Đăng ký khai sinh", "sectorCode": "HOTICH", "sectorName": "Hộ tịch",
              "versions": [
                {
                  "version": "QĐ 1102/QĐ-UBND ngày 01/7/2025",
                  "validity": { "start": { "year": 2025, "month": 7, "day": 1 } },
                  "cases": [
                    {
                      "code": "TH1", "name": "Đăng ký khai sinh đúng hạn",
                      "limits": [
                        { "channel": "CHANNEL_IN_PERSON", "limit": { "amount": 4, "unit": "LIMIT_UNIT_WORKING_HOURS" } },
                        { "channel": "CHANNEL_ONLINE", "limit": { "amount": 1, "unit": "LIMIT_UNIT_WORKING_DAYS" } }
                      ],
                      "resolvedByDesk": true,
                      "formSchemaId": "vn.gov.hotich/khai-sinh"
                    }
                  ],
                  "competentAgencyIds": [ "001.01.21.H21", "002.01.21.H21" ]
                }
              ]
            }
          ],
          "members": [
            { "id": "member-igate-gialai", "name": "Hệ thống thông tin giải quyết TTHC tỉnh Gia Lai", "role": "MEMBER_ROLE_AGENCY_SYSTEM", "agencyIds": [ "000.00.01.H21", "001.01.21.H21", "002.01.21.H21" ], "maxClaimLagHours": 72 },
            { "id": "member-vbdlis-gialai", "name": "Hệ thống đăng ký đất đai Gia Lai", "role": "MEMBER_ROLE_AGENCY_SYSTEM", "agencyIds": [ "000.12.21.H21" ], "maxClaimLagHours": 72 },
            { "id": "member-tax-gialai", "name": "Hệ thống quản lý thuế – Thuế tỉnh Gia Lai", "role": "MEMBER_ROLE_AGENCY_SYSTEM", "agencyIds": [ "000.16.21.H21" ], "maxClaimLagHours": 72 },
            { "id": "member-portal-gialai", "name": "Cổng Dịch vụ công tỉnh Gia Lai", "role": "MEMBER_ROLE_ONLINE_PORTAL", "agencyIds": [ "000.00.01.H21", "001.01.21.H21", "002.01.21.H21" ], "maxClaimLagHours": 72 },
            { "id": "member-auditor-vpcp", "name": "Cục Kiểm soát thủ tục hành chính – Văn phòng Chính phủ", "role": "MEMBER_ROLE_AUDITOR", "maxClaimLagHours": 72 }
          ]
        }
        """;

    /// <summary>Registry version 1 ("registry:1"), recorded on 2025-12-01.</summary>
    public static readonly RegistryView Registry = new(
        JsonParser.Default.Parse<RegistrySnapshot>(Snapshot), 1, new byte[32], new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.FromHours(7)));

    public static Caller Caller(string memberId)
        => new(Registry.Member(memberId) ?? throw new ArgumentException($"no member {memberId} in the test registry", nameof(memberId)));
}
