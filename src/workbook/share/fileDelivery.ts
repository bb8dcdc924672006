/**
 * Where a file the add-in made goes: in Excel, it opens as a new workbook (Excel.createWorkbook,
 * ExcelApi 1.8) the user then saves where they like; elsewhere — the workbench, or an Excel without
 * that API — the browser downloads it.
 */
export interface MadeFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}

export type Delivered = 'opened' | 'downloaded';

export type FileDelivery = (file: MadeFile) => Promise<Delivered>;

/** Base64 of bytes, in chunks (a spread of a large array would overflow the call stack). */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves the file through the browser's download, named as given. */
export const browserDownload: FileDelivery = async (file) => {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has started the download; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return 'downloaded';
};

/** Excel on the web refuses a request over 5 MB; the file's base64 travels in one, with room to spare. */
export const MAX_REQUEST_BASE64 = 4_500_000;

/**
 * In Excel: a new workbook window with the file's contents. Without ExcelApi 1.8, or for a file
 * too large for one request, a download instead.
 */
export const officeFileDelivery: FileDelivery = async (file) => {
  if (!Office.context.requirements.isSetSupported('ExcelApi', '1.8')) return browserDownload(file);
  const base64 = base64Of(file.bytes);
  if (base64.length > MAX_REQUEST_BASE64) return browserDownload(file);
  await Excel.createWorkbook(base64);
  return 'opened';
};
