import type { OvopCommodity } from '@shared/domain/common/commodity';

/** Word lists for realistic-looking generated registers (development and benchmarks only). */
export const PRODUCT_WORDS: Record<OvopCommodity, readonly string[]> = {
  'makanan-minuman': ['Kerupuk', 'Amplang', 'Dodol', 'Keripik', 'Abon', 'Kue Bingka', 'Madu', 'Kopi', 'Gula Aren', 'Sambal'],
  'kain-tenun': ['Tenun', 'Songket', 'Tenun Ikat', 'Ulos', 'Tapis', 'Tenun Pagatan'],
  'kain-batik': ['Batik', 'Sasirangan', 'Batik Tulis', 'Batik Cap', 'Jumputan'],
  anyaman: ['Anyaman Purun', 'Anyaman Rotan', 'Anyaman Bambu', 'Anyaman Pandan', 'Tikar', 'Bakul'],
  gerabah: ['Gerabah', 'Tembikar', 'Keramik', 'Kendi', 'Celengan Tanah Liat'],
};

export const BUSINESS_PREFIXES = ['UD', 'CV', 'IKM', 'KUB', 'Rumah Produksi', 'Home Industri', 'PT'] as const;
export const BUSINESS_SUFFIXES = [
  'Jaya', 'Makmur', 'Sejahtera', 'Berkah', 'Lestari', 'Indah', 'Mandiri', 'Barokah', 'Sentosa', 'Abadi', 'Bahari',
  'Sari', 'Mulia', 'Utama', 'Karya', 'Bersama', 'Permai', 'Cemerlang', 'Amanah', 'Harapan',
] as const;
export const FIRST_NAMES = [
  'Ahmad', 'Siti', 'Budi', 'Dewi', 'Rina', 'Agus', 'Nur', 'Hendra', 'Yuni', 'Rahmat', 'Fitri', 'Joko', 'Sri', 'Wahyu',
  'Lina', 'Rudi', 'Aminah', 'Bambang', 'Ratna', 'Iwan', 'Maya', 'Fauzi', 'Hasanah', 'Yusuf', 'Nining', 'Putu', 'Made',
] as const;
export const LAST_NAMES = [
  'Hidayat', 'Rahman', 'Saputra', 'Wijaya', 'Lestari', 'Kusuma', 'Nasution', 'Siregar', 'Hasibuan', 'Pratama', 'Santoso',
  'Aminah', 'Syahputra', 'Noor', 'Effendi', 'Harahap', 'Wibowo', 'Gunawan', 'Susanti', 'Anshari',
] as const;
