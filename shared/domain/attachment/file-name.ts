const FORBIDDEN = /[<>:"/\\|?*]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

const MAX_FILE_NAME_LENGTH = 120;

function stripControl(text: string): string {
  return [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('');
}

/**
 * A file name that is valid on Windows (and elsewhere): forbidden characters become '_', control
 * characters go, trailing dots and spaces go, reserved device names (CON, PRN, AUX, NUL, COM1–9,
 * LPT1–9, with or without extension) get a '_' prefix, and the name is cut to `maxLength` keeping
 * the extension. Never returns an empty name.
 */
export function sanitiseFileName(
  name: string,
  maxLength = MAX_FILE_NAME_LENGTH,
  fallback = 'berkas',
): string {
  let s = stripControl(name.normalize('NFC')).replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim();
  s = s.replace(/[. ]+$/, '');
  s = s.replace(/^\.+/, '');
  if (s === '' || /^_+$/.test(s)) s = fallback;
  const dot = s.lastIndexOf('.');
  let stem = dot > 0 ? s.slice(0, dot) : s;
  let ext = dot > 0 ? s.slice(dot) : '';
  if (RESERVED.test(stem.trim())) stem = `_${stem}`;
  if (ext.length > 16) {
    stem = s;
    ext = '';
  }
  const room = Math.max(1, maxLength - ext.length);
  if (stem.length > room)
    stem = [...stem]
      .slice(0, room)
      .join('')
      .replace(/[. ]+$/, '');
  const result = `${stem}${ext}`;
  return result.length > maxLength ? result.slice(0, maxLength) : result;
}
