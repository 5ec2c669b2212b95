/**
 * Shown instead of the app when the register cannot be opened (written by a newer version,
 * storage blocked, …). Plain elements and inline styles: the theme may be what failed to load.
 */
export function StartupErrorPage({ message }: { message: string }) {
  return (
    <main
      role="alert"
      style={{
        position: 'fixed',
        inset: 0,
        overflow: 'auto',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f5f6f8',
        fontFamily: 'Arimo, Arial, sans-serif',
        padding: 24,
      }}
    >
      <section
        style={{
          maxWidth: 560,
          background: '#fff',
          border: '1px solid #d0d4da',
          borderRadius: 8,
          padding: '28px 32px',
          color: '#1c2430',
        }}
      >
        <h1 style={{ fontSize: 22, margin: '0 0 12px' }}>
          OVOP Desk tidak dapat membuka data register
        </h1>
        <p style={{ fontSize: 16, lineHeight: 1.5, margin: '0 0 12px' }}>{message}</p>
        <p style={{ fontSize: 14, lineHeight: 1.5, color: '#4a5563', margin: 0 }}>
          Tutup aplikasi lalu buka kembali; bila pesan ini tetap muncul, hubungi pengelola aplikasi
          di kantor Anda dan sebutkan pesan di atas.
        </p>
      </section>
    </main>
  );
}
