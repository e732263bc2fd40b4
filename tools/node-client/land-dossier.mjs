// The requests of the example: a land transfer registration received at a Gia Lai desk.
export const desk = '001.01.21.H21';
export const landOffice = '000.12.21.H21';

/** The context every mutation carries; the hub uses its own clock when claimed_time is unset. */
export function context(requestId, actingAgencyId, officerId) {
  return {
    request_id: requestId,
    acting_agency_id: actingAgencyId,
    officer: { id: officerId, name: `Cán bộ ${officerId}` },
    provenance: { kind: 'PROVENANCE_KIND_NATIVE', source_system: 'node-client-example' },
  };
}

export function receive(runId) {
  return {
    context: context(`${runId}-receive`, desk, 'cb-01'),
    vendor_code: `NODE-${runId}`,
    dossier: {
      details: {
        procedure: { procedure_code: '1.004227', case_code: 'TH1' },
        summary: 'Đăng ký biến động do chuyển nhượng thửa đất số 45, tờ bản đồ số 12',
        channel: 'CHANNEL_IN_PERSON',
        subject_place: {
          province: { code: '52', edition: 'UNIT_LIST_EDITION_LIST_2025', level: 'UNIT_LEVEL_PROVINCE' },
          commune: { code: '23563', edition: 'UNIT_LIST_EDITION_LIST_2025', level: 'UNIT_LEVEL_COMMUNE' },
          description: 'Thửa đất số 45, tờ bản đồ số 12',
        },
      },
      personal_data: {
        owner: {
          kind: 'PARTY_KIND_CITIZEN',
          name: 'Nguyễn Thị Hồng Nhung',
          identity_documents: [{ kind: 'IDENTITY_DOCUMENT_KIND_PERSONAL_ID', number: '064187000123' }],
        },
      },
    },
  };
}

export function offer(runId, dossierId) {
  return {
    context: context(`${runId}-offer`, desk, 'cb-01'),
    dossier_id: dossierId,
    to_agency_id: landOffice,
    note: 'Chuyển hồ sơ đến Văn phòng đăng ký đất đai',
  };
}

export function accept(runId, dossierId) {
  return { context: context(`${runId}-accept`, landOffice, 'cv-12'), dossier_id: dossierId };
}
