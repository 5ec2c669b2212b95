import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { CREDENTIAL_KIND_LABELS } from '@shared/domain/credential/credential';
import { useRepositories } from '../../db';
import { AuditHistoryList, type AuditSource } from '../../ui/AuditHistoryList';
import type { DetailTabProps } from './enterprise-link';

const ENTERPRISE_LABELS: Record<string, string> = { name: 'Nama IKM' };

/** The IKM's change history, with its (current) products, credentials, photos and documents. */
export default function HistoryTab({ enterprise }: DetailTabProps) {
  const repos = useRepositories();
  const readRelated = async (): Promise<AuditSource[]> => {
    const [products, credentials, attachments] = await Promise.all([
      repos.enterprises.products.list(enterprise.id),
      repos.enterprises.credentials.list(enterprise.id),
      repos.attachments.listByOwner({ type: 'enterprise', id: enterprise.id }),
    ]);
    return [
      ...products.map((p) => ({ entity: 'product', entityId: p.id, label: `Produk "${p.name}"` })),
      ...credentials.map((c) => ({
        entity: 'credential',
        entityId: c.id,
        label: `${CREDENTIAL_KIND_LABELS[c.kind]} ${c.number}`,
      })),
      ...attachments.map((a) => ({
        entity: 'attachment',
        entityId: a.id,
        label: a.kind === 'photo' ? 'Foto' : 'Dokumen',
      })),
    ];
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h2" sx={{ mb: 1 }}>
        Riwayat perubahan
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Siapa mengubah apa dan kapan, terbaru di atas. Termasuk produk, legalitas, foto dan dokumen
        yang masih tercatat.
      </Typography>
      <AuditHistoryList
        entity="enterprise"
        entityId={enterprise.id}
        fieldLabels={ENTERPRISE_LABELS}
        readRelated={readRelated}
      />
    </Paper>
  );
}
