/** Offers text as a file download (the browser's or Electron's save dialog), without a round trip to the back end. */
export function saveTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download still has the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
