import { call } from '../../api';

function readBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** Sends one file to the back end in base64 chunks; returns the upload id (refused files send no bytes). */
export async function uploadFile(file: File, onBytes: (sent: number) => void): Promise<string> {
  const { uploadId, accepted, chunkBytes } = await call('records.beginUpload', { name: file.name, size: file.size });
  if (!accepted) return uploadId;
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    const base64 = await readBase64(file.slice(offset, offset + chunkBytes));
    await call('records.uploadChunk', { uploadId, offset, base64 });
    onBytes(Math.min(file.size, offset + chunkBytes));
  }
  return uploadId;
}
