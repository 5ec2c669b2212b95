import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { COMMODITY_LABELS, isOvopCommodity } from '@shared/domain/common/commodity';
import {
  CAPACITY_PERIOD_LABELS,
  marketSummary,
  type Product,
} from '@shared/domain/product/product';
import { formatRupiah } from '@shared/text';
import { UndoSnackbar } from '../../ui/UndoSnackbar';
import { useLive, useRepositories } from '../../db';
import type { DetailTabProps } from './enterprise-link';
import { ProductFormDialog } from './ProductFormDialog';

export default function ProductsTab({ enterprise, link, onLinkUsed }: DetailTabProps) {
  const openedFromLink = useRef(false);
  const [editing, setEditing] = useState<Product | 'new' | undefined>();
  const [deleted, setDeleted] = useState<Product | undefined>();
  const { products: store } = useRepositories().enterprises;
  const state = useLive(
    async () => (await store.list(enterprise.id)).filter((p) => p.deletedAt === undefined),
    [enterprise.id],
  );
  const loaded = state.status === 'ready' ? state.value : undefined;
  const products = loaded ?? [];

  // `?produk=<id>` (a readiness finding about a product): open that product to fix it.
  useEffect(() => {
    if (openedFromLink.current || link.productId === undefined || loaded === undefined) return;
    openedFromLink.current = true;
    const target = loaded.find((p) => p.id === link.productId);
    if (target) setEditing(target);
  }, [link.productId, loaded]);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')}>
          Tambah produk
        </Button>
      </Box>
      {state.status === 'ready' && products.length === 0 ? (
        <Alert severity="info">Belum ada produk unggulan.</Alert>
      ) : null}
      {products.map((p) => (
        <Card
          key={p.id}
          variant="outlined"
          component="article"
          aria-label={`Produk ${p.name}`}
          sx={p.id === link.productId ? { borderColor: 'primary.main', borderWidth: 2 } : undefined}
        >
          <CardContent sx={{ display: 'grid', gap: 0.5 }}>
            <Typography variant="h3">{p.name}</Typography>
            <Typography variant="body2">
              Komoditi: {COMMODITY_LABELS[p.commodity]}
              {isOvopCommodity(p.commodity) ? '' : ' (di luar lima komoditi OVOP)'}
            </Typography>
            <Typography variant="body2">
              Kapasitas: {p.capacity.value.toLocaleString('id-ID')} {p.capacity.unit}{' '}
              {CAPACITY_PERIOD_LABELS[p.capacity.period]}
              {p.monthsProducedPerYear !== undefined
                ? ` · diproduksi ${p.monthsProducedPerYear} bulan/tahun`
                : ''}
            </Typography>
            <Typography variant="body2">Pasar: {marketSummary(p.market)}</Typography>
            <Typography variant="body2">
              Harga: {formatRupiah(p.priceMin)} – {formatRupiah(p.priceMax)}
            </Typography>
            {p.rawMaterials ? (
              <Typography variant="body2">
                Bahan baku: {p.rawMaterials}
                {p.localRawMaterialSharePercent !== undefined
                  ? ` (${p.localRawMaterialSharePercent}% lokal)`
                  : ''}
              </Typography>
            ) : null}
            {p.uniquenessStory ? (
              <Typography variant="body2" color="text.secondary">
                {p.uniquenessStory}
              </Typography>
            ) : null}
          </CardContent>
          <CardActions>
            <Button size="small" onClick={() => setEditing(p)}>
              Ubah
            </Button>
            <Button
              size="small"
              color="error"
              onClick={() =>
                void store.softDelete(p.id, p.updatedAt).then(() => {
                  setDeleted(p);
                })
              }
            >
              Hapus
            </Button>
          </CardActions>
        </Card>
      ))}
      {editing ? (
        <ProductFormDialog
          enterpriseId={enterprise.id}
          product={editing === 'new' ? undefined : editing}
          onClose={() => {
            setEditing(undefined);
            if (link.productId !== undefined) onLinkUsed();
          }}
        />
      ) : null}
      <UndoSnackbar
        message={deleted ? `Produk "${deleted.name}" dihapus` : undefined}
        onUndo={() => {
          if (deleted) void store.restore(deleted.id);
          setDeleted(undefined);
        }}
        onClose={() => setDeleted(undefined)}
      />
    </Box>
  );
}
