import { kabKotaOf } from '../common/region';
import { MIN_SENTRA_UNITS } from '../sentra/sentra';
import type { Finding } from './finding';
import type { ReadinessRule } from './rule';

/* The enterprise's sentra: membership, its decree, its size, and the lead firm. */

export const sentraRule: ReadinessRule = {
  code: 'enterprise-no-sentra',
  description: 'IKM tergabung dalam sentra IKM',
  check: ({ enterprise, sentra }) =>
    enterprise.sentraId !== undefined &&
    sentra !== undefined &&
    sentra.id === enterprise.sentraId &&
    sentra.deletedAt === undefined
      ? []
      : [
          {
            code: 'enterprise-no-sentra',
            severity: 'blocking',
            message: 'IKM belum tergabung dalam sentra IKM',
            target: { entity: 'enterprise', id: enterprise.id, field: 'sentraId' },
          },
        ],
};

export const decreeRule: ReadinessRule = {
  code: 'sentra-no-decree',
  description: 'Sentra memiliki SK penetapan dari bupati/wali kota',
  check: ({ sentra, decree }) => {
    if (!sentra) return [];
    if (
      sentra.decreeId === undefined ||
      !decree ||
      decree.id !== sentra.decreeId ||
      decree.deletedAt !== undefined
    ) {
      return [
        {
          code: 'sentra-no-decree',
          severity: 'blocking',
          message: `Sentra "${sentra.name}" belum memiliki SK penetapan dari bupati/wali kota`,
          target: { entity: 'sentra', id: sentra.id, field: 'decreeId' },
        },
      ];
    }
    const findings: Finding[] = [];
    if (decree.signerRole === 'lainnya') {
      findings.push({
        code: 'decree-not-regional-head',
        severity: 'blocking',
        message: `SK ${decree.number} tidak ditandatangani bupati/wali kota`,
        target: { entity: 'decree', id: decree.id, field: 'signerRole' },
      });
    }
    if (kabKotaOf(sentra.regionCode) !== decree.issuingRegionCode) {
      findings.push({
        code: 'decree-other-region',
        severity: 'advisory',
        message: `SK ${decree.number} diterbitkan oleh kabupaten/kota lain dari letak sentra`,
        target: { entity: 'decree', id: decree.id, field: 'issuingRegionCode' },
      });
    }
    if (decree.scanHash === undefined) {
      findings.push({
        code: 'decree-no-scan',
        severity: 'advisory',
        message: `Pindaian SK ${decree.number} belum diunggah`,
        target: { entity: 'decree', id: decree.id, field: 'scanHash' },
      });
    }
    return findings;
  },
};

export const sentraUnitsRule: ReadinessRule = {
  code: 'sentra-too-few-units',
  description: 'Sentra IKM minimal 5 unit usaha (PP 29/2018)',
  check: ({ sentra }) =>
    sentra && sentra.unitCount < MIN_SENTRA_UNITS
      ? [
          {
            code: 'sentra-too-few-units',
            severity: 'blocking',
            message: `Sentra "${sentra.name}" baru ${sentra.unitCount} unit usaha; minimal ${MIN_SENTRA_UNITS} (PP 29/2018)`,
            target: { entity: 'sentra', id: sentra.id, field: 'unitCount' },
          },
        ]
      : [],
};

export const leadFirmRule: ReadinessRule = {
  code: 'not-lead-firm',
  description: 'IKM sebaiknya penghela sentranya',
  check: ({ enterprise, sentra }) =>
    enterprise.isLeadFirm || (sentra !== undefined && sentra.leadEnterpriseId === enterprise.id)
      ? []
      : [
          {
            code: 'not-lead-firm',
            severity: 'advisory',
            message: 'IKM bukan penghela (lead firm) sentranya',
            target: { entity: 'enterprise', id: enterprise.id, field: 'isLeadFirm' },
          },
        ],
};
